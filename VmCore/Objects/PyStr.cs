namespace NanoMpy
{
    // str: immutable UTF-8 text referenced as (Data, Offset, Length), as MicroPython stores it. A str constant
    // of a module in flash references the image bytes in place; a qstr's str object references the qstr's
    // bytes. Hash is MicroPython's qstr hash, so dict ordering matches MicroPython's.
    public sealed partial class PyStr : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        // Made on first use, with its constructor; its methods on first use of its namespace.
        private static PyType MakeType()
        {
            PyType t = new PyType(Q.str, PyType.ObjectType);
            t.MakeNew = StrMethods.MakeStr;
            t.FillOnFirstUse(StrMethods.RegisterStr);
            return t;
        }

        public readonly byte[] Data;
        public readonly int Offset;
        public readonly int Length;   // in bytes
        // 0: not computed. A str key of a hash table (MapTable) always has it: probes read it directly.
        internal int CachedHash;
        // What is learnt about the text later, in one field (nanoCLR spends 12 bytes on a field whatever its
        // width, and a str is made for every global name): the interned id in the low half (0: unknown or not
        // interned), code points + 1 in the high half (0: not counted).
        private long _later;

        public PyStr(byte[] data, int offset, int length)
        {
            Data = data;
            Offset = offset;
            Length = length;
        }

        // A qstr is static data in MicroPython (no allocation to load it), so its str object is made even while
        // the heap is locked.
        private PyStr(int q) : base(true)
        {
            Data = Qstr.Data(q);
            Offset = Qstr.Offset(q);
            Length = Qstr.Length(q);
            _later = (uint)q;
            CachedHash = Qstr.Hash(q);
        }

        // A str in MicroPython's emergency exception buffer (static memory): never refused.
        private PyStr(byte[] data, bool staticData) : base(true)
        {
            Data = data;
            Offset = 0;
            Length = data.Length;
        }

        public static PyStr Static(string s)
        {
            return new PyStr(Utf8.Encode(s), true);
        }

        public static PyStr FromQstr(int q)
        {
            return new PyStr(q);
        }

        public static PyStr FromString(string s)
        {
            byte[] b = Utf8.Encode(s);
            return new PyStr(b, 0, b.Length);
        }

        public override PyType Type { get { return TypeObj; } }

        // The qstr id if this text is interned, else 0. Never interns.
        public int QstrIfInterned
        {
            get
            {
                int q = (int)_later;
                if (q == 0)
                {
                    q = Qstr.Find(Data, Offset, Length, HashCode);
                    SetQstr(q);
                }
                return q;
            }
        }

#if MP_OPT_SPEED
        // Whether this str is known to be the interned text q (q > 0); false when that is not known yet.
        internal bool IsKnownQstr(int q)
        {
            return (int)_later == q;
        }
#endif

        // Interns (by reference to this str's bytes, which never change) and returns the qstr id.
        public int Intern()
        {
            int q = (int)_later;
            if (q == 0)
            {
                q = Qstr.Intern(Data, Offset, Length);
                SetQstr(q);
            }
            return q;
        }

        private void SetQstr(int q)
        {
            _later = (_later & ~0xffffffffL) | (uint)q;
        }

        public int HashCode
        {
            get
            {
                if (CachedHash == 0) CachedHash = Qstr.ComputeHash(Data, Offset, Length);
                return CachedHash;
            }
        }

        public int CharLength
        {
            get
            {
                long n = _later >> 32;
                if (n == 0)
                {
                    n = Utf8.CharCount(Data, Offset, Length) + 1;
                    _later = (_later & 0xffffffffL) | (n << 32);
                }
                return (int)n - 1;
            }
        }

        public bool IsAscii { get { return CharLength == Length; } }

        public override string ToString()
        {
            return Utf8.Decode(Data, Offset, Length);
        }

        public bool EqualsStr(PyStr o)
        {
            if (o == this) return true;
            if (Length != o.Length) return false;
            int qa = (int)_later, qb = (int)o._later;
            if (qa != 0 && qb != 0) return qa == qb;
            // hashes only when both are known, as mp_obj_str_equal: computing them reads both texts in full,
            // more than the comparison itself
            if (CachedHash != 0 && o.CachedHash != 0 && CachedHash != o.CachedHash) return false;
            return Qstr.BytesEqual(Data, Offset, o.Data, o.Offset, Length);
        }

        public override bool Eq(Value other)
        {
            PyStr o = other.Obj as PyStr;
            if (o == null)
            {
                if (other.Obj is PyBytes) Warnings.Warn("Comparison between bytes and str");
                return false;
            }
            return EqualsStr(o);
        }

        public override long Hash()
        {
            return HashCode;
        }
    }
}
