#if MP_SET
// (only in builds with MP_SET: build/FeatureLevel.props)
namespace NanoMpy
{
    // set and frozenset (py/objset.c) over a value-less MapTable, so iteration order is MicroPython's.
    // One class for both: Frozen picks the type, and which methods exist on it.
    public sealed class PySet : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType(false)); } }
        private static PyType _frozenSetType;
        public static PyType FrozenSetType { get { return _frozenSetType ?? (_frozenSetType = MakeType(true)); } }

        internal MapTable Table;
        public readonly bool Frozen;

        public PySet() : this(0, false) { }

        // capacity: initial slot count, as mp_obj_new_set(n, items) (BUILD_SET n passes its item count).
        public PySet(int capacity, bool frozen)
        {
            Table = new MapTable(capacity, false);
            Frozen = frozen;
        }

        // BUILD_SET n: a table of exactly n slots, then the items in order (mp_obj_new_set), so the order
        // matches MicroPython's.
        public static PySet FromItems(Value[] items, int start, int n)
        {
            PySet s = new PySet(n, false);
            for (int i = 0; i < n; i++) s.Add(items[start + i]);
            return s;
        }

        public override PyType Type { get { return Frozen ? FrozenSetType : TypeObj; } }

        public int Count { get { return Table.Used; } }

        public void Add(Value item)
        {
            bool added;
            Table.FindOrAdd(item, out added);
        }

        public bool Contains(Value item)
        {
            return Table.Find(item) >= 0;
        }

        public bool Discard(Value item)
        {
            return Table.Remove(item) >= 0;
        }

        // Iteration in slot order: start with pos 0; returns the next pos, or -1 at the end.
        public int Next(int pos, out Value item)
        {
            int i = pos < 0 ? -1 : Table.NextFilled(pos);
            if (i < 0)
            {
                item = Value.Null;
                return -1;
            }
            item = Table.Keys[i];
            return i + 1;
        }

        public PySet Copy()
        {
            PySet s = new PySet(0, Frozen);
            s.Table = Table.Clone();
            return s;
        }

        private static PyType MakeType(bool frozen)
        {
            PyType t = new PyType(frozen ? Qstr.Intern("frozenset") : Q.set, PyType.ObjectType);
            t.MakeNew = MakeNew;
            t.FillOnFirstUse(frozen ? (TypeFillFn)FillFrozenMethods : FillSetMethods);
            return t;
        }

        // Methods made on first use of the type (PyType.FillOnFirstUse).
        private static void FillSetMethods(PyType t)
        {
            FillMethods(t, false);
        }

        private static void FillFrozenMethods(PyType t)
        {
            FillMethods(t, true);
        }

        private static void FillMethods(PyType t, bool frozen)
        {
            if (!frozen)
            {
                t.AddMethod(new PyBuiltin("add", AddFn));
                t.AddMethod(new PyBuiltin("clear", ClearFn));
            }
            t.AddMethod(new PyBuiltin("copy", CopyFn));
            if (!frozen) t.AddMethod(new PyBuiltin("discard", DiscardFn));
            t.AddMethod(new PyBuiltin("difference", 1, int.MaxValue, DifferenceFn));
            if (!frozen) t.AddMethod(new PyBuiltin("difference_update", 1, int.MaxValue, DifferenceUpdateFn));
            t.AddMethod(new PyBuiltin("intersection", IntersectionFn));
            if (!frozen) t.AddMethod(new PyBuiltin("intersection_update", IntersectionUpdateFn));
            t.AddMethod(new PyBuiltin("isdisjoint", IsDisjointFn));
            t.AddMethod(new PyBuiltin("issubset", IsSubsetFn));
            t.AddMethod(new PyBuiltin("issuperset", IsSupersetFn));
            if (!frozen)
            {
                t.AddMethod(new PyBuiltin("pop", PopFn));
                t.AddMethod(new PyBuiltin("remove", RemoveFn));
            }
            t.AddMethod(new PyBuiltin("symmetric_difference", SymmetricDifferenceFn));
            if (!frozen) t.AddMethod(new PyBuiltin("symmetric_difference_update", SymmetricDifferenceUpdateFn));
            t.AddMethod(new PyBuiltin("union", UnionFn));
            if (!frozen) t.AddMethod(new PyBuiltin("update", 1, int.MaxValue, UpdateFn));
            t.AddMethod(new PyBuiltin("__contains__", ContainsFn));
        }

        public static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos > 1) throw Rt.ArgCountError(0, 1, nPos);
            PySet s = new PySet(0, type == FrozenSetType);
            if (nPos == 1) s.UpdateFrom(args[start]);
            return s;
        }

        // A set argument (exactly set or frozenset: a subclass may define __iter__) is read slot by slot, as
        // its iterator would, without the iterator object and its calls per item.
        public void UpdateFrom(Value iterable)
        {
            PySet o = iterable.Obj as PySet;
            if (o != null)
            {
                Value x;
                int pos = 0;
                while ((pos = o.Next(pos, out x)) >= 0) Add(x);
                return;
            }
            Value it = Rt.GetIter(iterable);
            while (true)
            {
                Value x = Rt.IterNext(it);
                if (x.IsNull) break;
                Add(x);
            }
        }

        // self of a set method (a user subclass's set part included); mutable: must be a set.
        private static PySet SelfOf(Value v, bool mustBeMutable)
        {
            PySet s = v.Obj as PySet;
            if (s == null)
            {
                PyInstance inst = v.Obj as PyInstance;
                if (inst != null) s = inst.NativeBase as PySet;
            }
            if (s == null || (mustBeMutable && s.Frozen)) throw Rt.TypeError("argument has wrong type");
            return s;
        }

        private static PySet AsSetMaybe(Value v)
        {
            PySet s = v.Obj as PySet;
            if (s != null) return s;
            PyInstance inst = v.Obj as PyInstance;
            return inst != null ? inst.NativeBase as PySet : null;
        }

        // ---- slots ----

        public override Value UnaryOp(int op)
        {
            if (op == UnaryOpKind.Bool) return Value.FromBool(Table.Used != 0);
            if (op == UnaryOpKind.Len) return Value.FromInt(Table.Used);
            if (op == UnaryOpKind.Hash && Frozen) return Value.FromInt(Hash());
            return Value.Null;
        }

        // frozenset: sum of the item hashes (MicroPython starts from an address, which varies per run).
        public override long Hash()
        {
            if (!Frozen) throw Rt.TypeError("unsupported type for __hash__: 'set'");
            long h = 0;
            for (int i = 0; i < Table.Alloc; i++)
            {
                if (Table.IsFilled(i)) h += MapTable.HashOf(Table.Keys[i]);
            }
            return h;
        }

        public override Value BinaryOp(int op, Value rhs)
        {
            if (op == BinaryOpKind.Contains) return Value.FromBool(Contains(rhs));
            PySet other = AsSetMaybe(rhs);
            if (other == null) return Value.Null;
            bool update = !Frozen;
            switch (op)
            {
                case BinaryOpKind.Or: return Union(rhs);
                case BinaryOpKind.Xor: return SymmetricDifference(rhs);
                case BinaryOpKind.And: return Intersect(rhs, false);
                case BinaryOpKind.Subtract: return Difference(rhs, false);
                case BinaryOpKind.InplaceOr:
                    if (!update) return Union(rhs);
                    UpdateFrom(rhs);
                    return this;
                case BinaryOpKind.InplaceXor:
                    if (!update) return SymmetricDifference(rhs);
                    SymmetricDifferenceUpdate(rhs);
                    return this;
                case BinaryOpKind.InplaceAnd:
                {
                    Value r = Intersect(rhs, update);
                    return update ? (Value)this : r;
                }
                case BinaryOpKind.InplaceSubtract: return Difference(rhs, update);
                case BinaryOpKind.Less: return Value.FromBool(IsSubset(this, other, true));
                case BinaryOpKind.More: return Value.FromBool(IsSubset(other, this, true));
                case BinaryOpKind.Equal: return Value.FromBool(Eq(rhs));
                case BinaryOpKind.LessEqual: return Value.FromBool(IsSubset(this, other, false));
                case BinaryOpKind.MoreEqual: return Value.FromBool(IsSubset(other, this, false));
            }
            return Value.Null;
        }

        public override bool Eq(Value other)
        {
            PySet o = AsSetMaybe(other);
            if (o == null) return false;
            if (Table.Used != o.Table.Used) return false;
            return IsSubset(this, o, false);
        }

        public override Value GetIter()
        {
            return new PySetIterator(this);
        }

        public override void Print(Printer p, int kind)
        {
            if (Table.Used == 0)
            {
                p.Write(Frozen ? "frozenset()" : "set()");
                return;
            }
            if (Frozen) p.Write("frozenset(");
            p.WriteByte((byte)'{');
            bool first = true;
            for (int i = 0; i < Table.Alloc; i++)
            {
                if (!Table.IsFilled(i)) continue;
                if (!first) p.Write(", ");
                first = false;
                Rt.Print(p, Table.Keys[i], PrintKind.Repr);
            }
            p.WriteByte((byte)'}');
            if (Frozen) p.Write(")");
        }

        // ---- operations (objset.c's helpers) ----

        private Value Union(Value other)
        {
            PySet r = Copy();
            r.UpdateFrom(other);
            return r;
        }

        private Value SymmetricDifference(Value other)
        {
            PySet r = Copy();
            r.SymmetricDifferenceUpdate(other);
            return r;
        }

        private void SymmetricDifferenceUpdate(Value other)
        {
            PySet o = other.Obj as PySet;
            if (o != null)
            {
                Value x;
                int pos = 0;
                while ((pos = o.Next(pos, out x)) >= 0)
                {
                    if (Table.Remove(x) < 0) Add(x);
                }
                return;
            }
            Value it = Rt.GetIter(other);
            while (true)
            {
                Value x = Rt.IterNext(it);
                if (x.IsNull) break;
                if (Table.Remove(x) < 0) Add(x);
            }
        }

        // The result is a plain set even for a frozenset (objset.c builds it with mp_obj_new_set).
        private Value Intersect(Value other, bool update)
        {
            if (other.Obj == this) return update ? Value.None : (Value)Copy();
            PySet r = new PySet();
            PySet o = other.Obj as PySet;
            if (o != null)
            {
                Value x;
                int pos = 0;
                while ((pos = o.Next(pos, out x)) >= 0)
                {
                    if (Contains(x)) r.Add(x);
                }
            }
            else
            {
                Value it = Rt.GetIter(other);
                while (true)
                {
                    Value x = Rt.IterNext(it);
                    if (x.IsNull) break;
                    if (Contains(x)) r.Add(x);
                }
            }
            if (update)
            {
                Table = r.Table;
                return Value.None;
            }
            return r;
        }

        private Value Difference(Value other, bool update)
        {
            PySet self = update ? this : Copy();
            self.DifferenceStep(other);
            return self;
        }

        private void DifferenceStep(Value other)
        {
            if (other.Obj == this)
            {
                Table.Clear();
                return;
            }
            PySet o = other.Obj as PySet;
            if (o != null)
            {
                Value x;
                int pos = 0;
                while ((pos = o.Next(pos, out x)) >= 0) Table.Remove(x);
                return;
            }
            Value it = Rt.GetIter(other);
            while (true)
            {
                Value x = Rt.IterNext(it);
                if (x.IsNull) break;
                Table.Remove(x);
            }
        }

        private static bool IsSubset(PySet a, PySet b, bool proper)
        {
            if (proper && a.Table.Used == b.Table.Used) return false;
            for (int i = 0; i < a.Table.Alloc; i++)
            {
                if (a.Table.IsFilled(i) && !b.Contains(a.Table.Keys[i])) return false;
            }
            return true;
        }

        private static PySet ToSet(Value v)
        {
            PySet s = AsSetMaybe(v);
            if (s != null) return s;
            s = new PySet();
            s.UpdateFrom(v);
            return s;
        }

        // ---- methods ----

        private static Value AddFn(Value self, Value item)
        {
            SelfOf(self, true).Add(item);
            return Value.None;
        }

        private static Value ClearFn(Value self)
        {
            SelfOf(self, true).Table.Clear();
            return Value.None;
        }

        private static Value CopyFn(Value self)
        {
            return SelfOf(self, false).Copy();
        }

        private static Value DiscardFn(Value self, Value item)
        {
            SelfOf(self, true).Discard(item);
            return Value.None;
        }

        private static Value DifferenceFn(Value[] args, int start, int n)
        {
            PySet s = SelfOf(args[start], false).Copy();
            for (int i = 1; i < n; i++) s.DifferenceStep(args[start + i]);
            return s;
        }

        private static Value DifferenceUpdateFn(Value[] args, int start, int n)
        {
            PySet s = SelfOf(args[start], true);
            for (int i = 1; i < n; i++) s.DifferenceStep(args[start + i]);
            return Value.None;
        }

        private static Value IntersectionFn(Value self, Value other)
        {
            return SelfOf(self, false).Intersect(other, false);
        }

        private static Value IntersectionUpdateFn(Value self, Value other)
        {
            return SelfOf(self, true).Intersect(other, true);
        }

        private static Value IsDisjointFn(Value self, Value other)
        {
            PySet s = SelfOf(self, false);
            Value it = Rt.GetIter(other);
            while (true)
            {
                Value x = Rt.IterNext(it);
                if (x.IsNull) return Value.True;
                if (s.Contains(x)) return Value.False;
            }
        }

        private static Value IsSubsetFn(Value self, Value other)
        {
            return Value.FromBool(IsSubset(ToSet(self), ToSet(other), false));
        }

        private static Value IsSupersetFn(Value self, Value other)
        {
            return Value.FromBool(IsSubset(ToSet(other), ToSet(self), false));
        }

        private static Value PopFn(Value self)
        {
            PySet s = SelfOf(self, true);
            int i = s.Table.NextFilled(0);
            if (i < 0) throw Rt.Raise(ExcTypes.KeyError, "pop from an empty set");
            Value x = s.Table.Keys[i];
            s.Table.RemoveAt(i);
            return x;
        }

        private static Value RemoveFn(Value self, Value item)
        {
            if (!SelfOf(self, true).Discard(item)) throw Rt.KeyError(item);
            return Value.None;
        }

        private static Value SymmetricDifferenceFn(Value self, Value other)
        {
            return SelfOf(self, false).SymmetricDifference(other);
        }

        private static Value SymmetricDifferenceUpdateFn(Value self, Value other)
        {
            SelfOf(self, true).SymmetricDifferenceUpdate(other);
            return Value.None;
        }

        private static Value UnionFn(Value self, Value other)
        {
            return SelfOf(self, false).Union(other);
        }

        private static Value UpdateFn(Value[] args, int start, int n)
        {
            PySet s = SelfOf(args[start], true);
            for (int i = 1; i < n; i++) s.UpdateFrom(args[start + i]);
            return Value.None;
        }

        private static Value ContainsFn(Value self, Value item)
        {
            return Value.FromBool(SelfOf(self, false).Contains(item));
        }
    }

    // Iterator over a set's slots.
    public sealed class PySetIterator : PyObject
    {
        private readonly PySet _set;
        private int _pos;

        public PySetIterator(PySet set)
        {
            _set = set;
        }

        public override PyType Type { get { return PyDictIterator.TypeObj; } }

        public override Value GetIter()
        {
            return this;
        }

        public override Value IterNext()
        {
            if (_pos < 0) return Value.Null;
            Value x;
            _pos = _set.Next(_pos, out x);
            return x;
        }
    }
}
#endif
