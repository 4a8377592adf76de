using System;
using System.IO;
using Xunit;

namespace NanoMpy.Tests
{
    // The compiler must produce exactly the bytes mpy-cross v1.27.0 produces (goldens made with
    // `mpy-cross -s NAME.py NAME.py`), and report MicroPython's error messages.
    public class CompilerTests
    {
        private static string CasesDir
        {
            get { return Path.Combine(AppContext.BaseDirectory, "Compiler", "cases"); }
        }

        public static TheoryData<string> Cases()
        {
            TheoryData<string> data = new TheoryData<string>();
            foreach (string f in Directory.GetFiles(CasesDir, "*.py"))
            {
                data.Add(Path.GetFileNameWithoutExtension(f));
            }
            return data;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void OutputIsByteIdenticalToMpyCross(string name)
        {
            string src = File.ReadAllText(Path.Combine(CasesDir, name + ".py"));
            byte[] expected = File.ReadAllBytes(Path.Combine(CasesDir, name + ".mpy"));
            byte[] actual = PyCompiler.Compile(src, name + ".py");
            if (Environment.GetEnvironmentVariable("NANOMPY_DUMP") != null) File.WriteAllBytes(Path.Combine(Path.GetTempPath(), name + ".ours.mpy"), actual);
            Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(actual));
        }

        // Programs of Tests/programs (their .mpy files are mpy-cross -s goldens) that use constructs the compiler
        // does not handle yet (with, yield, *args in calls, nonlocal, f-strings, complex, big-int folding, ...).
        private static readonly string[] NotYet = new string[] { "builtins_iter", "call_kwargs_star", "class_property", "class_super", "complex_num", "comprehensions", "const_loading", "context_manager", "dunder_arith", "dunder_call_repr", "exc_args_repr", "exc_hierarchy", "int_big", "many_locals", "set_ops", "slice_ops", "starred_unpack", "str_format", "unwind_jump" };

        public static TheoryData<string> Programs()
        {
            TheoryData<string> data = new TheoryData<string>();
            foreach (string f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "programs"), "*.py"))
            {
                string name = Path.GetFileNameWithoutExtension(f);
                if (Array.IndexOf(NotYet, name) < 0) data.Add(name);
            }
            return data;
        }

        [Theory]
        [MemberData(nameof(Programs))]
        public void ProgramsCompileByteIdentically(string name)
        {
            string dir = Path.Combine(AppContext.BaseDirectory, "programs");
            byte[] expected = File.ReadAllBytes(Path.Combine(dir, name + ".mpy"));
            byte[] actual = PyCompiler.Compile(File.ReadAllText(Path.Combine(dir, name + ".py")), name + ".py");
            Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(actual));
        }

        [Theory]
        [InlineData("x = (1", "SyntaxError", "invalid syntax")]
        [InlineData("x = 1 +", "SyntaxError", "invalid syntax")]
        [InlineData("x = \"abc", "SyntaxError", "invalid syntax")]
        [InlineData("x = '''abc", "SyntaxError", "invalid syntax")]
        [InlineData("x = $", "SyntaxError", "invalid syntax")]
        [InlineData("def f(:\n pass", "SyntaxError", "invalid syntax")]
        [InlineData("if 1:\nx=1", "SyntaxError", "invalid syntax")]
        [InlineData("x = 1\n  y = 2", "IndentationError", "unexpected indent")]
        [InlineData("if 1:\n  x=1\n y=2", "IndentationError", "unindent doesn't match any outer indent level")]
        [InlineData("x = 0x", "SyntaxError", "invalid syntax for integer with base 16: ''")]
        [InlineData("x = 1e", "SyntaxError", "invalid syntax for number")]
        [InlineData("1 = 2", "SyntaxError", "can't assign to expression")]
        [InlineData("break", "SyntaxError", "'break'/'continue' outside loop")]
        [InlineData("continue", "SyntaxError", "'break'/'continue' outside loop")]
        [InlineData("return 1", "SyntaxError", "'return' outside function")]
        [InlineData("f(a=1, 2)", "SyntaxError", "positional arg after keyword arg")]
        [InlineData("x = b'a' 'b'", "SyntaxError", "invalid syntax")]
        [InlineData("nonlocal x", "SyntaxError", "can't declare nonlocal in outer code")]
        [InlineData("def f():\n    nonlocal x", "SyntaxError", "no binding for nonlocal found")]
        [InlineData("def f():\n    x = 1\n    global x", "SyntaxError", "identifier redefined as global")]
        [InlineData("yield 1", "SyntaxError", "'yield' outside function")]
        public void ErrorsUseMicroPythonMessages(string src, string kind, string message)
        {
            CompileError e = Assert.Throws<CompileError>(() => PyCompiler.Compile(src, "e.py"));
            Assert.Equal(kind, e.Kind);
            Assert.Equal(message, e.Text);
        }
    }
}
