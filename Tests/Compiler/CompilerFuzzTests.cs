using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using Xunit;
using Xunit.Abstractions;
using NanoMpy.Compiler;

namespace NanoMpy.Tests
{
    // Feeds the compiler mutated and truncated pieces of real source (the corpus of Tests/programs and the
    // compiler cases): whatever the damage, compiling may only end in a CompileError (MicroPython's
    // SyntaxError and friends), never in another .NET exception, a stack overflow or a hang. The loop runs
    // on a thread with a 1 MB stack (a board's main stack is smaller still; the compiler bounds its nesting).
    // The seed is fixed and printed, so a failure reproduces; the failing source is printed too.
    // In the Loader collection: constant folding runs the VM's arithmetic, whose errors intern qstrs; each
    // compile also takes the program-run lock (see CompilerTests.Compile).
    [Collection("Loader")]
    public class CompilerFuzzTests
    {
        private const int DefaultSeed = 20261123;
        private const int Cases = 20000;

        // NANOMPY_FUZZ_SEED explores other seeds by hand; the default keeps runs reproducible.
        private static int Seed
        {
            get
            {
                int s;
                return int.TryParse(Environment.GetEnvironmentVariable("NANOMPY_FUZZ_SEED"), out s) ? s : DefaultSeed;
            }
        }
        private const int TimeLimitSeconds = 60;

        // Fragments worth splicing in: brackets, quotes and prefixes, the statements with special compile
        // paths, numbers at the edges of the folding rules, indentation and line structure.
        private static readonly string[] Fragments =
        {
            "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", ":=", "*", "**", "->", "@", "\\", "\\\n",
            "\n", "\n    ", "\t", " ", "#", "'", "\"", "'''", "\"\"\"", "f\"{", "}\"", "f'{x!r:>{w}}'", "rb'", "u'",
            "b'\\x", "'\\N{X}'", "'\\U0011ffff'", "0x", "0b12", "0o8", "1_", "1e", "1e5j", "3j", ".5", "1 << 200",
            "2 ** -1", "10 ** 40", "-(1 << 63)", "~", "not ", " if x else ", "lambda *a, **k: ", "yield ", "yield from ",
            "await ", "async def f():\n", "async for a in b:\n", "async with a as b:\n", "def f(a, *b, c=1, **d) -> int:\n",
            "class C(B, metaclass=M):\n", "global x\n", "nonlocal x\n", "return ", "break\n", "continue\n", "del ",
            "try:\n", "except E as e:\n", "finally:\n", "else:\n", "elif x:\n", "while x:\n", "for a, *b in c:\n",
            "with a, b as c:\n", "import a.b as c\n", "from . import (a,\n", "from a import *\n", "X = const(1)\n",
            "_Y = const((1, 'a'))\n", "@micropython.bytecode\n", "@micropython.native\n", "math.pi", "math.nan",
            "x: int = ", "[i := 0 for i in x]", "{k: v for k, v in d}", "{*a}", "*a, b = c\n", "super()", "__debug__",
            "\u00e9", "\ud83d\ude00", "\r\n", "\r",
        };

        private readonly ITestOutputHelper _out;
        private volatile int _case;
        private volatile string _source;

        public CompilerFuzzTests(ITestOutputHelper output)
        {
            _out = output;
        }

        private static List<string[]> Corpus()
        {
            var files = new List<string>();
            files.AddRange(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "programs-src"), "*.py", SearchOption.AllDirectories));
            files.AddRange(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Compiler", "cases"), "*.py"));
            files.Sort(StringComparer.Ordinal);
            var corpus = new List<string[]>();
            foreach (string f in files) corpus.Add(File.ReadAllText(f).Split('\n'));
            return corpus;
        }

        // A window of 1..40 lines (sometimes a whole file), then one to three mutations.
        private static string Mutant(Random rng, List<string[]> corpus)
        {
            string[] lines = corpus[rng.Next(corpus.Count)];
            int start = 0, count = lines.Length;
            if (rng.Next(20) != 0)
            {
                start = rng.Next(lines.Length);
                count = Math.Min(lines.Length - start, 1 + rng.Next(40));
            }
            var sb = new StringBuilder(string.Join("\n", lines, start, count));
            int n = 1 + rng.Next(3);
            for (int m = 0; m < n; m++)
            {
                int len = sb.Length;
                int at = len == 0 ? 0 : rng.Next(len + 1);
                switch (rng.Next(7))
                {
                    case 0: // truncate
                        sb.Length = at;
                        break;
                    case 1: // delete a span
                        sb.Remove(at, Math.Min(len - at, 1 + rng.Next(20)));
                        break;
                    case 2: // duplicate a span
                        {
                            int span = Math.Min(len - at, 1 + rng.Next(40));
                            sb.Insert(at, sb.ToString(at, span));
                            break;
                        }
                    case 3:
                    case 4: // splice in a fragment
                        sb.Insert(at, Fragments[rng.Next(Fragments.Length)]);
                        break;
                    case 5: // replace a character by a random printable one
                        if (at < len) sb[at] = (char)(32 + rng.Next(95));
                        break;
                    default: // swap two lines
                        {
                            string[] ls = sb.ToString().Split('\n');
                            int a = rng.Next(ls.Length), b = rng.Next(ls.Length);
                            (ls[a], ls[b]) = (ls[b], ls[a]);
                            sb.Clear().Append(string.Join("\n", ls));
                            break;
                        }
                }
            }
            return sb.ToString();
        }

        [Fact]
        public void MutatedSourcesRaiseOnlyCompileErrors()
        {
            int seed = Seed;
            _out.WriteLine("compiler fuzz: seed " + seed + ", " + Cases + " cases");
            List<string[]> corpus = Corpus();
            var failures = new List<string>();
            int compiled = 0, rejected = 0;
            var clock = Stopwatch.StartNew();
            var worker = new Thread(() =>
            {
                var rng = new Random(seed);
                for (int i = 0; i < Cases; i++)
                {
                    string src = Mutant(rng, corpus);
                    _case = i;
                    _source = src;
                    try
                    {
                        CompilerTests.Compile(src, "fuzz.py");
                        compiled++;
                    }
                    catch (CompileError)
                    {
                        rejected++;
                    }
                    catch (Exception e)
                    {
                        if (failures.Count < 5) failures.Add("case " + i + ": " + e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace + "\n--- source ---\n" + src);
                    }
                }
            }, 1024 * 1024);
            worker.Start();
            bool finished = worker.Join(TimeSpan.FromSeconds(TimeLimitSeconds));
            Assert.True(finished, "no answer after " + TimeLimitSeconds + " s at case " + _case + " (seed " + seed + "):\n" + _source);
            _out.WriteLine(compiled + " compiled, " + rejected + " rejected with a CompileError, in " + clock.ElapsedMilliseconds + " ms");
            foreach (string f in failures) _out.WriteLine(f);
            Assert.Empty(failures);
            // The mutants must exercise both outcomes, or the fuzzer has stopped testing anything.
            Assert.True(compiled > Cases / 20 && rejected > Cases / 20, compiled + " compiled, " + rejected + " rejected");
        }
    }
}
