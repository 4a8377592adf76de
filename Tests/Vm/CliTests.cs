using System.IO;
using System.Text;
using NanoMpy.Host;
using Xunit;

namespace NanoMpy.Tests.Vm
{
    // The host command line: expected outputs and exit codes are those of MicroPython v1.27.0's unix port
    // running data/cli_argv.mpy with `micropython -m cli_argv ARGS`.
    public class CliTests
    {
        private static int Run(string[] args, out string stdout, out string stderr)
        {
            MemoryStream o = new MemoryStream();
            MemoryStream e = new MemoryStream();
            int code = Cli.Run(args, o, e);
            stdout = Encoding.UTF8.GetString(o.ToArray());
            stderr = Encoding.UTF8.GetString(e.ToArray());
            return code;
        }

        private static string Mpy { get { return Path.Combine(AllocationTests.DataDir(), "cli_argv.mpy"); } }

        private const string Header = "micropython (1, 27, 0, '') linux little 9223372036854775807\nwritten\n";

        [Fact]
        public void NoArgumentsPrintsBannerAndExitsZero()
        {
            string o, e;
            Assert.Equal(0, Run(new string[0], out o, out e));
            Assert.StartsWith("MicroPython v1.27.0", o);
        }

        [Fact]
        public void UncaughtExceptionPrintsTracebackAndExitsOne()
        {
            string o, e;
            int code = Run(new string[] { "-X", "heapsize=2m", "-X", "emit=bytecode", Mpy, "a" }, out o, out e);
            Assert.Equal(1, code);
            Assert.Equal("['a'] __main__\n" + Header, o);
            Assert.Equal("Traceback (most recent call last):\n  File \"cli_argv.py\", line 7, in <module>\nValueError: ('bad', 7)\n", e);
        }

        [Fact]
        public void SystemExitCodeBecomesTheExitStatus()
        {
            string o, e;
            int code = Run(new string[] { Mpy, "a", "42" }, out o, out e);
            Assert.Equal(42, code);
            Assert.Equal("['a', '42'] __main__\n" + Header, o);
            Assert.Equal("", e);
        }

        [Fact]
        public void ModuleModeFindsTheModuleOnMicroPyPath()
        {
            string saved = System.Environment.GetEnvironmentVariable("MICROPYPATH");
            System.Environment.SetEnvironmentVariable("MICROPYPATH", AllocationTests.DataDir());
            try
            {
                string o, e;
                int code = Run(new string[] { "-m", "cli_argv", "b", "3" }, out o, out e);
                Assert.Equal(3, code);
                Assert.Equal("['b', '3'] __main__\n" + Header, o);
            }
            finally
            {
                System.Environment.SetEnvironmentVariable("MICROPYPATH", saved);
            }
        }

        [Fact]
        public void MissingFileFails()
        {
            string o, e;
            Assert.NotEqual(0, Run(new string[] { Path.Combine(AllocationTests.DataDir(), "no_such_file.mpy") }, out o, out e));
            Assert.Contains("can't open file", e);
        }

        [Fact]
        public void BadOptionPrintsUsage()
        {
            string o, e;
            Assert.Equal(1, Run(new string[] { "-X", "heapsize=abc" }, out o, out e));
            Assert.Contains("usage", e);
        }
    }
}
