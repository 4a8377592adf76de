using System;
using System.IO;
using Xunit;
using NanoMpy.Compiler;

namespace NanoMpy.Tests
{
    // The compiler must produce exactly the bytes mpy-cross v1.27.0 produces (goldens made with
    // `mpy-cross -s NAME.py NAME.py`), and report MicroPython's error messages.
    public class CompilerTests
    {
        // Constant folding runs the VM's arithmetic, whose objects count against the VM's heap: a program run
        // in parallel (ProgramTests) may lock that heap, so compiles take the same lock program runs take.
        // Compiles on a thread with the interpreter's stack and the host's stack probe, as nanompy does: the
        // parser recurses once per level of nesting (Tests/programs/nesting_deep.py goes 5,000 deep).
        internal static byte[] Compile(string source, string name)
        {
            lock (NanoMpy.Host.Cli.RunLock)
            {
                return OnBigStack(() => PyCompiler.Compile(source, name));
            }
        }

        // A source file as nanompy reads it: bytes that are not UTF-8 stay bytes (Utf8.DecodeSource).
        internal static string ReadSource(string path)
        {
            byte[] b = File.ReadAllBytes(path);
            return Utf8.DecodeSource(b, 0, b.Length);
        }

        internal static byte[] OnBigStack(Func<byte[]> compile)
        {
            byte[] result = null;
            Exception error = null;
            var t = new System.Threading.Thread(() =>
            {
                NestingGuard.HasStack = System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack;
                try { result = compile(); }
                catch (Exception e) { error = e; }
            }, NanoMpy.Host.ProgramRunner.StackSize);
            t.Start();
            t.Join();
            if (error != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
            return result;
        }

        private static string CasesDir
        {
            get { return Path.Combine(AppContext.BaseDirectory, "Compiler", "cases"); }
        }

        // mpy-cross's -O and -msmall-int-bits: goldens made by mpy-cross v1.27.0 with those options.
        [Theory]
        [InlineData("options.O3.mpy", new[] { "-O3" })]
        [InlineData("options.O1.bits63.mpy", new[] { "-O1", "-msmall-int-bits=63" })]
        public void CompileCommandOptionsMatchMpyCross(string golden, string[] options)
        {
            string dir = Path.Combine(Path.GetTempPath(), "nanompy-opts-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string outPath = Path.Combine(dir, "out.mpy");
                System.Collections.Generic.List<string> args = new System.Collections.Generic.List<string> { "compile", Path.Combine(CasesDir, "options.py"), "-o", outPath, "-s", "options.py" };
                args.AddRange(options);
                using MemoryStream o = new MemoryStream(), e = new MemoryStream();
                int rc;
                lock (NanoMpy.Host.Cli.RunLock)
                {
                    rc = NanoMpy.Host.Cli.Run(args.ToArray(), o, e);
                }
                Assert.Equal(0, rc);
                Assert.Equal(Convert.ToHexString(File.ReadAllBytes(Path.Combine(CasesDir, golden))), Convert.ToHexString(File.ReadAllBytes(outPath)));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
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
            string src = ReadSource(Path.Combine(CasesDir, name + ".py"));
            byte[] expected = File.ReadAllBytes(Path.Combine(CasesDir, name + ".mpy"));
            byte[] actual = Compile(src, name + ".py");
            if (Environment.GetEnvironmentVariable("NANOMPY_DUMP") != null) File.WriteAllBytes(Path.Combine(Path.GetTempPath(), name + ".ours.mpy"), actual);
            Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(actual));
        }

        private static string ProgramsDir
        {
            get { return Path.Combine(AppContext.BaseDirectory, "programs"); }
        }

        private static string SourcesDir
        {
            get { return Path.Combine(AppContext.BaseDirectory, "programs-src"); }
        }

        // Every .py of the corpus, programs and helper modules/packages alike, found afresh each run: its golden
        // .mpy was made by `mpy-cross REL.py` from Tests/programs (regen.sh), so the source name is the relative path.
        public static TheoryData<string> Programs()
        {
            TheoryData<string> data = new TheoryData<string>();
            foreach (string f in Directory.GetFiles(SourcesDir, "*.py", SearchOption.AllDirectories))
            {
                data.Add(Path.GetRelativePath(SourcesDir, f).Replace(Path.DirectorySeparatorChar, '/'));
            }
            return data;
        }

        [Theory]
        [MemberData(nameof(Programs))]
        public void ProgramsCompileByteIdentically(string rel)
        {
            string py = Path.Combine(SourcesDir, rel);
            byte[] expected = File.ReadAllBytes(Path.ChangeExtension(Path.Combine(ProgramsDir, rel), ".mpy"));
            byte[] actual = Compile(ReadSource(py), rel);
            Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(actual));
        }

