using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using NanoMpy.Compiler;

namespace NanoMpy.Tests.Fuzz
{
    // The compiler's input fuzz target. Inputs: the corpus sources (Tests/programs, the compiler cases)
    // mutated as text and as bytes (bit flips, byte insertions and deletions, truncation, bytes that are not
    // UTF-8), windows of them with spliced-in fragments, random token soup, and nesting thousands deep.
    // Each input must compile or fail with a CompileError (a Python SyntaxError, IndentationError,
    // MemoryError...): any other .NET exception, or one input taking longer than HangSeconds, is a failure.
    // Depends on nothing but the Compiler and VmCore, so that a command can run long campaigns:
    // Run(seed, count, log) prints the seed and the counts; the same seed gives the same inputs.
    public static class SourceFuzz
    {
        public sealed class Result
        {
            public int Seed;
            public int Count;
            public int Compiled;
            public int Rejected;
            public readonly SortedDictionary<string, int> Errors = new SortedDictionary<string, int>(StringComparer.Ordinal);
            public readonly List<string> Failures = new List<string>();
            public int FailureCount;
            public bool Hung;
            public long Milliseconds;
        }

        // Longer than any legitimate compile: 40,000 chained conditionals take ~3 s alone (the emit passes
        // repeat as jump sizes settle, as in emitbc.c), several times that beside other tests.
        public const int HangSeconds = 30;

        // The parser recurses once per level of nesting: the stack of the interpreter thread, with the host's
        // probe installed, as nanompy runs the compiler.
        private const int StackSize = 256 * 1024 * 1024;

        public static Result Run(int seed, int count, TextWriter log)
        {
            return Run(seed, count, log, new object(), null);
        }

        // compileLock: held around each compile (the tests share the VM's heap with programs run in parallel);
        // sources: the corpus files (default: those found beside the test assembly).
        public static Result Run(int seed, int count, TextWriter log, object compileLock, string[] sources)
        {
            var result = new Result { Seed = seed, Count = count };
            log.WriteLine("source fuzz: seed " + seed + ", " + count + " inputs");
            List<byte[]> corpus = LoadCorpus(sources);
            int current = -1;
            long caseStart = 0;
            string currentSource = null;
            var clock = Stopwatch.StartNew();
            var worker = new Thread(() =>
            {
                NestingGuard.HasStack = System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack;
                var rng = new Random(seed);
                for (int i = 0; i < count; i++)
                {
                    string src = Input(rng, corpus);
                    currentSource = src;
                    Volatile.Write(ref caseStart, clock.ElapsedMilliseconds);
                    Volatile.Write(ref current, i);
                    try
                    {
                        lock (compileLock) PyCompiler.Compile(src, "fuzz.py", rng.Next(8) == 0 ? PyCompiler.ModeSingle : PyCompiler.ModeExec);
                        result.Compiled++;
                    }
                    catch (CompileError e)
                    {
                        result.Rejected++;
                        int n;
                        result.Errors.TryGetValue(e.Kind, out n);
                        result.Errors[e.Kind] = n + 1;
                    }
                    catch (Exception e)
                    {
                        result.FailureCount++;
                        if (result.Failures.Count < 5)
                        {
                            result.Failures.Add("input " + i + ": " + e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace
                                + "\n--- source ---\n" + Escape(src));
                        }
                    }
                }
                Volatile.Write(ref current, count);
            }, StackSize);
            worker.IsBackground = true; // a hung input must not keep the process alive
            worker.Start();
            while (!worker.Join(100))
            {
                int c = Volatile.Read(ref current);
                if (c >= 0 && c < count && clock.ElapsedMilliseconds - Volatile.Read(ref caseStart) > HangSeconds * 1000L)
                {
                    result.Hung = true;
                    result.Failures.Add("input " + c + " still compiling after " + HangSeconds + " s:\n" + Escape(currentSource));
                    break;
                }
            }
            result.Milliseconds = clock.ElapsedMilliseconds;
            var kinds = new StringBuilder();
            foreach (KeyValuePair<string, int> k in result.Errors) kinds.Append(kinds.Length == 0 ? "" : ", ").Append(k.Key).Append(' ').Append(k.Value);
            log.WriteLine("source fuzz: seed " + seed + ": " + result.Compiled + " compiled, " + result.Rejected + " rejected ("
                + kinds + "), " + result.FailureCount + " failures" + (result.Hung ? ", HUNG" : "") + ", in " + result.Milliseconds + " ms");
            foreach (string f in result.Failures) log.WriteLine(f);
            return result;
        }

