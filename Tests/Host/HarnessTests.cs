using System;
using System.IO;
using System.Text;
using NanoMpy.Host;
using Xunit;

namespace NanoMpy.Tests.Host
{
    // nanompy test: the harness that runs programs on a board over its raw REPL, here on the simulated board
    // (a process of its own on a pseudo-terminal). CI runs the whole corpus through it (.ci/run); this checks
    // its verdicts: goldens and exit statuses met, a wrong golden and a hung program failed, the run goes on.
    public class HarnessTests
    {
        [Tests.Board.PtyFact]
        public void RunsProgramsAndJudgesThem()
        {
            string dir = Path.Combine(Path.GetTempPath(), "nanompy-harness-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string programs = RepoPaths.File("Tests/programs");
                // a passing program, one that exits 3, one whose golden is wrong, one that never ends
                foreach (string n in new[] { "sys_exit_code", "tuple_ops" })
                {
                    foreach (string ext in new[] { ".mpy", ".exp", ".exitcode" })
                    {
                        string f = Path.Combine(programs, n + ext);
                        if (File.Exists(f)) File.Copy(f, Path.Combine(dir, n + ext));
                    }
                }
                File.Copy(Path.Combine(programs, "tuple_ops.mpy"), Path.Combine(dir, "wrong_golden.mpy"));
                File.WriteAllText(Path.Combine(dir, "wrong_golden.exp"), "not what it prints\n");
                File.WriteAllBytes(Path.Combine(dir, "zz_hangs.mpy"), NanoMpy.Compiler.PyCompiler.Compile("print('start')\nwhile True:\n    pass\n", "zz_hangs.py"));
                File.WriteAllText(Path.Combine(dir, "zz_hangs.exp"), "start\n");
                var o = new MemoryStream();
                var e = new MemoryStream();
                int rc = TestCommand.Run(new[] { "--sim", "--timeout", "3", dir }, 0, o, e);
                string log = Encoding.UTF8.GetString(o.ToArray()) + Encoding.UTF8.GetString(e.ToArray());
                Assert.Equal(1, rc);
                Assert.Contains("PASS " + Path.Combine(dir, "sys_exit_code.mpy"), log);
                Assert.Contains("PASS " + Path.Combine(dir, "tuple_ops.mpy"), log);
                Assert.Contains("FAIL " + Path.Combine(dir, "wrong_golden.mpy") + ": output differs at line 1", log);
                Assert.Contains("FAIL " + Path.Combine(dir, "zz_hangs.mpy") + ": no answer within the timeout", log);
                Assert.Contains("2 passed, 2 failed", log);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    
        // A single-precision profile: the harness asks the board, compares with X.single.exp where there is
        // one (X.exp otherwise), and reports X.single.skip as SKIP.
        [Tests.Board.PtyFact]
        public void ComparesSinglePrecisionBoardsWithTheSingleGoldens()
        {
            string dir = Path.Combine(Path.GetTempPath(), "nanompy-harness-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string programs = RepoPaths.File("Tests/programs");
                foreach (string n in new[] { "float_precision", "tuple_ops", "math_cmath" })
                {
                    foreach (string ext in new[] { ".mpy", ".exp", ".exitcode", ".single.exp", ".single.exitcode", ".single.skip" })
                    {
                        string f = Path.Combine(programs, n + ext);
                        if (File.Exists(f)) File.Copy(f, Path.Combine(dir, n + ext));
                    }
                }
                // a single golden that is wrong must fail even though X.exp (double) would not matter
                File.Copy(Path.Combine(programs, "float_precision.mpy"), Path.Combine(dir, "wrong_single.mpy"));
                File.Copy(Path.Combine(programs, "float_precision.exp"), Path.Combine(dir, "wrong_single.exp"));
                File.Copy(Path.Combine(programs, "float_precision.exp"), Path.Combine(dir, "wrong_single.single.exp"));
                var o = new MemoryStream();
                var e = new MemoryStream();
                int rc = TestCommand.Run(new[] { "--sim", "--profile", "esp32", "--timeout", "10", dir }, 0, o, e);
                string log = Encoding.UTF8.GetString(o.ToArray()) + Encoding.UTF8.GetString(e.ToArray());
                Assert.Equal(1, rc);
                Assert.Contains("PASS " + Path.Combine(dir, "float_precision.mpy"), log);
                Assert.Contains("PASS " + Path.Combine(dir, "tuple_ops.mpy"), log);
                Assert.Contains("SKIP " + Path.Combine(dir, "math_cmath.mpy"), log);
                Assert.Contains("FAIL " + Path.Combine(dir, "wrong_single.mpy"), log);
                Assert.Contains("2 passed, 1 failed, 1 skipped", log);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
