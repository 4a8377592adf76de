namespace NanoMpy
{
    // bytes: immutable bytes referenced as (Data, Offset, Length); a module constant references the image in
    // place. Methods are str's (PyStrMethods.cs) working on bytes.
    public sealed partial class PyBytes : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        // Made on first use, with its constructor; its methods on first use of its namespace.
        private static PyType MakeType()
        {
            PyType t = new PyType(Q.bytes, PyType.ObjectType);
            t.MakeNew = MakeNew;
            t.FillOnFirstUse(FillMethods);
            return t;
        }
        public static readonly PyBytes Empty = new PyBytes(new byte[0], 0, 0);

        public readonly byte[] Data;
        public readonly int Offset;
        public readonly int Length;
        private int _hash;


        private static void FillMethods(PyType t)
        {
            StrMethods.RegisterBinary(t, false);
        }

        public PyBytes(byte[] data, int offset, int length)
        {
            Data = data;
            Offset = offset;
            Length = length;
        }

        public override PyType Type { get { return TypeObj; } }

        public override void Print(Printer p, int kind)
        {
            p.WriteByte((byte)'b');
            StrMethods.PrintBytesQuoted(p, Data, Offset, Length);
        }

        public override Value UnaryOp(int op)
        {
            if (op == UnaryOpKind.Bool) return Value.FromBool(Length != 0);
            if (op == UnaryOpKind.Len) return Value.FromInt(Length);
            return Value.Null;
        }

        public override Value BinaryOp(int op, Value rhs)
        {
            return StrMethods.BinaryOp(this, op, rhs);
        }

        public override Value Subscr(Value index, Value value)
        {
            if (!value.IsSentinel) return Value.Null;
            PySlice sl = index.Obj as PySlice;
            if (sl != null)
            {
                int st, en;
                if (!sl.FastIndices(Length, out st, out en))
                {
                    throw Rt.NotImplementedError("only slices with step=1 (aka None) are supported");
                }
                if (st == 0 && en == Length) return this;
                return SeqArgs.NewOfKind(TypeObj, Data, Offset + st, en - st);
            }
            return Value.FromInt(Data[Offset + SeqArgs.Index(TypeObj, Length, index)]);
        }

        public override Value GetIter()
        {
            return new PyStrIterator(this, false);
        }

        // bytes equal anything with the buffer protocol holding the same bytes, except str.
        public override bool Eq(Value other)
        {
            if (other.Obj is PyStr)
            {
                Warnings.Warn("Comparison between bytes and str");
                return false;
            }
            // bytearray and memoryview compare with other types; bytes itself only with bytes.
#if MP_BYTEARRAY
            if (other.Obj is PyByteArray
#if MP_ARRAY
                || other.Obj is PyMemoryView
#endif
                ) return other.Obj.Eq(this);
#endif
            PyBytes o = other.Obj as PyBytes;
            return o != null && SeqArgs.BytesEqual(Data, Offset, Length, o.Data, o.Offset, o.Length);
        }

        public override long Hash()
        {
            if (_hash == 0) _hash = Qstr.ComputeHash(Data, Offset, Length);
            return _hash;
        }

        // bytes(), bytes(int), bytes(iterable of ints), bytes(buffer), bytes(str, encoding).
        private static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.NotImplementedError("keyword argument(s) not implemented - use normal args instead");
            if (nPos == 0) return Empty;
            Value a = args[start];
            if (a.Obj is PyBytes) return a;
            if (a.Obj is PyStr)
            {
                if (nPos < 2 || nPos > 3) throw Rt.TypeError("string argument without an encoding");
                PyStr s = (PyStr)a.Obj;
                return new PyBytes(s.Data, s.Offset, s.Length);
            }
            if (nPos > 1) throw Rt.TypeError("wrong number of arguments");
            // MicroPython's small ints end at 2^62: a bigger int is taken as an iterable, as there
            if (a.IsSmallInt && a.Bits >= -(1L << 62) && a.Bits < (1L << 62))
            {
                if (a.Bits < 0) throw Rt.Raise(ExcTypes.ValueError, null);
                return new PyBytes(SeqOps.NewBytes(a.Bits, 1, 1), 0, (int)a.Bits);
            }
            byte[] d;
            int off, len;
            if (SeqArgs.GetBuffer(a, out d, out off, out len)) return SeqArgs.NewOfKind(TypeObj, d, off, len);
            Printer p = new Printer();
            int count;
            Value[] items = SeqArgs.ItemsOf(a, out count);
            if (items != null)
            {
                for (int i = 0; i < count; i++) p.WriteByte(ByteOf(items[i]));
                return SeqArgs.FromPrinter(TypeObj, p);
            }
            Value it = Rt.GetIter(a);
            for (Value x = Rt.IterNext(it); !x.IsNull; x = Rt.IterNext(it)) p.WriteByte(ByteOf(x));
            return SeqArgs.FromPrinter(TypeObj, p);
        }

        private static byte ByteOf(Value x)
        {
            long v = SeqArgs.ToInt(x);
            if (v < 0 || v > 255) throw Rt.ValueError("bytes value out of range");
            return (byte)v;
        }
    }
}