        private static List<byte[]> LoadCorpus(string[] sources)
        {
            var files = new List<string>();
            if (sources != null) files.AddRange(sources);
            else
            {
                files.AddRange(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "programs-src"), "*.py", SearchOption.AllDirectories));
                files.AddRange(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Compiler", "cases"), "*.py"));
            }
            files.Sort(StringComparer.Ordinal);
            var corpus = new List<byte[]>();
            foreach (string f in files) corpus.Add(File.ReadAllBytes(f));
            return corpus;
        }

        private static string Input(Random rng, List<byte[]> corpus)
        {
            switch (rng.Next(10))
            {
                case 0:
                case 1: return TokenSoup(rng);
                case 2: return ByteMutant(rng, corpus);
                case 3: if (rng.Next(8) == 0) return Nesting(rng); goto default;
                default: return TextMutant(rng, corpus);
            }
        }

        private static string Decode(byte[] b)
        {
            return Utf8.DecodeSource(b, 0, b.Length);
        }

        // Fragments worth splicing in: brackets, quotes and prefixes, the statements with special compile
        // paths, numbers at the edges of the folding rules, indentation and line structure, bytes.
        private static readonly string[] Fragments =
        {
            "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", ":=", "*", "**", "->", "@", "\\", "\\\n",
            "\n", "\n    ", "\t", " ", "#", "'", "\"", "'''", "\"\"\"", "f\"{", "}\"", "f'{x!r:>{w}}'", "rb'", "u'",
            "b'\\x", "'\\N{X}'", "'\\U0011ffff'", "'\\udc80'", "0x", "0b12", "0o8", "1_", "1e", "1e5j", "3j", ".5", "1 << 200",
            "2 ** -1", "10 ** 40", "-(1 << 63)", "~", "not ", " if x else ", "lambda *a, **k: ", "yield ", "yield from ",
            "await ", "async def f():\n", "async for a in b:\n", "async with a as b:\n", "def f(a, *b, c=1, **d) -> int:\n",
            "class C(B, metaclass=M):\n", "global x\n", "nonlocal x\n", "return ", "break\n", "continue\n", "del ",
            "try:\n", "except E as e:\n", "finally:\n", "else:\n", "elif x:\n", "while x:\n", "for a, *b in c:\n",
            "with a, b as c:\n", "import a.b as c\n", "from . import (a,\n", "from a import *\n", "X = const(1)\n",
            "_Y = const((1, 'a'))\n", "@micropython.bytecode\n", "@micropython.native\n", "@micropython.viper\n", "math.pi", "math.nan",
            "x: int = ", "[i := 0 for i in x]", "{k: v for k, v in d}", "{*a}", "*a, b = c\n", "super()", "__debug__",
            "\u00e9", "\ud83d\ude00", "\udcff", "\udcc3", "\r\n", "\r", "\0", "\u2028",
        };

