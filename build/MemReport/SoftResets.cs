using System;
using System.Collections.Generic;
using System.Text;

using NanoMpy.Board;
using NanoMpy.Host;

namespace NanoMpy.MemReport
{
    // `nanompy-mem --soft-resets N`: a board's main loop (BoardLoop, the raw REPL) runs a program that changes
    // every piece of interpreter state it can reach, then soft-resets, N times. While the board waits for the
    // next program, the VM's statics are measured under the nanoCLR model, and the process's live managed heap
    // after a full collection: after 10 rounds and after N. A soft reset that keeps anything of the program
    // shows as growth.
    public static class SoftResets
    {
        public const string Perturb =
            "import sys, gc, micropython, builtins, collections, vfs\n" +
            "sys.modules['fake' + str(len(sys.path))] = [0] * 100\n" +
            "sys.path.append('x'); sys.argv.append('y')\n" +
            "gc.disable(); gc.threshold(4096)\n" +
            "micropython.opt_level(2)\n" +
            "builtins.extra = bytearray(1000)\n" +
            "zzz = [str(i) for i in range(50)]\n" +
            "P = collections.namedtuple('P', 'a b')\n" +
            "class FS:\n" +
            "    def mount(self, ro, mk): pass\n" +
            "    def umount(self): pass\n" +
            "vfs.mount(FS(), '/x')\n" +
            "def f(n): return f(n - 1) if n else 0\n" +
            "f(20)\n" +
            "try:\n" +
            "    raise ValueError('v')\n" +
            "except ValueError as e:\n" +
            "    err = e\n" +
            "print(len(zzz), P(1, 2))\n" +
            "micropython.heap_lock()\n";

        public static int Run(int rounds, System.IO.TextWriter w)
        {
            var console = new RoundsConsole(rounds);
            var programOut = new CountingStream(Marker);
            string root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nanompy-mem-" + Environment.ProcessId);
            System.IO.Directory.CreateDirectory(root);
            lock (Cli.RunLock)
            {
                // program output (print, tracebacks) goes to the board's stdout, the REPL's own to the console
                HostBoard board = new HostBoard(programOut, programOut, true);
                var t = new System.Threading.Thread(() =>
                {
                    // the simulated board's own reset (MpState.Deinit, then Init with its port and "/" mounted)
                    var port = new SimulatedPort(board, root, null);
                    new BoardLoop(new Repl(console, new ReplOptions()), new SimulatedBoard.Reset(board, port)).Run();
                }, 64 * 1024 * 1024);
                t.Start();
                t.Join();
                MpState.Deinit();
            }
            System.IO.Directory.Delete(root, true);
            int ok = programOut.Count;
            if (ok != rounds)
            {
                w.Write("the program ran " + ok + " times of " + rounds + "; its output begins:\n" + programOut.Head + "\n");
                return 1;
            }
            w.Write("soft resets: " + rounds + " (the program ran each time)\n");
            w.Write("VM statics (nanoCLR model): after 10: " + console.ModelAt10 + " B, after " + rounds + ": " + console.ModelAtEnd + " B\n");
            w.Write("managed heap (live, .NET): after 10: " + console.HeapAt10 + " B, after " + rounds + ": " + console.HeapAtEnd + " B\n");
            w.Write("VM statics by root after " + rounds + ":\n");
            foreach (var kv in System.Linq.Enumerable.Take(System.Linq.Enumerable.OrderByDescending(console.RootsAtEnd, kv => kv.Value), 12))
            {
                w.Write("  " + kv.Key + " " + kv.Value + "\n");
            }
            return 0;
        }

        private const string Marker = "50 P(a=1, b=2)";

        private static NanoClrModel Model()
        {
            var m = new NanoClrModel();
            m.AddStatics(typeof(Value).Assembly, typeof(NanoMpy.Flash.FlashRegion).Assembly);
            return m;
        }

        private static long LiveHeap()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return GC.GetTotalMemory(true);
        }

        // Ctrl-A (raw REPL), then per round the program, Ctrl-D (run it) and Ctrl-D (soft reset); measures
        // when the board asks for the first byte of round 10 and of the round after the last.
        private sealed class RoundsConsole : IConsole
        {
            private readonly byte[] _round = Encoding.UTF8.GetBytes(Perturb + "\x04\x04");
            private readonly int _rounds;
            private int _done = -1; // -1: Ctrl-A not sent
            private int _pos;
            public long ModelAt10, ModelAtEnd, HeapAt10, HeapAtEnd;
            public Dictionary<string, long> RootsAtEnd = new Dictionary<string, long>();

            public RoundsConsole(int rounds)
            {
                _rounds = rounds;
            }

            public int ReadByte()
            {
                if (_done < 0)
                {
                    _done = 0;
                    return 1;
                }
                if (_pos == 0)
                {
                    if (_done == 10)
                    {
                        ModelAt10 = Model().Bytes;
                        HeapAt10 = LiveHeap();
                    }
                    if (_done == _rounds)
                    {
                        NanoClrModel m = Model();
                        ModelAtEnd = m.Bytes;
                        RootsAtEnd = m.ByRoot;
                        HeapAtEnd = LiveHeap();
                        return -1;
                    }
                }
                byte b = _round[_pos++];
                if (_pos == _round.Length)
                {
                    _pos = 0;
                    _done++;
                }
                return b;
            }

            // the REPL's own bytes ("OK", prompts) are not kept: a growing record would show as a leak
            public void Write(byte[] data, int off, int len)
            {
            }
        }
    
        // The board's stdout: counts the lines the program prints and keeps only the first 2 KB (for the
        // report when a round failed), so that recording it does not grow the heap being measured.
        private sealed class CountingStream : System.IO.Stream
        {
            private readonly byte[] _marker;
            private int _matched;
            private readonly StringBuilder _head = new StringBuilder();
            public int Count;

            public CountingStream(string marker)
            {
                _marker = Encoding.ASCII.GetBytes(marker);
            }

            public string Head { get { return _head.ToString(); } }

            public override void Write(byte[] buffer, int offset, int count)
            {
                for (int i = 0; i < count; i++)
                {
                    byte b = buffer[offset + i];
                    if (_head.Length < 2000) _head.Append((char)b);
                    _matched = b == _marker[_matched] ? _matched + 1 : (b == _marker[0] ? 1 : 0);
                    if (_matched == _marker.Length)
                    {
                        Count++;
                        _matched = 0;
                    }
                }
            }

            public override void Flush() { }
            public override bool CanRead { get { return false; } }
            public override bool CanSeek { get { return false; } }
            public override bool CanWrite { get { return true; } }
            public override long Length { get { return 0; } }
            public override long Position { get { return 0; } set { } }
            public override int Read(byte[] buffer, int offset, int count) { return 0; }
            public override long Seek(long offset, System.IO.SeekOrigin origin) { return 0; }
            public override void SetLength(long value) { }
        }
    }
}
