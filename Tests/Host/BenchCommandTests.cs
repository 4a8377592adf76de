using System;
using System.IO;
using System.Text;
using Xunit;

namespace NanoMpy.Tests
{
    // `nanompy bench`: bad arguments give one line on stderr and exit status 2 (never a .NET exception);
    // benchmarks time themselves (first number of the last line), and a failing one makes the exit status 1.
    // Under the test host the programs run in-process; a shell script stands in for the MicroPython binary.
    public sealed class BenchCommandTests : IDisposable
    {
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "nanompy-bench-" + Guid.NewGuid().ToString("N"));

        public BenchCommandTests()
        {
            Directory.CreateDirectory(_dir);
        }

        public void Dispose()
        {
            Directory.Delete(_dir, true);
        }

        private static (int Code, string Out, string Err) Bench(params string[] args)
        {
            MemoryStream o = new MemoryStream(), e = new MemoryStream();
            string[] all = new string[args.Length + 1];
            all[0] = "bench";
            Array.Copy(args, 0, all, 1, args.Length);
            int code = NanoMpy.Host.Cli.Run(all, o, e);
            return (code, Encoding.UTF8.GetString(o.ToArray()), Encoding.UTF8.GetString(e.ToArray()));
        }

        private static void AssertArgumentError(string because, params string[] args)
        {
            var (code, output, error) = Bench(args);
            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.StartsWith("nanompy bench: ", error);
            Assert.Contains(because, error);
            Assert.True(error.IndexOf('\n') == error.Length - 1, "one line expected, got: " + error);
        }

        // Compiles a benchmark into the scratch folder with nanompy's own compiler (byte-identical to mpy-cross).
        private void Program(string name, string source)
        {
            string py = Path.Combine(_dir, name + ".py");
            File.WriteAllText(py, source);
            MemoryStream o = new MemoryStream(), e = new MemoryStream();
            Assert.Equal(0, NanoMpy.Host.Cli.Run(new[] { "compile", py, "-o", Path.Combine(_dir, name + ".mpy"), "-s", name + ".py" }, o, e));
            File.Delete(py);
        }

        private const string Timed = "import time\nt0 = time.ticks_us()\ns = sum(range(1000))\nprint(time.ticks_diff(time.ticks_us(), t0) + 1, s)\n";

        [Fact]
        public void NoFolder() => AssertArgumentError("no folder given");

        [Fact]
        public void MissingFolder() => AssertArgumentError("no such folder", Path.Combine(_dir, "absent"));

        [Fact]
        public void FileInsteadOfFolder()
        {
            string file = Path.Combine(_dir, "bench_a.mpy");
            File.WriteAllBytes(file, new byte[] { 77, 6 });
            AssertArgumentError("not a folder", file);
        }

        [Fact]
        public void FolderWithoutPrograms() => AssertArgumentError("no .mpy files", _dir);

        [Fact]
        public void RunsNotANumber() => AssertArgumentError("--runs needs a positive integer, got 'abc'", _dir, "--runs", "abc");

        [Fact]
        public void RunsZero() => AssertArgumentError("--runs needs a positive integer, got '0'", _dir, "--runs", "0");

        [Fact]
        public void RunsWithoutValue() => AssertArgumentError("--runs needs a positive integer, got nothing", _dir, "--runs");

        [Fact]
        public void MicroPythonBinaryMissing() => AssertArgumentError("no MicroPython binary at", _dir, "--micropython", Path.Combine(_dir, "micropython"));

        [Fact]
        public void MicroPythonBinaryIsAFolder() => AssertArgumentError("is a folder", _dir, "--micropython", _dir);

        [Fact]
        public void MicroPythonWithoutValue() => AssertArgumentError("--micropython needs the path", _dir, "--micropython");

        [Fact]
        public void UnknownOption() => AssertArgumentError("unknown option '--fast'", _dir, "--fast");

        [Fact]
        public void TwoFolders() => AssertArgumentError("one folder only", _dir, _dir);

        [Fact]
        public void MicroPythonNotExecutable()
        {
            if (OperatingSystem.IsWindows()) return;
            string mp = Path.Combine(_dir, "micropython");
            File.WriteAllText(mp, "#!/bin/sh\n");
            File.SetUnixFileMode(mp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            AssertArgumentError("not executable", _dir, "--micropython", mp);
        }

        [Fact]
        public void ReportsTheTimeTheProgramMeasured()
        {
            Program("bench_sum", Timed);
            var (code, output, error) = Bench(_dir, "--runs", "2");
            Assert.Equal("", error);
            Assert.Equal(0, code);
            Assert.Matches(@"\nbench_sum +\d+\.\d\d\n$", output);
        }

        [Fact]
        public void ProgramWithoutTimeFails()
        {
            Program("bench_a", Timed);
            Program("bench_b", "print('no time here')\n");
            var (code, output, _) = Bench(_dir, "--runs", "1");
            Assert.Equal(1, code);
            Assert.Matches(@"\nbench_a +\d+\.\d\d\n", output);
            Assert.Contains("bench_b                  FAIL: nanompy: no time on the last line: 'no time here'", output);
        }

        [Fact]
        public void FailingProgramFails()
        {
            Program("bench_err", "raise ValueError('x')\n");
            var (code, output, _) = Bench(_dir);
            Assert.Equal(1, code);
            Assert.Contains("bench_err                FAIL: nanompy: exit status 1: ValueError: x", output);
        }

        // A stand-in MicroPython that reports 4 ms for the same results: the ratio is nanompy's time / 4 ms.
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        private string FakeMicroPython(string result)
        {
            string mp = Path.Combine(_dir, "fake-micropython");
            File.WriteAllText(mp, "#!/bin/sh\necho 4000 " + result + "\n");
            File.SetUnixFileMode(mp, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            return mp;
        }

        [Fact]
        public void RatioAndGeometricMeanAgainstMicroPython()
        {
            if (OperatingSystem.IsWindows()) return;
            Program("bench_sum", Timed);
            var (code, output, error) = Bench(_dir, "--micropython", FakeMicroPython("499500"), "--runs", "1");
            Assert.Equal("", error);
            Assert.Equal(0, code);
            var row = System.Text.RegularExpressions.Regex.Match(output, @"\nbench_sum +(\d+\.\d\d) +4\.00 +(\d+\.\d\d)\n");
            Assert.True(row.Success, output);
            // the printed time is rounded to 0.01 ms, so the ratio recomputed from it may differ in its last digit
            double ratio = double.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) / 4.0;
            double printed = double.Parse(row.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(printed, ratio - 0.0126, ratio + 0.0126);
            Assert.Matches(@"\ngeomean +" + row.Groups[2].Value.Replace(".", @"\.") + "\n$", output);
        }

        [Fact]
        public void ResultsThatDifferFromMicroPythonFail()
        {
            if (OperatingSystem.IsWindows()) return;
            Program("bench_sum", Timed);
            var (code, output, _) = Bench(_dir, "--micropython", FakeMicroPython("12"), "--runs", "1");
            Assert.Equal(1, code);
            Assert.Contains("bench_sum                FAIL: results differ from MicroPython's", output);
            Assert.DoesNotContain("geomean", output);
        }
    }
}
