namespace NanoMpy
{
    // The int type. Small ints are immediates (Value.IntTag) and ints outside the long range are PyBigInt,
    // so this class only holds the type object (constructor and methods in NumberBuiltins); arithmetic
    // lives in NumberOps.
    public static class PyInt
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Q.@int, PyType.ObjectType);
            t.MakeNew = NumberBuiltins.MakeInt;
            // MicroPython v1.27's int has exactly these two methods.
            t.FillOnFirstUse(FillMethods);
            return t;
        }

        // Methods made on first use of the type (PyType.FillOnFirstUse).
        private static void FillMethods(PyType t)
        {
            t.AddMethod(new PyBuiltin("from_bytes", 1, 4, NumberBuiltins.FromBytes));
            t.AddMethod(new PyBuiltin("to_bytes", 1, 4, NumberBuiltins.ToBytes));
        }
    }
}
