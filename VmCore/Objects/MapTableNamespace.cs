namespace NanoMpy
{
    // A namespace table: a module's globals or a class body's names (MakeNamespace). Its keys are nearly all
    // interned names, which MicroPython keeps as qstrs, plain numbers in the slot. So does this table: a slot's
    // key is an int,
    //
    //   _qkeys[slot]   0 empty | Deleted | Other: the key is Keys[slot] | else: the interned name of that id
    //
    // 16 bits a slot, as MicroPython's qstr_short_t: the pool never gives out the ids of the two markers
    // (Qstr.Add), and a name whose id is past them is kept as an Other key, its str in Keys. Keys is made only
    // when such a key arrives (globals()[1] = x, or a str made at run time whose text no qstr has). A name then
    // costs 2 bytes of key and no str object, where a board spends 12 on a reference and 72 on a str. Slot order, growth and deletion follow map.c as in any table; KeyAt
    // gives the str to code that reads keys out (iteration, popitem, __set_name__).
    public sealed partial class MapTable
    {
        public const int Deleted = 0xffff, Other = 0xfffe; // never a name's id (Qstr.Add)
        private ushort[] _qkeys;   // length Alloc; null but in a namespace table

        // Makes an empty dict's table a namespace table.
        public void MakeNamespace()
        {
            if (Used == 0 && !IsOrdered && _hasValues && !_namespace)
            {
                _namespace = true;
                if (Alloc > 0) Allocate(Alloc);
            }
        }

        // Room for n keys in an empty table (mp_map_init's initial allocation).
        public void Reserve(int n)
        {
            if (Alloc == 0 && n > 0) Allocate(n);
        }

        // The key in filled slot pos as Python sees it (a namespace table's name as its str).
        public Value KeyAt(int pos)
        {
            if (_namespace)
            {
                int k = _qkeys[pos];
                if (k != Other) return Qstr.Obj(k);
            }
            return Keys[pos];
        }

        // The qstr id of the key in filled slot pos, or 0 if it is not an interned str (makes no str object).
        public int QstrKeyAt(int pos)
        {
            if (_namespace)
            {
                int k = _qkeys[pos];
                if (k != Other) return k;
            }
            PyStr s = Keys[pos].Obj as PyStr;
            return s != null ? s.QstrIfInterned : 0;
        }

#if MP_OPT_SPEED
        // The qstr ids of a namespace table's keys (null for other tables), for the dispatch loop's inline hit
        // tests: HoldsQ is too large to inline there.
        public ushort[] QKeys { get { return _qkeys; } }
#endif

        // Whether slot pos holds the interned name q (LookupCache's hit test).
        // (small, so that it inlines in the dispatch loop's checks: a namespace table's _qkeys has Alloc slots)
        public bool HoldsQ(int pos, int q)
        {
            ushort[] qk = _qkeys;
            if (qk != null) return (uint)pos < (uint)qk.Length && qk[pos] == q;
            return HoldsStr(pos, q);
        }

        private bool HoldsStr(int pos, int q)
        {
#if MP_OPT_SPEED
            // a str that knows it is q's text (a table's name keys are made from their qstrs), without making or
            // finding q's str object
            if (pos >= Alloc) return false;
            PyStr s = Keys[pos].Obj as PyStr;
            return s != null && s.IsKnownQstr(q);
#else
            return pos < Alloc && Keys[pos].Obj == Qstr.Obj(q);
#endif
        }

        // Slot holding the interned name q, or -1.
        // (small, so that it inlines where other tables call Find)
        public int FindQ(int q)
        {
            if ((_flags & NamespaceFlag) == 0) return Find(Qstr.Obj(q));
            return NsFindQ(q);
        }

        private int NsFindQ(int q)
        {
            if (q >= Other) return Find(Qstr.Obj(q)); // an id past 16 bits: an Other key
            return NsFind(q, Value.Null, null, Qstr.Hash(q));
        }

        // Slot of the interned name q, adding it (value Null) when absent; added tells which.
        public int FindOrAddQ(int q, out bool added)
        {
            if ((_flags & NamespaceFlag) == 0) return FindOrAdd(Qstr.Obj(q), out added);
            return NsFindOrAddQ(q, out added);
        }

        private int NsFindOrAddQ(int q, out bool added)
        {
            if (q >= Other) return FindOrAdd(Qstr.Obj(q), out added);
            return NsFindOrAdd(q, Value.Null, null, Qstr.Hash(q), out added);
        }

        // A key of Find or FindOrAdd as a namespace table looks it up: its name (a str whose text is interned),
        // else 0; hash is its hash.
        private static int NsKey(Value key, PyStr ks, out long hash)
        {
            if (ks == null)
            {
                hash = HashOf(key);
                return 0;
            }
            hash = ks.HashCode;
            int q = ks.QstrIfInterned;
            return q < Other ? q : 0;
        }

        // Find and FindOrAdd in a namespace table, for the name q (> 0) or else key (ks: key as a str, or null).
        private int NsFind(int q, Value key, PyStr ks, long hash)
        {
            if (Alloc == 0) return -1;
            int r = NsProbe(q, key, ks, hash);
            return r >= 0 ? r : -1;
        }

        private int NsFindOrAdd(int q, Value key, PyStr ks, long hash, out bool added)
        {
            if (Alloc == 0) Rehash();
            int r = NsProbe(q, key, ks, hash);
            if (r == Full)
            {
                Rehash();
                r = NsProbe(q, key, ks, hash);
            }
            if (r >= 0)
            {
                added = false;
                return r;
            }
            return NsClaim(-1 - r, key, q, out added);
        }

        // Probe (as map.c's, see Probe). A name matches a name slot by id (two interned texts are equal only if
        // their ids are) and a str key of the table's own by text; a key that is not an interned str matches
        // the table's own keys as in any table, and a name slot only if it is no str (through its __eq__, as
        // mp_obj_equal lets it).
        private int NsProbe(int q, Value key, PyStr ks, long hash)
        {
            ushort[] qk = _qkeys;
            int alloc = Alloc;
            int pos = StartSlot(hash, alloc);
            int start = pos;
            int avail = -1;
            bool other = q == 0 && ks == null && !key.IsSmallInt;
            while (true)
            {
                int k = qk[pos];
                if (k == 0) return -1 - (avail < 0 ? pos : avail);
                if (k == q) return pos;
                if (k == Deleted)
                {
                    if (avail < 0) avail = pos;
                }
                else if (k == Other)
                {
                    if (q > 0 ? NameIs(Keys[pos], q) : KeyEqual(Keys[pos], key)) return pos;
                }
                else if (other && KeyEqual(Qstr.Obj(k), key)) return pos;
                if (++pos == alloc) pos = 0;
                if (pos == start) return avail < 0 ? Full : -1 - avail;
            }
        }

        // Whether a key of the table's own equals the name q.
        private static bool NameIs(Value o, int q)
        {
            PyStr s = o.Obj as PyStr;
            if (s == null) return !o.IsSmallInt && KeyEqual(o, Qstr.Obj(q));
            return s.CachedHash == Qstr.Hash(q) && s.Length == Qstr.Length(q)
                && Qstr.BytesEqual(s.Data, s.Offset, Qstr.Data(q), Qstr.Offset(q), s.Length);
        }

        // Claim for a namespace table: the name q, or (q = 0) a key of its own.
        private int NsClaim(int pos, Value key, int q, out bool added)
        {
            Used++;
#if MP_OPT_SPEED
            Stamp = ++_stamps;
#endif
            if (q > 0)
            {
                _qkeys[pos] = (ushort)q;
            }
            else
            {
                if (Keys == null) Keys = Value.NewArray(Alloc);
                Keys[pos] = key;
                _qkeys[pos] = Other;
                if (!(key.Obj is PyStr))
                {
                    _allStr = false;
                    if (!key.IsSmallInt) _simpleKeys = false;
                }
            }
            Vals[pos] = Value.Null;
            added = true;
            return pos;
        }

        private void NsRemoveAt(int pos)
        {
            Used--;
            int next = pos + 1 == Alloc ? 0 : pos + 1;
            _qkeys[pos] = _qkeys[next] == 0 ? (ushort)0 : (ushort)Deleted;
            if (Keys != null) Keys[pos] = Value.Null;
        }

        private int NsNextFilled(int pos)
        {
            ushort[] qk = _qkeys;
            for (; pos < Alloc; pos++)
            {
                int k = qk[pos];
                if (k != 0 && k != Deleted) return pos;
            }
            return -1;
        }
    }
}