        [Fact]
        public void CorpusIsDiscovered()
        {
            // Guards the discovery itself: the corpus has programs and at least one helper in a subfolder.
            TheoryData<string> all = Programs();
            Assert.True(all.Count > 50);
            bool nested = false;
            foreach (string rel in all) nested |= rel.Contains('/');
            Assert.True(nested);
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
            CompileError e = Assert.Throws<CompileError>(() => Compile(src, "e.py"));
            Assert.Equal(kind, e.Kind);
            Assert.Equal(message, e.Text);
        }

        // Where mpy-cross reports an error: at end of input, at the token the parser stops on, at a statement.
        [Theory]
        [InlineData("x = (1", "SyntaxError", "invalid syntax", 2)]
        [InlineData("x = [1,\n2,\n", "SyntaxError", "invalid syntax", 3)]
        [InlineData("if x:\n    y\n  z\n", "IndentationError", "unindent doesn't match any outer indent level", 2)]
        [InlineData("try:\n    pritry:\n   ry:\n    z\n", "IndentationError", "unindent doesn't match any outer indent level", 2)]
        [InlineData("x = 1 2e", "SyntaxError", "invalid syntax", 1)]
        [InlineData("x = {a: b,\n c: d, e}", "SyntaxError", "expecting key:value for dict", 1)]
        [InlineData("f(a,\n  b=1,\n  g(2))", "SyntaxError", "positional arg after keyword arg", 3)]
        [InlineData("def g():\n  y = 1\n  @micropython.native\n  def f(): pass", "SyntaxError", "invalid arch", 3)]
        [InlineData("@micropython.viper\ndef f(): pass", "SyntaxError", "invalid arch", 1)]
        [InlineData("def f():\n  yield yield 1", "SyntaxError", "invalid syntax", 2)]
        [InlineData("async for x in y: pass", "SyntaxError", "async for/with outside async function", 1)]
        [InlineData("x = '\\x4'", "SyntaxError", "invalid syntax", 1)]
        [InlineData("x = *a, b", "SyntaxError", "*x must be assignment target", 1)]
        [InlineData("def f(a, **k, b): pass", "SyntaxError", "invalid syntax", 1)]
        [InlineData("print((1\n, 2), f\"{x\n", "SyntaxError", "invalid syntax", 2)]
        public void ErrorsCarryMicroPythonLines(string src, string kind, string message, int line)
        {
            CompileError e = Assert.Throws<CompileError>(() => Compile(src, "e.py"));
            Assert.Equal(kind, e.Kind);
            Assert.Equal(message, e.Text);
            Assert.Equal(line, e.Line);
        }

        [Fact]
        public void CliCompileDirWritesEachFileUnderItsRelativePath()
        {
            // Relative inputs from the corpus sources, as CI runs it (its own process: the working directory is
            // process-wide); the outputs must be the goldens, laid out as the inputs.
            string outDir = Path.Combine(Path.GetTempPath(), "nanompy-compile-d-" + Guid.NewGuid().ToString("N"));
            try
            {
                string[] rels = { "mod_basic.py", "pkg_demo/__init__.py" };
                var psi = new System.Diagnostics.ProcessStartInfo("dotnet");
                psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "nanompy.dll"));
                psi.ArgumentList.Add("compile");
                psi.ArgumentList.Add("-d");
                psi.ArgumentList.Add(outDir);
                foreach (string rel in rels) psi.ArgumentList.Add(rel);
                psi.WorkingDirectory = SourcesDir;
                psi.RedirectStandardError = true;
                using (var p = System.Diagnostics.Process.Start(psi))
                {
                    string err = p.StandardError.ReadToEnd();
                    p.WaitForExit();
                    Assert.True(p.ExitCode == 0, err);
                }
                foreach (string rel in rels)
                {
                    string mpy = Path.ChangeExtension(rel, ".mpy");
                    Assert.Equal(File.ReadAllBytes(Path.Combine(ProgramsDir, mpy)), File.ReadAllBytes(Path.Combine(outDir, mpy)));
                }
            }
            finally
            {
                if (Directory.Exists(outDir)) Directory.Delete(outDir, true);
            }
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
