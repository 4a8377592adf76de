namespace NanoMpy
{
    // memoryview over bytes, bytearray, str or another memoryview (typecode 'B'): a window
    // [Start, Start+Length) into the owner's bytes. It holds the owner, not its buffer, because a bytearray
    // may reallocate its buffer when it grows.
    public sealed class PyMemoryView : PyObject
    {
        public static readonly PyType TypeObj = new PyType(Qstr.Intern("memoryview"), PyType.ObjectType);

        public readonly Value Owner;      // bytes, bytearray or str
        public readonly int Start;
        public readonly int Length;
        public readonly bool Writable;

        static PyMemoryView()
        {
            TypeObj.MakeNew = MakeNew;
            TypeObj.AddMethod(new PyBuiltin("hex", 1, 2, HexM));
        }

        public PyMemoryView(Value owner, int start, int length, bool writable)
        {
            Owner = owner;
            Start = start;
            Length = length;
            Writable = writable;
        }

        public override PyType Type { get { return TypeObj; } }

        // The viewed bytes as (data, off, len); clipped if the owner shrank.
        public void GetBytes(out byte[] data, out int off, out int len)
        {
            int olen;
            SeqArgs.GetData(Owner, out data, out off, out olen);
            int st = Start > olen ? olen : Start;
            len = Start + Length > olen ? olen - st : Length;
            off += st;
        }

        public override Value UnaryOp(int op)
        {
            if (op == UnaryOpKind.Bool) return Value.FromBool(Length != 0);
            if (op == UnaryOpKind.Len) return Value.FromInt(Length);
            return Value.Null;
        }

        public override Value BinaryOp(int op, Value rhs)
        {
            byte[] d, rd;
            int off, len, roff, rlen;
            switch (op)
            {
                case BinaryOpKind.Contains:
                    if (SeqArgs.GetBuffer(rhs, out rd, out roff, out rlen)) return Value.False;
                    if (rhs.IsSmallInt || rhs.IsFloat || rhs.Obj is PyBigInt) throw Rt.Raise(ExcTypes.NotImplementedError, null);
                    return Value.False;
                case BinaryOpKind.Equal:
                case BinaryOpKind.Less:
                case BinaryOpKind.LessEqual:
                case BinaryOpKind.More:
                case BinaryOpKind.MoreEqual:
                    if (!SeqArgs.GetBuffer(rhs, out rd, out roff, out rlen)) return Value.False;
                    GetBytes(out d, out off, out len);
                    return Value.FromBool(SeqArgs.CompareBytes(op, d, off, len, rd, roff, rlen));
            }
            return Value.Null;
        }

        public override bool Eq(Value other)
        {
            return BinaryOp(BinaryOpKind.Equal, other).Obj == PyBool.TrueObj;
        }

        public override Value Subscr(Value index, Value value)
        {
            if (value.IsNull) return Value.Null;
            byte[] d;
            int off, len;
            GetBytes(out d, out off, out len);
            PySlice sl = index.Obj as PySlice;
            if (sl != null)
            {
                int st, en;
                if (!sl.FastIndices(Length, out st, out en))
                {
                    throw Rt.NotImplementedError("only slices with step=1 (aka None) are supported");
                }
                if (value.IsSentinel) return new PyMemoryView(Owner, Start + st, en - st, Writable);
                if (!Writable) return Value.Null;
                byte[] sd;
                int soff, slen;
                if (!(value.Obj is PyByteArray || value.Obj is PyBytes || value.Obj is PyMemoryView))
                {
                    throw Rt.NotImplementedError("array/bytes required on right side");
                }
                SeqArgs.GetBuffer(value, out sd, out soff, out slen);
                if (slen != en - st) throw Rt.ValueError("lhs and rhs should be compatible");
                System.Array.Copy(sd, soff, d, off + st, slen);
                return Value.None;
            }
            int i = SeqArgs.Index(TypeObj, Length, index);
            if (value.IsSentinel) return Value.FromInt(d[off + i]);
            if (!Writable) return Value.Null;
            d[off + i] = (byte)SeqArgs.ToInt(value);
            return Value.None;
        }

        public override Value GetIter()
        {
            return new PyStrIterator(this, false);
        }

        private static Value HexM(Value[] a, int s, int n)
        {
            if (!(a[s].Obj is PyMemoryView)) throw Rt.TypeError("descriptor requires a 'memoryview' object");
            byte[] d;
            int off, len;
            ((PyMemoryView)a[s].Obj).GetBytes(out d, out off, out len);
            Value[] args = new Value[n];
            args[0] = new PyBytes(d, off, len);
            for (int i = 1; i < n; i++) args[i] = a[s + i];
            return Rt.Call(PyBytes.TypeObj.Lookup(Qstr.Intern("hex")), args, 0, n, 0);
        }

        private static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos != 1) throw Rt.ArgCountError(1, 1, nPos);
            Value a = args[start];
            PyMemoryView m = a.Obj as PyMemoryView;
            if (m != null) return new PyMemoryView(m.Owner, m.Start, m.Length, m.Writable);
            byte[] d;
            int off, len;
            if (!SeqArgs.GetData(a, out d, out off, out len)) throw Rt.TypeError("object with buffer protocol required");
            return new PyMemoryView(a, 0, len, a.Obj is PyByteArray);
        }
    }
}
