namespace NanoMpy
{
    // The float type. Floats are immediates (Value.FloatTag); arithmetic lives in NumberOps/FloatOps, the
    // constructor in NumberBuiltins. MicroPython v1.27's float has no methods.
    public static class PyFloat
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("float"), PyType.ObjectType);
            t.MakeNew = NumberBuiltins.MakeFloat;
            return t;
        }
    }
}
