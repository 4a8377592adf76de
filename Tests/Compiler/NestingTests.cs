using System;
using System.IO;
using System.Text;
using NanoMpy.Compiler;
using Xunit;

namespace NanoMpy.Tests
{
    // mpy-cross v1.27.0 has no nesting limit of its own: its parser keeps an explicit rule stack and gives up
    // only when its 2 MB heap runs out, with "MemoryError: memory allocation failed, allocating N bytes"
    // (near 8,100 parentheses). Ours recurses; NestingGuard turns input deeper than the thread can take into
    // the same MemoryError. Tests/programs/nesting_deep.py checks the bytes and the run up to 5,000 deep.
    [Collection("Loader")]
    public class NestingTests
    {
        private static string Parens(int n)
        {
            return "x = " + new string('(', n) + "1" + new string(')', n) + "\nprint(x)\n";
        }

        [Theory]
        [InlineData(8000)]
        [InlineData(20000)]
        public void DeepParenthesesCompileAsTheInnerExpression(int depth)
        {
            // the parser drops redundant parentheses, so the bytes are those of `x = 1`
            byte[] deep = CompilerTests.Compile(Parens(depth), "p.py");
            byte[] flat = CompilerTests.Compile(Parens(0), "p.py");
            Assert.Equal(Convert.ToHexString(flat), Convert.ToHexString(deep));
        }

        [Fact]
        public void NestingBeyondMaxDepthIsMemoryError()
        {
            CompileError e = Assert.Throws<CompileError>(() => CompilerTests.Compile(Parens(NestingGuard.MaxDepth + 1), "p.py"));
            Assert.Equal("MemoryError", e.Kind);
            Assert.StartsWith("memory allocation failed, allocating ", e.Text);
            Assert.EndsWith(" bytes", e.Text);
        }

        [Fact]
        public void DeepListsCompileOnTheCompilersRecursionToo()
        {
            // `[[[...]]]` is not collapsed: the compiler recurses through every level after the parser
            string src = "x = " + new string('[', 6000) + "1" + new string(']', 6000) + "\n";
            byte[] mpy = CompilerTests.Compile(src, "l.py");
            Assert.True(mpy.Length > 6000 * 2);
        }

        [Fact]
        public void ASmallStackGivesMemoryErrorNotACrash()
        {
            // A thread of 256 KB cannot parse 5,000 parentheses: the probe must stop the parser in time.
            Exception error = null;
            var t = new System.Threading.Thread(() =>
            {
                NestingGuard.HasStack = System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack;
                try
                {
                    lock (NanoMpy.Host.Cli.RunLock) PyCompiler.Compile(Parens(5000), "p.py");
                }
                catch (Exception e) { error = e; }
            }, 256 * 1024);
            t.Start();
            t.Join();
            CompileError ce = Assert.IsType<CompileError>(error);
            Assert.Equal("MemoryError", ce.Kind);
        }

        [Fact]
        public void CliReportsTooDeepSourceAsMicroPythonDoes()
        {
            string dir = Path.Combine(Path.GetTempPath(), "nanompy-nest-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string file = Path.Combine(dir, "big.py");
                File.WriteAllText(file, Parens(100000));
                // not disposed: the VM keeps the board (and its streams) after the run, and warnings printed by
                // tests running beside this one would meet a closed stream (EPIPE)
                MemoryStream o = new MemoryStream(), e = new MemoryStream();
                int rc;
                lock (NanoMpy.Host.Cli.RunLock) rc = NanoMpy.Host.Cli.Run(new[] { file }, o, e);
                // the unix port: "MemoryError: memory allocation failed, allocating 2070528 bytes", exit 1
                Assert.Equal(1, rc);
                Assert.StartsWith("MemoryError: memory allocation failed, allocating ", Encoding.UTF8.GetString(o.ToArray()));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
