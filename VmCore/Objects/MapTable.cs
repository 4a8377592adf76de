namespace NanoMpy
{
    // The hash table behind dict and set, behaving as py/map.c does so that iteration order (slot order) is
    // MicroPython's: open addressing with linear probing from hash % alloc, tables that fill completely
    // before growing, growth through MicroPython's size list, deleted slots marked (Sentinel) unless the next
    // slot is empty, and re-insertion in old slot order on growth. A set is a table without values.
    //
    // Slot key states: Null = empty, Sentinel = deleted, anything else = filled. An ordered table (OrderedDict)
    // is a plain array searched linearly, keys in insertion order.
    //
    // A namespace table (a module's globals, a class body's names) keeps its keys apart: MapTableNamespace.cs.
    public sealed partial class MapTable
    {
        // Sizes the table grows through (map.c's hash_allocation_sizes).
        private static readonly int[] Sizes = new int[]
        {
            0, 2, 4, 6, 8, 10, 12,
            17, 23, 29, 37, 47, 59, 73,
            97, 127, 167, 223, 293, 389, 521, 691, 919, 1223, 1627, 2161,
            3229, 4831, 7243, 10861, 16273, 24407, 36607, 54907,
        };

        // MicroPython's small ints are 63-bit on a 64-bit build; larger ints hash as its big ints do.
        private const long SmallIntMax = (1L << 62) - 1;
        private const long SmallIntMin = -(1L << 62);

        public Value[] Keys;   // length Alloc (null while Alloc is 0, and in a namespace table without keys of its own)
        public Value[] Vals;   // null for sets
        public int Alloc;
        public int Used;
#if MP_OPT_SPEED
        // (A speed-up MicroPython lacks, left out at the minimal level.) In a large table (LargeTable slots or
        // more) holding str keys: each str slot's hash (qstr hashes are 16-bit). MicroPython's 16-bit str hashes
        // crowd a large table into long runs of filled slots; a probe that reads the hash here touches two arrays
        // in order instead of every str object it passes.
        // Made with the first str key, so int-keyed and small tables (the usual ones on a board) pay nothing.
        // From 32 slots on: a class's or instance's attributes fill a table to its last slot before it grows
        // (map.c's policy, which fixes the iteration order), so probes there pass many slots, and reading each
        // slot's str object was a quarter of core_locals' time (2 B a slot against a 16 B key).
        private ushort[] _strHash;
        private const int LargeTable = 32;
#endif

        // The table's yes/no facts in one field (nanoCLR spends 12 bytes on a field whatever its width, and every
        // dict, set and instance has a table): ordered, has values, all keys str, simple keys, namespace.
        //   all keys str: map.c's all_keys_are_qstrs: while every key of a dict is a str, a lookup of a non-str
        //     finds nothing without hashing it (so `[] in {'a': 1}` is False, not a TypeError). Sets always hash.
        //   simple keys: every key is a str or a small int: a growth can place the keys without comparing them
        //     (they are distinct, and comparing them runs no Python code), as map.c's re-insertion ends there.
        private int _flags = AllStrFlag | SimpleFlag;
        private const int OrderedFlag = 1, ValuesFlag = 2, AllStrFlag = 4, SimpleFlag = 8, NamespaceFlag = 16;

        public bool IsOrdered
        {
            get { return (_flags & OrderedFlag) != 0; }
            set { _flags = value ? _flags | OrderedFlag : _flags & ~OrderedFlag; }
        }

        private bool _hasValues { get { return (_flags & ValuesFlag) != 0; } }

        private bool _allStr
        {
            get { return (_flags & AllStrFlag) != 0; }
            set { _flags = value ? _flags | AllStrFlag : _flags & ~AllStrFlag; }
        }

        private bool _simpleKeys
        {
            get { return (_flags & SimpleFlag) != 0; }
            set { _flags = value ? _flags | SimpleFlag : _flags & ~SimpleFlag; }
        }

        private bool _namespace
        {
            get { return (_flags & NamespaceFlag) != 0; }
            set { _flags = value ? _flags | NamespaceFlag : _flags & ~NamespaceFlag; }
        }

#if MP_OPT_SPEED
        // Changes whenever a key is added, and no two tables share one (from one counter for the process):
        // LOAD_GLOBAL trusts a builtin it found while globals' stamp is the one it saw (LookupCache).
        public int Stamp;
        private static int _stamps;
#endif

        public MapTable(int capacity, bool hasValues)
        {
#if MP_OPT_SPEED
            Stamp = ++_stamps;
#endif
            if (hasValues) _flags |= ValuesFlag;
            if (capacity > 0) Allocate(capacity);
        }

        private void Allocate(int n)
        {
            if (n != 0) Heap.CheckGrow(n * (_hasValues ? 16L : 8L));
            Alloc = n;
#if MP_OPT_SPEED
            _strHash = null;
#endif
            _qkeys = _namespace && n > 0 ? new ushort[n] : null;
            Keys = n == 0 || _namespace ? null : Value.NewArray(n);
            Vals = _hasValues && n > 0 ? Value.NewArray(n) : null;
        }

        public static int SizeAtLeast(int x)
        {
            for (int i = 0; i < Sizes.Length; i++)
            {
                if (Sizes[i] >= x) return Sizes[i];
            }
            return (x + x / 2) | 1;
        }

#if MP_SET
        public bool IsFilled(int pos)
        {
            PyObject o = Keys[pos].Obj;
            return o != null && o != Value.SentinelTag;
        }
#endif

        // mp_unary_op(MP_UNARY_OP_HASH) as map.c uses it (str keys: their qstr hash).
        public static long HashOf(Value key)
        {
            if (key.IsSmallInt && key.Bits <= SmallIntMax && key.Bits >= SmallIntMin) return key.Bits;
            PyStr s = key.Obj as PyStr;
            if (s != null) return s.HashCode;
            return Rt.Hash(key);
        }

        public static bool KeyEqual(Value a, Value b)
        {
            if (a.Obj == b.Obj && a.Bits == b.Bits) return true;
            PyStr sa = a.Obj as PyStr;
            if (sa != null)
            {
                PyStr sb = b.Obj as PyStr;
                if (sb != null) return sa.EqualsStr(sb);
            }
            if (a.IsSmallInt && b.IsSmallInt) return false;
            return Rt.Equal(a, b);
        }

        // Probe's answer when the key is absent and the table has no free slot.
        private const int Full = int.MinValue;

        // Slot holding key, or -1.
        public int Find(Value key)
        {
            PyObject ko = key.Obj;
            PyStr ks = ko as PyStr;
            int fl = _flags; // (read once: the look-up's hot path)
            if (ks == null && (fl & (ValuesFlag | AllStrFlag)) == (ValuesFlag | AllStrFlag)) return -1;
#if MP_EXTRA_MODULES
            if ((fl & OrderedFlag) != 0)
            {
                for (int i = 0; i < Used; i++)
                {
                    if (KeyEqual(Keys[i], key)) return i;
                }
                return -1;
            }
#endif
            if (Alloc == 0) return -1;
            if ((fl & NamespaceFlag) != 0)
            {
                long h;
                int q = NsKey(key, ks, out h);
                return NsFind(q, key, ks, h);
            }
            int r = ks != null ? ProbeStr(ks, ks.HashCode, key) : Probe(key, ko, HashOf(key));
            return r >= 0 ? r : -1;
        }

        // Slot of key, adding it (value Null) when absent; added tells which.
        public int FindOrAdd(Value key, out bool added)
        {
            int fl = _flags;
#if MP_EXTRA_MODULES
            if ((fl & OrderedFlag) != 0) return OrderedFindOrAdd(key, out added);
#endif
            PyObject ko = key.Obj;
            PyStr ks = ko as PyStr;
            if ((fl & NamespaceFlag) != 0)
            {
                long h;
                int q = NsKey(key, ks, out h);
                return NsFindOrAdd(q, key, ks, h, out added);
            }
            long hash = ks != null ? ks.HashCode : HashOf(key);
            if (Alloc == 0) Rehash();
            int r = ks != null ? ProbeStr(ks, (int)hash, key) : Probe(key, ko, hash);
            if (r == Full)
            {
                Rehash();
                r = ks != null ? ProbeStr(ks, (int)hash, key) : Probe(key, ko, hash);
            }
            if (r >= 0)
            {
                added = false;
                return r;
            }
            return Claim(-1 - r, key, out added);
        }

        // map.c's start slot, hash % alloc with the hash as an unsigned word (32-bit division when it fits:
        // str hashes always do).
        private static int StartSlot(long hash, int alloc)
        {
            if ((ulong)hash <= 0xFFFFFFFFUL) return (int)((uint)hash % (uint)alloc);
            return (int)((ulong)hash % (ulong)alloc);
        }

        // map.c's probe from hash % alloc: the slot holding key (>= 0); when absent, -1 - the slot an add
        // takes (the first deleted slot passed, else the empty slot that ended the search), or Full.
        // Find and FindOrAdd call ProbeStr for a str key, this for any other. str and small-int keys have
        // their own loops (each its own method, with no call inside, so that its state stays in registers):
        // str slots compare the cached hash, the length, then the bytes. A stored key of another kind hands
        // the rest of the probe to ProbeFrom, which compares with KeyEqual, so a user __eq__ runs as in
        // MicroPython. Each slot is read once through Obj and tested by reference (Obj is null only for Null,
        // the tag for a small int or the sentinel): a field load on the host, one call on nanoFramework.
        private int Probe(Value key, PyObject ko, long hash)
        {
            int pos = StartSlot(hash, Alloc);
            if (ko == Value.IntTag) return ProbeInt(key.Bits, pos, key);
            return ProbeFrom(key, pos, pos, -1);
        }

        private int ProbeStr(PyStr ks, int h, Value key)
        {
#if MP_OPT_SPEED
            if (_strHash != null && (_flags & SimpleFlag) != 0) return ProbeStrLarge(ks, h);
#endif
            Value[] keys = Keys;
            int alloc = Alloc;
            int pos = (int)((uint)h % (uint)alloc);
            int start = pos;
            int avail = -1;
            int len = ks.Length;
            while (true)
            {
                PyObject o = keys[pos].Obj;
                if (o == ks) return pos;
                PyStr s = o as PyStr;
                if (s != null)
                {
                    if (s.CachedHash == h && s.Length == len)
                    {
                        byte[] a = s.Data, b = ks.Data;
                        int ao = s.Offset, bo = ks.Offset, i = 0;
                        while (i < len && a[ao + i] == b[bo + i]) i++;
                        if (i == len) return pos;
                    }
                }
                else if (o == null) return -1 - (avail < 0 ? pos : avail);
                else if (o == Value.SentinelTag)
                {
                    if (avail < 0) avail = pos;
                }
                else return ProbeFrom(key, pos, start, avail);
                if (++pos == alloc) pos = 0;
                if (pos == start) return avail < 0 ? Full : -1 - avail;
            }
        }

#if MP_OPT_SPEED
        // ProbeStr over a table of str and small-int keys with its str hashes at hand. A slot's hash is 0 unless it
        // holds a str (a str hash is never 0, see Qstr.ComputeHash; deletions clear it), so a slot holding another
        // str is passed on its hash alone, and the key array is read only at a hash match or a hash of 0 (empty,
        // deleted or an int key).
        private int ProbeStrLarge(PyStr ks, int h)
        {
            Value[] keys = Keys;
            ushort[] sh = _strHash;
            int alloc = Alloc;
            int pos = (int)((uint)h % (uint)alloc);
            int start = pos;
            int avail = -1;
            while (true)
            {
                int hh = sh[pos];
                if (hh == h)
                {
                    PyObject o = keys[pos].Obj;
                    if (o == ks) return pos;
                    PyStr s = (PyStr)o;
                    int len = ks.Length;
                    if (s.Length == len)
                    {
                        byte[] a = s.Data, b = ks.Data;
                        int ao = s.Offset, bo = ks.Offset, i = 0;
                        while (i < len && a[ao + i] == b[bo + i]) i++;
                        if (i == len) return pos;
                    }
                }
                else if (hh == 0)
                {
                    PyObject o = keys[pos].Obj;
                    if (o == null) return -1 - (avail < 0 ? pos : avail);
                    if (o == Value.SentinelTag && avail < 0) avail = pos;
                }
                if (++pos == alloc) pos = 0;
                if (pos == start) return avail < 0 ? Full : -1 - avail;
            }
        }
#endif

        private int ProbeInt(long b, int pos, Value key)
        {
            Value[] keys = Keys;
            int alloc = Alloc;
            int start = pos;
            int avail = -1;
            PyObject intTag = Value.IntTag;
            PyObject sentinel = Value.SentinelTag;
            while (true)
            {
                Value k = keys[pos];
                PyObject o = k.Obj;
                if (o == intTag)
                {
                    if (k.Bits == b) return pos;
                }
                else if (o == null) return -1 - (avail < 0 ? pos : avail);
                else if (o == sentinel)
                {
                    if (avail < 0) avail = pos;
                }
                else return ProbeFrom(key, pos, start, avail);
                if (++pos == alloc) pos = 0;
                if (pos == start) return avail < 0 ? Full : -1 - avail;
            }
        }

        // The probe from slot pos on (start: where it began, avail: the first deleted slot passed or -1).
        private int ProbeFrom(Value key, int pos, int start, int avail)
        {
            Value[] keys = Keys;
            int alloc = Alloc;
            while (true)
            {
                Value k = keys[pos];
                PyObject o = k.Obj;
                if (o == null) return -1 - (avail < 0 ? pos : avail);
                if (o == Value.SentinelTag)
                {
                    if (avail < 0) avail = pos;
                }
                else if (KeyEqual(k, key)) return pos;
                if (++pos == alloc) pos = 0;
                if (pos == start) return avail < 0 ? Full : -1 - avail;
            }
        }

        private int Claim(int pos, Value key, out bool added)
        {
            Used++;
#if MP_OPT_SPEED
            Stamp = ++_stamps;
#endif
            Keys[pos] = key;
            PyStr s = key.Obj as PyStr;
#if MP_OPT_SPEED
            // (not while the heap is locked: the table works without it, and MicroPython allocates nothing here)
            if (s != null && _strHash == null && Alloc >= LargeTable && !IsOrdered && Heap.LockDepth == 0) MakeStrHashes();
            if (s != null && _strHash != null) _strHash[pos] = (ushort)s.CachedHash;
#endif
            if (s == null)
            {
                _allStr = false;
                if (!key.IsSmallInt) _simpleKeys = false;
            }
            if (_hasValues) Vals[pos] = Value.Null;
            added = true;
            return pos;
        }

#if MP_OPT_SPEED
        // The hash of every str key so far (a hash table's keys all have theirs cached).
        private void MakeStrHashes()
        {
            ushort[] h = new ushort[Alloc];
            for (int i = 0; i < Alloc; i++)
            {
                PyStr s = Keys[i].Obj as PyStr;
                if (s != null) h[i] = (ushort)s.CachedHash;
            }
            _strHash = h;
        }
#endif

#if MP_EXTRA_MODULES
        // (OrderedDict, in the collections module)
        private int OrderedFindOrAdd(Value key, out bool added)
        {
            int i = Find(key);
            if (i >= 0)
            {
                added = false;
                return i;
            }
            if (Used == Alloc)
            {
                Heap.CheckGrow((Alloc + 4) * 16L);
                // map.c grows an ordered table by 4 slots.
                int n = Alloc + 4;
                Value[] k = Value.NewArray(n);
                if (Keys != null) System.Array.Copy(Keys, k, Used);
                Keys = k;
                if (_hasValues)
                {
                    Value[] v = Value.NewArray(n);
                    if (Vals != null) System.Array.Copy(Vals, v, Used);
                    Vals = v;
                }
                Alloc = n;
            }
            return Claim(Used, key, out added);
        }
#endif

        // Removes key; returns its former slot (value still readable there until the next change) or -1.
        public int Remove(Value key)
        {
            int pos = Find(key);
            if (pos < 0) return -1;
#if MP_EXTRA_MODULES
            if (IsOrdered)
            {
                Value v = _hasValues ? Vals[pos] : Value.Null;
                Used--;
                System.Array.Copy(Keys, pos + 1, Keys, pos, Used - pos);
                if (_hasValues) System.Array.Copy(Vals, pos + 1, Vals, pos, Used - pos);
                Keys[Used] = Value.Null;
                if (_hasValues) Vals[Used] = v;
                return Used;
            }
#endif
            RemoveAt(pos);
            return pos;
        }

        // Deletes the filled slot pos the way map.c does (empty if the next slot is empty, else a marker).
        public void RemoveAt(int pos)
        {
            if (_namespace)
            {
                NsRemoveAt(pos);
                return;
            }
            Used--;
            int next = pos + 1 == Alloc ? 0 : pos + 1;
            Keys[pos] = Keys[next].IsNull ? Value.Null : Value.Sentinel;
#if MP_OPT_SPEED
            if (_strHash != null) _strHash[pos] = 0;
#endif
        }

        // Empties filled slot pos as dict.popitem does: a deleted marker always (objdict.c), unlike a removal by key.
        public void PopAt(int pos)
        {
            Used--;
            if (_namespace) _qkeys[pos] = (ushort)Deleted;
            if (Keys != null) Keys[pos] = IsOrdered || _namespace ? Value.Null : Value.Sentinel;
#if MP_OPT_SPEED
            if (_strHash != null) _strHash[pos] = 0;
#endif
            Vals[pos] = Value.Null;
        }

        // First filled slot at or after pos, or -1.
        public int NextFilled(int pos)
        {
            if (_namespace) return NsNextFilled(pos);
            int n = IsOrdered ? Used : Alloc;
            Value[] keys = Keys;
            PyObject sentinel = Value.SentinelTag;
            for (; pos < n; pos++)
            {
                PyObject o = keys[pos].Obj;
                if (o != null && o != sentinel) return pos;
            }
            return -1;
        }

        public void Clear()
        {
            Keys = null;
            Vals = null;
#if MP_OPT_SPEED
            _strHash = null;
#endif
            _qkeys = null;
            Alloc = 0;
            Used = 0;
            _allStr = true;
            _simpleKeys = true;
        }

        // An exact copy, slot layout included (dict.copy() and set.copy() keep the order).
        public MapTable Clone()
        {
            MapTable t = new MapTable(0, _hasValues);
            t._flags = _flags;
            if (_qkeys != null) t._qkeys = (ushort[])_qkeys.Clone();
            t.Alloc = Alloc;
            t.Used = Used;
            if (Keys != null) t.Keys = (Value[])Keys.Clone();
            if (Vals != null) t.Vals = (Value[])Vals.Clone();
#if MP_OPT_SPEED
            if (_strHash != null) t._strHash = (ushort[])_strHash.Clone();
#endif
            return t;
        }

#if MP_OPT_SPEED
        // Arrays for `capacity` slots in an empty table that stays at 0 slots: its growths up to that size then
        // happen in these arrays (RehashInPlace), allocating nothing. (An instance's table, sized for what its
        // class's instances grew to: Rt.PlainConstruct.)
        // The largest size a table grows to in place (a larger one keeps str hashes, see LargeTable).
        public const int InPlaceMax = LargeTable - 1;

        public void ReserveArrays(int capacity)
        {
            if (capacity <= 0 || Alloc != 0 || !_hasValues || _namespace) return;
            Heap.CheckGrow(capacity * 16L);
            Keys = Value.NewArray(capacity);
            Vals = Value.NewArray(capacity);
        }

        // Each old slot's new slot during an in-place growth (-1: none to move; scratch, not state: growth of str
        // and small-int keys runs no Python code).
        private static int[] _moveTo;

        // Rehash within the arrays a table already has (they hold n < 32 slots; those from Alloc on are unused):
        // the same placement as Rehash (old slots in order, each to the first free slot from its hash), found
        // on a bit mask first, then the entries moved along the cycles of that permutation.
        private void RehashInPlace(int n)
        {
            int oldAlloc = Alloc;
            Value[] keys = Keys, vals = Vals;
            Value nul = Value.Null;
            Alloc = n;
            Stamp = ++_stamps;
            int[] to = _moveTo ?? (_moveTo = new int[LargeTable]);
            int taken = 0;
            for (int i = 0; i < oldAlloc; i++)
            {
                PyObject o = keys[i].Obj;
                if (o == null || o == Value.SentinelTag)
                {
                    if (o != null) keys[i] = nul;
                    to[i] = -1;
                    continue;
                }
                int pos = StartSlot(HashOf(keys[i]), n);
                while ((taken & (1 << pos)) != 0)
                {
                    if (++pos == n) pos = 0;
                }
                taken |= 1 << pos;
                to[i] = pos == i ? -1 : pos;
            }
            for (int i = 0; i < oldAlloc; i++)
            {
                int d = to[i];
                if (d < 0) continue;
                Value ck = keys[i], cv = vals[i];
                keys[i] = nul;
                vals[i] = nul;
                to[i] = -1;
                while (d < oldAlloc && to[d] >= 0)
                {
                    // d holds an entry still to move: it takes the carried one, and goes on
                    Value tk = keys[d], tv = vals[d];
                    keys[d] = ck;
                    vals[d] = cv;
                    ck = tk;
                    cv = tv;
                    int nd = to[d];
                    to[d] = -1;
                    d = nd;
                }
                keys[d] = ck;
                vals[d] = cv;
            }
        }
#endif

        // Growth (a namespace table's too: a slot's key is its name, _qkeys[i], or Keys[i] when that is Other).
        private void Rehash()
        {
#if MP_OPT_SPEED
            if (Keys != null && Vals != null && (_flags & (SimpleFlag | NamespaceFlag | OrderedFlag)) == SimpleFlag)
            {
                int size = SizeAtLeast(Alloc + 1);
                if (size < LargeTable && Keys.Length >= size && Vals.Length >= size && Heap.LockDepth == 0)
                {
                    RehashInPlace(size);
                    return;
                }
            }
#endif
            int oldAlloc = Alloc;
            Value[] oldKeys = Keys;
            Value[] oldVals = Vals;
            ushort[] oldQ = _qkeys;
            bool ns = _namespace;
            bool simple = _simpleKeys || ns;
            Allocate(SizeAtLeast(Alloc + 1));
            Used = 0;
            _allStr = true;
            _simpleKeys = true;
            for (int i = 0; i < oldAlloc; i++)
            {
                int q = 0;
                Value k;
                if (ns)
                {
                    q = oldQ[i];
                    if (q == 0 || q == Deleted) continue;
                    if (q == Other) q = 0;
                    k = q > 0 ? Value.Null : oldKeys[i];
                }
                else
                {
                    k = oldKeys[i];
                    if (k.IsNull || k.IsSentinel) continue;
                }
                int pos;
                bool added;
                if (simple)
                {
                    // the new table has no deleted slots and no equal keys: the first empty slot from the hash
                    // (a namespace table's keys go this way whatever they are, as map.c's re-insertion ends there)
                    pos = StartSlot(q > 0 ? Qstr.Hash(q) : HashOf(k), Alloc);
                    if (ns)
                    {
                        while (_qkeys[pos] != 0)
                        {
                            if (++pos == Alloc) pos = 0;
                        }
                        NsClaim(pos, k, q, out added);
                    }
                    else
                    {
                        Value[] keys = Keys;
                        while (!keys[pos].IsNull)
                        {
                            if (++pos == Alloc) pos = 0;
                        }
                        Claim(pos, k, out added);
                    }
                }
                else
                {
                    pos = FindOrAdd(k, out added);
                }
                if (_hasValues) Vals[pos] = oldVals[i];
            }
        }
    }
}
