namespace NanoMpy
{
    // Built-ins contributed by the container work (print, len, repr, iter, next, sorted, min, max, sum, ...).
    public static class ContainerBuiltins
    {
        public static void Register(PyDict builtins)
        {
        }
    }
}
