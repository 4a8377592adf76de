namespace NanoMpy
{
    // zip(*iterables) (py/objzip.c): stops at the shortest.
    public sealed class PyZip : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        private readonly Value[] _iters;

        public PyZip(Value[] iters)
        {
            _iters = iters;
        }

        public override PyType Type { get { return TypeObj; } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Q.zip, PyType.ObjectType);
            t.MakeNew = MakeNew;
            return t;
        }

        private static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            Value[] iters = Value.NewArray(nPos);
            for (int i = 0; i < nPos; i++) iters[i] = Rt.GetIter(args[start + i]);
            return new PyZip(iters);
        }

        public override Value GetIter()
        {
            return this;
        }

        public override Value IterNext()
        {
            if (_iters.Length == 0) return Value.Null;
            Value[] items = Value.NewArray(_iters.Length);
            for (int i = 0; i < _iters.Length; i++)
            {
                Value x = Rt.IterNext(_iters[i]);
                if (x.IsNull) return Value.Null;
                items[i] = x;
            }
            return new PyTuple(items);
        }
    }
}
