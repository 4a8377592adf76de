#if MP_CORE_BUILTINS
// (only in builds with MP_CORE_BUILTINS: build/FeatureLevel.props)
namespace NanoMpy
{
    // filter(function, iterable) (py/objfilter.c): function None keeps the true items.
    public sealed class PyFilter : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        private readonly Value _fun;
        private readonly Value _iter;

        public PyFilter(Value fun, Value iter)
        {
            _fun = fun;
            _iter = iter;
        }

        public override PyType Type { get { return TypeObj; } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("filter"), PyType.ObjectType);
            t.MakeNew = MakeNew;
            return t;
        }

        private static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos != 2) throw Rt.ArgCountError(2, 2, nPos);
            return new PyFilter(args[start], Rt.GetIter(args[start + 1]));
        }

        public override Value GetIter()
        {
            return this;
        }

        public override Value IterNext()
        {
            while (true)
            {
                Value x = Rt.IterNext(_iter);
                if (x.IsNull) return Value.Null;
                Value v = _fun.IsNone ? x : Rt.Call1(_fun, x);
                if (Rt.IsTrue(v)) return x;
            }
        }
    }
}
#endif
