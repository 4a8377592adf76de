using NanoMpy.Flash;

namespace NanoMpy
{
    // Running code (py/builtinevex.c, modbuiltins.c): exec, eval, compile and execfile over the board's source
    // compiler, and globals and locals, the scope code runs in. Without a compiler installed exec/eval/compile
    // raise NotImplementedError; a build without one (MP_COMPILER unset, MICROPY_ENABLE_COMPILER 0) has no
    // exec, eval, compile or execfile, and compiling source raises RuntimeError as pyexec.c does.
    public static class ExecBuiltins
    {
#if MP_COMPILER
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
            if (v.Obj is PyStr || v.Obj is PyBytes || SeqArgs.IsByteArray(v)
#if MP_ARRAY
                || v.Obj is PyMemoryView
#endif
                )
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

        internal static Value Exec(Value[] a, int s, int n) { return Run(a, s, n, CompileMode.Exec); }
        internal static Value Eval(Value[] a, int s, int n) { return Run(a, s, n, CompileMode.Eval); }

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
                rc.Context.Globals = globals; // (so that a def in it makes a plain function object)
            }
            Value r = Vm.RunCode(rc, globals, locals);
            return mode == CompileMode.Eval ? r : Value.None;
        }

        // compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)
        internal static Value Compile(Value[] a, int s, int n)
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
        internal static Value ExecFile(Value[] a, int s, int n)
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

#else
        // parse_compile_execute (shared/runtime/pyexec.c) without MICROPY_ENABLE_COMPILER
        public static RawCode CompileText(string source, string fileName, int mode)
        {
            throw Rt.RuntimeError("script compilation not supported");
        }
#endif

        internal static Value Globals()
        {
            if (Vm.Globals == null) return new PyDict();
            return Vm.Globals;
        }

        internal static Value Locals()
        {
            if (Vm.Locals != null) return Vm.Locals;
            return Globals();
        }
    }
}
