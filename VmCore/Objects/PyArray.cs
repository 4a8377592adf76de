#if MP_ARRAY
// (only in builds with MP_ARRAY: build/FeatureLevel.props)
namespace NanoMpy
{
    // array.array (py/objarray.c with a typecode): typed items stored little-endian in Data, Count items of
    // ItemSize bytes each. bytearray is its own class (PyByteArray); the two share the buffer rules below.
    public sealed class PyArray : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        // Made on first use, with its constructor; its methods on first use of its namespace.
        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("array"), PyType.ObjectType);
            t.MakeNew = MakeNew;
            t.FillOnFirstUse(FillMethods);
            return t;
        }

        public readonly int TypeCode;
        public readonly int ItemSize;
        public byte[] Data;
        public int Count;


        // Methods made on first use of the type (PyType.FillOnFirstUse).
        private static void FillMethods(PyType t)
        {
            t.AddMethod(new PyBuiltin("append", Append));
            t.AddMethod(new PyBuiltin("extend", Extend));
        }

        public PyArray(int typeCode, int count)
        {
            TypeCode = typeCode;
            ItemSize = ArrayItems.Size(typeCode);
            Data = new byte[count * ItemSize];
            Count = count;
        }

        public override PyType Type { get { return TypeObj; } }

        public int ByteLength { get { return Count * ItemSize; } }

        public override void Print(Printer p, int kind)
        {
            p.Write("array('");
            p.WriteByte((byte)TypeCode);
            p.Write("'");
            if (Count > 0)
            {
                p.Write(", [");
                for (int i = 0; i < Count; i++)
                {
                    if (i > 0) p.Write(", ");
                    Rt.Print(p, ArrayItems.Get(TypeCode, Data, i * ItemSize), PrintKind.Repr);
                }
                p.Write("]");
            }
            p.Write(")");
        }

        public override Value UnaryOp(int op)
        {
            if (op == UnaryOpKind.Bool) return Value.FromBool(Count != 0);
            if (op == UnaryOpKind.Len) return Value.FromInt(Count);
            return Value.Null;
        }

        public override long Hash()
        {
            throw Rt.TypeError("unsupported type for __hash__: 'array'");
        }

        private void EnsureItems(int n)
        {
            int need = n * ItemSize;
            if (need <= Data.Length) return;
            int cap = Data.Length < 8 * ItemSize ? 8 * ItemSize : Data.Length * 2;
            while (cap < need) cap *= 2;
            byte[] nd = new byte[cap];
            System.Array.Copy(Data, nd, Count * ItemSize);
            Data = nd;
        }

        public void AppendValue(Value v)
        {
            EnsureItems(Count + 1);
            ArrayItems.Set(TypeCode, Data, Count * ItemSize, v);
            Count++;
        }

        // extend: a buffer is copied raw (whole items only), anything else is iterated.
        public void ExtendWith(Value arg)
        {
            byte[] d;
            int off, len;
            if (SeqArgs.GetBuffer(arg, out d, out off, out len))
            {
                int n = len / ItemSize;
                byte[] copy = new byte[n * ItemSize];
                System.Array.Copy(d, off, copy, 0, copy.Length);
                EnsureItems(Count + n);
                System.Array.Copy(copy, 0, Data, Count * ItemSize, copy.Length);
                Count += n;
                return;
            }
            int count;
            Value[] items = SeqArgs.ItemsOf(arg, out count);
            if (items != null)
            {
                for (int i = 0; i < count; i++) AppendValue(items[i]);
                return;
            }
            Value it = Rt.GetIter(arg);
            for (Value x = Rt.IterNext(it); !x.IsNull; x = Rt.IterNext(it)) AppendValue(x);
        }

        public override Value BinaryOp(int op, Value rhs)
        {
            byte[] d;
            int off, len;
            switch (op)
            {
                case BinaryOpKind.Add:
                {
                    SeqArgs.GetBufferRaise(rhs, out d, out off, out len);
                    int n = len / ItemSize;
                    PyArray r = new PyArray(TypeCode, Count + n);
                    System.Array.Copy(Data, r.Data, ByteLength);
                    System.Array.Copy(d, off, r.Data, ByteLength, n * ItemSize);
                    return r;
                }
                case BinaryOpKind.InplaceAdd:
                    ExtendWith(rhs);
                    return this;
                case BinaryOpKind.Contains:
                    if (SeqArgs.GetBuffer(rhs, out d, out off, out len)) return Value.False;
                    if (rhs.IsSmallInt || rhs.IsFloat || rhs.Obj is PyBigInt) throw Rt.Raise(ExcTypes.NotImplementedError, null);
                    return Value.False;
                case BinaryOpKind.Equal:
                case BinaryOpKind.Less:
                case BinaryOpKind.LessEqual:
                case BinaryOpKind.More:
                case BinaryOpKind.MoreEqual:
                    return SeqArgs.CompareTyped(op, TypeCode, Data, 0, ByteLength, rhs);
            }
            return Value.Null;
        }

        // array only compares itself with arrays; bytearray and memoryview decide when they are the other side.
        public override bool Eq(Value other)
        {
            if (other.Obj is PyArray) return BinaryOp(BinaryOpKind.Equal, other).Obj == PyBool.TrueObj;
            if (other.Obj is PyByteArray || other.Obj is PyMemoryView) return other.Obj.Eq(this);
            return false;
        }

        public override Value Subscr(Value index, Value value)
        {
            if (value.IsNull) return Value.Null;
            PySlice sl = index.Obj as PySlice;
            if (sl != null)
            {
                int st, en;
                if (!sl.FastIndices(Count, out st, out en))
                {
                    throw Rt.NotImplementedError("only slices with step=1 (aka None) are supported");
                }
                if (value.IsSentinel)
                {
                    PyArray r = new PyArray(TypeCode, en - st);
                    System.Array.Copy(Data, st * ItemSize, r.Data, 0, (en - st) * ItemSize);
                    return r;
                }
                byte[] d;
                int off, len;
                SeqArgs.GetSliceSource(value, ItemSize, out d, out off, out len);
                ReplaceItems(st, en, d, off, len / ItemSize);
                return Value.None;
            }
            int i = SeqArgs.Index(TypeObj, Count, index);
            if (value.IsSentinel) return ArrayItems.Get(TypeCode, Data, i * ItemSize);
            ArrayItems.Set(TypeCode, Data, i * ItemSize, value);
            return Value.None;
        }

        // Replaces items [st, en) by n items read from src at off (src may be this array's own buffer).
        private void ReplaceItems(int st, int en, byte[] src, int off, int n)
        {
            byte[] copy = new byte[n * ItemSize];
            System.Array.Copy(src, off, copy, 0, copy.Length);
            int tail = Count - en;
            int newCount = st + n + tail;
            EnsureItems(newCount);
            System.Array.Copy(Data, en * ItemSize, Data, (st + n) * ItemSize, tail * ItemSize);
            System.Array.Copy(copy, 0, Data, st * ItemSize, copy.Length);
            Count = newCount;
        }

        public override Value GetIter()
        {
            return new PyTypedIterator(this);
        }

        private static Value Append(Value self, Value arg)
        {
            PyArray a = self.Obj as PyArray;
            if (a == null) throw SeqArgs.WrongSelf("array", self);
            a.AppendValue(arg);
            return Value.None;
        }

        private static Value Extend(Value self, Value arg)
        {
            PyArray a = self.Obj as PyArray;
            if (a == null) throw SeqArgs.WrongSelf("array", self);
            a.ExtendWith(arg);
            return Value.None;
        }

        // array(typecode[, initializer]): bytes/bytearray initialisers are taken raw (whole items only);
        // anything else, arrays included, is iterated.
        private static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos < 1 || nPos > 2) throw Rt.ArgCountError(1, 2, nPos);
            byte[] td;
            int toff, tlen;
            Value tcv = args[start];
            if (!(tcv.Obj is PyStr || tcv.Obj is PyBytes) || !SeqArgs.GetData(tcv, out td, out toff, out tlen))
            {
                throw SeqArgs.BadImplicitConversion(tcv);
            }
            int tc = tlen > 0 ? td[toff] : 0;
            if (ArrayItems.Size(tc) == 0) throw Rt.ValueError("bad typecode");
            PyArray a = new PyArray(tc, 0);
            if (nPos < 2) return a;
            Value init = args[start + 1];
            if (init.Obj is PyBytes || init.Obj is PyByteArray)
            {
                a.ExtendWith(init);
                return a;
            }
            int count;
            Value[] items = SeqArgs.ItemsOf(init, out count);
            if (items != null)
            {
                for (int i = 0; i < count; i++) a.AppendValue(items[i]);
                return a;
            }
            Value it = Rt.GetIter(init);
            for (Value x = Rt.IterNext(it); !x.IsNull; x = Rt.IterNext(it)) a.AppendValue(x);
            return a;
        }
    }

    // Iterator over the typed items of an array or memoryview.
    public sealed class PyTypedIterator : PyObject
    {
        private readonly Value _seq;
        private int _index;

        public PyTypedIterator(Value seq)
        {
            _seq = seq;
        }

        public override PyType Type { get { return PyStrIterator.TypeObj; } }

        public override Value GetIter()
        {
            return this;
        }

        public override Value IterNext()
        {
            int tc, count;
            byte[] d;
            int off;
            SeqArgs.GetTyped(_seq, out tc, out d, out off, out count);
            if (_index >= count) return Value.Null;
            return ArrayItems.Get(tc, d, off + _index++ * ArrayItems.Size(tc));
        }
    }
}
#endif
