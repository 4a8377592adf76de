using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace NanoMpy.Tests.Board
{
    // Each Tests/repl/NAME.in typed into nanoMpy's REPL engine must produce the bytes MicroPython 1.27.0's own
    // REPL answered (NAME.exp, made and checked in CI by Tests/oracle/repl.mjs on the WebAssembly build), as a
    // UART board sends them (Transcript.BoardBytesFromOracle).
    public class ReplTranscriptTests
    {
        public static IEnumerable<object[]> Transcripts()
        {
            if (!Directory.Exists(Transcript.Dir)) return Enumerable.Empty<object[]>();
            return Directory.GetFiles(Transcript.Dir, "*.in")
                .Select(f => Path.GetFileNameWithoutExtension(f))
                .OrderBy(n => n, StringComparer.Ordinal)
                .Select(n => new object[] { n });
        }

        [Fact]
        public void TranscriptsAreCopiedToTheOutputFolder()
        {
            Assert.True(Transcripts().Count() >= 8, "expected the REPL transcripts under " + Transcript.Dir);
            foreach (object[] t in Transcripts())
            {
                Assert.True(File.Exists(Path.Combine(Transcript.Dir, t[0] + ".exp")), t[0] + ".exp is missing (node Tests/oracle/repl.mjs --write)");
            }
        }

        [Theory]
        [MemberData(nameof(Transcripts))]
        public void ReplAnswersAsMicroPython(string name)
        {
            byte[] input = Transcript.ParseInput(File.ReadAllText(Path.Combine(Transcript.Dir, name + ".in")));
            byte[] oracle = File.ReadAllBytes(Path.Combine(Transcript.Dir, name + ".exp"));
            byte[] expected = Transcript.BoardBytesFromOracle(oracle, ReplHarness.Banner);
            byte[] actual = ReplHarness.Run(input);
            if (!actual.AsSpan().SequenceEqual(expected))
            {
                int i = 0;
                while (i < actual.Length && i < expected.Length && actual[i] == expected[i]) i++;
                int from = Math.Max(0, i - 120);
                Assert.Fail(name + ": first difference at byte " + i + "\n--- expected from there:\n"
                    + Transcript.Show(expected.Skip(from).Take(240).ToArray()) + "\n--- actual:\n"
                    + Transcript.Show(actual.Skip(from).Take(240).ToArray()));
            }
        }
    }
}
