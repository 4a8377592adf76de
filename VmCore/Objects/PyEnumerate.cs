#if MP_CORE_BUILTINS
// (only in builds with MP_CORE_BUILTINS: build/FeatureLevel.props)
namespace NanoMpy
{
    // enumerate(iterable, start=0) (py/objenumerate.c).
    public sealed class PyEnumerate : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        private readonly Value _iter;
        private long _cur;

        public PyEnumerate(Value iter, long start)
        {
            _iter = iter;
            _cur = start;
        }

        public override PyType Type { get { return TypeObj; } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("enumerate"), PyType.ObjectType);
            t.MakeNew = MakeNew;
            return t;
        }

        private static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            Value iterable = Value.Null;
            Value first = Value.Null;
            if (nPos > 2) throw Rt.TypeError("extra positional arguments given");
            if (nPos >= 1) iterable = args[start];
            if (nPos >= 2) first = args[start + 1];
            for (int i = 0; i < nKw; i++)
            {
                string name = Rt.StrOf(args[start + nPos + 2 * i]).ToString();
                Value v = args[start + nPos + 2 * i + 1];
                if (name == "iterable" && iterable.IsNull) iterable = v;
                else if (name == "start" && first.IsNull) first = v;
                else throw Rt.TypeError("extra keyword arguments given");
            }
            if (iterable.IsNull) throw Rt.TypeError("'iterable' argument required");
            return new PyEnumerate(Rt.GetIter(iterable), first.IsNull ? 0 : SeqArgs.ToInt(first));
        }

        public override Value GetIter()
        {
            return this;
        }

        public override Value IterNext()
        {
            Value x = Rt.IterNext(_iter);
            if (x.IsNull) return Value.Null;
            return new PyTuple(new Value[] { Value.FromInt(_cur++), x });
        }
    }
}
#endif
