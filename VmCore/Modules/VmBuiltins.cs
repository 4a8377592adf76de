namespace NanoMpy
{
    // Built-ins contributed by the VM work (__import__, globals, locals, exec/eval/compile hooks).
    public static class VmBuiltins
    {
        public static void Register(PyDict builtins)
        {
        }
    }
}
