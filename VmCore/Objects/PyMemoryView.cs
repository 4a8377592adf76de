#if MP_ARRAY
// (only in builds with MP_ARRAY: build/FeatureLevel.props)
namespace NanoMpy
{
    // memoryview over bytes, bytearray, str, array.array, another memoryview or flash (PyFlashBuffer): a window of Length items of
    // ItemSize bytes starting at item Start of the owner. It holds the owner, not its buffer, because a
    // bytearray or array may reallocate its buffer when it grows.
    public sealed class PyMemoryView : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        // Made on first use, with its constructor; its methods on first use of its namespace.
        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("memoryview"), PyType.ObjectType);
            t.MakeNew = MakeNew;
            t.FillOnFirstUse(FillMethods);
            return t;
        }

        public readonly Value Owner;      // bytes, bytearray, str, array or PyFlashBuffer
        public readonly int TypeCode;
        public readonly int ItemSize;
        public readonly int Start;        // in items
        public readonly int Length;       // in items
        public readonly bool Writable;


        private static void FillMethods(PyType t)
        {
#if MP_STR_EXTRAS
            t.AddMethod(new PyBuiltin("hex", 1, 2, HexM));
#endif
        }

        public PyMemoryView(Value owner, int typeCode, int start, int length, bool writable)
        {
            Owner = owner;
            TypeCode = typeCode;
            ItemSize = ArrayItems.Size(typeCode);
            Start = start;
            Length = length;
            Writable = writable;
        }

        public override PyType Type { get { return TypeObj; } }

        // The viewed bytes as (data, off, len); clipped if the owner shrank.
        // Over flash no array holds: the window's bytes in a new array, nothing else read.
        public void GetBytes(out byte[] data, out int off, out int len)
        {
            int olen;
            if (!SeqArgs.GetBuffer(Owner, out data, out off, out olen))
            {
                off = 0;
                len = Length * ItemSize;
                data = ((PyFlashBuffer)Owner.Obj).Read(Start * ItemSize, len);
                return;
            }
            int st = Start * ItemSize > olen ? olen : Start * ItemSize;
            len = st + Length * ItemSize > olen ? olen - st : Length * ItemSize;
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
            byte[] d;
            int off, len;
            switch (op)
            {
                case BinaryOpKind.Contains:
                    if (SeqArgs.GetBuffer(rhs, out d, out off, out len)) return Value.False;
                    if (rhs.IsSmallInt || rhs.IsFloat || rhs.Obj is PyBigInt) throw Rt.Raise(ExcTypes.NotImplementedError, null);
                    return Value.False;
                case BinaryOpKind.Equal:
                case BinaryOpKind.Less:
                case BinaryOpKind.LessEqual:
                case BinaryOpKind.More:
                case BinaryOpKind.MoreEqual:
                    GetBytes(out d, out off, out len);
                    return SeqArgs.CompareTyped(op, TypeCode, d, off, len, rhs);
            }
            return Value.Null;
        }

        public override bool Eq(Value other)
        {
            return BinaryOp(BinaryOpKind.Equal, other).Obj == PyBool.TrueObj;
        }

        public override long Hash()
        {
            throw Rt.TypeError("unsupported type for __hash__: 'memoryview'");
        }

        public override Value Subscr(Value index, Value value)
        {
            if (value.IsNull) return Value.Null;
            byte[] d;
            int off, len;
            PySlice sl = index.Obj as PySlice;
            if (sl != null)
            {
                int st, en;
                if (!sl.FastIndices(Length, out st, out en))
                {
                    throw Rt.NotImplementedError("only slices with step=1 (aka None) are supported");
                }
                if (value.IsSentinel) return new PyMemoryView(Owner, TypeCode, Start + st, en - st, Writable);
                if (!Writable) return Value.Null;
                GetBytes(out d, out off, out len);
                byte[] sd;
                int soff, slen;
                SeqArgs.GetSliceSource(value, ItemSize, out sd, out soff, out slen);
                if (slen != (en - st) * ItemSize) throw Rt.ValueError("lhs and rhs should be compatible");
                System.Array.Copy(sd, soff, d, off + st * ItemSize, slen);
                return Value.None;
            }
            int i = SeqArgs.Index(TypeObj, Length, index);
            PyFlashBuffer flash = Owner.Obj as PyFlashBuffer;
            if (flash != null) return value.IsSentinel ? Value.FromInt(flash.ByteAt(Start + i)) : Value.Null; // 'B', read-only
            GetBytes(out d, out off, out len);
            if (value.IsSentinel) return ArrayItems.Get(TypeCode, d, off + i * ItemSize);
            if (!Writable) return Value.Null;
            ArrayItems.Set(TypeCode, d, off + i * ItemSize, value);
            return Value.None;
        }

        public override Value GetIter()
        {
            PyFlashBuffer flash = Owner.Obj as PyFlashBuffer;
            if (flash != null) return new PyFlashIterator(flash, Start, Length);
            return new PyTypedIterator(this);
        }

#if MP_STR_EXTRAS
        private static Value HexM(Value[] a, int s, int n)
        {
            if (!(a[s].Obj is PyMemoryView)) throw SeqArgs.WrongSelf("memoryview", a[s]);
            byte[] d;
            int off, len;
            ((PyMemoryView)a[s].Obj).GetBytes(out d, out off, out len);
            Value[] args = Value.NewArray(n);
            args[0] = new PyBytes(d, off, len);
            for (int i = 1; i < n; i++) args[i] = a[s + i];
            return Rt.Call(PyBytes.TypeObj.Lookup(Qstr.Intern("hex")), args, 0, n, 0);
        }
#endif

        private static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos != 1) throw Rt.ArgCountError(1, 1, nPos);
            Value a = args[start];
            PyMemoryView m = a.Obj as PyMemoryView;
            if (m != null) return new PyMemoryView(m.Owner, m.TypeCode, m.Start, m.Length, m.Writable);
            PyArray arr = a.Obj as PyArray;
            if (arr != null) return new PyMemoryView(a, arr.TypeCode, 0, arr.Count, true);
            byte[] d;
            int off, len;
            if (!SeqArgs.GetData(a, out d, out off, out len)) throw Rt.TypeError("object with buffer protocol required");
            return new PyMemoryView(a, 'B', 0, len, a.Obj is PyByteArray);
        }
    }
}
#endif
