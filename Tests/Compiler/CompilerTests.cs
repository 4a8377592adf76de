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

        // Programs of Tests/programs (their .mpy files are mpy-cross -s goldens) that the compiler reproduces byte for
        // byte. The others use constructs it does not handle yet (f-strings, complex,
        // big-int folding, ...).
        private static readonly string[] Supported = new string[] { "array_module", "augassign_targets", "bound_methods", "builtins_iter", "builtins_misc", "bytearray_ops", "bytes_ops", "call_kwargs_star", "chained_compare", "class_basic", "class_mro", "class_property", "class_slots", "class_static_classmethod", "class_super", "classes_builtin_subclass", "classes_call_args", "classes_details", "classes_dunder_ops", "classes_exc_details", "classes_exc_user_repr", "classes_exceptions", "classes_features", "classes_messages", "classes_operators", "classes_probe_attrs", "classes_probe_methods", "classes_probe_objects", "closure_cells", "context_manager", "control_flow", "del_statements", "dict_methods", "dict_order", "dunder_arith", "dunder_bool_len", "dunder_compare", "dunder_container", "dunder_hash_eq", "exc_args_repr", "exc_basic", "exc_finally", "exc_raise_from", "float_ops", "float_repr", "frozenset_ops", "func_defaults", "generator_basic", "generator_send", "generator_throw_close", "generator_yield_from", "global_nonlocal", "import_basic", "import_package", "import_star", "import_syspath", "int_small", "lambda_funcs", "list_methods", "list_sort", "many_locals", "memoryview_ops", "mod_basic", "mod_star", "mod_tb", "none_bool", "range_ops", "str_methods", "str_unicode", "sys_exit_code", "traceback_custom", "traceback_module", "traceback_reraise", "traceback_uncaught", "tuple_ops", "unwind_jump", "vm_sys" };

        public static TheoryData<string> Programs()
        {
            TheoryData<string> data = new TheoryData<string>();
            foreach (string name in Supported) data.Add(name);
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

        [Fact]
        public void CliCompileWritesTheMpyFile()
        {
            string dir = Path.Combine(Path.GetTempPath(), "nanompy-compile-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string src = Path.Combine(dir, "funcs.py");
                File.Copy(Path.Combine(CasesDir, "funcs.py"), src);
                string outPath = Path.Combine(dir, "out.mpy");
                MemoryStream o = new MemoryStream(), e = new MemoryStream();
                int rc = NanoMpy.Host.Cli.Run(new[] { "compile", src, "-o", outPath, "-s", "funcs.py" }, o, e);
                Assert.Equal(0, rc);
                Assert.Equal(File.ReadAllBytes(Path.Combine(CasesDir, "funcs.mpy")), File.ReadAllBytes(outPath));

                File.WriteAllText(Path.Combine(dir, "bad.py"), "x = $\n");
                rc = NanoMpy.Host.Cli.Run(new[] { "compile", Path.Combine(dir, "bad.py"), "-s", "bad.py" }, o, e);
                Assert.Equal(1, rc);
                Assert.Equal("Traceback (most recent call last):\n  File \"bad.py\", line 1\nSyntaxError: invalid syntax\n",
                    System.Text.Encoding.UTF8.GetString(e.ToArray()));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
