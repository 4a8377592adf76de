using System.IO;

namespace NanoMpy.Host
{
    // The nanompy command line, callable in-process (tests) with any output streams:
    //
    //   nanompy                              banner, exit 0
    //   nanompy [-X opt]... FILE.mpy [args]  run a file as __main__ (sys.path[0] = its directory)
    //   nanompy [-X opt]... -m MODULE [args] import MODULE as __main__ along sys.path ('' first, then
    //                                        MICROPYPATH or the unix port's default)
    //   nanompy bench DIR [--micropython P] [--runs N]  each DIR/*.mpy times itself; best of N, vs binary P
    //   nanompy compile FILE.py [-o OUT] [-s NAME]  compile to .mpy v6 as mpy-cross v1.27.0 does
    //   nanompy compile -d DIR FILE.py...   compile each to DIR/FILE.mpy (named as given)
    //
    // -X heapsize=N[k|m] and -X emit=bytecode are accepted as the unix port accepts them. An uncaught
    // exception prints a MicroPython traceback to stderr and exits 1; SystemExit exits with its code.
    public static class Cli
    {
        public const string Banner = "MicroPython v1.27.0 on nanoMpy; .NET host with nanoMpy VM";
        private const int StackSize = 256 * 1024 * 1024;
        private const string DefaultPath = ".frozen:~/.micropython/lib:/usr/lib/micropython";

        // The VM keeps static state (sys.modules, frame pool): one program runs at a time per process;
        // in-process callers that drive the VM directly take this lock too.
        public static readonly object RunLock = new object();

        public static long HeapSize = 0;

        public static int Run(string[] args, Stream stdout, Stream stderr)
        {
            int a = 0;
            Vm.Verbose = 0;
            while (a < args.Length && (args[a] == "-X" || args[a] == "-v"))
            {
                if (args[a] == "-v")
                {
                    // -v -v lists the bytecode of what is compiled, -v prints memory use at exit (unix main.c)
                    Vm.Verbose++;
                    a++;
                    continue;
                }
                if (a + 1 >= args.Length) return Usage(stderr);
                string opt = args[a + 1];
                if (opt.StartsWith("heapsize="))
                {
                    long hs;
                    if (!ParseHeapSize(opt.Substring(9), out hs)) return Usage(stderr);
                    HeapSize = hs;
                }
                else if (opt != "emit=bytecode")
                {
                    return Usage(stderr);
                }
                a += 2;
            }
            if (a >= args.Length)
            {
                WriteText(stdout, Banner + "\n");
                stdout.Flush();
                return 0;
            }
            if (args[a] == "bench") return Bench.Run(args, a + 1, stdout, stderr);
            if (args[a] == "compile") return CompileCommand.Run(args, a + 1, stdout, stderr);
            if (args[a] == "-m")
            {
                if (a + 1 >= args.Length) return Usage(stderr);
                string module = args[a + 1];
                string[] argv = Slice(args, a + 1);
                return RunProgram(stdout, stderr, argv, SearchPath(""), module, null);
            }
            if (args[a] == "-c")
            {
                if (a + 1 >= args.Length) return Usage(stderr);
                string[] cargv = Slice(args, a + 1);
                cargv[0] = "-c";
                return RunProgram(stdout, stderr, cargv, SearchPath(""), null, "-c", args[a + 1]);
            }
            if (args[a].StartsWith("-")) return Usage(stderr);
            string file = args[a];
            string dir = Path.GetDirectoryName(Path.GetFullPath(file));
            return RunProgram(stdout, stderr, Slice(args, a), SearchPath(dir), null, file);
        }

        private static string[] Slice(string[] args, int from)
        {
            string[] r = new string[args.Length - from];
            System.Array.Copy(args, from, r, 0, r.Length);
            return r;
        }

        // sys.path as the unix port builds it: first entry, then MICROPYPATH (or the default) with ~ expanded.
        private static string[] SearchPath(string first)
        {
            System.Collections.Generic.List<string> p = new System.Collections.Generic.List<string>();
            p.Add(first);
            string env = System.Environment.GetEnvironmentVariable("MICROPYPATH") ?? DefaultPath;
            string home = System.Environment.GetEnvironmentVariable("HOME");
            if (env.StartsWith(":")) env = env.Substring(1);
            if (env.Length > 0)
            {
                foreach (string e in env.Split(':'))
                {
                    if (e.StartsWith("~/") && home != null) p.Add(home + e.Substring(1));
                    else p.Add(e);
                }
            }
            return p.ToArray();
        }

