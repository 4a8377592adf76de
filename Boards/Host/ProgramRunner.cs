using System.IO;
#if MP_COMPILER
using NanoMpy.Compiler;
#endif

namespace NanoMpy.Host
{
    // Runs what the command line asked for on a thread with a large stack, with the outcomes of the unix port
    // (ports/unix/main.c, shared/runtime/pyexec.c with MICROPY_PYEXEC_ENABLE_EXIT_CODE_HANDLING):
    //   FILE, -c:       pyexec: traceback to stdout, exit 1 (KeyboardInterrupt 130); SystemExit: None 0, an int
    //                   its low byte, anything else printed to stderr and 1
    //   -m, stdin:      handle_uncaught_exception: traceback to stderr, exit 1; SystemExit: None 0, an int (or
    //                   bool) its low byte, anything else 1, silently
    //   REPL:           after -i, or with nothing to run when stdin is a terminal
    // then sys.atexit's function and, with -v, the memory statistics.
    public static class ProgramRunner
    {
        public const int StackSize = 256 * 1024 * 1024;
        private const int NothingExecuted = -2;

        public static int Run(RunRequest req, Stream stdout, Stream stderr)
        {
            lock (Cli.RunLock)
            {
                // the REPL writes to the console directly: program output must not wait in a buffer
                bool repl = req.NothingToRun || req.Inspect;
                HostBoard board = new HostBoard(stdout, stderr, req.WriteThrough || repl);
                int code = 0;
                System.Threading.Thread t = new System.Threading.Thread(() => { code = RunOnThisThread(board, req); }, StackSize);
                t.Start();
                t.Join();
                board.CloseAll();
                MpState.Deinit();
                try
                {
                    board.Flush();
                }
                catch (PyException)
                {
                    // stdout is gone (a closed pipe): what is left is dropped, as by the unix port
                }
                return code;
            }
        }

        // The interpreter as a new process starts it: nothing left of a previous run in this process.
        public static MpConfig Config(IBoard board, string[] argv, string[] path, int optLevel)
        {
            MpConfig c = new MpConfig();
            c.Board = board;
#if MP_COMPILER
            c.Compiler = new SourceCompiler();
#endif
            c.HeapSize = Cli.HeapSize;
            c.Verbose = Cli.Verbose;
            c.Argv = argv;
            c.Path = path;
            c.OptLevel = optLevel;
            return c;
        }

        // Runs on the calling thread (tests measuring allocation use this directly).
        public static int RunOnThisThread(HostBoard board, RunRequest req)
        {
            Vm.SetBoard(board);
            string[] path = req.Path;
            int ret = NothingExecuted;
            if (req.File != null && path == null)
            {
                string full = Path.GetFullPath(req.File);
                string why = Missing(full);
                if (why != null)
                {
                    // realpath failed: CPython's message and status
                    Write(board.Stderr, "nanompy: can't open file '" + req.File + "': " + why + "\n");
                    ret = 2;
                }
                path = Cli.SearchPath(Path.GetDirectoryName(full));
            }
            MpConfig config = Config(board, req.Argv ?? new string[0], path ?? Cli.SearchPath(""), req.OptLevel);
            config.SingleFloat = req.SingleFloat;
#if MP_IO || MP_CORE_BUILTINS
            config.Input = new NanoMpy.Board.ConsoleLineInput(new StdinKeys(req.Stdin, req.StdinIsTerminal), null, false);
#endif
            RomRun rom = null;
            if (req.Rom && ret == NothingExecuted)
            {
                string why;
                string folder = req.File != null ? Path.GetDirectoryName(Path.GetFullPath(req.File)) : Directory.GetCurrentDirectory();
                rom = RomRun.Attach(board, config, folder, req.FlashCache, req.RomUnmapped, out why);
                if (rom == null)
                {
                    Write(board.Stderr, "nanompy: -X rom: " + why + "\n");
                    return 1;
                }
            }
            MpState.Init(config);
            if (rom != null) rom.Started();
            SysModule.SetExecutable(System.Environment.ProcessPath ?? "");
            PyModule main = null;
            if (ret == NothingExecuted)
            {
                if (req.Module != null)
                {
                    ret = Guarded(board, false, () => RunModule(req.Module));
                }
                else if (req.File != null || req.Command != null)
                {
                    main = Imports.NewModule(Q.__main__);
                    ret = Guarded(board, true, () => RunMain(board, main, req));
                }
            }
            if (ret == NothingExecuted || req.Inspect)
            {
                if (req.StdinIsTerminal || req.Inspect)
                {
                    ret = DesktopRepl.Run(board, req, main);
                }
                else
                {
                    main = Imports.NewModule(Q.__main__);
                    ret = Guarded(board, false, () => RunStdin(main, req));
                }
            }
            RunAtExit(board);
            if (rom != null) rom.Close();
#if MP_MICROPYTHON_EXTRAS
            if (Vm.Verbose > 0) MicroPythonModule.PrintMemInfo();
#endif
            MicroPythonModule.InterruptChar = 3;
            return ret & 0xff;
        }

