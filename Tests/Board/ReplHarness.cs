using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using NanoMpy.Board;
using NanoMpy.Host;

namespace NanoMpy.Tests.Board
{
    // Runs the portable REPL engine as a board would (BoardLoop over a console) in-process: the interpreter on
    // its own thread with a large stack, under the VM's run lock, the board's stdout cooked onto the console.
    public sealed class ReplHarness : IBoardHost
    {
        public const string Machine = "nanoMpy test board with xunit";
        public static readonly ReplOptions Options = new ReplOptions { Machine = Machine };
        public static string Banner => Options.NameAndVersion + "; " + Options.Machine;

        private readonly TestBoard _board;

        // input() and sys.stdin read the console, as on a board
        private IConsoleInput _input;

        private ReplHarness(TestBoard board)
        {
            _board = board;
        }

        public void ResetInterpreter()
        {
            MpState.Deinit();
            MpConfig c = ProgramRunner.Config(_board, new string[0], new[] { "", "/lib" }, 0);
            c.Input = _input;
            MpState.Init(c);
        }

        // Feeds the bytes to the REPL as they are read, until they run out; returns what the board sent.
        public static byte[] Run(byte[] input, Dictionary<string, string> files = null, int timeoutMs = 20000)
        {
            var console = new ScriptConsole(input);
            RunOn(console, files, null, timeoutMs);
            return console.Output();
        }

        // Runs the board over a live console while driver feeds it from the calling thread; the console is
        // closed when the driver returns.
        public static byte[] RunLive(Action<LiveConsole> driver, int timeoutMs = 20000)
        {
            var console = new LiveConsole();
            RunOn(console, null, () =>
            {
                try
                {
                    driver(console);
                }
                finally
                {
                    console.Rx.Close();
                }
            }, timeoutMs);
            return console.Output();
        }

        private static void RunOn(RecordingConsole console, Dictionary<string, string> files, Action driver, int timeoutMs)
        {
            lock (Cli.RunLock)
            {
                // no interrupt character until the REPL runs code (a live test waits for it to become 3)
                MicroPythonModule.InterruptChar = -1;
                KbdInterrupt.Clear();
                var board = new TestBoard(new ConsoleSink(console, true), files);
                var host = new ReplHarness(board);
                Exception failure = null;
                var t = new Thread(() =>
                {
                    try
                    {
                        var repl = new Repl(console, Options);
                        host._input = new ConsoleLineInput(console is LiveConsole live ? live.Keys : console, repl.Editor, true);
                        new BoardLoop(repl, host).Run();
                    }
                    catch (Exception e)
                    {
                        failure = e;
                    }
                }, 64 * 1024 * 1024);
                t.Start();
                try
                {
                    driver?.Invoke();
                    if (!t.Join(timeoutMs)) throw new TimeoutException("the REPL did not finish; output so far:\n" + Transcript.Show(console.Output()));
                }
                finally
                {
                    Heap.Release();
                    MicroPythonModule.InterruptChar = 3;
                    KbdInterrupt.Clear();
                }
                if (failure != null) throw new Exception("the REPL engine threw " + failure.GetType().Name + "; output so far:\n" + Transcript.Show(console.Output()), failure);
            }
        }
    }

    // A console that keeps everything written to it.
    public abstract class RecordingConsole : IConsole
    {
        private readonly List<byte> _out = new List<byte>();
        private readonly object _sync = new object();

        public abstract int ReadByte();

        public void Write(byte[] data, int off, int len)
        {
            lock (_sync)
            {
                for (int i = 0; i < len; i++) _out.Add(data[off + i]);
            }
        }

        public byte[] Output()
        {
            lock (_sync) return _out.ToArray();
        }

        public int OutputLength
        {
            get { lock (_sync) return _out.Count; }
        }

        public string OutputText => Encoding.Latin1.GetString(Output());
    }

