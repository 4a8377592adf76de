namespace NanoMpy
{
    // The builtins module's namespace (py/modbuiltins.c). Each subsystem registers its own names.
    public static class Builtins
    {
        public static readonly PyDict Dict = Make();

        private static PyDict Make()
        {
            PyDict d = new PyDict();
            ContainerBuiltins.Register(d);
            ClassBuiltins.Register(d);
            NumberBuiltins.Register(d);
            VmBuiltins.Register(d);
            StringBuiltins.Register(d);
            IoModule.Register(d);
            return d;
        }
    }
}
