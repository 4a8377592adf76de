namespace NanoMpy
{
    // A function defined in Python bytecode. PLACEHOLDER until the VM work lands.
    public sealed class PyFunction : PyObject
    {
        public static readonly PyType TypeObj = new PyType(Qstr.Intern("function"), PyType.ObjectType);

        public override PyType Type { get { return TypeObj; } }
    }
}
