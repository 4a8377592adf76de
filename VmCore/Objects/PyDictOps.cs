namespace NanoMpy
{
    // dict slots and methods (py/objdict.c).
    public sealed partial class PyDict
    {
        private static PyType MakeType()
        {
            PyType t = new PyType(Q.dict, PyType.ObjectType);
            t.MakeNew = MakeNew;
            t.FillOnFirstUse(FillMethods);
            return t;
        }

        // Methods made on first use of the type (PyType.FillOnFirstUse).
        private static void FillMethods(PyType t)
        {
            t.AddMethod(new PyBuiltin("clear", ClearFn));
            t.AddMethod(new PyBuiltin("copy", CopyFn));
            t.AddMethod(new PyBuiltin("fromkeys", 1, 3, FromKeysFn));
            t.AddMethod(new PyBuiltin("get", 2, 3, GetFn));
            t.AddMethod(new PyBuiltin("items", ItemsFn));
            t.AddMethod(new PyBuiltin("keys", KeysFn));
            t.AddMethod(new PyBuiltin("pop", 2, 3, PopFn));
            t.AddMethod(new PyBuiltin("popitem", PopItemFn));
            t.AddMethod(new PyBuiltin("setdefault", 2, 3, SetDefaultFn));
            t.AddMethod(new PyBuiltin("update", UpdateFn));
            t.AddMethod(new PyBuiltin("values", ValuesFn));
            t.AddMethod(new PyBuiltin("__getitem__", GetItemFn));
            t.AddMethod(new PyBuiltin("__setitem__", SetItemFn));
            t.AddMethod(new PyBuiltin("__delitem__", DelItemFn));
        }

#if MP_EXTRA_MODULES
        private static PyType MakeOrderedType()
        {
            PyType t = new PyType(Qstr.Intern("OrderedDict"), TypeObj);
            t.MakeNew = MakeNew;
            return t;
        }
#endif

        // dict(...) / OrderedDict(...): an optional mapping or iterable of pairs, then keyword items.
        public static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
#if MP_EXTRA_MODULES
            PyDict d = type == OrderedDictType ? NewOrdered() : new PyDict();
#else
            PyDict d = new PyDict();
#endif
            if (nPos > 1) throw Rt.TypeError("function expected at most 2 arguments, got " + (nPos + 1));
            if (nPos == 1) d.UpdateFrom(args[start]);
            d.UpdateKw(args, start + nPos, nKw);
            return d;
        }

        // self of a mutating dict method: a fixed dict (MicroPython's ROM dicts, e.g. errno.errorcode) refuses.
        public static PyDict MutableSelfOf(Value v)
        {
            PyDict d = SelfOf(v);
            if (d.Fixed) throw Rt.Raise(ExcTypes.TypeError, null);
            return d;
        }

        // self of a dict method: a dict, or the dict part of an instance of a dict subclass.
        public static PyDict SelfOf(Value v)
        {
            PyDict d = v.Obj as PyDict;
            if (d != null) return d;
            PyInstance inst = v.Obj as PyInstance;
            if (inst != null) d = inst.NativeBase as PyDict;
            if (d == null) throw Rt.TypeError("argument has wrong type");
            return d;
        }

        public void UpdateFrom(Value other)
        {
            PyDict od = other.Obj as PyDict;
            if (od != null)
            {
                if (od == this) return;
                Value k, v;
                int pos = 0;
                while ((pos = od.Next(pos, out k, out v)) >= 0) Set(k, v);
                return;
            }
            Value it = Rt.GetIter(other);
            while (true)
            {
                Value item = Rt.IterNext(it);
                if (item.IsNull) break;
                Value inner = Rt.GetIter(item);
                Value key = Rt.IterNext(inner);
                Value val = key.IsNull ? Value.Null : Rt.IterNext(inner);
                if (key.IsNull || val.IsNull || !Rt.IterNext(inner).IsNull)
                {
                    throw Rt.ValueError("dict update sequence has wrong length");
                }
                Set(key, val);
            }
        }

        private void UpdateKw(Value[] args, int kwStart, int nKw)
        {
            for (int i = 0; i < nKw; i++) Set(args[kwStart + 2 * i], args[kwStart + 2 * i + 1]);
        }

        public override Value UnaryOp(int op)
        {
            if (op == UnaryOpKind.Bool) return Value.FromBool(Map.Used != 0);
            if (op == UnaryOpKind.Len) return Value.FromInt(Map.Used);
            return Value.Null;
        }

        public override long Hash()
        {
            throw Rt.TypeError("unsupported type for __hash__: '" + Type.NameStr + "'");
        }

        public override Value BinaryOp(int op, Value rhs)
        {
            switch (op)
            {
                case BinaryOpKind.Contains:
                    return Value.FromBool(Map.Find(rhs) >= 0);
                case BinaryOpKind.Equal:
                    return Value.FromBool(Eq(rhs));
                case BinaryOpKind.Or:
                case BinaryOpKind.InplaceOr:
                {
                    PyDict other = rhs.Obj as PyDict;
                    if (other == null) return Value.Null;
                    PyDict target = op == BinaryOpKind.Or ? Copy() : this;
                    target.UpdateFrom(other);
                    return target;
                }
            }
            return Value.Null;
        }

        public override bool Eq(Value other)
        {
            PyDict o = other.Obj as PyDict;
            if (o == null) return false;
            if (IsOrdered && o.IsOrdered)
            {
                int p1 = 0, p2 = 0;
                Value k1, v1, k2, v2;
                while (true)
                {
                    p1 = Next(p1, out k1, out v1);
                    p2 = o.Next(p2, out k2, out v2);
                    if (p1 < 0 || p2 < 0) return p1 < 0 && p2 < 0;
                    if (!Rt.Equal(k1, k2) || !Rt.Equal(v1, v2)) return false;
                }
            }
            if (o.Type != TypeObj) return false;
            if (Map.Used != o.Map.Used) return false;
            int pos = 0;
            Value k, v;
            while ((pos = Next(pos, out k, out v)) >= 0)
            {
                int i = o.Map.Find(k);
                if (i < 0 || !Rt.Equal(v, o.Map.Vals[i])) return false;
            }
            return true;
        }

        public override Value Subscr(Value index, Value value)
        {
            if (Fixed && !value.IsSentinel) throw Rt.Raise(ExcTypes.TypeError, null);
            if (value.IsSentinel)
            {
                int i = Map.Find(index);
                if (i < 0) throw Rt.KeyError(index);
                return Map.Vals[i];
            }
            if (value.IsNull)
            {
                if (Map.Remove(index) < 0) throw Rt.KeyError(index);
                return Value.None;
            }
            Set(index, value);
            return Value.None;
        }

        public override Value GetIter()
        {
            return new PyDictIterator(this, DictViewKind.Keys);
        }

        public override void Print(Printer p, int kind)
        {
            bool named = _type != null;
            if (named)
            {
                p.Write(_type.NameStr);
                p.Write("(");
            }
            p.WriteByte((byte)'{');
            int pos = 0;
            bool first = true;
            Value k, v;
            while ((pos = Next(pos, out k, out v)) >= 0)
            {
                if (!first) p.Write(", ");
                first = false;
                Rt.Print(p, k, PrintKind.Repr);
                p.Write(": ");
                Rt.Print(p, v, PrintKind.Repr);
            }
            p.WriteByte((byte)'}');
            if (named) p.Write(")");
        }

        // ---- methods ----

        private static Value ClearFn(Value self)
        {
            MutableSelfOf(self).Clear();
            return Value.None;
        }

        private static Value CopyFn(Value self)
        {
            return SelfOf(self).Copy();
        }

        // A classmethod in MicroPython: reached as dict.fromkeys(keys[, v]) or d.fromkeys(keys[, v]).
        private static Value FromKeysFn(Value[] args, int start, int n)
        {
            if (n >= 2 && (args[start].Obj is PyType || args[start].Obj is PyDict))
            {
                start++;
                n--;
            }
            Value keys = args[start];
            Value val = n > 1 ? args[start + 1] : Value.None;
            Value it = Rt.GetIter(keys);
            Value len = keys.IsObj ? keys.Obj.UnaryOp(UnaryOpKind.Len) : Value.Null;
            // Sized from len() as MicroPython does; absurd sizes start small and grow instead.
            PyDict d = new PyDict(len.IsSmallInt && len.Bits <= 1 << 20 ? (int)len.Bits : 0);
            while (true)
            {
                Value k = Rt.IterNext(it);
                if (k.IsNull) break;
                d.Set(k, val);
            }
            return d;
        }

        private static Value GetFn(Value[] args, int start, int n)
        {
            PyDict d = SelfOf(args[start]);
            int i = d.Map.Find(args[start + 1]);
            if (i >= 0) return d.Map.Vals[i];
            return n > 2 ? args[start + 2] : Value.None;
        }

        private static Value PopFn(Value[] args, int start, int n)
        {
            PyDict d = MutableSelfOf(args[start]);
            int i = d.Map.Remove(args[start + 1]);
            if (i < 0)
            {
                if (n > 2) return args[start + 2];
                throw Rt.KeyError(args[start + 1]);
            }
            Value v = d.Map.Vals[i];
            d.Map.Vals[i] = Value.Null;
            return v;
        }

        private static Value SetDefaultFn(Value[] args, int start, int n)
        {
            PyDict d = MutableSelfOf(args[start]);
            bool added;
            int i = d.Map.FindOrAdd(args[start + 1], out added);
            if (added) d.Map.Vals[i] = n > 2 ? args[start + 2] : Value.None;
            return d.Map.Vals[i];
        }

        private static Value PopItemFn(Value self)
        {
            PyDict d = MutableSelfOf(self);
            if (d.Map.Used == 0) throw Rt.Raise(ExcTypes.KeyError, "popitem(): dictionary is empty");
            MapTable m = d.Map;
            int i = m.NextFilled(m.IsOrdered ? m.Used - 1 : 0);
            PyTuple r = new PyTuple(new Value[] { m.KeyAt(i), m.Vals[i] });
            m.PopAt(i);
            return r;
        }

        private static Value UpdateFn(Value[] args, int start, int nPos, int nKw)
        {
            if (nPos < 1) throw Rt.ArgCountError(1, 2, nPos);
            if (nPos > 2) throw Rt.TypeError("function expected at most 2 arguments, got " + nPos);
            PyDict d = MutableSelfOf(args[start]);
            if (nPos == 2) d.UpdateFrom(args[start + 1]);
            d.UpdateKw(args, start + nPos, nKw);
            return Value.None;
        }

        private static Value KeysFn(Value self)
        {
            return new PyDictView(SelfOf(self), DictViewKind.Keys);
        }

        private static Value ValuesFn(Value self)
        {
            return new PyDictView(SelfOf(self), DictViewKind.Values);
        }

        private static Value ItemsFn(Value self)
        {
            return new PyDictView(SelfOf(self), DictViewKind.Items);
        }

        private static Value GetItemFn(Value self, Value key)
        {
            return SelfOf(self).Subscr(key, Value.Sentinel);
        }

        private static Value SetItemFn(Value self, Value key, Value value)
        {
            MutableSelfOf(self).Subscr(key, value);
            return Value.None;
        }

        private static Value DelItemFn(Value self, Value key)
        {
            MutableSelfOf(self).Subscr(key, Value.Null);
            return Value.None;
        }
    }

    public static class DictViewKind
    {
        public const int Items = 0;
        public const int Keys = 1;
        public const int Values = 2;
    }

    // dict.keys()/values()/items() (mp_type_dict_view).
    public sealed class PyDictView : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = new PyType(Qstr.Intern("dict_view"), PyType.ObjectType)); } }
        private static readonly string[] Names = new string[] { "dict_items", "dict_keys", "dict_values" };

        public readonly PyDict Dict;
        public readonly int Kind;

        public PyDictView(PyDict dict, int kind)
        {
            Dict = dict;
            Kind = kind;
        }

        public override PyType Type { get { return TypeObj; } }

        public override Value GetIter()
        {
            return new PyDictIterator(Dict, Kind);
        }

        public override Value UnaryOp(int op)
        {
            if (op == UnaryOpKind.Hash && Kind == DictViewKind.Values) return Value.FromInt(Rt.IdentityHash(this));
            return Dict.UnaryOp(op);
        }

        public override long Hash()
        {
            if (Kind == DictViewKind.Values) return Rt.IdentityHash(this);
            throw Rt.TypeError("unsupported type for __hash__: 'dict_view'");
        }

        public override Value BinaryOp(int op, Value rhs)
        {
            if (Kind != DictViewKind.Keys || op != BinaryOpKind.Contains) return Value.Null;
            return Dict.BinaryOp(op, rhs);
        }

        public override void Print(Printer p, int kind)
        {
            p.Write(Names[Kind]);
            p.Write("([");
            PyDictIterator it = new PyDictIterator(Dict, Kind);
            bool first = true;
            while (true)
            {
                Value v = it.IterNext();
                if (v.IsNull) break;
                if (!first) p.Write(", ");
                first = false;
                Rt.Print(p, v, PrintKind.Repr);
            }
            p.Write("])");
        }
    }

    // Iterator over a dict's slots (mp_type_dict_view_it; prints as <iterator>).
    public sealed class PyDictIterator : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = new PyType(Qstr.Intern("iterator"), PyType.ObjectType)); } }

        private readonly PyDict _dict;
        private readonly int _kind;
        private int _pos;

        public PyDictIterator(PyDict dict, int kind)
        {
            _dict = dict;
            _kind = kind;
        }

        public override PyType Type { get { return TypeObj; } }

        public override Value GetIter()
        {
            return this;
        }

        public override Value IterNext()
        {
            if (_pos < 0) return Value.Null;
            Value k, v;
            _pos = _dict.Next(_pos, out k, out v);
            if (_pos < 0) return Value.Null;
            if (_kind == DictViewKind.Keys) return k;
            if (_kind == DictViewKind.Values) return v;
            return new PyTuple(new Value[] { k, v });
        }
    }
}