        // null when the file can be opened as far as its path goes, else the strerror text of why not.
        private static string Missing(string full)
        {
            if (File.Exists(full) || Directory.Exists(full)) return null;
            string dir = Path.GetDirectoryName(full);
            while (!string.IsNullOrEmpty(dir))
            {
                if (File.Exists(dir)) return "[Errno 20] Not a directory";
                if (Directory.Exists(dir)) break;
                dir = Path.GetDirectoryName(dir);
            }
            return "[Errno 2] No such file or directory";
        }

        private static void RunModule(string module)
        {
            Value mod = Imports.Import(module, Value.False, 0, null, true);
            // a package runs its __main__ submodule, as `micropython -m pkg` does
            PyModule pm = mod.Obj as PyModule;
            if (pm != null && !pm.Globals.GetQ(Qstr.Intern("__path__")).IsNull)
            {
                Imports.Import(module + ".__main__", Value.False, 0, null, true);
            }
        }

        private static void RunMain(HostBoard board, PyModule main, RunRequest req)
        {
            if (req.Command != null)
            {
                RunSource(main, req.Command, "<stdin>", req.CompileOnly);
                return;
            }
            string file = req.File;
            byte[] data = ReadProgram(file);
            if (!file.EndsWith(".mpy"))
            {
                RunSource(main, Utf8.DecodeSource(data, 0, data.Length), file, req.CompileOnly);
                return;
            }
            if (req.Rom)
            {
                RomRun.RunMain(main, file);
                return;
            }
            NanoMpy.Flash.FlashRegion image = new NanoMpy.Flash.FlashRegion(file, data);
            if (req.CompileOnly)
            {
                MpyLoader.Load(image);
                return;
            }
            Imports.RunImage(main, image, file);
        }

        // The program on stdin (not a terminal): read to its end, run as "<stdin>".
        private static void RunStdin(PyModule main, RunRequest req)
        {
            MemoryStream m = new MemoryStream();
            try
            {
                req.Stdin.CopyTo(m);
            }
            catch (IOException)
            {
            }
            byte[] src = m.ToArray();
            RunSource(main, Utf8.DecodeSource(src, 0, src.Length), "<stdin>", req.CompileOnly);
        }

        private static void RunSource(PyModule main, string source, string name, bool compileOnly)
        {
            if (compileOnly)
            {
                main.Globals.SetQ(Qstr.Intern("__file__"), PyStr.FromString(name));
                ExecBuiltins.CompileText(source, name, CompileMode.Exec);
                return;
            }
            Imports.RunSource(main, source, name);
        }

