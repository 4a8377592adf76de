using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace NanoMpy.Tests
{
    // Runs every golden program of Tests/programs through the nanompy command line in-process and compares
    // the merged stdout+stderr byte for byte with X.exp, and the exit status with X.exitcode (0 when absent).
    // The goldens come from real MicroPython v1.27.0 (Tests/programs/regen.sh) and are cross-checked by the
    // WebAssembly build of the same version (Tests/oracle/check.mjs).
    //
    // Invocation: `nanompy <absolute path>/X.mpy`, so the result does not depend on the working directory;
    // helper modules and packages next to X.mpy are found because, as with `micropython dir/script.py`,
    // the folder of the script is the first entry of sys.path. stdout and stderr share one stream, which
    // reproduces the `2>&1` capture of the goldens (tracebacks interleave with prints in write order).
    public class ProgramTests
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

        private static string ProgramsDir => Path.Combine(AppContext.BaseDirectory, "programs");

        public static IEnumerable<object[]> Programs()
        {
            return Goldens.In(ProgramsDir);
        }

        [Fact]
        public void CorpusIsCopiedToTheOutputFolder()
        {
            // A missing copy would otherwise make the theory below vacuous.
            Assert.True(Programs().Count() >= 50, "expected the program corpus under " + ProgramsDir);
            Assert.True(File.Exists(Path.Combine(ProgramsDir, "pkg_demo", "sub", "deep.mpy")), "helper packages must be copied too");
        }

        [Theory]
        [MemberData(nameof(Programs))]
        public async Task ProgramMatchesGolden(string name)
        {
            string mpy = Path.Combine(ProgramsDir, name + ".mpy");
            byte[] expected = File.ReadAllBytes(Path.Combine(ProgramsDir, name + ".exp"));
            string codeFile = Path.Combine(ProgramsDir, name + ".exitcode");
            int expectedCode = File.Exists(codeFile) ? int.Parse(File.ReadAllText(codeFile).Trim()) : 0;

            var output = new MemoryStream();
            // A runaway program fails the test (TimeoutException) instead of hanging the whole run.
            int code = await Task.Run(() => NanoMpy.Host.Cli.Run(new[] { mpy }, output, output)).WaitAsync(Timeout);
            byte[] actual = output.ToArray();

            if (!actual.AsSpan().SequenceEqual(expected))
            {
                Assert.Fail(name + ": output differs from the golden\n" + Describe(expected, actual));
            }
            Assert.Equal(expectedCode, code);
        }

        // First differing line, with both versions, plus the full actual output for context.
        internal static string Describe(byte[] expected, byte[] actual)
        {
            string[] want = Encoding.UTF8.GetString(expected).Split('\n');
            string[] got = Encoding.UTF8.GetString(actual).Split('\n');
            var sb = new StringBuilder();
            for (int i = 0; i < Math.Max(want.Length, got.Length); i++)
            {
                string w = i < want.Length ? want[i] : "<end of output>";
                string g = i < got.Length ? got[i] : "<end of output>";
                if (w != g)
                {
                    sb.Append("line ").Append(i + 1).Append('\n');
                    sb.Append("  expected: ").Append(w).Append('\n');
                    sb.Append("  actual:   ").Append(g).Append('\n');
                    break;
                }
            }
            sb.Append("---- actual output ----\n").Append(Encoding.UTF8.GetString(actual));
            return sb.ToString();
        }
    }
}
