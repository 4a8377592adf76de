namespace NanoMpy
{
    // The int type. Small ints are immediates (Value.IntTag) and ints outside the long range are PyBigInt,
    // so this class only holds the type object; arithmetic lives in NumberOps.
    public static class PyInt
    {
        public static readonly PyType TypeObj = new PyType(Q.@int, PyType.ObjectType);
    }
}
