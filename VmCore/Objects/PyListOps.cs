namespace NanoMpy
{
    // list slots and methods (py/objlist.c).
    public sealed partial class PyList
    {
        private static PyType MakeType()
        {
            PyType t = new PyType(Q.list, PyType.ObjectType);
            t.MakeNew = MakeNew;
            t.FillOnFirstUse(FillMethods);
            return t;
        }

        // Methods made on first use of the type (PyType.FillOnFirstUse).
        private static void FillMethods(PyType t)
        {
            t.AddMethod(new PyBuiltin("append", AppendFn));
            t.AddMethod(new PyBuiltin("clear", ClearFn));
            t.AddMethod(new PyBuiltin("copy", CopyFn));
            t.AddMethod(new PyBuiltin("count", CountFn));
            t.AddMethod(new PyBuiltin("extend", ExtendFn));
            t.AddMethod(new PyBuiltin("index", 2, 4, IndexFn));
            t.AddMethod(new PyBuiltin("insert", InsertFn));
            t.AddMethod(new PyBuiltin("pop", 1, 2, PopFn));
            t.AddMethod(new PyBuiltin("remove", RemoveFn));
            t.AddMethod(new PyBuiltin("reverse", ReverseFn));
            t.AddMethod(new PyBuiltin("sort", SortFn));
        }

        public static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos > 1) throw Rt.ArgCountError(0, 1, nPos);
            PyList l = new PyList(4);
            if (nPos == 1) l.ExtendFromIter(args[start]);
            return l;
        }

        // A list of the items of any iterable (list(x)).
        public static PyList FromIterable(Value iterable)
        {
            PyList l = new PyList(4);
            l.Extend(iterable);
            return l;
        }

        public static PyList SelfOf(Value v)
        {
            PyList l = v.Obj as PyList;
            if (l != null) return l;
            PyInstance inst = v.Obj as PyInstance;
            if (inst != null) l = inst.NativeBase as PyList;
            if (l == null) throw Rt.TypeError("argument has wrong type");
            return l;
        }

        private void EnsureCapacity(int n)
        {
            if (n <= Items.Length) return;
            Heap.CheckGrow(n * 8L);
            Value[] a = Value.NewArray(n);
            System.Array.Copy(Items, a, Count);
            Items = a;
        }

        public void ExtendFromIter(Value iterable)
        {
            Value it = Rt.GetIter(iterable);
            while (true)
            {
                Value x = Rt.IterNext(it);
                if (x.IsNull) break;
                Append(x);
            }
        }

        public void Extend(Value arg)
        {
            PyList other = arg.Obj as PyList;
            if (other == null)
            {
                ExtendFromIter(arg);
                return;
            }
            int n = other.Count;
            EnsureCapacity(Count + n + 4);
            System.Array.Copy(other.Items, 0, Items, Count, n);
            Count += n;
        }

        public Value Pop(int index)
        {
            Value r = Items[index];
            Count--;
            System.Array.Copy(Items, index + 1, Items, index, Count - index);
            Items[Count] = Value.Null;
            return r;
        }

        // ---- slots ----

        public override Value UnaryOp(int op)
        {
            if (op == UnaryOpKind.Bool) return Value.FromBool(Count != 0);
            if (op == UnaryOpKind.Len) return Value.FromInt(Count);
            return Value.Null;
        }

        public override long Hash()
        {
            throw Rt.TypeError("unsupported type for __hash__: 'list'");
        }

        public override Value BinaryOp(int op, Value rhs)
        {
            switch (op)
            {
                case BinaryOpKind.Add:
                {
                    PyList p = rhs.Obj as PyList;
                    if (p == null) return Value.Null;
                    PyList s = new PyList(Count + p.Count);
                    System.Array.Copy(Items, 0, s.Items, 0, Count);
                    System.Array.Copy(p.Items, 0, s.Items, Count, p.Count);
                    s.Count = Count + p.Count;
                    return s;
                }
                case BinaryOpKind.InplaceAdd:
                    Extend(rhs);
                    return this;
                case BinaryOpKind.Multiply:
                case BinaryOpKind.ReverseMultiply:
                {
                    long n;
                    if (!SeqOps.RepeatCount(rhs, out n)) return Value.Null;
                    Value[] r = SeqOps.Repeat(Items, Count, n, 0);
                    return new PyList(r.Length < 4 ? Grow(r) : r, r.Length);
                }
                case BinaryOpKind.Contains:
                    for (int i = 0; i < Count; i++)
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
                    PyList p = rhs.Obj as PyList;
                    if (p == null) return op == BinaryOpKind.Equal ? Value.False : Value.Null;
                    return Value.FromBool(SeqOps.Compare(op, Items, Count, p.Items, p.Count));
                }
            }
            return Value.Null;
        }

        private static Value[] Grow(Value[] r)
        {
            Value[] a = Value.NewArray(4);
            System.Array.Copy(r, a, r.Length);
            return a;
        }

        public override bool Eq(Value other)
        {
            PyList p = other.Obj as PyList;
            return p != null && SeqOps.Compare(BinaryOpKind.Equal, Items, Count, p.Items, p.Count);
        }

        public override Value Subscr(Value index, Value value)
        {
            PySlice sl = index.Obj as PySlice;
            if (sl != null) return SliceOp(sl, value);
            if (value.IsSentinel)
            {
                if (index.IsSmallInt)
                {
                    long i = index.Bits;
                    if (i < 0) i += Count;
                    if (i >= 0 && i < Count) return Items[i];
                }
                return Items[SeqArgs.Index(TypeObj, Count, index)];
            }
            if (value.IsNull)
            {
                if (Count == 0) throw Rt.IndexError("pop from empty list");
                Pop(SeqArgs.Index(TypeObj, Count, index));
                return Value.None;
            }
            Items[SeqArgs.Index(TypeObj, Count, index)] = value;
            return Value.None;
        }

        private Value SliceOp(PySlice sl, Value value)
        {
            int start, stop, step;
            bool fast = sl.SeqIndices(Count, out start, out stop, out step);
            if (value.IsSentinel)
            {
                int n;
                if (!fast) return new PyList(SeqOps.Extract(Items, start, stop, step, out n), n);
                return Copy(Items, start, stop - start);
            }
            if (!fast) throw Rt.NotImplementedError(null);
            int vlen = 0;
            Value[] vitems = null;
            if (value.IsNull)
            {
                vitems = Value.NewArray(0);
            }
            else
            {
                vitems = SeqOps.ItemsOf(value, out vlen);
                if (vitems == null) throw Rt.TypeError("object '" + Rt.TypeNameOf(value) + "' isn't a tuple or list");
                if (value.Obj == this)
                {
                    Value[] snap = Value.NewArray(vlen);
                    System.Array.Copy(vitems, snap, vlen);
                    vitems = snap;
                }
            }
            int adj = vlen - (stop - start);
            if (adj != 0)
            {
                // the tail moves only when the slice changes length (a[i:j] = b of j - i items replaces in place)
                EnsureCapacity(Count + adj);
                System.Array.Copy(Items, stop, Items, stop + adj, Count - stop);
            }
            System.Array.Copy(vitems, 0, Items, start, vlen);
            if (adj < 0) Value.Clear(Items, Count + adj, -adj);
            Count += adj;
            return Value.None;
        }

        public override Value GetIter()
        {
            return new PyListIterator(this);
        }

        public override void Print(Printer p, int kind)
        {
            p.WriteByte((byte)'[');
            SeqOps.PrintItems(p, Items, Count);
            p.WriteByte((byte)']');
        }

        // ---- methods ----

        private static Value AppendFn(Value self, Value x)
        {
            SelfOf(self).Append(x);
            return Value.None;
        }

        private static Value ClearFn(Value self)
        {
            PyList l = SelfOf(self);
            l.Items = Value.NewArray(4);
            l.Count = 0;
            return Value.None;
        }

        private static Value CopyFn(Value self)
        {
            PyList l = SelfOf(self);
            return Copy(l.Items, 0, l.Count);
        }

        private static Value CountFn(Value self, Value x)
        {
            PyList l = SelfOf(self);
            return SeqOps.Count(l.Items, l.Count, x);
        }

        private static Value ExtendFn(Value self, Value x)
        {
            SelfOf(self).Extend(x);
            return Value.None;
        }

        private static Value IndexFn(Value[] args, int start, int n)
        {
            PyList l = SelfOf(args[start]);
            return SeqOps.Index(TypeObj, l.Items, l.Count, args, start, n);
        }

        private static Value InsertFn(Value self, Value idx, Value x)
        {
            PyList l = SelfOf(self);
            long i = SeqArgs.ToInt(idx);
            if (i < 0) i += l.Count;
            if (i < 0) i = 0;
            if (i > l.Count) i = l.Count;
            l.Append(Value.None);
            System.Array.Copy(l.Items, (int)i, l.Items, (int)i + 1, l.Count - 1 - (int)i);
            l.Items[i] = x;
            return Value.None;
        }

        private static Value PopFn(Value[] args, int start, int n)
        {
            PyList l = SelfOf(args[start]);
            if (l.Count == 0) throw Rt.IndexError("pop from empty list");
            int i = n == 1 ? l.Count - 1 : SeqArgs.Index(TypeObj, l.Count, args[start + 1]);
            return l.Pop(i);
        }

        private static Value RemoveFn(Value self, Value x)
        {
            PyList l = SelfOf(self);
            for (int i = 0; i < l.Count; i++)
            {
                if (Rt.Equal(l.Items[i], x))
                {
                    l.Pop(i);
                    return Value.None;
                }
            }
            throw Rt.ValueError("object not in sequence");
        }

        private static Value ReverseFn(Value self)
        {
            PyList l = SelfOf(self);
            Value[] a = l.Items;
            for (int i = 0, j = l.Count - 1; i < j; i++, j--)
            {
                Value t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            return Value.None;
        }

        private static readonly int QReverse = Q.reverse;

        // sort(*, key=None, reverse=False)
        private static Value SortFn(Value[] args, int start, int nPos, int nKw)
        {
            if (nPos > 1) throw Rt.TypeError("extra positional arguments given");
            if (nPos < 1) throw Rt.ArgCountError(1, 1, nPos);
            PyList l = SelfOf(args[start]);
            Value key;
            bool reverse;
            ParseSortArgs(args, start + nPos, nKw, out key, out reverse);
            l.Sort(key, reverse);
            return Value.None;
        }

        // The keyword-only key= and reverse= of sort() and sorted().
        public static void ParseSortArgs(Value[] args, int kwStart, int nKw, out Value key, out bool reverse)
        {
            key = Value.None;
            reverse = false;
            for (int i = 0; i < nKw; i++)
            {
                PyStr name = args[kwStart + 2 * i].Obj as PyStr;
                Value v = args[kwStart + 2 * i + 1];
                int q = name == null ? 0 : name.Intern();
                if (q == Q.key) key = v;
                else if (q == QReverse) reverse = Rt.IsTrue(v);
                else throw Rt.TypeError("extra keyword arguments given");
            }
        }

        // MicroPython's in-place quicksort (mp_quicksort): not stable, and the key function is called at every
        // comparison, so the order of equal items and the key calls match MicroPython's.
        public void Sort(Value key, bool reverse)
        {
            if (Count > 1) QuickSort(Items, -1, Count - 1, key.IsNone ? Value.Null : key, !reverse);
        }

        private static Value KeyOf(Value key, Value x)
        {
            return key.IsNull ? x : Rt.Call1(key, x);
        }

        private static bool LessIs(Value a, Value b, bool expected)
        {
            PyObject r = Rt.BinaryOp(BinaryOpKind.Less, a, b).Obj;
            return expected ? r == PyBool.TrueObj : r == PyBool.FalseObj;
        }

        private static void QuickSort(Value[] a, int head, int tail, Value key, bool lessResult)
        {
            while (tail - head > 1)
            {
                int h = head;
                int t = tail;
                Value v = KeyOf(key, a[tail]);
                while (true)
                {
                    do { h++; } while (h < t && LessIs(KeyOf(key, a[h]), v, lessResult));
                    do { t--; } while (h < t && LessIs(v, KeyOf(key, a[t]), lessResult));
                    if (h >= t) break;
                    Value x = a[h];
                    a[h] = a[t];
                    a[t] = x;
                }
                Value y = a[h];
                a[h] = a[tail];
                a[tail] = y;
                if (t - head < tail - h)
                {
                    QuickSort(a, head, t, key, lessResult);
                    head = h;
                }
                else
                {
                    QuickSort(a, h, tail, key, lessResult);
                    tail = t;
                }
            }
        }
    }

    // Iterator over a list (mp_obj_list_it_t): re-reads the length at each step.
    public sealed class PyListIterator : PyObject
    {
        private readonly PyList _list;
        private int _cur;

        public PyListIterator(PyList list)
        {
            _list = list;
        }

        public override PyType Type { get { return PyDictIterator.TypeObj; } }

        public override Value GetIter()
        {
            return this;
        }

        public override Value IterNext()
        {
            if (_cur < _list.Count) return _list.Items[_cur++];
            return Value.Null;
        }
    }
}
