namespace NanoMpy
{
    // An int outside the long range. PLACEHOLDER until the numerics work lands.
    public sealed class PyBigInt : PyObject
    {
        public override PyType Type { get { return PyInt.TypeObj; } }
    }
}
