using System.IO;
#if MP_COMPILER
using NanoMpy.Compiler;
#endif

namespace NanoMpy.Host
{
    // The nanompy command line, callable in-process (tests) with any streams. Options and outcomes follow the
    // unix port of MicroPython v1.27.0 (ports/unix/main.c):
    //
    //   nanompy [opts]                      stdin a terminal (or -i): the friendly REPL; else the program on stdin
    //   nanompy [opts] FILE [args]          run a file as __main__ (sys.path[0] = its folder); FILE.mpy is a
    //                                       compiled module, any other name is source
    //   nanompy [opts] -c CODE [args]       run CODE
    //   nanompy [opts] -m MODULE [args]     import MODULE as __main__ along sys.path ('' first, then MICROPYPATH
    //                                       or the unix port's default)
    //   opts: -h, --version, -i (REPL after the program), -v (memory statistics at exit; -v -v bytecode
    //         listings), -O[N], -X heapsize=N[w][k|m], -X float=single|double, -X emit=bytecode, -X compile-only
    //   nanompy bench DIR [--micropython P] [--runs N]  each DIR/*.mpy times itself; best of N, vs binary P
    //   nanompy compile FILE.py [-o OUT] [-s NAME]  compile to .mpy v6 as mpy-cross v1.27.0 does
    //   nanompy board --pty [--link PATH] [DIR]     a simulated board on a pseudo-terminal (SimulatedBoard)
    //
    // A file or -c program prints an uncaught exception's traceback on stdout and exits 1 (130 for
    // KeyboardInterrupt); sys.exit(n) exits with n, sys.exit(obj) prints obj on stderr and exits 1. A module
    // (-m) or the program on stdin prints tracebacks on stderr. Bad arguments print one line and exit 1.
    public static class Cli
    {
        // The unix port's banner: MICROPY_BANNER_NAME_AND_VERSION and MICROPY_BANNER_MACHINE, which is also
        // sys.implementation._machine.
        public const string NameAndVersion = "MicroPython v1.27.0 on 2026-11-23";
        public const string Machine = "linux [GCC 12.2.0] version";
        public const string Banner = NameAndVersion + "; " + Machine;

        // The VM keeps static state (sys.modules, frame pool): one program runs at a time per process;
        // in-process callers that drive the VM directly take this lock too.
        public static readonly object RunLock = new object();

        // Options of this invocation, given to the interpreter when it starts (MpConfig).
        public static long HeapSize = 0;
        public static int Verbose;

        private const string InvalidArgs = "Invalid command line arguments. Use -h option for help.\n";

        public static int Run(string[] args, Stream stdout, Stream stderr)
        {
            return Run(args, Stream.Null, false, stdout, stderr);
        }

        // stdinIsTerminal: whether the REPL may run without -i (isatty(0)).
        public static int Run(string[] args, Stream stdin, bool stdinIsTerminal, Stream stdout, Stream stderr)
        {
            // Source nested deeper than the thread's stack can parse is MicroPython's MemoryError, not a crash.
#if MP_COMPILER
            NestingGuard.HasStack = System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack;
#endif
            try
            {
                return RunChecked(args, stdin, stdinIsTerminal, stdout, stderr);
            }
            catch (PyException)
            {
                // output that could not be written (a closed pipe) after the program
                return 1;
            }
            catch (IOException)
            {
                return 1;
            }
            finally
            {
                // options are per invocation (in-process callers run many)
                Verbose = 0;
                HeapSize = 0;
            }
        }

