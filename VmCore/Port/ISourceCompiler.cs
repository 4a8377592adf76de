namespace NanoMpy
{
    // Python source to .mpy, for exec, eval, compile, `.py` imports and the REPL. VmCore does not depend on
    // the Compiler project (a board that runs only .mpy files leaves it out): a board that has it installs
    // it in Vm.SourceCompiler. Syntax errors come back as a PyException (SyntaxError/IndentationError with
    // the source file and line in its traceback).
    public interface ISourceCompiler
    {
        // mode: CompileMode.Exec, Eval, Single or ExecRepl. Returns the .mpy image.
        byte[] Compile(string source, string fileName, int mode);
    }

    public static class CompileMode
    {
        public const int Exec = 0;
        public const int Eval = 1;
        public const int Single = 2;
        // File input run by the REPL (paste mode): expression statements print their value, as in Single.
        public const int ExecRepl = 3;
    }
}
