#if MP_EXTRA_MODULES
// (only in builds with MP_EXTRA_MODULES: build/FeatureLevel.props)
namespace NanoMpy
{
    // collections.deque(iterable, maxlen[, flags]) (py/objdeque.c): a ring buffer of maxlen + 1 slots; when
    // full, appending drops from the other end unless flags bit 1 asks for IndexError("full").
    public sealed class PyDeque : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        private readonly Value[] _items;
        private int _get;
        private int _put;
        private readonly bool _checkOverflow;

        private PyDeque(int maxLen, bool checkOverflow)
        {
            _items = Value.NewArray(maxLen + 1);
            _checkOverflow = checkOverflow;
        }

        public override PyType Type { get { return TypeObj; } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("deque"), PyType.ObjectType);
            t.MakeNew = MakeNew;
            t.FillOnFirstUse(FillMethods);
            return t;
        }

        // Methods made on first use of the type (PyType.FillOnFirstUse).
        private static void FillMethods(PyType t)
        {
            t.AddMethod(new PyBuiltin("append", AppendFn));
            t.AddMethod(new PyBuiltin("appendleft", AppendLeftFn));
            t.AddMethod(new PyBuiltin("extend", ExtendFn));
            t.AddMethod(new PyBuiltin("pop", PopFn));
            t.AddMethod(new PyBuiltin("popleft", PopLeftFn));
        }

        private static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos < 2 || nPos > 3) throw Rt.ArgCountError(2, 3, nPos);
            long maxLen = SeqArgs.ToInt(args[start + 1]);
            if (maxLen < 0) throw Rt.ValueError(null);
            SeqOps.CheckAllocation(8 * (maxLen + 1));
            bool check = nPos > 2 && (SeqArgs.ToInt(args[start + 2]) & 1) != 0;
            PyDeque d = new PyDeque((int)maxLen, check);
            d.Extend(args[start]);
            return d;
        }

        private static PyDeque SelfOf(Value v)
        {
            PyDeque d = v.Obj as PyDeque;
            if (d == null) throw Rt.TypeError("argument has wrong type");
            return d;
        }

        public int Count
        {
            get
            {
                int n = _put - _get;
                return n < 0 ? n + _items.Length : n;
            }
        }

        public void Append(Value x)
        {
            int next = _put + 1 == _items.Length ? 0 : _put + 1;
            if (_checkOverflow && next == _get) throw Rt.IndexError("full");
            _items[_put] = x;
            _put = next;
            if (_get == next) _get = _get + 1 == _items.Length ? 0 : _get + 1;
        }

        public void AppendLeft(Value x)
        {
            int next = _get == 0 ? _items.Length - 1 : _get - 1;
            if (_checkOverflow && next == _put) throw Rt.IndexError("full");
            _get = next;
            _items[_get] = x;
            if (_put == next) _put = _put == 0 ? _items.Length - 1 : _put - 1;
        }

        public void Extend(Value iterable)
        {
            Value it = Rt.GetIter(iterable);
            while (true)
            {
                Value x = Rt.IterNext(it);
                if (x.IsNull) return;
                Append(x);
            }
        }

        public override Value UnaryOp(int op)
        {
            if (op == UnaryOpKind.Bool) return Value.FromBool(_get != _put);
            if (op == UnaryOpKind.Len) return Value.FromInt(Count);
            return Value.Null;
        }

        public override Value Subscr(Value index, Value value)
        {
            if (value.IsNull) return Value.Null;
            int i = _get + SeqArgs.Index(TypeObj, Count, index);
            if (i >= _items.Length) i -= _items.Length;
            if (value.IsSentinel) return _items[i];
            _items[i] = value;
            return Value.None;
        }

        public override Value GetIter()
        {
            return new DequeIterator(this);
        }

        private static Value AppendFn(Value self, Value x)
        {
            SelfOf(self).Append(x);
            return Value.None;
        }

        private static Value AppendLeftFn(Value self, Value x)
        {
            SelfOf(self).AppendLeft(x);
            return Value.None;
        }

        private static Value ExtendFn(Value self, Value x)
        {
            SelfOf(self).Extend(x);
            return Value.None;
        }

        private static Value PopLeftFn(Value self)
        {
            PyDeque d = SelfOf(self);
            if (d._get == d._put) throw Rt.IndexError("empty");
            Value r = d._items[d._get];
            d._items[d._get] = Value.Null;
            d._get = d._get + 1 == d._items.Length ? 0 : d._get + 1;
            return r;
        }

        private static Value PopFn(Value self)
        {
            PyDeque d = SelfOf(self);
            if (d._get == d._put) throw Rt.IndexError("empty");
            d._put = d._put == 0 ? d._items.Length - 1 : d._put - 1;
            Value r = d._items[d._put];
            d._items[d._put] = Value.Null;
            return r;
        }

        // Walks the ring from the oldest item (mp_obj_deque_it_t).
        private sealed class DequeIterator : PyObject
        {
            private readonly PyDeque _d;
            private int _cur;

            public DequeIterator(PyDeque d)
            {
                _d = d;
                _cur = d._get;
            }

            public override PyType Type { get { return PyDictIterator.TypeObj; } }

            public override Value GetIter()
            {
                return this;
            }

            public override Value IterNext()
            {
                if (_cur == _d._put) return Value.Null;
                Value r = _d._items[_cur];
                _cur = _cur + 1 == _d._items.Length ? 0 : _cur + 1;
                return r;
            }
        }
    }
}
#endif
