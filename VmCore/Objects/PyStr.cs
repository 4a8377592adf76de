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
        private int _qstr;            // interned id, 0: unknown/not interned
        private int _charLen = -1;    // code points, -1: not computed

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
            _qstr = q;
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
                if (_qstr == 0) _qstr = Qstr.Find(Data, Offset, Length, HashCode);
                return _qstr;
            }
        }

        // Interns (by reference to this str's bytes, which never change) and returns the qstr id.
        public int Intern()
        {
            if (_qstr == 0) _qstr = Qstr.Intern(Data, Offset, Length);
            return _qstr;
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
                if (_charLen < 0) _charLen = Utf8.CharCount(Data, Offset, Length);
                return _charLen;
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
            if (_qstr != 0 && o._qstr != 0) return _qstr == o._qstr;
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
