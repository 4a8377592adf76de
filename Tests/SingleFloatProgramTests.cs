using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace NanoMpy.Tests
{
    // The float-using programs of Tests/programs in single precision (`nanompy -X float=single`, as the ESP32
    // and STM32 profiles run): output and exit status against X.single.exp and X.single.exitcode (X.exitcode
    // when absent), which MicroPython's unix port built with MICROPY_FLOAT_IMPL_FLOAT produced.
    public class SingleFloatProgramTests
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

        private static string ProgramsDir => Path.Combine(AppContext.BaseDirectory, "programs");

        public static IEnumerable<object[]> Programs()
        {
            return Goldens.SingleIn(ProgramsDir);
        }

        [Fact]
        public void TheCorpusHasSinglePrecisionGoldens()
        {
            Assert.True(Programs().Count() >= 10, "expected X.single.exp goldens under " + ProgramsDir);
            Assert.Contains(Programs(), p => (string)p[0] == "float_precision");
        }

        [Theory]
        [MemberData(nameof(Programs))]
        public async Task ProgramMatchesSingleGolden(string name)
        {
            string mpy = Path.Combine(ProgramsDir, name + ".mpy");
            byte[] expected = File.ReadAllBytes(Path.Combine(ProgramsDir, name + ".single.exp"));
            string codeFile = Path.Combine(ProgramsDir, name + ".single.exitcode");
            if (!File.Exists(codeFile)) codeFile = Path.Combine(ProgramsDir, name + ".exitcode");
            int expectedCode = File.Exists(codeFile) ? int.Parse(File.ReadAllText(codeFile).Trim()) : 0;

            var output = new MemoryStream();
            int code = await Task.Run(() => NanoMpy.Host.Cli.Run(new[] { "-X", "float=single", mpy }, output, output)).WaitAsync(Timeout);
            byte[] actual = output.ToArray();
            if (!actual.AsSpan().SequenceEqual(expected))
            {
                Assert.Fail(name + " (single precision): output differs from the golden\n" + ProgramTests.Describe(expected, actual));
            }
            Assert.Equal(expectedCode, code);
        }

        // The same program in double precision afterwards: the mode does not outlive its interpreter.
        [Fact]
        public async Task DoublePrecisionComesBackAfterASingleRun()
        {
            string mpy = Path.Combine(ProgramsDir, "float_precision.mpy");
            var single = new MemoryStream();
            await Task.Run(() => NanoMpy.Host.Cli.Run(new[] { "-X", "float=single", mpy }, single, single)).WaitAsync(Timeout);
            var dbl = new MemoryStream();
            await Task.Run(() => NanoMpy.Host.Cli.Run(new[] { mpy }, dbl, dbl)).WaitAsync(Timeout);
            Assert.Equal(File.ReadAllBytes(Path.Combine(ProgramsDir, "float_precision.exp")), dbl.ToArray());
        }
    }
}