        private static int RunChecked(string[] args, Stream stdin, bool stdinIsTerminal, Stream stdout, Stream stderr)
        {
            Verbose = 0;
            HeapSize = 0;
            RunRequest req = new RunRequest();
            req.Stdin = stdin;
            req.StdinIsTerminal = stdinIsTerminal;
            req.WriteThrough = true;

            // pre_process_options: -h, --version and -X up to the first non-option, -c or -m
            for (int a = 0; a < args.Length; a++)
            {
                string s = args[a];
                if (!s.StartsWith("-")) break;
                if (s == "-c" || s == "-m") break;
                if (s == "-h") return Help(stdout);
                if (s == "--version")
                {
                    WriteText(stdout, Banner + "\n");
                    return 0;
                }
                if (s == "-X")
                {
                    if (a + 1 >= args.Length || !ImplOption(args[a + 1], req)) return Invalid(stderr);
                    a++;
                }
            }

            for (int a = 0; a < args.Length; a++)
            {
                string s = args[a];
                if (s.StartsWith("-"))
                {
                    if (s == "-i")
                    {
                        req.Inspect = true;
                    }
                    else if (s == "-c")
                    {
                        if (a + 1 >= args.Length) return Invalid(stderr);
                        req.Argv = Slice(args, a + 1);
                        req.Argv[0] = "-c";
                        req.Command = args[a + 1];
                        req.Path = SearchPath("");
                        break;
                    }
                    else if (s == "-m")
                    {
                        if (a + 1 >= args.Length) return Invalid(stderr);
                        req.Argv = Slice(args, a + 1);
                        req.Module = args[a + 1];
                        req.Path = SearchPath("");
                        break;
                    }
                    else if (s == "-X")
                    {
                        a++;
                    }
                    else if (s == "-v")
                    {
                        Verbose++;
                    }
                    else if (s.StartsWith("-O"))
                    {
                        req.OptLevel = OptLevel(s);
                    }
                    else
                    {
                        return Invalid(stderr);
                    }
                }
                else
                {
                    if (s == "bench") return Bench.Run(args, a + 1, stdout, stderr);
#if MP_COMPILER
                    if (s == "compile") return CompileCommand.Run(args, a + 1, stdout, stderr);
#endif
                    if (s == "board") return SimulatedBoard.Run(args, a + 1, stdout, stderr);
                    if (s == "romfs") return RomfsCommand.Run(args, a + 1, stdout, stderr);
                    if (s == "test") return TestCommand.Run(args, a + 1, stdout, stderr);
                    if (s == "fuzz") return FuzzCommand.Run(args, a + 1, stdout, stderr);
                    req.File = s;
                    req.Argv = Slice(args, a);
                    break;
                }
            }
            if (req.Argv == null)
            {
                req.Argv = new string[0];
                req.Path = SearchPath("");
            }
            return ProgramRunner.Run(req, stdout, stderr);
        }

        // -O, -OO..., -O<digit> (main.c: a digit sets the level, else the count of O's)
        private static int OptLevel(string s)
        {
            if (s.Length > 2 && s[2] >= '0' && s[2] <= '9') return s[2] & 0xf;
            int n = 0;
            for (int i = 1; i < s.Length && s[i] == 'O'; i++) n++;
            return n;
        }

        private static bool ImplOption(string opt, RunRequest req)
        {
            if (opt == "compile-only")
            {
                req.CompileOnly = true;
                return true;
            }
            if (opt == "emit=bytecode") return true;
            if (opt == "rom" || opt == "rom=unmapped")
            {
                req.Rom = true;
                req.RomUnmapped = opt == "rom=unmapped";
                return true;
            }
            if (opt.StartsWith("flashcache="))
            {
                int n;
                if (!int.TryParse(opt.Substring(11), out n) || n < 1) return false;
                req.FlashCache = n;
                return true;
            }
            if (opt == "float=single" || opt == "float=double")
            {
                req.SingleFloat = opt == "float=single";
                return true;
            }
            if (opt.StartsWith("heapsize="))
            {
                long hs;
                if (!ParseHeapSize(opt.Substring(9), out hs)) return false;
                HeapSize = hs;
                return true;
            }
            return false;
        }

        private static string[] Slice(string[] args, int from)
        {
            string[] r = new string[args.Length - from];
            System.Array.Copy(args, from, r, 0, r.Length);
            return r;
        }

