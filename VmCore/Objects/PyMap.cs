namespace NanoMpy
{
    // map(function, *iterables) (py/objmap.c): stops at the shortest.
    public sealed class PyMap : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        private readonly Value _fun;
        private readonly Value[] _iters;

        public PyMap(Value fun, Value[] iters)
        {
            _fun = fun;
            _iters = iters;
        }

        public override PyType Type { get { return TypeObj; } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Q.map, PyType.ObjectType);
            t.MakeNew = MakeNew;
            return t;
        }

        private static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos < 2) throw Rt.ArgCountError(2, int.MaxValue, nPos);
            Value[] iters = Value.NewArray(nPos - 1);
            for (int i = 1; i < nPos; i++) iters[i - 1] = Rt.GetIter(args[start + i]);
            return new PyMap(args[start], iters);
        }

        public override Value GetIter()
        {
            return this;
        }

        public override Value IterNext()
        {
            Value[] a = Value.NewArray(_iters.Length);
            for (int i = 0; i < _iters.Length; i++)
            {
                Value x = Rt.IterNext(_iters[i]);
                if (x.IsNull) return Value.Null;
                a[i] = x;
            }
            if (a.Length == 1) return Rt.Call1(_fun, a[0]);
            return Rt.Call(_fun, a, 0, a.Length, 0);
        }
    }
}
