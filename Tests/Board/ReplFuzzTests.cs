using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace NanoMpy.Tests.Board
{
    // Serial fuzzing of the REPL engine: random byte streams, streams of REPL-shaped pieces (control keys,
    // escape sequences, mode switches, code fragments) and mutations of the transcripts of Tests/repl, each
    // typed into a fresh board. Whatever the bytes, the engine must not throw or hang, and the recovery keys
    // must bring back the friendly prompt: Ctrl-C, Ctrl-C, Ctrl-B. (Two Ctrl-C: readline.c consumes the byte
    // after ESC as part of the sequence, so a stream that ends in an unfinished escape eats the first one, as
    // on MicroPython.) Code the streams run is bounded in opcodes and sleeps.
    //
    // The seed is fixed so CI is reproducible; REPL_FUZZ_SEED and REPL_FUZZ_COUNT override it and the count.
    public class ReplFuzzTests
    {
        private const int DefaultSeed = 20261202;
        private const int DefaultCount = 20000;
        private const long StepsPerStream = 200000;
        private const string Recovery = "\x03\x03\x02";

        private readonly ITestOutputHelper _out;

        public ReplFuzzTests(ITestOutputHelper output)
        {
            _out = output;
        }

        private static readonly string[] Pieces =
        {
            "\r", "\r", "\r", "\t", "\x01", "\x02", "\x03", "\x04", "\x05", "\x06", "\x0b", "\x0e", "\x10", "\x15",
            "\x17", "\x08", "\x7f", "\x1b", "\x1b[A", "\x1b[B", "\x1b[C", "\x1b[D", "\x1b[H", "\x1b[F", "\x1b[3~",
            "\x1b[1~", "\x1b[4~", "\x1b[1;5C", "\x1b[1;5D", "\x1bOH", "\x1bOF", "\x1bb", "\x1bf", "\x1bd",
            "\x1b\x7f", "\x1b[", "\x1b[1", "\x1b[1;", "\x05A\x01", "\x05B\x01", "\x05A", "\r\x01", "\r\x02",
            "x", "1", " ", "    ", "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\"", "\\", ":", ".", ",",
            "=", "+", "#", "x = 1", "x", "print(x)", "if x:", "for i in range(3):", "def f():", "class C:",
            "return 1", "try:", "except:", "pass", "@f", "import sys", "sys.", "alpha", "alpha.", "1/0",
            "raise ValueError", "while False:", "print('a\\nb')", "f()", "\xe9", "\xff", "\x00",
            "input()", "input('? ')", "sys.stdin.read(2)", "sys.stdin.readline()", "sys.stdin.buffer.read(3)",
        };

        private static byte[] Latin1(string s) => Encoding.Latin1.GetBytes(s);

        private static byte[] RandomBytes(Random r)
        {
            var b = new byte[r.Next(0, 160)];
            r.NextBytes(b);
            return b;
        }

        private static byte[] RandomPieces(Random r)
        {
            var sb = new StringBuilder();
            int n = r.Next(1, 40);
            for (int i = 0; i < n; i++) sb.Append(Pieces[r.Next(Pieces.Length)]);
            return Latin1(sb.ToString());
        }

        private static byte[] Mutate(Random r, byte[] seed)
        {
            var b = new List<byte>(seed);
            int n = r.Next(1, 8);
            for (int k = 0; k < n && b.Count > 0; k++)
            {
                int at = r.Next(b.Count);
                switch (r.Next(5))
                {
                    case 0: b[at] = (byte)r.Next(256); break;
                    case 1: b.RemoveRange(at, Math.Min(r.Next(1, 16), b.Count - at)); break;
                    case 2: b.InsertRange(at, Latin1(Pieces[r.Next(Pieces.Length)])); break;
                    case 3:
                        int len = Math.Min(r.Next(1, 24), b.Count - at);
                        b.InsertRange(r.Next(b.Count), b.GetRange(at, len).ToArray());
                        break;
                    default: b[at] = (byte)r.Next(0, 32); break;
                }
            }
            return b.ToArray();
        }

        [Fact]
        public void AnyBytesLeaveTheReplUsable()
        {
            int seed = int.TryParse(Environment.GetEnvironmentVariable("REPL_FUZZ_SEED"), out int s) ? s : DefaultSeed;
            int count = int.TryParse(Environment.GetEnvironmentVariable("REPL_FUZZ_COUNT"), out int c) ? c : DefaultCount;
            var seeds = Directory.Exists(Transcript.Dir)
                ? Directory.GetFiles(Transcript.Dir, "*.in").OrderBy(f => f, StringComparer.Ordinal)
                    .Select(f => Transcript.ParseInput(File.ReadAllText(f))).ToList()
                : new List<byte[]>();
            Assert.NotEmpty(seeds);
            var r = new Random(seed);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            int mappedBefore = NanoMpy.Vm.HostExceptionsMapped;
            long bytes = 0;
            string ending = "Type \"help()\" for more information.\r\n>>> ";
            NanoMpy.Vm.CountOpcodes = true;
            TestBoard.SleepCapMs = 5;
            try
            {
                for (int i = 0; i < count; i++)
                {
                    int kind = i % 3;
                    byte[] stream = kind == 0 ? RandomBytes(r) : kind == 1 ? RandomPieces(r) : Mutate(r, seeds[r.Next(seeds.Count)]);
                    byte[] input = stream.Concat(Latin1(Recovery)).ToArray();
                    bytes += input.Length;
                    NanoMpy.Vm.StepLimit = StepsPerStream;
                    NanoMpy.Vm.ResetSteps();
                    string output;
                    try
                    {
                        output = Encoding.Latin1.GetString(ReplHarness.Run(input, null, 20000));
                    }
                    catch (Exception e)
                    {
                        Assert.Fail("seed " + seed + ", stream " + i + " (" + Transcript.Show(stream) + "): " + e.Message + "\n" + e.InnerException);
                        return;
                    }
                    Assert.True(output.EndsWith(ending), "seed " + seed + ", stream " + i + " (" + Transcript.Show(stream)
                        + "): Ctrl-C Ctrl-C Ctrl-B did not bring back the prompt; output ends:\n"
                        + Transcript.Show(Latin1(output.Substring(Math.Max(0, output.Length - 300)))));
                }
            }
            finally
            {
                NanoMpy.Vm.StepLimit = 0;
                NanoMpy.Vm.CountOpcodes = false;
                TestBoard.SleepCapMs = int.MaxValue;
            }
            _out.WriteLine("REPL fuzz: seed " + seed + ", " + count + " streams (" + bytes + " bytes), all recovered; "
                + (NanoMpy.Vm.HostExceptionsMapped - mappedBefore) + " .NET exceptions mapped to Python ones; "
                + sw.ElapsedMilliseconds + " ms");
        }
    }
}
