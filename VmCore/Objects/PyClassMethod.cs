namespace NanoMpy
{
    // classmethod(f): found on a class or instance, it gives f bound to the class.
    public sealed class PyClassMethod : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        public readonly Value Fun;

        public PyClassMethod(Value fun)
        {
            Fun = fun;
        }

        public override PyType Type { get { return TypeObj; } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Q.classmethod, PyType.ObjectType);
            t.MakeNew = Make;
            return t;
        }

        private static Value Make(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos != 1) throw Rt.ArgCountError(1, 1, nPos);
            return new PyClassMethod(args[start]);
        }
    }
}