        // A window of 1..40 lines (sometimes a whole file), then one to three text mutations.
        private static string TextMutant(Random rng, List<byte[]> corpus)
        {
            string[] lines = Decode(corpus[rng.Next(corpus.Count)]).Split('\n');
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
                    case 0: sb.Length = at; break;
                    case 1: sb.Remove(at, Math.Min(len - at, 1 + rng.Next(20))); break;
                    case 2:
                        {
                            int span = Math.Min(len - at, 1 + rng.Next(40));
                            sb.Insert(at, sb.ToString(at, span));
                            break;
                        }
                    case 3:
                    case 4: sb.Insert(at, Fragments[rng.Next(Fragments.Length)]); break;
                    case 5: if (at < len) sb[at] = (char)(32 + rng.Next(95)); break;
                    default:
                        {
                            string[] ls = sb.ToString().Split('\n');
                            int a = rng.Next(ls.Length), b = rng.Next(ls.Length);
                            string t = ls[a];
                            ls[a] = ls[b];
                            ls[b] = t;
                            sb.Clear().Append(string.Join("\n", ls));
                            break;
                        }
                }
            }
            return sb.ToString();
        }

        // A whole file or a slice of one, mutated as bytes, then read as nanompy reads a file.
        private static string ByteMutant(Random rng, List<byte[]> corpus)
        {
            byte[] f = corpus[rng.Next(corpus.Count)];
            int start = rng.Next(2) == 0 ? 0 : rng.Next(f.Length + 1);
            int len = Math.Min(f.Length - start, rng.Next(3) == 0 ? f.Length : 1 + rng.Next(600));
            var b = new List<byte>(len + 8);
            for (int i = 0; i < len; i++) b.Add(f[start + i]);
            int n = 1 + rng.Next(4);
            for (int m = 0; m < n; m++)
            {
                int at = b.Count == 0 ? 0 : rng.Next(b.Count);
                switch (rng.Next(6))
                {
                    case 0: if (b.Count > 0) b[at] ^= (byte)(1 << rng.Next(8)); break;
                    case 1: b.Insert(at, (byte)rng.Next(256)); break;
                    case 2: b.Insert(at, (byte)(0x80 + rng.Next(0x80))); break; // never valid alone
                    case 3: if (b.Count > 0) b.RemoveAt(at); break;
                    case 4: if (b.Count > 0) b.RemoveRange(at, b.Count - at); break;
                    default: b.Insert(at, (byte)"\0\n\r\t\\'\"#([{"[rng.Next(11)]); break; // structure bytes
                }
            }
            return Decode(b.ToArray());
        }

        private static readonly string[] Soup =
        {
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
            "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
            "+", "-", "*", "**", "/", "//", "%", "@", "<<", ">>", "&", "|", "^", "~", ":=", "<", ">", "<=", ">=", "==",
            "!=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=", "->", "+=", "-=", "*=", "/=", "//=", "%=",
            "@=", "&=", "|=", "^=", ">>=", "<<=", "**=", "...", "!", "$", "?", "`",
            "x", "y", "f", "self", "print", "const", "micropython", "__debug__", "_", "\u00e9t\u00e9", "super", "__class__",
            "0", "1", "007", "0x1f", "0b2", "1.5", "1e308", "1e-400", "1j", "0o7", "123456789012345678901234567890",
            "1_000", "4611686018427387904", "-1", "0.", ".e1",
            "'a'", "\"b\"", "'''c'''", "f'{x}'", "f\"{x!r:>{w}}\"", "f'{'", "b'\\xff'", "r'\\d'", "rb''", "u'x'",
            "'\\N{X}'", "'\\U0010ffff'", "'\\udc80'", "b'\u00e9'", "'\udcff'",
            "\n", "\n", "\n    ", "\n  ", "\n\t", "\\\n", "#c\n", "\udcc3", "\u00a0",
        };

        // 1..80 tokens of Python's vocabulary, mostly space-separated.
        private static string TokenSoup(Random rng)
        {
            var sb = new StringBuilder();
            int n = 1 + rng.Next(80);
            bool tight = rng.Next(4) == 0;
            for (int i = 0; i < n; i++)
            {
                if (!tight && i > 0) sb.Append(' ');
                sb.Append(Soup[rng.Next(Soup.Length)]);
            }
            return sb.ToString();
        }

        private static readonly string[] Openers = { "(", "[", "{", "-", "not ", "f(", "x[", "{1: ", "lambda: ", "1 if x else ", "y ** ", "(1, " };
        private static readonly string[] Closers = { ")", "]", "}", "", "", ")", "]", "}", "", "", "", ")" };

        // Expressions and blocks nested up to 6,000 deep, closed or not, and past NestingGuard.MaxDepth.
        private static string Nesting(Random rng)
        {
            bool past = rng.Next(20) == 0; // slow (tenths of a second each): rare
            int depth = past ? NestingGuard.MaxDepth - 100 + rng.Next(2000) : rng.Next(6000);
            var sb = new StringBuilder();
            if (!past && rng.Next(4) == 0)
            {
                for (int i = 0; i < depth / 10; i++) sb.Append(' ', i).Append("if x:\n");
                sb.Append(' ', depth / 10).Append("pass\n");
                return sb.ToString();
            }
            int k = rng.Next(Openers.Length);
            sb.Append("x = ");
            for (int i = 0; i < depth; i++) sb.Append(Openers[k]);
            sb.Append('1');
            int close = rng.Next(5) == 0 ? rng.Next(depth + 2) : depth;
            for (int i = 0; i < close; i++) sb.Append(Closers[k]);
            sb.Append('\n');
            return sb.ToString();
        }

        // The source for a report: printable, and at most 3,000 chars (a nesting input is megabytes).
        private static string Escape(string s)
        {
            var sb = new StringBuilder();
            if (s.Length > 3000) s = s.Substring(0, 1500) + "\n...[" + (s.Length - 3000) + " chars]...\n" + s.Substring(s.Length - 1500);
            foreach (char c in s)
            {
                if (c == '\n' || c >= ' ' && c < 0x7f) sb.Append(c);
                else sb.Append("\\u").Append(((int)c).ToString("x4"));
            }
            return sb.ToString();
        }
    }
}
