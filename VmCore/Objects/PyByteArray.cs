#if MP_BYTEARRAY
namespace NanoMpy
{
    // bytearray (py/objarray.c with typecode BYTEARRAY): mutable, growable bytes Data[0 .. Count).
    public sealed class PyByteArray : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        // Made on first use, with its constructor; its methods on first use of its namespace.
        private static PyType MakeType()
        {
            PyType t = new PyType(Q.bytearray, PyType.ObjectType);
            t.MakeNew = MakeNew;
            t.FillOnFirstUse(FillMethods);
            return t;
        }

        public byte[] Data;
        public int Count;


        private static void FillMethods(PyType t)
        {
            t.AddMethod(new PyBuiltin("append", Append));
            t.AddMethod(new PyBuiltin("extend", Extend));
            StrMethods.RegisterBinary(t, true);
        }

        // Takes ownership of data (not copied).
        public PyByteArray(byte[] data, int count)
        {
            Data = data;
            Count = count;
        }

        public override PyType Type { get { return TypeObj; } }

        public override void Print(Printer p, int kind)
        {
            p.Write("bytearray(b");
            StrMethods.PrintBytesQuoted(p, Data, 0, Count);
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
            throw Rt.TypeError("unsupported type for __hash__: 'bytearray'");
        }

        public void EnsureCapacity(int n)
        {
            if (n <= Data.Length) return;
            int cap = Data.Length < 8 ? 8 : Data.Length * 2;
            while (cap < n) cap *= 2;
            Heap.CheckGrow(cap);
            byte[] nd = new byte[cap];
            System.Array.Copy(Data, nd, Count);
            Data = nd;
        }

        public void AppendByte(byte b)
        {
            EnsureCapacity(Count + 1);
            Data[Count++] = b;
        }

        public void AppendBytes(byte[] d, int off, int len)
        {
            EnsureCapacity(Count + len);
            System.Array.Copy(d, off, Data, Count, len);
            Count += len;
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
                    byte[] r = new byte[Count + len];
                    System.Array.Copy(Data, r, Count);
                    System.Array.Copy(d, off, r, Count, len);
                    return new PyByteArray(r, r.Length);
                }
                case BinaryOpKind.InplaceAdd:
                    ExtendWith(rhs);
                    return this;
                case BinaryOpKind.Contains:
                    if (SeqArgs.GetBuffer(rhs, out d, out off, out len))
                    {
                        return Value.FromBool(SeqArgs.Find(Data, 0, Count, d, off, len, 1) >= 0);
                    }
                    if (rhs.IsSmallInt || rhs.IsFloat || rhs.Obj is PyBigInt) throw Rt.Raise(ExcTypes.NotImplementedError, null);
                    return Value.False;
                case BinaryOpKind.Equal:
                case BinaryOpKind.Less:
                case BinaryOpKind.LessEqual:
                case BinaryOpKind.More:
                case BinaryOpKind.MoreEqual:
                    return SeqArgs.CompareTyped(op, 'B', Data, 0, Count, rhs);
            }
            return Value.Null;
        }

        public override bool Eq(Value other)
        {
            return SeqArgs.CompareTyped(BinaryOpKind.Equal, 'B', Data, 0, Count, other).Obj == PyBool.TrueObj;
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
                if (value.IsSentinel) return SeqArgs.NewOfKind(TypeObj, Data, st, en - st);
                byte[] d;
                int off, len;
                SeqArgs.GetSliceSource(value, 1, out d, out off, out len);
                ReplaceSlice(st, en, d, off, len);
                return Value.None;
            }
            int i = SeqArgs.Index(TypeObj, Count, index);
            if (value.IsSentinel) return Value.FromInt(Data[i]);
            Data[i] = (byte)SeqArgs.ToInt(value);
            return Value.None;
        }

        // Replaces Data[st..en) by src[off..off+len) (src may be this array's own buffer).
        public void ReplaceSlice(int st, int en, byte[] src, int off, int len)
        {
            byte[] copy = new byte[len];
            System.Array.Copy(src, off, copy, 0, len);
            int tail = Count - en;
            int newCount = st + len + tail;
            EnsureCapacity(newCount);
            System.Array.Copy(Data, en, Data, st + len, tail);
            System.Array.Copy(copy, 0, Data, st, len);
            if (newCount < Count) System.Array.Clear(Data, newCount, Count - newCount);
            Count = newCount;
        }

        public override Value GetIter()
        {
            return new PyStrIterator(this, false);
        }

        private void ExtendWith(Value arg)
        {
            byte[] d;
            int off, len;
            if (SeqArgs.GetBuffer(arg, out d, out off, out len))
            {
                AppendBytes(d, off, len);
                return;
            }
            int count;
            Value[] items = SeqArgs.ItemsOf(arg, out count);
            if (items != null)
            {
                EnsureCapacity(Count + count);
                for (int i = 0; i < count; i++) AppendByte((byte)SeqArgs.ToInt(items[i]));
                return;
            }
            Value it = Rt.GetIter(arg);
            for (Value x = Rt.IterNext(it); !x.IsNull; x = Rt.IterNext(it)) AppendByte((byte)SeqArgs.ToInt(x));
        }

        private static Value Append(Value self, Value arg)
        {
            PyByteArray a = self.Obj as PyByteArray;
            if (a == null) throw SeqArgs.WrongSelf("bytearray", self);
            a.AppendByte((byte)SeqArgs.ToInt(arg));
            return Value.None;
        }

        private static Value Extend(Value self, Value arg)
        {
            PyByteArray a = self.Obj as PyByteArray;
            if (a == null) throw SeqArgs.WrongSelf("bytearray", self);
            a.ExtendWith(arg);
            return Value.None;
        }

        // bytearray(), bytearray(int), bytearray(buffer or iterable of ints), bytearray(str, encoding).
        private static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos > 3) throw Rt.ArgCountError(0, 3, nPos);
            if (nPos == 0) return new PyByteArray(new byte[0], 0);
            Value a = args[start];
            if (SeqArgs.IsInt(a))
            {
                long n = SeqArgs.ToInt(a);
                if (n < 0) throw SeqOps.AllocationFailed((ulong)n); // a size_t as MicroPython reads it
                return new PyByteArray(SeqOps.NewBytes(n, 1, 0), (int)n);
            }
            if (a.Obj is PyStr && nPos == 1) throw Rt.TypeError("string argument without an encoding");
            byte[] d;
            int off, len;
            if (SeqArgs.GetBuffer(a, out d, out off, out len)) return SeqArgs.NewOfKind(TypeObj, d, off, len);
            PyByteArray r = new PyByteArray(new byte[8], 0);
            r.ExtendWith(a);
            return r;
        }
    }
}
#endif
