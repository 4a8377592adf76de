namespace NanoMpy
{
    // The qstr pool: interned strings named by int ids, as in py/qstr.c.
    //
    //   id 0          MP_QSTR_NULL (no string)
    //   ids 1..S      MicroPython's static qstrs, in static_qstr_list order (StaticQstrs.List): this order is
    //                 the .mpy index space, so a static qstr in a .mpy file maps to its id with no lookup
    //   ids S+1..     dynamic qstrs: a reference (bytes, offset, length) to UTF-8 text that is never copied;
    //                 for a module in flash that is the module image itself
    //
    // Lookup is open addressing over a table (any size) keyed by MicroPython's qstr hash (djb2 variant,
    // 16 bits, never 0), so the hash also serves str objects and dict ordering.
    //
    // Thread safety: lookups and inserts hold _sync (Monitor, not `lock`: C# 9's lock calls an overload
    // nanoFramework lacks); reads by id need no lock, since an id is published only after its entry is set.
    //
    // A board keeps the pool in its small managed heap, so each entry costs 8 bytes: where its text is (which
    // byte array: an index into the few distinct arrays, the static text, a module image, a chunk of names from
    // C#; and the offset there) in one int, and the hash and length in another. The hash table holds 16-bit ids
    // while every id fits (2 bytes a slot; 32-bit past that). str objects are made on first use, kept in
    // arrays of 16 ids (few ids of a chunk have objects: the names of globals and attributes; 32 cost more).
    //
    //   _loc[id]:  source index << 24 | offset, or Escaped | k when either does not fit: (_esc[2k], _esc[2k+1])
    public static class Qstr
    {
        private static readonly object _sync = new object();
        private static byte[][] _sources;   // distinct arrays holding qstr text
        private static int _sourceCount;
        private static int[] _loc;          // id -> where its text is (above)
        private static int[] _esc;          // (source index, offset) pairs of the escaped locations
        private static int _escCount;
        private static int[] _meta;         // id -> hash | length << 16
        private static PyStr[][] _obj;      // id >> ObjShift -> the str objects of 16 ids
        private static int _count;
        private static ushort[] _table16;   // slot -> id, 0 = empty; at most 3/4 full; while ids fit 16 bits
        private static int[] _table;        // the same, once they do not (_table16 is then null)
        private static int _staticCount;

        // MicroPython's limit (MICROPY_QSTR_BYTES_IN_LEN 1): a longer name is "name too long" (RuntimeError)
        private const int MaxLength = 255;
        private const int Escaped = unchecked((int)0xff000000);
        private const int OffsetMask = 0xffffff;
        private const int ObjShift = 4;
        private const int ObjMask = (1 << ObjShift) - 1;

        public static int StaticCount { get { return _staticCount; } }
        public static int Count { get { return _count; } }

        static Qstr()
        {
            string[] list = StaticQstrs.List;
            // room for the names the runtime interns as it starts (about 90 on a board), so that the arrays do not
            // grow, and keep a grown part unused, before the first program runs
            int cap = list.Length + 128;
            _sources = new byte[4][];
            _loc = new int[cap];
            _meta = new int[cap];
            _obj = new PyStr[(cap >> ObjShift) + 1][];
            _table16 = new ushort[TableSize(cap)];
            _count = 1; // id 0 is MP_QSTR_NULL
            // The static qstrs' text in one array: an array per qstr would cost a board a header each.
            byte[][] parts = new byte[list.Length][];
            int total = 0;
            for (int i = 0; i < list.Length; i++)
            {
                parts[i] = Utf8.Encode(list[i]);
                total += parts[i].Length;
            }
            byte[] text = new byte[total];
            int pos = 0;
            for (int i = 0; i < list.Length; i++)
            {
                byte[] b = parts[i];
                System.Array.Copy(b, 0, text, pos, b.Length);
                Add(text, pos, b.Length, ComputeHash(b, 0, b.Length));
                pos += b.Length;
            }
            _staticCount = _count - 1;
        }

        // MicroPython's qstr_compute_hash with MICROPY_QSTR_BYTES_IN_HASH = 2.
        public static int ComputeHash(byte[] data, int off, int len)
        {
            uint h = 5381;
            int end = off + len;
            for (int i = off; i < end; i++)
            {
                h = (h * 33) ^ data[i];
            }
            h &= 0xffff;
            return h == 0 ? 1 : (int)h;
        }

        // Id of the text, or 0 when it is not interned. Allocates nothing.
        public static int Find(byte[] data, int off, int len)
        {
            return Find(data, off, len, ComputeHash(data, off, len));
        }

        public static int Find(byte[] data, int off, int len, int hash)
        {
            System.Threading.Monitor.Enter(_sync);
            try
            {
                return FindLocked(data, off, len, hash);
            }
            finally
            {
                System.Threading.Monitor.Exit(_sync);
            }
        }

        private static int FindLocked(byte[] data, int off, int len, int hash)
        {
            ushort[] t16 = _table16;
            int size = t16 != null ? t16.Length : _table.Length;
            int slot = Home(hash, size);
            while (true)
            {
                int id = t16 != null ? t16[slot] : _table[slot];
                if (id == 0) return 0;
                if ((_meta[id] & 0xffff) == hash && Length(id) == len && BytesEqual(Data(id), Offset(id), data, off, len))
                {
                    return id;
                }
                if (++slot == size) slot = 0;
            }
        }

        // Interns by reference: the pool keeps (data, off, len), so data must never change afterwards
        // (flash images and the buffers of immutable str objects qualify).
        public static int Intern(byte[] data, int off, int len)
        {
            int hash = ComputeHash(data, off, len);
            System.Threading.Monitor.Enter(_sync);
            try
            {
                int id = FindLocked(data, off, len, hash);
                if (id != 0) return id;
                return Add(data, off, len, hash);
            }
            finally
            {
                System.Threading.Monitor.Exit(_sync);
            }
        }

        // Names interned from C# text share chunks of ChunkSize bytes, as qstr.c's pool does: an array each would
        // cost a board a header per name (about 240 names at start-up).
        private const int ChunkSize = 256;
        private static byte[] _chunk;
        private static int _chunkUsed;

        public static int Intern(string s)
        {
            byte[] b = Utf8.Encode(s);
            return InternCopy(b, 0, b.Length);
        }

        // As Intern, but text not interned yet is copied first (into a shared chunk), so the caller may reuse b:
        // names from C#, and qstrs of a module in flash the managed heap cannot address.
        public static int InternCopy(byte[] b, int off, int len)
        {
            int hash = ComputeHash(b, off, len);
            System.Threading.Monitor.Enter(_sync);
            try
            {
                int id = FindLocked(b, off, len, hash);
                if (id != 0) return id;
                if (len > ChunkSize / 4)
                {
                    byte[] own = new byte[len];
                    System.Array.Copy(b, off, own, 0, len);
                    return Add(own, 0, len, hash);
                }
                if (_chunk == null || _chunkUsed + len > _chunk.Length)
                {
                    _chunk = new byte[ChunkSize];
                    _chunkUsed = 0;
                }
                // bytes already handed out are never written again, so the pool may refer to them in place
                System.Array.Copy(b, off, _chunk, _chunkUsed, len);
                id = Add(_chunk, _chunkUsed, len, hash);
                _chunkUsed += len;
                return id;
            }
            finally
            {
                System.Threading.Monitor.Exit(_sync);
            }
        }

        public static string Str(int id)
        {
            return Utf8.Decode(Data(id), Offset(id), Length(id));
        }

        public static byte[] Data(int id)
        {
            int l = _loc[id];
            return _sources[(l & Escaped) != Escaped ? (int)((uint)l >> 24) : _esc[2 * (l & OffsetMask)]];
        }

        public static int Offset(int id)
        {
            int l = _loc[id];
            return (l & Escaped) != Escaped ? l & OffsetMask : _esc[2 * (l & OffsetMask) + 1];
        }
        public static int Hash(int id) { return _meta[id] & 0xffff; }

        public static int Length(int id) { return _meta[id] >> 16; }

        // The str object of a qstr: made once, then shared (LOAD_CONST_STRING and attribute-name keys
        // allocate nothing after the first use).
        public static PyStr Obj(int id)
        {
            // small enough to be inlined where the VM checks its look-up caches; making the object is apart
            PyStr[] chunk = _obj[id >> ObjShift];
            if (chunk != null)
            {
                PyStr s = chunk[id & ObjMask];
                if (s != null) return s;
            }
            return MakeObj(id);
        }

        private static PyStr MakeObj(int id)
        {
            PyStr[] chunk = _obj[id >> ObjShift];
            if (chunk == null)
            {
                chunk = new PyStr[1 << ObjShift];
                _obj[id >> ObjShift] = chunk;
            }
            PyStr s = chunk[id & ObjMask];
            if (s == null)
            {
                s = PyStr.FromQstr(id);
                chunk[id & ObjMask] = s;
            }
            return s;
        }

        public static bool BytesEqual(byte[] a, int aOff, byte[] b, int bOff, int len)
        {
            for (int i = 0; i < len; i++)
            {
                if (a[aOff + i] != b[bOff + i]) return false;
            }
            return true;
        }

        private static int Add(byte[] data, int off, int len, int hash)
        {
            if (len > MaxLength) throw Rt.RuntimeError("name too long");
            // the two ids namespace tables mark slots with are never given out (their entries stay 0: no text has
            // hash 0)
            if (_count == MapTable.Other)
            {
                while (_count + 2 >= _loc.Length) Grow();
                _count = MapTable.Deleted + 1;
            }
            if (_count == _loc.Length) Grow();
            int id = _count++;
            int src = SourceIndex(data);
            if (src < 255 && off <= OffsetMask)
            {
                _loc[id] = src << 24 | off;
            }
            else
            {
                // (many sources: a long-lived host process that loads many modules; or a text beyond 16 MB)
                if (_esc == null || 2 * _escCount == _esc.Length) _esc = GrowInts(_esc == null ? new int[0] : _esc, 2 * _escCount + 16);
                _esc[2 * _escCount] = src;
                _esc[2 * _escCount + 1] = off;
                _loc[id] = Escaped | _escCount++;
            }
            _meta[id] = hash | (len << 16);
            int size = _table16 != null ? _table16.Length : _table.Length;
            if (_count * 4 > size * 3) Rehash(TableSize(_count + (_count >> 1)));
            else if (_table16 != null && id > 0xffff) Rehash(size);
            else Insert(id);
            return id;
        }

        // Qstrs come from few arrays, and in runs from the same one (a module's qstr table, a chunk of names).
        private static int SourceIndex(byte[] data)
        {
            for (int i = _sourceCount - 1; i >= 0 && i >= _sourceCount - 4; i--)
            {
                if (_sources[i] == data) return i;
            }
            if (_sourceCount == _sources.Length)
            {
                byte[][] n = new byte[_sourceCount * 2][];
                System.Array.Copy(_sources, n, _sourceCount);
                _sources = n;
            }
            _sources[_sourceCount] = data;
            return _sourceCount++;
        }

        private static void Insert(int id)
        {
            ushort[] t16 = _table16;
            if (t16 != null)
            {
                int s16 = Home(_meta[id] & 0xffff, t16.Length);
                while (t16[s16] != 0) if (++s16 == t16.Length) s16 = 0;
                t16[s16] = (ushort)id;
                return;
            }
            int slot = Home(_meta[id] & 0xffff, _table.Length);
            while (_table[slot] != 0) if (++slot == _table.Length) slot = 0;
            _table[slot] = id;
        }

        // The slot a 16-bit hash starts probing from: the hash scaled to the table (any size, not only a power of
        // two, so that a table can be sized to what it must hold).
        private static int Home(int hash, int size)
        {
            return (int)(((ulong)(uint)hash * (uint)size) >> 16); // 64-bit: a table past 65,536 slots
        }

        // Slots for n qstrs at most 3/4 full, in steps of 16.
        private static int TableSize(int n)
        {
            return (n * 4 / 3 + 16) & ~15;
        }

        // A table of size slots with every id; 32-bit once an id no longer fits 16 bits.
        private static void Rehash(int size)
        {
            if (_count - 1 <= 0xffff)
            {
                _table16 = new ushort[size];
            }
            else
            {
                _table16 = null;
                _table = new int[size];
            }
            for (int id = 1; id < _count; id++) Insert(id);
        }

        // Room for n more qstrs (a module's qstr table, before it is interned): when the arrays must grow, they
        // grow to just that, not by half, whose unused part a board would keep for good.
        public static void Reserve(int n)
        {
            System.Threading.Monitor.Enter(_sync);
            try
            {
                if (_count + n > _loc.Length) Resize(_count + n);
                // and a table that holds them, rather than one grown twice as large on the way
                int size = _table16 != null ? _table16.Length : _table.Length;
                if ((_count + n) * 4 > size * 3) Rehash(TableSize(_count + n));
            }
            finally
            {
                System.Threading.Monitor.Exit(_sync);
            }
        }

        private static void Grow()
        {
            Resize(_loc.Length + (_loc.Length >> 1));
        }

        private static void Resize(int cap)
        {
            _loc = GrowInts(_loc, cap);
            _meta = GrowInts(_meta, cap);
            PyStr[][] o = new PyStr[(cap >> ObjShift) + 1][];
            System.Array.Copy(_obj, o, _obj.Length);
            _obj = o;
        }

        private static int[] GrowInts(int[] a, int cap)
        {
            int[] n = new int[cap];
            System.Array.Copy(a, n, a.Length);
            return n;
        }
    }
}