        // The file's bytes, or the OSError the unix port's lexer raises (a folder, no permission).
        private static byte[] ReadProgram(string file)
        {
            if (Directory.Exists(file)) throw Rt.OSError(21);
            try
            {
                return File.ReadAllBytes(file);
            }
            catch (System.UnauthorizedAccessException)
            {
                throw Rt.OSError(13);
            }
            catch (FileNotFoundException)
            {
                throw Rt.OSError(2);
            }
            catch (DirectoryNotFoundException)
            {
                throw Rt.OSError(2);
            }
            catch (IOException)
            {
                throw Rt.OSError(5);
            }
        }

        // Runs code with Ctrl-C raising KeyboardInterrupt in it, and turns its outcome into an exit status:
        // pyexec's (FILE, -c) or handle_uncaught_exception's (-m, stdin).
        private static int Guarded(HostBoard board, bool pyexec, System.Action body)
        {
            try
            {
                try
                {
                    MicroPythonModule.InterruptChar = 3;
                    body();
                    MicroPythonModule.InterruptChar = -1;
                    KbdInterrupt.Check();
                    while (Scheduler.Pending != 0) Scheduler.RunPending();
                }
                catch (PyException)
                {
                    throw;
                }
                catch (System.Exception ex)
                {
                    throw new PyException(Vm.MapHostException(ex));
                }
                return 0;
            }
            catch (PyException pe)
            {
                MicroPythonModule.InterruptChar = -1;
                KbdInterrupt.Clear();
                return pyexec ? PyexecUncaught(board, pe.Exc) : HandleUncaught(board, pe.Exc);
            }
        }

        // parse_compile_execute with exit-code handling.
        private static int PyexecUncaught(HostBoard board, PyBaseException e)
        {
            if (e.ExcType.IsSubclassOf(ExcTypes.SystemExit))
            {
                Value v = e.Args.Items.Length > 0 ? e.Args.Items[0] : Value.None;
                if (v.IsNone) return 0;
                if (v.IsSmallInt || v.Obj is PyBigInt) return (int)(NumberOps.GetIntTruncated(v) & 255);
                Printer p = new Printer();
                try
                {
                    Rt.Print(p, v, PrintKind.Str);
                }
                catch (PyException)
                {
                }
                p.Write("\n");
                WriteSafe(board.Stderr, p);
                return 1;
            }
            PrintTraceback(board.Stdout, e);
            return e.ExcType.IsSubclassOf(ExcTypes.KeyboardInterrupt) ? 130 : 1;
        }

        // ports/unix/main.c handle_uncaught_exception.
        private static int HandleUncaught(HostBoard board, PyBaseException e)
        {
            if (e.ExcType.IsSubclassOf(ExcTypes.SystemExit))
            {
                Value v = e.Args.Items.Length > 0 ? e.Args.Items[0] : Value.None;
                if (v.IsNone) return 0;
                if (v.IsSmallInt) return (int)(v.Bits & 255);
                if (v.Obj is PyBool) return ((PyBool)v.Obj).B ? 1 : 0;
                return 1;
            }
            PrintTraceback(board.Stderr, e);
            return 1;
        }

        private static void PrintTraceback(IByteSink sink, PyBaseException e)
        {
            Printer p = new Printer();
            try
            {
                Vm.PrintException(p, e);
            }
            catch (System.Exception)
            {
                p.Write("\n");
            }
            WriteSafe(sink, p);
        }

        // Output after the program: a closed stdout drops it.
        private static void WriteSafe(IByteSink sink, Printer p)
        {
            try
            {
                sink.Write(p.Buffer, 0, p.Length);
            }
            catch (PyException)
            {
            }
        }

        // sys.atexit's function runs after the program and the REPL, whatever their outcome (unix main.c).
        private static void RunAtExit(HostBoard board)
        {
            Value f = SysModule.ExitFunc;
            if (f.IsNull) return;
            SysModule.ExitFunc = Value.Null;
            Guarded(board, false, () => Rt.Call0(f));
        }

        private static void Write(IByteSink sink, string text)
        {
            byte[] b = System.Text.Encoding.UTF8.GetBytes(text);
            try
            {
                sink.Write(b, 0, b.Length);
            }
            catch (PyException)
            {
            }
        }
    }
}