    // Input bytes given in advance, delivered as the REPL reads them (the WebAssembly oracle gets them the
    // same way, one replProcessChar call each): no byte arrives while code runs.
    public sealed class ScriptConsole : RecordingConsole
    {
        private readonly byte[] _in;
        private int _pos;

        public ScriptConsole(byte[] input)
        {
            _in = input;
        }

        // A program reading the console (input(), sys.stdin) may take bytes meant for the REPL, as on a board;
        // the interrupt character among them raises KeyboardInterrupt (-2 to ConsoleLineInput) as a UART's
        // receive interrupt would, rather than being read.
        public override int ReadByte()
        {
            if (_pos >= _in.Length) return -1;
            int c = _in[_pos++];
            if (c == MicroPythonModule.InterruptChar)
            {
                KbdInterrupt.Request();
                return -2;
            }
            return c;
        }
    }

    // A console fed while the board runs, through the receive queue a serial port would use (the interrupt
    // character raises KeyboardInterrupt on arrival).
    public sealed class LiveConsole : RecordingConsole
    {
        public readonly RxQueue Rx = new RxQueue(4096);

        public override int ReadByte()
        {
            return Rx.ReadByte();
        }

        // What a program waiting for input reads: -2 once Ctrl-C interrupted it.
        public IConsole Keys => new InterruptibleKeys(Rx);

        private sealed class InterruptibleKeys : IConsole
        {
            private readonly RxQueue _rx;
            public InterruptibleKeys(RxQueue rx) => _rx = rx;
            public int ReadByte() => _rx.ReadByteOrInterrupt();
            public void Write(byte[] data, int off, int len) { }
        }

        public void Send(string latin1)
        {
            byte[] b = Encoding.Latin1.GetBytes(latin1);
            Rx.Receive(b, 0, b.Length);
        }

        // Waits until the output ends with text (or contains it, when anywhere).
        public void WaitFor(string text, int timeoutMs = 10000)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            while (!OutputText.Contains(text))
            {
                if (sw.ElapsedMilliseconds > timeoutMs) throw new TimeoutException("no " + Transcript.Show(Encoding.Latin1.GetBytes(text)) + " in:\n" + Transcript.Show(Output()));
                Thread.Sleep(2);
            }
        }

        // Waits until the REPL runs code with Ctrl-C as its interrupt character.
        public void WaitRunning(int timeoutMs = 10000)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            while (MicroPythonModule.InterruptChar != 3)
            {
                if (sw.ElapsedMilliseconds > timeoutMs) throw new TimeoutException("code did not start; output:\n" + Transcript.Show(Output()));
                Thread.Sleep(1);
            }
        }
    }

    // The board of the REPL tests: no file system but the given files, console output to the sink.
    public sealed class TestBoard : IBoard
    {
        private readonly IByteSink _out;
        private readonly Dictionary<string, string> _files;
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

        public TestBoard(IByteSink output, Dictionary<string, string> files)
        {
            _out = output;
            _files = files ?? new Dictionary<string, string>();
        }

        public byte[] ReadFile(string path)
        {
            return _files.TryGetValue(path, out string s) ? Encoding.UTF8.GetBytes(s) : null;
        }

        public int Stat(string path)
        {
            return _files.ContainsKey(path) ? BoardStat.File : BoardStat.Absent;
        }

        public IByteSink Stdout => _out;
        public IByteSink Stderr => _out;

        public long TicksMs() => _clock.ElapsedMilliseconds;

        // Fuzzing bounds sleeps.
        public static int SleepCapMs = int.MaxValue;

        public void Sleep(int ms)
        {
            if (ms > SleepCapMs) ms = SleepCapMs;
            var sw = System.Diagnostics.Stopwatch.StartNew();
            while (KbdInterrupt.Pending == 0 && sw.ElapsedMilliseconds < ms) Thread.Sleep(1);
            KbdInterrupt.Check();
        }
    }
}
