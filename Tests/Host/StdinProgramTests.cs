using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace NanoMpy.Tests.Host
{
    // Programs that read their stdin (input(), sys.stdin, sys.stdin.buffer): Tests/stdin/X.mpy runs as
    // `nanompy X.mpy < X.in` in-process, and its merged stdout+stderr and exit status must equal X.exp and
    // X.exitcode, made by the unix port of MicroPython v1.27.0 (Tests/stdin/regen.sh). The unix port's
    // input() is readline over stdin, echo and line editing included, so these also check the line editor.
    public class StdinProgramTests
    {
        private static string Dir => Path.Combine(AppContext.BaseDirectory, "stdin");

        public static IEnumerable<object[]> Programs()
        {
            return Goldens.In(Dir);
        }

        [Fact]
        public void ProgramsAreCopied()
        {
            Assert.True(Programs().Count() >= 4, "expected the stdin programs under " + Dir);
        }

        [Theory]
        [MemberData(nameof(Programs))]
        public async Task ProgramMatchesGolden(string name)
        {
            string mpy = Path.Combine(Dir, name + ".mpy");
            byte[] input = File.ReadAllBytes(Path.Combine(Dir, name + ".in"));
            byte[] expected = File.ReadAllBytes(Path.Combine(Dir, name + ".exp"));
            string codeFile = Path.Combine(Dir, name + ".exitcode");
            int expectedCode = File.Exists(codeFile) ? int.Parse(File.ReadAllText(codeFile).Trim()) : 0;
            var output = new MemoryStream();
            int code = await Task.Run(() => NanoMpy.Host.Cli.Run(new[] { mpy }, new MemoryStream(input), false, output, output))
                .WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(Encoding.Latin1.GetString(expected), Encoding.Latin1.GetString(output.ToArray()));
            Assert.Equal(expectedCode, code);
        }
    }
}
