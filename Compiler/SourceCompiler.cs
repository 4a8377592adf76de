namespace NanoMpy.Compiler
{
    // The compiler as the VM's ISourceCompiler (a board installs it in Vm.SourceCompiler): a CompileError
    // becomes MicroPython's SyntaxError or IndentationError, with a traceback entry for the source line and no
    // function name, as the unix port prints it.
    public sealed class SourceCompiler : ISourceCompiler
    {
        public byte[] Compile(string source, string fileName, int mode)
        {
            try
            {
                PyCompiler.OptLevel = MicroPythonModule.OptLevel;
                int m = mode == CompileMode.Eval ? PyCompiler.ModeEval : mode == CompileMode.Single ? PyCompiler.ModeSingle
                    : mode == CompileMode.ExecRepl ? PyCompiler.ModeFileRepl : PyCompiler.ModeExec;
                return PyCompiler.Compile(source, fileName, m);
            }
            catch (CompileError e)
            {
                // raised by the lexer itself, without a source position (lexer.c)
                if (e.Kind == "NotImplementedError") throw Rt.NotImplementedError(e.Text);
                if (e.Kind == "RuntimeError") throw Rt.RuntimeError(e.Text);
                if (e.Kind == "MemoryError") throw Rt.MemoryError(e.Text);
                PyType type = e.Kind == "IndentationError" ? ExcTypes.IndentationError : ExcTypes.SyntaxError;
                PyException pe = Rt.Raise(type, e.Text);
                pe.Exc.AddTraceback(Qstr.Intern(fileName), e.Line, 0);
                throw pe;
            }
        }
    }
}
