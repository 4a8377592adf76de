using System.IO;
using System.Text;
using NanoMpy.Host;
using Xunit;

namespace NanoMpy.Tests.Vm
{
    // The host command line: expected outputs and exit codes are those of MicroPython v1.27.0's unix port
    // running data/cli_argv.py (`micropython cli_argv.py ARGS`, `micropython -m cli_argv ARGS`, or the named
    // command); our cli_argv.mpy was compiled from it under the same name.
    public class CliTests
    {
        private static int Run(string[] args, out string stdout, out string stderr)
        {
            return Run(args, "", false, out stdout, out stderr);
        }

        private static int Run(string[] args, string stdin, bool terminal, out string stdout, out string stderr)
        {
            MemoryStream o = new MemoryStream();
            MemoryStream e = new MemoryStream();
            int code = Cli.Run(args, new MemoryStream(Encoding.UTF8.GetBytes(stdin)), terminal, o, e);
            stdout = Encoding.UTF8.GetString(o.ToArray());
            stderr = Encoding.UTF8.GetString(e.ToArray());
            return code;
        }

        private static string Mpy { get { return Path.Combine(AllocationTests.DataDir(), "cli_argv.mpy"); } }

        private const string Header = "micropython (1, 27, 0, '') linux little 9223372036854775807\nwritten\n";

        [Fact]
        public void NoArgumentsRunsTheProgramOnStdin()
        {
            string o, e;
            Assert.Equal(0, Run(new string[0], "print(7)\n", false, out o, out e));
            Assert.Equal("7\n", o);
            Assert.Equal(0, Run(new string[0], "", false, out o, out e));
            Assert.Equal("", o + e);
            Assert.Equal(5, Run(new string[0], "import sys\nsys.exit(5)\n", false, out o, out e));
            // handle_uncaught_exception: the traceback goes to stderr
            Assert.Equal(1, Run(new string[0], "print(3)\n1/0\n", false, out o, out e));
            Assert.Equal("3\n", o);
            Assert.Equal("Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nZeroDivisionError: divide by zero\n", e);
        }

        [Fact]
        public void InspectRunsTheReplAfterTheProgram()
        {
            // printf 'x=1\nx\nprint(y)\n' | micropython -i -c "y=2": the REPL reads the pipe ('\n' as Enter),
            // echoes it, and ends at its end with Ctrl-D
            string o, e;
            Assert.Equal(0, Run(new[] { "-i", "-c", "y=2" }, "x=1\nx\nprint(y)\n", false, out o, out e));
            Assert.Equal(Cli.Banner + "\r\nType \"help()\" for more information.\r\n>>> x=1\r\n>>> x\r\n1\n>>> print(y)\r\n2\n>>> \r\n", o);
            Assert.Equal("", e);
        }

        [Fact]
        public void UncaughtExceptionPrintsTracebackAndExitsOne()
        {
            // a file runs through pyexec: the traceback goes to stdout
            string o, e;
            int code = Run(new string[] { "-X", "heapsize=2m", "-X", "emit=bytecode", Mpy, "a" }, out o, out e);
            Assert.Equal(1, code);
            Assert.Equal("['a'] __main__\n" + Header + "Traceback (most recent call last):\n  File \"cli_argv.py\", line 7, in <module>\nValueError: ('bad', 7)\n", o);
            Assert.Equal("", e);
        }

        [Fact]
        public void ModuleTracebackGoesToStderr()
        {
            string saved = System.Environment.GetEnvironmentVariable("MICROPYPATH");
            System.Environment.SetEnvironmentVariable("MICROPYPATH", AllocationTests.DataDir());
            try
            {
                string o, e;
                Assert.Equal(1, Run(new string[] { "-m", "cli_argv", "a" }, out o, out e));
                Assert.Equal("['a'] __main__\n" + Header, o);
                // found along MICROPYPATH as source, named by its path there
                Assert.Equal("Traceback (most recent call last):\n  File \"" + Path.Combine(AllocationTests.DataDir(), "cli_argv.py")
                    + "\", line 7, in <module>\nValueError: ('bad', 7)\n", e);
            }
            finally
            {
                System.Environment.SetEnvironmentVariable("MICROPYPATH", saved);
            }
        }

