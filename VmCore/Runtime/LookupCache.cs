namespace NanoMpy
{
    // Where a LOAD_GLOBAL, STORE_GLOBAL, LOAD_ATTR (of an instance member) or LOAD_METHOD (a plain function of
    // the instance's own class) last found its name: the slot in the table, keyed by the instruction's position.
    // MicroPython's MICROPY_OPT_CACHE_MAP_LOOKUP_IN_BYTECODE writes that slot into the bytecode; ours stays in
    // flash, so the slots live here, in RAM, one small table per module (made at the first miss):
    //
    //   Pos[entry] = position + 1 (0: empty)   Slot[entry] = table slot
    //
    // A site's entry is its direct one, position & Mask, which the dispatch loop checks inline, or when another
    // site holds that, its second choice (Second), which the miss path checks before it probes the table: two
    // sites of one loop that share a direct entry would otherwise take turns evicting each other (in pystone
    // every site did, with 64 entries for 2.3 KB of code).
    //
    // Entries: a power of two from 16 to 256, one per 16 bytes of the module file where the heap has a megabyte
    // or more (pystone's hot sites then never share both of their entries), one per 64 bytes on a board's
    // heap (8 bytes an entry).
    //
    // A hit is trusted only if the slot still holds the same key (the name's interned str, or its qstr id in a
    // namespace table), so any change to the dict (growth, deletion, a new dict) just makes the next look-up a
    // miss that refills it.
    //
    // A LOAD_GLOBAL that found a builtin (setattr, len, range) keeps the builtins table's slot instead, with
    // Pos[entry] = -(position + 1) and Stamp[entry] = the globals table's stamp then: while globals gains no
    // key (MapTable.Stamp), the name is still absent from it. Stamp is made at the first such site.
    public sealed class LookupCache
    {
        public readonly int Mask;
        public readonly int[] Pos;
        public readonly int[] Slot;
        public int[] Stamp;

        public LookupCache(int moduleBytes)
        {
            int n = 16;
            int per = Heap.HeapSize >= 1048576 ? 16 : 64;
            while (n < 256 && n * per < moduleBytes) n <<= 1;
            Mask = n - 1;
            Pos = new int[n];
            Slot = new int[n];
        }

#if MP_OPT_SPEED
        // The second choice of the site at position: another mix of its bits, so that sites whose direct
        // entries collide (positions a multiple of the size apart) seldom collide again (MP_OPT_SPEED: a board at
        // the minimal level has the direct entry only).
        private int Second(int position)
        {
            return ((position >> 3) ^ (position * 5 + 1)) & Mask;
        }

        // The entry holding tag (position + 1, or its negation for a builtin), or -1.
        private int EntryOf(int position, int tag)
        {
            int e = position & Mask;
            if (Pos[e] == tag) return e;
            e = Second(position);
            return Pos[e] == tag ? e : -1;
        }

        // The entry to keep the site at position in: the direct one unless another site holds it, then the second
        // choice unless another site holds that too (the direct one is then taken over).
        private int EntryFor(int position)
        {
            int e = position & Mask;
            int p = Pos[e];
            if (p == 0 || p == position + 1 || p == -(position + 1)) return e;
            int e2 = Second(position);
            p = Pos[e2];
            if (p == 0 || p == position + 1 || p == -(position + 1)) return e2;
            return e;
        }
#endif

        private static LookupCache Of(ModuleContext ctx)
        {
            LookupCache c = ctx.Lookups;
            if (c == null) ctx.Lookups = c = new LookupCache(ctx.Size);
            return c;
        }

        // Whether slot of map still holds q (the hit test; the dispatch loop writes it inline for its own checks).
        public static bool Holds(MapTable map, int slot, int q)
        {
            return map.HoldsQ(slot, q);
        }

        // The table slot that holds q in map, or -1; remembered for the instruction at position.
        public static int Find(ModuleContext ctx, int position, MapTable map, int q)
        {
            LookupCache c;
#if MP_OPT_SPEED
            c = ctx.Lookups;
            if (c != null)
            {
                // the dispatch loop checked the direct entry: the second choice is left
                int e2 = c.Second(position);
                if (c.Pos[e2] == position + 1 && Holds(map, c.Slot[e2], q)) return c.Slot[e2];
            }
#endif
            int slot = map.FindQ(q);
            if (slot >= 0)
            {
                c = Of(ctx);
#if MP_OPT_SPEED
                int e = c.EntryFor(position);
#else
                int e = position & c.Mask;
#endif
                c.Pos[e] = position + 1;
                c.Slot[e] = slot;
            }
            return slot;
        }

#if MP_OPT_SPEED
        // The builtins table's slot a LOAD_GLOBAL at position found q in, if globals has gained no key since and
        // the slot still holds q; else -1.
        public static int FindBuiltin(ModuleContext ctx, int position, MapTable globals, int q, out MapTable map)
        {
            map = null;
            LookupCache c = ctx.Lookups;
            if (c == null || c.Stamp == null) return -1;
            int e = c.EntryOf(position, -(position + 1));
            if (e < 0 || c.Stamp[e] != globals.Stamp) return -1;
            MapTable b = Builtins.Table;
            int slot = c.Slot[e];
            if (!Holds(b, slot, q)) return -1;
            map = b;
            return slot;
        }

        // Remembers that the LOAD_GLOBAL at position found its name in the builtins table at slot.
        public static void KeepBuiltin(ModuleContext ctx, int position, MapTable globals, int slot)
        {
            LookupCache c = Of(ctx);
            if (c.Stamp == null) c.Stamp = new int[c.Pos.Length];
            int e = c.EntryFor(position);
            c.Pos[e] = -(position + 1);
            c.Slot[e] = slot;
            c.Stamp[e] = globals.Stamp;
        }
#endif
    }
}
