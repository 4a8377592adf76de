namespace NanoMpy.Compiler
{
    // A SyntaxError or IndentationError found while compiling, with MicroPython's message and source line
    // (Line 0: the error has no traceback, like the NotImplementedError of a \N{...} escape).
    public sealed class CompileError : System.Exception
    {
        public readonly string Kind;
        public readonly string Text;
        public readonly int Line;

        public CompileError(string kind, string text, int line) : base(kind + ": " + text)
        {
            Kind = kind;
            Text = text;
            Line = line;
        }
    }
}
