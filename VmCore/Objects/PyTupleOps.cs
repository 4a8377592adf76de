namespace NanoMpy
{
    // tuple slots and methods (py/objtuple.c).
    public sealed partial class PyTuple
    {
        private static PyType MakeType()
        {
            PyType t = new PyType(Q.tuple, PyType.ObjectType);
            t.MakeNew = MakeNew;
            t.FillOnFirstUse(FillMethods);
            return t;
        }

        // Methods made on first use of the type (PyType.FillOnFirstUse).
        private static void FillMethods(PyType t)
        {
            t.AddMethod(new PyBuiltin("count", CountFn));
            t.AddMethod(new PyBuiltin("index", 2, 4, IndexFn));
        }

        public static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos > 1) throw Rt.ArgCountError(0, 1, nPos);
            if (nPos == 0) return Empty;
            if (args[start].Obj is PyTuple) return args[start];
            return FromIterable(args[start]);
        }

        public static PyTuple FromIterable(Value iterable)
        {
            int n;
            Value[] items = SeqOps.ItemsOf(iterable, out n);
            if (items != null) return Copy(items, 0, n);
            PyList l = PyList.FromIterable(iterable);
            return Copy(l.Items, 0, l.Count);
        }

        private static PyTuple SelfOf(Value v)
        {
            PyTuple t = v.Obj as PyTuple;
            if (t != null) return t;
            PyInstance inst = v.Obj as PyInstance;
            if (inst != null) t = inst.NativeBase as PyTuple;
            if (t == null) throw Rt.TypeError("argument has wrong type");
            return t;
        }

        private static PyTuple AsTupleMaybe(Value v)
        {
            PyTuple t = v.Obj as PyTuple;
            if (t != null) return t;
            PyInstance inst = v.Obj as PyInstance;
            return inst != null ? inst.NativeBase as PyTuple : null;
        }

        public override Value UnaryOp(int op)
        {
            if (op == UnaryOpKind.Bool) return Value.FromBool(Items.Length != 0);
            if (op == UnaryOpKind.Len) return Value.FromInt(Items.Length);
            if (op == UnaryOpKind.Hash) return Value.FromInt(Hash());
            return Value.Null;
        }

        // Sum of the item hashes, truncated to a small int. MicroPython starts the sum from the address of
        // the empty tuple, which varies from run to run, so no program can depend on the exact value.
        public override long Hash()
        {
            long h = 0;
            for (int i = 0; i < Items.Length; i++) h += MapTable.HashOf(Items[i]);
            return (h << 1) >> 1;
        }

        public override Value BinaryOp(int op, Value rhs)
        {
            switch (op)
            {
                case BinaryOpKind.Add:
                case BinaryOpKind.InplaceAdd:
                {
                    PyTuple p = AsTupleMaybe(rhs);
                    if (p == null) return Value.Null;
                    Value[] r = Value.NewArray(Items.Length + p.Items.Length);
                    System.Array.Copy(Items, r, Items.Length);
                    System.Array.Copy(p.Items, 0, r, Items.Length, p.Items.Length);
                    return r.Length == 0 ? Empty : new PyTuple(r);
                }
                case BinaryOpKind.Multiply:
                case BinaryOpKind.InplaceMultiply:
                case BinaryOpKind.ReverseMultiply:
                {
                    long n;
                    if (!SeqOps.RepeatCount(rhs, out n)) return Value.Null;
                    if (n <= 0) return Empty;
                    Value[] r = SeqOps.Repeat(Items, Items.Length, n, 16);
                    return r.Length == 0 ? Empty : new PyTuple(r);
                }
                case BinaryOpKind.Contains:
                    for (int i = 0; i < Items.Length; i++)
                    {
                        if (Rt.Equal(Items[i], rhs)) return Value.True;
                    }
                    return Value.False;
                case BinaryOpKind.Equal:
                case BinaryOpKind.Less:
                case BinaryOpKind.LessEqual:
                case BinaryOpKind.More:
                case BinaryOpKind.MoreEqual:
                {
                    PyTuple p = AsTupleMaybe(rhs);
                    if (p == null) return Value.Null;
                    return Value.FromBool(SeqOps.Compare(op, Items, Items.Length, p.Items, p.Items.Length));
                }
            }
            return Value.Null;
        }

        public override bool Eq(Value other)
        {
            PyTuple p = AsTupleMaybe(other);
            return p != null && SeqOps.Compare(BinaryOpKind.Equal, Items, Items.Length, p.Items, p.Items.Length);
        }

        public override Value Subscr(Value index, Value value)
        {
            if (!value.IsSentinel) return Value.Null;
            if (index.IsSmallInt)
            {
                long i = index.Bits;
                if (i < 0) i += Items.Length;
                if (i >= 0 && i < Items.Length) return Items[i];
            }
            PySlice sl = index.Obj as PySlice;
            if (sl != null)
            {
                int start, stop, step;
                if (!sl.SeqIndices(Items.Length, out start, out stop, out step))
                {
                    throw Rt.NotImplementedError("only slices with step=1 (aka None) are supported");
                }
                return Copy(Items, start, stop - start);
            }
            return Items[SeqArgs.Index(TypeObj, Items.Length, index)];
        }

        public override Value GetIter()
        {
            return new PyTupleIterator(Items);
        }

        public override Value LoadAttr(int qstr)
        {
#if MP_EXTRA_MODULES
            if (Named == null) return Rt.GenericLoadAttr(this, qstr);
            int i = Named.FieldIndex(qstr);
            if (i >= 0) return Items[i];
            return qstr == Q.__class__ ? (Value)Named.Type : Value.Null;
#else
            return Rt.GenericLoadAttr(this, qstr);
#endif
        }

        public override bool StoreAttr(int qstr, Value value)
        {
#if MP_EXTRA_MODULES
            if (Named != null) throw Rt.AttributeError("can't set attribute");
#endif
            return false;
        }

        public override void Print(Printer p, int kind)
        {
#if MP_EXTRA_MODULES
            if (Named != null)
            {
                Named.Print(p, this);
                return;
            }
#endif
            p.WriteByte((byte)'(');
            SeqOps.PrintItems(p, Items, Items.Length);
            if (Items.Length == 1) p.WriteByte((byte)',');
            p.WriteByte((byte)')');
        }

        private static Value CountFn(Value self, Value x)
        {
            PyTuple t = SelfOf(self);
            return SeqOps.Count(t.Items, t.Items.Length, x);
        }

        private static Value IndexFn(Value[] args, int start, int n)
        {
            PyTuple t = SelfOf(args[start]);
            return SeqOps.Index(TypeObj, t.Items, t.Items.Length, args, start, n);
        }
    }

    // Iterator over a fixed array of items (tuple iteration).
    public sealed class PyTupleIterator : PyObject
    {
        private readonly Value[] _items;
        private int _cur;

        public PyTupleIterator(Value[] items)
        {
            _items = items;
        }

        public override PyType Type { get { return PyDictIterator.TypeObj; } }

        public override Value GetIter()
        {
            return this;
        }

        public override Value IterNext()
        {
            if (_cur < _items.Length) return _items[_cur++];
            return Value.Null;
        }
    }
}
