#if MP_CORE_BUILTINS
// (only in builds with MP_CORE_BUILTINS: build/FeatureLevel.props)
namespace NanoMpy
{
    // input([prompt]) (py/modbuiltins.c mp_builtin_input): prints the prompt as str, reads a line through the
    // console's readline (ConsoleInput), returns it without the newline; Ctrl-C raises KeyboardInterrupt, end
    // of input on an empty line EOFError.
    public static class InputBuiltin
    {
        public static Value Input(Value[] args, int start, int n)
        {
            if (n == 1)
            {
                Printer p = new Printer();
                Rt.Print(p, args[start], PrintKind.Str);
                SysModule.WriteTo(1, p.Buffer, 0, p.Length);
            }
            IConsoleInput console = ConsoleInput.Current;
            string line = "";
            int ret = console == null ? 4 : console.ReadLine(out line);
            if (ret == 3) throw Rt.Raise(ExcTypes.KeyboardInterrupt, null);
            if (ret == 4 && line.Length == 0) throw Rt.Raise(ExcTypes.EOFError, null);
            return PyStr.FromString(line);
        }
    }
}
#endif