        // sys.path as the unix port builds it: first entry, then MICROPYPATH (or the default) with ~ expanded.
        private const string DefaultPath = ".frozen:~/.micropython/lib:/usr/lib/micropython";

        internal static string[] SearchPath(string first)
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

        // heapsize=N[w][k|m], N as strtol with base 0 reads it (decimal, 0x hex, 0 octal); at least 700 bytes.
        private static bool ParseHeapSize(string s, out long size)
        {
            size = 0;
            int i = 0;
            long n;
            int numBase = 10;
            if (s.StartsWith("0x") || s.StartsWith("0X"))
            {
                numBase = 16;
                i = 2;
            }
            else if (s.StartsWith("0") && s.Length > 1 && char.IsDigit(s[1]))
            {
                numBase = 8;
                i = 1;
            }
            int start = i;
            while (i < s.Length && System.Uri.IsHexDigit(s[i]) && System.Convert.ToInt32(s[i].ToString(), 16) < numBase) i++;
            if (i == start) return false;
            try
            {
                n = System.Convert.ToInt64(s.Substring(start, i - start), numBase);
            }
            catch (System.Exception e) when (e is System.OverflowException || e is System.FormatException)
            {
                return false;
            }
            bool word = i < s.Length && (s[i] | 0x20) == 'w';
            if (word) i++;
            if (i < s.Length && (s[i] | 0x20) == 'k')
            {
                n *= 1024;
                i++;
            }
            else if (i < s.Length && (s[i] | 0x20) == 'm')
            {
                n *= 1024 * 1024;
                i++;
            }
            if (i != s.Length) return false;
            if (word) n = n * 8 / 4;
            if (n < 700) return false;
            size = n;
            return true;
        }

        private static int Invalid(Stream stderr)
        {
            WriteText(stderr, InvalidArgs);
            stderr.Flush();
            return 1;
        }

        private static int Help(Stream stdout)
        {
            WriteText(stdout,
                "usage: nanompy [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]\n"
                + "       nanompy compile FILE.py [-o OUT.mpy] [-s NAME] [-O[N]] [-msmall-int-bits=N]\n"
                + "       nanompy bench DIR [--micropython PATH] [--runs N]\n"
                + "       nanompy board --pty [--link PATH] [DIR]\n"
                + "Options:\n"
                + "--version : show version information\n"
                + "-h : print this help message\n"
                + "-i : enable inspection via REPL after running command/module/file\n"
                + "-v : verbose (memory statistics at exit; twice: bytecode listings); can be multiple\n"
                + "-O[N] : apply bytecode optimizations of level N\n"
                + "\n"
                + "Implementation specific options (-X):\n"
                + "  compile-only                 -- parse and compile only\n"
                + "  emit=bytecode                -- set the default code emitter\n"
                + "  heapsize=<n>[w][K|M] -- set the heap size for the GC (default: bounded at 64M)\n"
                + "  rom[=unmapped]               -- run from a ROMFS image of the program's folder at /rom, as the simulated board\n"
                + "  flashcache=<n>               -- bytes of flash cache for code run from /rom (default: 4096)\n"
                + "  float=single|double          -- float precision (single: as the ESP32 and STM32 ports)\n");
            stdout.Flush();
            return 0;
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
            return ProgramRunner.Run(Request(argv, path, module, file, command), stdout, stderr);
        }

        // Runs on the calling thread (tests measuring allocation use this directly).
        public static int RunOnThisThread(HostBoard board, string[] argv, string[] path, string module, string file,
            string command = null)
        {
            return ProgramRunner.RunOnThisThread(board, Request(argv, path, module, file, command));
        }

        private static RunRequest Request(string[] argv, string[] path, string module, string file, string command)
        {
            RunRequest req = new RunRequest();
            req.Argv = argv;
            req.Path = path;
            req.Module = module;
            req.File = file;
            req.Command = command;
            req.Stdin = Stream.Null;
            return req;
        }
    }
}
