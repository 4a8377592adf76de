namespace NanoMpy.Board
{
    // The REPL engine: shared/runtime/pyexec.c of MicroPython v1.27.0 as a board runs it (the blocking
    // pyexec_friendly_repl / pyexec_raw_repl, not the event-driven variant), byte for byte on the console.
    //
    //   friendly REPL: banner, ">>> " and "... " prompts, line editing (LineEditor), Ctrl-A raw REPL, Ctrl-B
    //                  banner, Ctrl-C cancel, Ctrl-D soft reset (ForcedExit), Ctrl-E paste mode
    //   raw REPL:      silent input; Ctrl-D runs it ("OK", output, 0x04, error, 0x04, ">"), Ctrl-D on an empty
    //                  buffer soft-resets, Ctrl-B back to friendly, Ctrl-E 'A' Ctrl-A raw-paste mode with its
    //                  flow-control window
    //
    // Code runs in the globals of Main with the interrupt character set to Ctrl-C, so a Ctrl-C received
    // meanwhile raises KeyboardInterrupt (IConsole). Both loops return 0 to switch mode, or a value with
    // ForcedExit set (soft reset / exit; with ExitCodeHandling the low byte is the exit status).
    public sealed class Repl
    {
        public const int ForcedExit = 0x100;   // PYEXEC_FORCED_EXIT
        public const int KeyboardInterruptExit = 128 + 2; // PYEXEC_KEYBOARD_INTERRUPT, with exit-code handling

        private const int FlagPrintEof = 1, FlagIsRepl = 4, FlagNoInterrupt = 0x80;
        private const int CtrlA = 1, CtrlB = 2, CtrlC = 3, CtrlD = 4, CtrlE = 5;
        private const string Stdin = "<stdin>";

        private readonly IConsole _console;
        private readonly ReplOutput _out;
        private readonly LineEditor _editor;
        private readonly LineBuffer _line = new LineBuffer();
        private readonly ReplOptions _options;

        // pyexec_mode_kind: which loop the board runs next.
        public bool RawMode;

        // The __main__ module the REPL's code runs in (a new one after each soft reset).
        public PyModule Main;

        public Repl(IConsole console, ReplOptions options)
        {
            _console = console;
            _options = options;
            _out = new ReplOutput(console);
            _editor = new LineEditor(_out, options.HistorySize);
        }

        public ReplOutput Output { get { return _out; } }

        // The line editor, which input() shares on a board (one readline, one history).
        public LineEditor Editor { get { return _editor; } }

        // pyexec's results: which values mean "ran" and "raised" depends on exit-code handling.
        private int NormalExit { get { return _options.ExitCodeHandling ? 0 : 1; } }
        private int UnhandledException { get { return _options.ExitCodeHandling ? 1 : 0; } }

        // Prepares a session on a freshly reset VM (power-on or soft reset): a new __main__, no pending
        // interrupt, the interrupt character off until code runs; clearHistory as readline_init0.
        public void StartSession(bool clearHistory)
        {
            KbdInterrupt.Prepare();
            KbdInterrupt.Clear();
#if MP_COMPILER
            Autocomplete.BeginSession();
#endif
            MicroPythonModule.InterruptChar = -1;
            Main = Imports.NewModule(Q.__main__);
            _editor.Main = Main;
            if (clearHistory) _editor.ClearHistory();
        }

        // mp_hal_stdio_mode_raw / mp_hal_stdio_mode_orig, for a console on a terminal.
        private void TerminalMode(bool raw)
        {
            ITerminalModes t = _console as ITerminalModes;
            if (t != null) t.SetRaw(raw);
        }

        // Runs the REPL in an existing __main__ (the unix port's -i after a program).
        public void UseMain(PyModule main)
        {
            Main = main;
            _editor.Main = main;
        }

        private int Read()
        {
            int c = _console.ReadByte();
            if (c < 0) throw new ConsoleClosedException();
            return c;
        }

        private static string Prompt(string name, string fallback)
        {
            Value v = SysModule.AttrIfMade(name);
            if (v.IsNull) return fallback;
            PyStr s = v.Obj as PyStr;
            return s == null ? "" : s.ToString();
        }

        // The friendly banner (pyexec.c friendly_repl_reset).
        public void WriteBanner()
        {
            _out.Raw(_options.NameAndVersion);
            _out.Raw("; " + _options.Machine);
            _out.Raw("\r\n");
            _out.Raw("Type \"help()\" for more information.\r\n");
        }

        // readline(): edits one line, returns 0 on Enter or the control character that ended it.
        private int ReadLine(string prompt)
        {
            _editor.Init(_line, prompt);
            while (true)
            {
                int r = _editor.Process(Read());
                if (r >= 0) return r;
            }
        }

        // pyexec_friendly_repl
        public int FriendlyRepl()
        {
            TerminalMode(true);
            try
            {
                return FriendlyLoop();
            }
            finally
            {
                TerminalMode(false);
            }
        }

        private int FriendlyLoop()
        {
            WriteBanner();
            while (true)
            {
                // a heap left locked would leave no way out but a reset
                Heap.LockDepth = 0;
                _line.Reset();
                int ret = ReadLine(Prompt("ps1", ">>> "));
                int mode = CompileMode.Single;
                if (ret == CtrlA)
                {
                    _out.Raw("\r\n");
                    _line.Clear();
                    RawMode = true;
                    return 0;
                }
                else if (ret == CtrlB)
                {
                    _out.Raw("\r\n");
                    WriteBanner();
                    continue;
                }
                else if (ret == CtrlC)
                {
                    _out.Raw("\r\n");
                    continue;
                }
                else if (ret == CtrlD)
                {
                    _out.Raw("\r\n");
                    _line.Clear();
                    return ForcedExit;
                }
                else if (ret == CtrlE)
                {
                    _out.Raw("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
                    _line.Reset();
                    if (!Paste()) continue;
                    mode = CompileMode.ExecRepl;
                }
                else if (_line.Length == 0)
                {
                    continue;
                }
#if MP_COMPILER
                // More lines for a compound statement only where they can be compiled (mp_repl_continue_with_input
                // is MICROPY_HELPER_REPL's, which MicroPython's minimum level leaves out with the compiler).
                else
                {
                    bool cancelled = false;
                    while (ContinueInput.Needed(_line))
                    {
                        _line.Add('\n');
                        ret = ReadLine(Prompt("ps2", "... "));
                        if (ret == CtrlC)
                        {
                            _out.Raw("\r\n");
                            cancelled = true;
                            break;
                        }
                        if (ret == CtrlD) break;
                    }
                    if (cancelled) continue;
                }
#endif
                TerminalMode(false);
                ret = Execute(_line, mode, FlagIsRepl, Stdin);
                if ((ret & ForcedExit) != 0) return ret;
                TerminalMode(true);
            }
        }

        // Paste mode: echo, CR shown as a new "=== " line; false when Ctrl-C cancelled it.
        private bool Paste()
        {
            while (true)
            {
                int c = Read();
                if (c == CtrlC)
                {
                    _out.Raw("\r\n");
                    return false;
                }
                if (c == CtrlD)
                {
                    _out.Raw("\r\n");
                    return true;
                }
                _line.Add(c);
                if (c == '\r') _out.Raw("\r\n=== ");
                else _out.Raw((byte)c);
            }
        }

        // pyexec_raw_repl
        public int RawRepl()
        {
            TerminalMode(true);
            try
            {
                while (true)
                {
                    _out.Raw("raw REPL; CTRL-B to exit\r\n");
                    int r = RawReplLoop();
                    if (r != -1) return r;
                }
            }
            finally
            {
                TerminalMode(false);
            }
        }

        // One raw REPL session until Ctrl-A resets it (-1), Ctrl-B leaves it (0) or a soft reset (ForcedExit).
        private int RawReplLoop()
        {
            while (true)
            {
                _line.Reset();
                _out.Raw(">");
                while (true)
                {
                    int c = Read();
                    if (c == CtrlA)
                    {
                        if (_line.Length == 2 && _line[0] == CtrlE)
                        {
                            int ret = RawPaste(_line[1]);
                            if ((ret & ForcedExit) != 0) return ret;
                            _line.Reset();
                            _out.Raw(">");
                            continue;
                        }
                        return -1;
                    }
                    if (c == CtrlB)
                    {
                        _out.Raw("\r\n");
                        _line.Clear();
                        RawMode = false;
                        return 0;
                    }
                    if (c == CtrlC)
                    {
                        _line.Reset();
                    }
                    else if (c == CtrlD)
                    {
                        break;
                    }
                    else
                    {
                        _line.Add(c);
                    }
                }
                _out.Raw("OK");
                if (_line.Length == 0)
                {
                    _out.Raw("\r\n");
                    _line.Clear();
                    return ForcedExit;
                }
                TerminalMode(false);
                int r = Execute(_line, CompileMode.Exec, FlagPrintEof, Stdin);
                if ((r & ForcedExit) != 0) return r;
                TerminalMode(true);
            }
        }

        // do_reader_stdin: raw-paste mode. The device acknowledges with "R\x01", the window size (half the
        // stdin buffer, 16-bit little-endian) and 0x01 (a second window free); each window's worth of bytes
        // consumed grants another (0x01). The host ends with Ctrl-D, which the device answers with 0x04;
        // Ctrl-C ends it too, raising KeyboardInterrupt. The code is compiled and run as read.
        private int RawPaste(int command)
        {
            if (command != 'A')
            {
                _out.Raw("R\x00");
                return 0;
            }
            _out.Raw("R\x01");
            int window = _options.StdinBufferMax / 2;
            _out.Raw(new byte[] { (byte)(window & 0xff), (byte)(window >> 8), 1 }, 0, 3);
            int remain = window;
            LineBuffer code = new LineBuffer();
            bool interrupted = false;
            while (true)
            {
                int c = Read();
                if (c == CtrlC || c == CtrlD)
                {
                    _out.Raw(4);
                    interrupted = c == CtrlC;
                    break;
                }
                if (--remain == 0)
                {
                    _out.Raw(1);
                    remain = window;
                }
                code.Add(c);
            }
            if (interrupted)
            {
                // raised by the reader inside parse_compile_execute: no traceback, the usual EOF markers
                _out.Raw(4);
                PrintException(KbdInterrupt.Exception().Exc);
                _out.Raw(4);
                return UnhandledException;
            }
            return Execute(code, CompileMode.Exec, FlagPrintEof, Stdin);
        }

        // pyexec_file_if_exists (boot.py, main.py): NormalExit when there is no such file.
        public int ExecFileIfExists(string path)
        {
            IBoard b = Vm.Board;
            if (b == null || b.Stat(path) != BoardStat.File) return NormalExit;
            return ExecFile(path);
        }

        // pyexec_file: the file's source run as __main__'s code under its own name.
        public int ExecFile(string path)
        {
            return Execute(null, CompileMode.Exec, 0, path);
        }

        private void PrintException(PyBaseException e)
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
            _out.Print.Write(p.Buffer, 0, p.Length);
        }

        // parse_compile_execute. source null: read the file named sourceName.
        private int Execute(LineBuffer source, int mode, int flags, string sourceName)
        {
            int ret;
            try
            {
                try
                {
                    string text;
                    if (source != null)
                    {
#if MP_COMPILER
                        SourceNames.Intern(source.Bytes, source.Length);
#endif
                        text = source.Text(0);
                    }
                    else
                    {
                        byte[] data = Vm.Board == null ? null : Vm.Board.ReadFile(sourceName);
                        if (data == null) throw Rt.OSError(2);
                        text = Utf8.DecodeSource(data, 0, data.Length);
                    }
                    if (mode != CompileMode.Single) Main.Globals.SetQ(QFile, PyStr.FromString(sourceName));
                    RawCode rc = ExecBuiltins.CompileText(text, sourceName, mode);
                    rc.Context.Globals = Main.Globals;
                    if ((flags & FlagNoInterrupt) == 0) MicroPythonModule.InterruptChar = CtrlC;
                    Vm.RunModule(rc, Main.Globals);
                    MicroPythonModule.InterruptChar = -1;
                    // mp_handle_pending(true): an interrupt that came too late for the code, then callbacks
                    KbdInterrupt.Check();
                    while (Scheduler.Pending != 0) Scheduler.RunPending();
                }
                catch (PyException)
                {
                    throw;
                }
                catch (ConsoleClosedException)
                {
                    throw;
                }
                catch (System.Exception ex)
                {
                    // a .NET failure inside the VM (host stack, a VM bug) is reported as a Python exception
                    throw new PyException(Vm.MapHostException(ex));
                }
                ret = NormalExit;
                if ((flags & FlagPrintEof) != 0) _out.Raw(4);
            }
            catch (PyException pe)
            {
                MicroPythonModule.InterruptChar = -1;
                KbdInterrupt.Clear();
                // machine.reset() does not return: the chip restarts with nothing more sent
                if (BoardPort.HardResetRequested) return ForcedExit;
                if ((flags & FlagPrintEof) != 0) _out.Raw(4);
                ret = Uncaught(pe.Exc);
            }
            finally
            {
                MicroPythonModule.InterruptChar = -1;
            }
            if ((flags & FlagPrintEof) != 0) _out.Raw(4);
            return ret;
        }

        private static readonly int QFile = Qstr.Intern("__file__");

        // An exception out of REPL code: SystemExit ends the REPL (soft reset on a board; with exit-code
        // handling its value is the status, and a value that is no int is printed to stderr); anything else
        // is printed with its traceback.
        private int Uncaught(PyBaseException e)
        {
            if (e.ExcType.IsSubclassOf(ExcTypes.SystemExit))
            {
                if (!_options.ExitCodeHandling) return ForcedExit;
                Value v = e.Args.Items.Length > 0 ? e.Args.Items[0] : Value.None;
                int r = NormalExit;
                if (!v.IsNone)
                {
                    if (v.IsSmallInt || v.Obj is PyBigInt)
                    {
                        r = (int)NumberOps.GetIntTruncated(v);
                    }
                    else
                    {
                        Printer p = new Printer();
                        try
                        {
                            Rt.Print(p, v, PrintKind.Str);
                        }
                        catch (PyException)
                        {
                        }
                        p.Write("\n");
                        IBoard b = Vm.Board;
                        IByteSink err = b != null && b.Stderr != null ? b.Stderr : _out.Print;
                        err.Write(p.Buffer, 0, p.Length);
                        r = UnhandledException;
                    }
                }
                return r | ForcedExit;
            }
            PrintException(e);
            if (_options.ExitCodeHandling && e.ExcType.IsSubclassOf(ExcTypes.KeyboardInterrupt)) return KeyboardInterruptExit;
            return UnhandledException;
        }
    }

    // The console closed under the REPL: the session ends.
    public sealed class ConsoleClosedException : System.Exception
    {
        public ConsoleClosedException() : base("console closed")
        {
        }
    }
}