        private static bool ParseHeapSize(string s, out long size)
        {
            size = 0;
            long mult = 1;
            if (s.EndsWith("k") || s.EndsWith("K")) { mult = 1024; s = s.Substring(0, s.Length - 1); }
            else if (s.EndsWith("m") || s.EndsWith("M")) { mult = 1024 * 1024; s = s.Substring(0, s.Length - 1); }
            long n;
            if (!long.TryParse(s, out n) || n * mult < 700) return false;
            size = n * mult;
            return true;
        }

        private static int Usage(Stream stderr)
        {
            WriteText(stderr, "usage: nanompy [-X heapsize=N] [-X emit=bytecode] [FILE.mpy | -m MODULE] [args...]\n"
                + "       nanompy bench DIR [--micropython PATH] [--runs N]\n");
            stderr.Flush();
            return 1;
        }

        internal static void WriteText(Stream s, string text)
        {
            byte[] b = System.Text.Encoding.UTF8.GetBytes(text);
            s.Write(b, 0, b.Length);
        }

        // Runs a module (-m) or a file as __main__ on a thread with a large stack; returns the exit code.
        public static int RunProgram(Stream stdout, Stream stderr, string[] argv, string[] path, string module, string file,
            string command = null)
        {
            lock (RunLock)
            {
                HostBoard board = new HostBoard(stdout, stderr);
                int code = 0;
                System.Threading.Thread t = new System.Threading.Thread(() => { code = RunOnThisThread(board, argv, path, module, file, command); }, StackSize);
                t.Start();
                t.Join();
                board.CloseAll();
                Heap.Release();
                board.Flush();
                return code;
            }
        }

        // Runs on the calling thread (tests measuring allocation use this directly).
        public static int RunOnThisThread(HostBoard board, string[] argv, string[] path, string module, string file,
            string command = null)
        {
            Vm.SetBoard(board);
            Vm.SourceCompiler = new SourceCompiler();
            ResetVm();
            SysModule.Init(argv, path);
            SysModule.SetExecutable(System.Environment.ProcessPath ?? "");
            Vm.CurrentException = null;
            try
            {
                try
                {
                    if (module != null)
                    {
                        Value mod = Imports.Import(module, Value.False, 0, null, true);
                        // a package runs its __main__ submodule, as `micropython -m pkg` does
                        PyModule pm = mod.Obj as PyModule;
                        if (pm != null && !pm.Globals.GetQ(Qstr.Intern("__path__")).IsNull)
                        {
                            Imports.Import(module + ".__main__", Value.False, 0, null, true);
                        }
                    }
                    else
                    {
                        byte[] data = command != null ? new byte[0] : board.ReadFile(file);
                        if (data == null)
                        {
                            WriteSink(board.Stderr, "nanompy: can't open file '" + file + "': [Errno 2] ENOENT\n");
                            return 2;
                        }
                        PyModule main = Imports.NewModule(Q.__main__);
                        if (command != null) Imports.RunSource(main, command, "<stdin>");
                        else if (file.EndsWith(".py")) Imports.RunSource(main, System.Text.Encoding.UTF8.GetString(data), file);
                        else Imports.RunImage(main, new NanoMpy.Flash.FlashRegion(file, data), file);
                    }
                    return RunAtExit(board, 0);
                }
                catch (PyException)
                {
                    throw;
                }
                catch (System.Exception ex)
                {
                    throw new PyException(Vm.MapHostException(ex));
                }
            }
            catch (PyException pe)
            {
                return RunAtExit(board, HandleUncaught(board, pe.Exc));
            }
        }

        // sys.atexit's function runs after the program, whatever its outcome (unix main.c).
        private static int RunAtExit(HostBoard board, int code)
        {
            if (Vm.Verbose > 0) MicroPythonModule.PrintMemInfo();
            Value f = SysModule.ExitFunc;
            if (f.IsNull) return code;
            SysModule.ExitFunc = Value.Null;
            try
            {
                Rt.Call0(f);
            }
            catch (PyException pe)
            {
                HandleUncaught(board, pe.Exc);
            }
            return code;
        }

        private static void ResetVm()
        {
            SysModule.Modules.Clear();
            Vm.Locals = null;
            Vm.Globals = null;
            Vm.StopIterationArg = Value.Null;
            Heap.Reset(HeapSize);
            Scheduler.Reset();
            MicroPythonModule.OptLevel = 0;
        }

        // SystemExit: its code (None 0, an int its low 8 bits, else 1); anything else: traceback, 1.
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
            Printer p = new Printer();
            try
            {
                Vm.PrintException(p, e);
            }
            catch (System.Exception)
            {
                p.Write("\n");
            }
            board.Stderr.Write(p.Buffer, 0, p.Length);
            return 1;
        }

        private static void WriteSink(IByteSink sink, string text)
        {
            byte[] b = System.Text.Encoding.UTF8.GetBytes(text);
            sink.Write(b, 0, b.Length);
        }
    }
}
