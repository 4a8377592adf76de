namespace NanoMpy.Compiler
{
    // A constant object for the module's constant table, held as its .mpy serialisation (type byte and
    // payload). Two constants share an entry only when type and value are equal, which for these types is
    // exactly equality of the serialised bytes (emitcommon.c's strict equality). Kinds: MpyFormat.Obj*.
    public sealed class ConstKey
    {
        public const int TypeNone = MpyFormat.ObjNone;
        public const int TypeFalse = MpyFormat.ObjFalse;
        public const int TypeTrue = MpyFormat.ObjTrue;
        public const int TypeEllipsis = MpyFormat.ObjEllipsis;
        public const int TypeStr = MpyFormat.ObjStr;
        public const int TypeBytes = MpyFormat.ObjBytes;
        public const int TypeInt = MpyFormat.ObjInt;
        public const int TypeFloat = MpyFormat.ObjFloat;
        public const int TypeComplex = MpyFormat.ObjComplex;
        public const int TypeTuple = MpyFormat.ObjTuple;

        public byte[] Data;
        private int _len;
        // NaN is not equal to itself, so constants holding a NaN are the same entry only when they hold the
        // same NaN objects (same parse node, or the math module's one nan), as strictly_equal finds.
        private System.Collections.ArrayList _nans;

        public static ConstKey Ellipsis()
        {
            ConstKey k = new ConstKey();
            k.Data = new byte[] { TypeEllipsis };
            return k;
        }

        public static ConstKey Of(Node n)
        {
            ConstKey k = new ConstKey();
            k.Data = new byte[32];
            k.Put(n);
            byte[] d = new byte[k._len];
            System.Array.Copy(k.Data, d, k._len);
            k.Data = d;
            return k;
        }

        private void Byte(int b)
        {
            if (_len == Data.Length)
            {
                byte[] n = new byte[Data.Length * 2];
                System.Array.Copy(Data, n, _len);
                Data = n;
            }
            Data[_len++] = (byte)b;
        }

        private void Uint(int v)
        {
            int n = VarUint.Size(v);
            for (int i = 0; i < n; i++) Byte(VarUint.ByteAt(v, i, n));
        }

        private void Blob(int type, byte[] d, bool nul)
        {
            Byte(type);
            Uint(d.Length);
            for (int i = 0; i < d.Length; i++) Byte(d[i]);
            if (nul) Byte(0);
        }

        private void Put(Node n)
        {
            switch (n.Kind)
            {
                case Node.SmallInt:
                case Node.IntObj:
                    Blob(TypeInt, Utf8.Encode(n.Big ? n.BigValue.ToString() : n.IntValue.ToString()), false);
                    return;
                case Node.StrQstr:
                case Node.StrObj:
                    Blob(TypeStr, n.Data, true);
                    return;
                case Node.BytesObj:
                    Blob(TypeBytes, n.Data, true);
                    return;
                case Node.KwConst:
                    Byte(n.Text == "None" ? TypeNone : n.Text == "False" ? TypeFalse : n.Text == "True" ? TypeTrue : TypeEllipsis);
                    return;
                case Node.FloatObj:
                    if (double.IsNaN(n.FloatValue)) AddNan(n);
                    Blob(TypeFloat, Utf8.Encode(Float32.ConstText(n.FloatValue, false)), false);
                    return;
                case Node.ComplexObj:
                    if (double.IsNaN(n.FloatValue)) AddNan(n);
                    // complex_print with a zero real part: the imaginary part as repr prints it, then 'j'.
                    Blob(TypeComplex, Utf8.Encode(Float32.ConstText(n.FloatValue, true) + "j"), false);
                    return;
                case Node.ObjConst:
                    Put(n.Items[0]);
                    return;
                default:
                    Byte(TypeTuple);
                    Uint(n.Items.Length);
                    for (int i = 0; i < n.Items.Length; i++) Put(n.Items[i]);
                    return;
            }
        }

        private void AddNan(Node n)
        {
            if (_nans == null) _nans = new System.Collections.ArrayList();
            _nans.Add(n.Identity != null ? n.Identity : n);
        }

        public bool SameAs(ConstKey o)
        {
            if (o.Data.Length != Data.Length) return false;
            if (_nans != null || o._nans != null)
            {
                if (_nans == null || o._nans == null || _nans.Count != o._nans.Count) return false;
                for (int i = 0; i < _nans.Count; i++)
                {
                    if (_nans[i] != o._nans[i]) return false;
                }
            }
            for (int i = 0; i < Data.Length; i++)
            {
                if (o.Data[i] != Data[i]) return false;
            }
            return true;
        }
    }
}
