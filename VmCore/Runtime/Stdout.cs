namespace NanoMpy
{
    public static partial class Rt
    {
        // Where print() writes when no file= is given: set by the VM/host to the board's console. Null
        // discards the output.
        public static IByteSink Stdout;
    }
}
