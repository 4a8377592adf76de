#if MP_CORE_BUILTINS
// (only in builds with MP_CORE_BUILTINS: build/FeatureLevel.props)
namespace NanoMpy
{
    // reversed(seq) (py/objreversed.c): delegates to __reversed__ when present, else indexes seq from its
    // len() down to 0.
    public sealed class PyReversed : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }
        private static readonly int QReversed = Qstr.Intern("__reversed__");

        private readonly Value _seq;
        private long _index;

        public PyReversed(Value seq, long len)
        {
            _seq = seq;
            _index = len;
        }

        public override PyType Type { get { return TypeObj; } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("reversed"), PyType.ObjectType);
            t.MakeNew = MakeNew;
            return t;
        }

        private static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos != 1) throw Rt.ArgCountError(1, 1, nPos);
            Value seq = args[start];
            if (seq.IsObj && !(seq.Obj is PyList) && !(seq.Obj is PyTuple))
            {
                Value m = Rt.LoadAttrMaybe(seq, QReversed);
                if (!m.IsNull) return Rt.Call0(m);
            }
            Value len = Rt.UnaryOp(UnaryOpKind.Len, seq);
            return new PyReversed(seq, SeqArgs.ToInt(len));
        }

        public override Value GetIter()
        {
            return this;
        }

        public override Value IterNext()
        {
            if (_index <= 0) return Value.Null;
            _index--;
            return Rt.Subscr(_seq, Value.FromInt(_index), Value.Sentinel);
        }
    }
}
#endif