        [Theory]
        // micropython -c CODE: exit status and the two streams
        [InlineData("import sys; sys.exit('bye')", 1, "", "bye\n")]
        [InlineData("import sys; sys.exit(True)", 1, "", "True\n")]
        [InlineData("import sys; sys.exit(300)", 44, "", "")]
        [InlineData("import sys; sys.exit(None)", 0, "", "")]
        [InlineData("import sys; sys.exit(2**70+5)", 5, "", "")]
        [InlineData("raise SystemExit(1.5)", 1, "", "1.5\n")]
        [InlineData("print(2);1/0", 1, "2\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: divide by zero\n", "")]
        [InlineData("print(__file__)", 0, "<stdin>\n", "")]
        // a list (or list subclass) that holds itself: RuntimeError, as MicroPython's stack check gives, not a
        // host stack overflow
        [InlineData("l = [1]; l.append(l)\ntry:\n repr(l)\nexcept RuntimeError as e:\n print(e)", 0, "maximum recursion depth exceeded\n", "")]
        [InlineData("class L(list): pass\nl = L([1]); l.append(l)\ntry:\n str(l)\nexcept RuntimeError as e:\n print(e)", 0, "maximum recursion depth exceeded\n", "")]
        public void CommandOutcomes(string code, int status, string stdout, string stderr)
        {
            string o, e;
            Assert.Equal(status, Run(new[] { "-c", code }, out o, out e));
            Assert.Equal(stdout, o);
            Assert.Equal(stderr, e);
        }

        [Fact]
        public void FolderAsProgramIsAnOSError()
        {
            // micropython DIR: realpath succeeds, the lexer's open fails
            string o, e;
            Assert.Equal(1, Run(new[] { AllocationTests.DataDir() }, out o, out e));
            Assert.Equal("OSError: [Errno 21] EISDIR\n", o);
        }

        [Fact]
        public void OptionsOfTheUnixPort()
        {
            string o, e;
            Assert.Equal(0, Run(new[] { "-h" }, out o, out e));
            Assert.StartsWith("usage: nanompy [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]\n", o);
            Assert.Equal(0, Run(new[] { "--version" }, out o, out e));
            Assert.Equal(Cli.Banner + "\n", o);
            Assert.Equal(0, Run(new[] { "-O", "-c", "print(__debug__)" }, out o, out e));
            Assert.Equal("False\n", o);
            Assert.Equal(0, Run(new[] { "-OO", "-c", "import micropython; print(micropython.opt_level())" }, out o, out e));
            Assert.Equal("2\n", o);
            Assert.Equal(0, Run(new[] { "-X", "compile-only", "-c", "print(1)" }, out o, out e));
            Assert.Equal("", o + e);
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
            string missing = Path.Combine(AllocationTests.DataDir(), "no_such_file.mpy");
            Assert.Equal(2, Run(new string[] { missing }, out o, out e));
            Assert.Equal("nanompy: can't open file '" + missing + "': [Errno 2] No such file or directory\n", e);
        }

        [Theory]
        [InlineData("-X", "heapsize=abc")]
        [InlineData("-X", "heapsize=10")]
        [InlineData("-X", "foo")]
        [InlineData("-X")]
        [InlineData("-z")]
        [InlineData("-c")]
        [InlineData("-m")]
        public void BadOptionsAreOneLine(params string[] args)
        {
            string o, e;
            Assert.Equal(1, Run(args, out o, out e));
            Assert.Equal("Invalid command line arguments. Use -h option for help.\n", e);
            Assert.Equal("", o);
        }

        [Fact]
        public void CompileErrorsAreOneLine()
        {
            string o, e;
            string dir = AllocationTests.DataDir();
            Assert.Equal(1, Run(new[] { "compile", dir }, out o, out e));
            Assert.Equal("nanompy: can't open " + dir + ": Is a directory\n", e);
            Assert.Equal(1, Run(new[] { "compile", Path.Combine(dir, "missing.py") }, out o, out e));
            Assert.Equal("nanompy: can't open " + Path.Combine(dir, "missing.py") + ": No such file or directory\n", e);
            Assert.Equal(1, Run(new[] { "compile", Path.Combine(dir, "cli_argv.py"), "-o", dir }, out o, out e));
            Assert.Equal("nanompy: can't write " + dir + ": Is a directory\n", e);
        }
    }
}
