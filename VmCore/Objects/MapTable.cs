namespace NanoMpy
{
    // The hash table behind dict and set, behaving as py/map.c does so that iteration order (slot order) is
    // MicroPython's: open addressing with linear probing from hash % alloc, tables that fill completely
    // before growing, growth through MicroPython's size list, deleted slots marked (Sentinel) unless the next
    // slot is empty, and re-insertion in old slot order on growth. A set is a table without values.
    //
    // Slot key states: Null = empty, Sentinel = deleted, anything else = filled. An ordered table (OrderedDict)
    // is a plain array searched linearly, keys in insertion order.
    public sealed class MapTable
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

        public Value[] Keys;   // length Alloc (null while Alloc is 0)
        public Value[] Vals;   // null for sets
        public int Alloc;
        public int Used;
        public bool IsOrdered;
        private readonly bool _hasValues;
        // map.c's all_keys_are_qstrs: while every key of a dict is a str, a lookup of a non-str finds nothing
        // without hashing it (so `[] in {'a': 1}` is False, not a TypeError). Sets always hash.
        private bool _allStr = true;

        public MapTable(int capacity, bool hasValues)
        {
            _hasValues = hasValues;
            if (capacity > 0) Allocate(capacity);
        }

        private void Allocate(int n)
        {
            if (n != 0) Heap.CheckGrow(n * (_hasValues ? 16L : 8L));
            Alloc = n;
            Keys = n == 0 ? null : Value.NewArray(n);
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

        public bool IsFilled(int pos)
        {
            Value k = Keys[pos];
            return !k.IsNull && !k.IsSentinel;
        }

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

        private int Slot(long hash)
        {
            return (int)((ulong)hash % (ulong)Alloc);
        }

        // Slot holding key, or -1.
        public int Find(Value key)
        {
            if (_hasValues && _allStr && !(key.Obj is PyStr)) return -1;
            if (IsOrdered)
            {
                for (int i = 0; i < Used; i++)
                {
                    if (KeyEqual(Keys[i], key)) return i;
                }
                return -1;
            }
            if (Alloc == 0) return -1;
            long hash = HashOf(key);
            int pos = Slot(hash);
            int start = pos;
            while (true)
            {
                Value k = Keys[pos];
                if (k.IsNull) return -1;
                if (!k.IsSentinel && KeyEqual(k, key)) return pos;
                pos++;
                if (pos == Alloc) pos = 0;
                if (pos == start) return -1;
            }
        }

        // Slot of key, adding it (value Null) when absent; added tells which.
        public int FindOrAdd(Value key, out bool added)
        {
            if (IsOrdered) return OrderedFindOrAdd(key, out added);
            long hash = HashOf(key);
            if (Alloc == 0) Rehash();
            int pos = Slot(hash);
            int start = pos;
            int avail = -1;
            while (true)
            {
                Value k = Keys[pos];
                if (k.IsNull)
                {
                    if (avail < 0) avail = pos;
                    return Claim(avail, key, out added);
                }
                if (k.IsSentinel)
                {
                    if (avail < 0) avail = pos;
                }
                else if (KeyEqual(k, key))
                {
                    added = false;
                    return pos;
                }
                pos++;
                if (pos == Alloc) pos = 0;
                if (pos == start)
                {
                    if (avail >= 0) return Claim(avail, key, out added);
                    Rehash();
                    pos = start = Slot(hash);
                }
            }
        }

        private int Claim(int pos, Value key, out bool added)
        {
            Used++;
            Keys[pos] = key;
            if (!(key.Obj is PyStr)) _allStr = false;
            if (_hasValues) Vals[pos] = Value.Null;
            added = true;
            return pos;
        }

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

        // Removes key; returns its former slot (value still readable there until the next change) or -1.
        public int Remove(Value key)
        {
            int pos = Find(key);
            if (pos < 0) return -1;
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
            RemoveAt(pos);
            return pos;
        }

        // Deletes the filled slot pos the way map.c does (empty if the next slot is empty, else a marker).
        public void RemoveAt(int pos)
        {
            Used--;
            int next = pos + 1 == Alloc ? 0 : pos + 1;
            Keys[pos] = Keys[next].IsNull ? Value.Null : Value.Sentinel;
        }

        // First filled slot at or after pos, or -1.
        public int NextFilled(int pos)
        {
            int n = IsOrdered ? Used : Alloc;
            for (; pos < n; pos++)
            {
                Value k = Keys[pos];
                if (!k.IsNull && !k.IsSentinel) return pos;
            }
            return -1;
        }

        public void Clear()
        {
            Keys = null;
            Vals = null;
            Alloc = 0;
            Used = 0;
            _allStr = true;
        }

        // An exact copy, slot layout included (dict.copy() and set.copy() keep the order).
        public MapTable Clone()
        {
            MapTable t = new MapTable(0, _hasValues);
            t.IsOrdered = IsOrdered;
            t.Alloc = Alloc;
            t.Used = Used;
            t._allStr = _allStr;
            if (Keys != null) t.Keys = (Value[])Keys.Clone();
            if (Vals != null) t.Vals = (Value[])Vals.Clone();
            return t;
        }

        private void Rehash()
        {
            int oldAlloc = Alloc;
            Value[] oldKeys = Keys;
            Value[] oldVals = Vals;
            Allocate(SizeAtLeast(Alloc + 1));
            Used = 0;
            _allStr = true;
            for (int i = 0; i < oldAlloc; i++)
            {
                Value k = oldKeys[i];
                if (k.IsNull || k.IsSentinel) continue;
                bool added;
                int pos = FindOrAdd(k, out added);
                if (_hasValues) Vals[pos] = oldVals[i];
            }
        }
    }
}
