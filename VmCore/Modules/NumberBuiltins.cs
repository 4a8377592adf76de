namespace NanoMpy
{
    // Built-ins contributed by the numerics work (int, float, complex, abs, divmod, pow, round, bin, oct, hex).
    public static class NumberBuiltins
    {
        public static void Register(PyDict builtins)
        {
        }
    }
}
