namespace NanoMpy
{
    // The float type. Floats are immediates (Value.FloatTag); arithmetic lives in NumberOps.
    public static class PyFloat
    {
        public static readonly PyType TypeObj = new PyType(Qstr.Intern("float"), PyType.ObjectType);
    }
}
