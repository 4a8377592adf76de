namespace NanoMpy
{
    // Where a LOAD_GLOBAL, STORE_GLOBAL, LOAD_ATTR (of an instance member) or LOAD_METHOD (a plain function of
    // the instance's own class) last found its name: the slot in the table, keyed by the instruction's position. MicroPython's MICROPY_OPT_CACHE_MAP_LOOKUP_IN_BYTECODE
    // writes that slot into the bytecode; ours stays in flash, so the slots live here, in RAM, one small table
    // per module (made at the first miss), direct-mapped by position:
    //
    //   entry = position & Mask:   Pos[entry] = position + 1 (0: empty)   Slot[entry] = table slot
    //
    // Entries: a power of two from 16 to 256, one per 64 bytes of the module file (about one look-up site per 64
    // bytes of bytecode), so a module's sites seldom share an entry.
    //
    // A hit is trusted only if the slot still holds the same key object (the name's interned str), so any
    // change to the dict (growth, deletion, a new dict) just makes the next look-up a miss that refills it.
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
            while (n < 256 && n * 64 < moduleBytes) n <<= 1;
            Mask = n - 1;
            Pos = new int[n];
            Slot = new int[n];
        }

        // The table slot that holds q in map, or -1; remembered for the instruction at position.
        public static int Find(ModuleContext ctx, int position, MapTable map, int q)
        {
            int slot = map.Find(Qstr.Obj(q));
            if (slot >= 0)
            {
                LookupCache c = ctx.Lookups;
                if (c == null) ctx.Lookups = c = new LookupCache(ctx.Size);
                int e = position & c.Mask;
                c.Pos[e] = position + 1;
                c.Slot[e] = slot;
            }
            return slot;
        }

        // The builtins table's slot a LOAD_GLOBAL at position found q in, if globals has gained no key since and
        // the slot still holds q; else -1.
        public static int FindBuiltin(ModuleContext ctx, int position, MapTable globals, int q, out MapTable map)
        {
            map = null;
            LookupCache c = ctx.Lookups;
            if (c == null || c.Stamp == null) return -1;
            int e = position & c.Mask;
            if (c.Pos[e] != -(position + 1) || c.Stamp[e] != globals.Stamp) return -1;
            MapTable b = Builtins.Table;
            int slot = c.Slot[e];
            if (slot >= b.Alloc || b.Keys[slot].Obj != Qstr.Obj(q)) return -1;
            map = b;
            return slot;
        }

        // Remembers that the LOAD_GLOBAL at position found its name in the builtins table at slot.
        public static void KeepBuiltin(ModuleContext ctx, int position, MapTable globals, int slot)
        {
            LookupCache c = ctx.Lookups;
            if (c == null) ctx.Lookups = c = new LookupCache(ctx.Size);
            if (c.Stamp == null) c.Stamp = new int[c.Pos.Length];
            int e = position & c.Mask;
            c.Pos[e] = -(position + 1);
            c.Slot[e] = slot;
            c.Stamp[e] = globals.Stamp;
        }
    }
}
