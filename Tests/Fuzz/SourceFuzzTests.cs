using System;
using System.IO;
using Xunit;
using Xunit.Abstractions;

namespace NanoMpy.Tests.Fuzz
{
    // CI's slice of the compiler input fuzz (SourceFuzz): 20,000 inputs from a fixed seed, printed with the
    // counts; NANOMPY_FUZZ_SEED explores other seeds and NANOMPY_FUZZ_INPUTS sets a longer run by hand
    // (`NANOMPY_FUZZ_INPUTS=200000 dotnet test Tests -c Release --filter SourceFuzz`). In the Loader collection: constant folding runs
    // the VM's arithmetic, so each compile also takes the program-run lock.
    [Collection("Loader")]
    public class SourceFuzzTests
    {
        private const int DefaultSeed = 20261202;
        private const int DefaultInputs = 20000;

        private readonly ITestOutputHelper _out;

        public SourceFuzzTests(ITestOutputHelper output)
        {
            _out = output;
        }

        private static int Seed
        {
            get
            {
                int s;
                return int.TryParse(Environment.GetEnvironmentVariable("NANOMPY_FUZZ_SEED"), out s) ? s : DefaultSeed;
            }
        }

        private static int Inputs
        {
            get
            {
                int n;
                return int.TryParse(Environment.GetEnvironmentVariable("NANOMPY_FUZZ_INPUTS"), out n) && n > 0 ? n : DefaultInputs;
            }
        }

        [Fact]
        public void EveryInputCompilesOrRaisesAPythonError()
        {
            var log = new StringWriter();
            int inputs = Inputs;
            SourceFuzz.Result r = SourceFuzz.Run(Seed, inputs, log, NanoMpy.Host.Cli.RunLock, null);
            _out.WriteLine(log.ToString());
            Assert.False(r.Hung, log.ToString());
            Assert.True(r.FailureCount == 0, log.ToString());
            Assert.Equal(inputs, r.Compiled + r.Rejected);
            // The inputs must exercise both outcomes and the errors' variety, or the fuzz has stopped testing.
            Assert.True(r.Compiled > inputs / 20 && r.Rejected > inputs / 20, log.ToString());
            Assert.True(r.Errors.ContainsKey("SyntaxError") && r.Errors.ContainsKey("IndentationError") && r.Errors.ContainsKey("MemoryError"), log.ToString());
        }
    }
}
