using System.Linq;
using NanoMpy.Compiler;
using Xunit;

namespace NanoMpy.Tests.Compiler
{
    // A jump too long for its two bytes ends compilation in mpy-cross's "RuntimeError: bytecode overflow" (py/emitbc.c)
    // instead of writing bytes the VM would misread. mpy-cross v1.27.0 refuses 2,500 chained conditional
    // expressions and compiles 1,000 (checked with the binary).
    public class BytecodeOverflowTests
    {
        private static string Chain(int n)
        {
            return "x = 1\ny = " + string.Join(" if x else ", Enumerable.Range(0, n)) + "\nprint(y)\n";
        }

        [Fact]
        public void ALongJumpIsRuntimeError()
        {
            var e = Assert.Throws<CompileError>(() => PyCompiler.Compile(Chain(2500), "ovf.py"));
            Assert.Equal("RuntimeError", e.Kind);
            Assert.Equal("bytecode overflow", e.Text);
            Assert.True(e.Line < 0); // no traceback line, as mpy-cross prints it
        }

        [Fact]
        public void AShorterChainCompiles()
        {
            Assert.NotEmpty(PyCompiler.Compile(Chain(1000), "ok.py"));
        }
    }
}
