using NanoMpy.Flash;

namespace NanoMpy
{
    // exec, eval, compile, execfile and __repl_print__ (py/builtinevex.c), over the board's source compiler.
    // Without one they raise as MicroPython built without a compiler would let them.
    public static class ExecBuiltins
    {
        // The names Make answers, in the order the builtins namespace lists them.
        internal const string Names = "exec eval compile execfile __repl_print__";

        // The builtin called name, made now (Builtins keeps it), or Null when it is not one of these.
        internal static Value Make(string name)
        {
            switch (name)
            {
                case "exec": return new PyBuiltin("exec", 1, 3, Exec);
                case "eval": return new PyBuiltin("eval", 1, 3, Eval);
                case "compile": return new PyBuiltin("compile", 3, 6, Compile);
                case "execfile": return new PyBuiltin("execfile", 1, 3, ExecFile);
                case "__repl_print__": return new PyBuiltin("__repl_print__", ReplPrint);
                default: return Value.Null;
            }
        }

        private static ISourceCompiler Compiler
        {
            get
            {
                ISourceCompiler c = Vm.SourceCompiler;
                if (c == null) throw Rt.NotImplementedError("compiler not available: only precompiled .mpy code can run");
                return c;
            }
        }

        // Source text from a str, bytes or bytearray (buffer protocol).
        private static string SourceOf(Value v)
        {
            byte[] d;
            int off, len;
            if (v.Obj is PyStr || v.Obj is PyBytes || v.Obj is PyByteArray || v.Obj is PyMemoryView)
            {
                SeqArgs.GetBuffer(v, out d, out off, out len);
                return Utf8.DecodeSource(d, off, len); // bytes that are not UTF-8 stay bytes
            }
            throw Rt.TypeError("can't convert " + Rt.TypeNameOf(v) + " to str");
        }

        // Compiles source text to a loaded module code.
        public static RawCode CompileText(string source, string fileName, int mode)
        {
            byte[] image = Compiler.Compile(source, fileName, mode);
            RawCode rc = MpyLoader.Load(new FlashRegion(fileName, image));
            if (Vm.Verbose >= 2 && Vm.Board != null)
            {
                Printer p = new Printer(Vm.Board.Stdout);
                BytecodeDump.DumpAll(p, rc);
                p.Flush();
            }
            return rc;
        }

        private static Value Exec(Value[] a, int s, int n) { return Run(a, s, n, CompileMode.Exec); }
        private static Value Eval(Value[] a, int s, int n) { return Run(a, s, n, CompileMode.Eval); }

        // exec/eval(source or code[, globals[, locals]]): eval gives the expression's value, exec None.
        private static Value Run(Value[] a, int s, int n, int mode)
        {
            PyDict globals = Vm.Globals;
            PyDict locals = Vm.Locals ?? Vm.Globals;
            if (n > 1 && !a[s + 1].IsNone)
            {
                globals = a[s + 1].Obj as PyDict;
                if (globals == null) throw Rt.TypeError("globals must be a dict");
                locals = globals;
            }
            if (n > 2 && !a[s + 2].IsNone)
            {
                locals = a[s + 2].Obj as PyDict;
                if (locals == null) throw Rt.TypeError("locals must be a dict");
            }
            if (globals == null) globals = new PyDict();
            if (locals == null) locals = globals;
            RawCode rc;
            PyCode code = a[s].Obj as PyCode;
            if (code != null)
            {
                rc = code.Code;
                mode = code.Mode;
            }
            else
            {
                rc = CompileText(SourceOf(a[s]), "<string>", mode);
            }
            Value r = Vm.RunCode(rc, globals, locals);
            return mode == CompileMode.Eval ? r : Value.None;
        }

        // compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)
        private static Value Compile(Value[] a, int s, int n)
        {
            string source = SourceOf(a[s]);
            if (!(a[s + 1].Obj is PyStr)) throw SeqArgs.BadImplicitConversion(a[s + 1]);
            string file = a[s + 1].Obj.ToString();
            if (!(a[s + 2].Obj is PyStr)) throw SeqArgs.BadImplicitConversion(a[s + 2]);
            string m = a[s + 2].Obj.ToString();
            int mode;
            if (m == "exec") mode = CompileMode.Exec;
            else if (m == "eval") mode = CompileMode.Eval;
            else if (m == "single") mode = CompileMode.Single;
            else throw Rt.ValueError("bad compile mode");
            return new PyCode(CompileText(source, file, mode), mode);
        }

        // execfile(filename[, globals[, locals]])
        private static Value ExecFile(Value[] a, int s, int n)
        {
            if (!(a[s].Obj is PyStr)) throw SeqArgs.BadImplicitConversion(a[s]);
            string path = a[s].Obj.ToString();
            byte[] data = Vm.Board == null ? null : Vm.Board.ReadFile(path);
            if (data == null) throw Rt.OSError(2);
            Value[] args = Value.NewArray(n);
            System.Array.Copy(a, s, args, 0, n);
            RawCode rc = CompileText(Utf8.DecodeSource(data, 0, data.Length), path, CompileMode.Exec);
            args[0] = new PyCode(rc, CompileMode.Exec);
            return Run(args, 0, n, CompileMode.Exec);
        }

        // What the REPL's compiled expression statements call: repr of a non-None value and a newline.
        private static Value ReplPrint(Value v)
        {
            if (v.IsNone) return Value.None;
            Printer p = new Printer(Vm.Board.Stdout);
            Rt.Print(p, v, PrintKind.Repr);
            p.WriteByte((byte)'\n');
            p.Flush();
            return Value.None;
        }
    }
}
