using System.Collections.Generic;
using System.IO;
using System.Text;

namespace NanoMpy.Host
{
    // nanompy test --port PORT [--baud N] [--timeout S] [--no-reset] PROGRAMS-OR-DIRS...
    // nanompy test --sim [--profile NAME] PROGRAMS-OR-DIRS...
    // Runs .mpy programs on a board over its raw REPL and compares each with its golden: X.mpy beside X.exp
    // (merged stdout and stderr, as the unix port prints them) and X.exitcode (0 when absent). The helper
    // modules and packages of a folder (.mpy files without an .exp, and subfolders) are uploaded first. Each
    // program is uploaded, imported under a wrapper that reports SystemExit's status, and removed; a soft reset
    // comes between programs (--no-reset instead forgets the module: MicroPython's unix port ends on Ctrl-D).
    // A program past the timeout gets Ctrl-C. --sim starts the simulated board on a pseudo-terminal.
    // NANOMPY_TRACE=1 shows the bytes each way on stderr.
    public static class TestCommand
    {
        private const string ExitMark = "\u0001EXIT ";

        public static int Run(string[] args, int a, Stream stdout, Stream stderr)
        {
            string port = null, profile = "sim";
            bool sim = false, reset = true;
            int baud = 115200, timeout = 30;
            var inputs = new List<string>();
            for (; a < args.Length; a++)
            {
                if (args[a] == "--port" && a + 1 < args.Length) port = args[++a];
                else if (args[a] == "--sim") sim = true;
                else if (args[a] == "--profile" && a + 1 < args.Length) profile = args[++a];
                else if (args[a] == "--no-reset") reset = false;
                else if (args[a] == "--baud" && a + 1 < args.Length && int.TryParse(args[a + 1], out baud)) a++;
                else if (args[a] == "--timeout" && a + 1 < args.Length && int.TryParse(args[a + 1], out timeout)) a++;
                else if (!args[a].StartsWith("-")) inputs.Add(args[a]);
                else return Usage(stderr);
            }
            if ((port == null) == !sim || inputs.Count == 0 || timeout <= 0) return Usage(stderr);
            var programs = new List<string>();
            var helperDirs = new List<string>();
            foreach (string i in inputs)
            {
                if (Directory.Exists(i))
                {
                    var found = new List<string>();
                    foreach (string f in Directory.GetFiles(i, "*.mpy"))
                    {
                        if (File.Exists(Path.ChangeExtension(f, ".exp"))) found.Add(f);
                    }
                    found.Sort(System.StringComparer.Ordinal);
                    programs.AddRange(found);
                    if (!helperDirs.Contains(i)) helperDirs.Add(i);
                }
                else if (File.Exists(i) && i.EndsWith(".mpy") && File.Exists(Path.ChangeExtension(i, ".exp")))
                {
                    programs.Add(i);
                    string d = Path.GetDirectoryName(i);
                    if (d.Length == 0) d = ".";
                    if (!helperDirs.Contains(d)) helperDirs.Add(d);
                }
                else
                {
                    Cli.WriteText(stderr, "nanompy test: " + i + " is neither a folder nor an .mpy with an .exp\n");
                    return 2;
                }
            }
            SimulatedBoardProcess board = null;
            if (sim)
            {
                string error;
                board = SimulatedBoardProcess.Start(profile, out error);
                if (board == null)
                {
                    Cli.WriteText(stderr, "nanompy test: " + error + "\n");
                    return 1;
                }
                port = board.Port;
            }
            try
            {
                return RunAll(port, baud, timeout * 1000, reset, programs, helperDirs, stdout, stderr);
            }
            finally
            {
                if (board != null) board.Dispose();
            }
        }

        private static int Usage(Stream stderr)
        {
            Cli.WriteText(stderr, "usage: nanompy test --port PORT [--baud N] [--timeout S] [--no-reset] PROGRAMS-OR-DIRS...\n"
                + "       nanompy test --sim [--profile NAME] [--timeout S] PROGRAMS-OR-DIRS...\n");
            return 2;
        }

        private static int RunAll(string port, int baud, int timeoutMs, bool reset, List<string> programs, List<string> helperDirs,
            Stream stdout, Stream stderr)
        {
            string error;
            SerialLink link = SerialLink.Open(port, baud, out error);
            if (link == null)
            {
                Cli.WriteText(stderr, "nanompy test: " + error + "\n");
                return 1;
            }
            using (link)
            {
                var repl = new RawReplClient(link);
                if (!repl.Enter(out error) || (reset && !repl.SoftReset(out error)))
                {
                    Cli.WriteText(stderr, "nanompy test: " + port + ": " + error + "\n");
                    return 1;
                }
                // A single-precision board (ESP32, STM32) is compared with X.single.exp where a program has one.
                bool single = IsSingleFloat(repl, timeoutMs);
                var uploaded = new List<string>();
                var madeDirs = new List<string>();
                foreach (string d in helperDirs)
                {
                    if (!UploadHelpers(repl, d, "", uploaded, madeDirs, timeoutMs, out error))
                    {
                        Cli.WriteText(stderr, "nanompy test: uploading helpers: " + error + "\n");
                        return 1;
                    }
                }
                int passed = 0, failed = 0, skipped = 0;
                for (int i = 0; i < programs.Count; i++)
                {
                    string p = programs[i];
                    // X.single.skip: a single-precision result this runtime does not reproduce, and why
                    string skip = Path.ChangeExtension(p, ".single.skip");
                    if (single && File.Exists(skip))
                    {
                        skipped++;
                        Cli.WriteText(stdout, "SKIP " + p + ": " + File.ReadAllText(skip).Split('\n')[0].Trim()
                            + "  [" + (i + 1) + "/" + programs.Count + "]\n");
                        continue;
                    }
                    string why = RunOne(repl, p, timeoutMs, reset, single);
                    if (why == null) passed++;
                    else failed++;
                    Cli.WriteText(stdout, (why == null ? "PASS " : "FAIL ") + p + (why == null ? "" : ": " + why)
                        + "  [" + (i + 1) + "/" + programs.Count + "]\n");
                }
                // clean up: the files, then the folders, deepest first
                var sb = new StringBuilder("import os\n");
                foreach (string f in uploaded) sb.Append("try:\n os.remove(" + Quote(f) + ")\nexcept OSError:\n pass\n");
                for (int i = madeDirs.Count - 1; i >= 0; i--) sb.Append("try:\n os.rmdir(" + Quote(madeDirs[i]) + ")\nexcept OSError:\n pass\n");
                string o, e;
                repl.Exec(sb.ToString(), timeoutMs, out o, out e);
                Cli.WriteText(stdout, passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : "") + "\n");
                return failed == 0 ? 0 : 1;
            }
        }

        // The .mpy files without a golden and the folders of dir, to the board's current folder.
        private static bool UploadHelpers(RawReplClient repl, string dir, string prefix, List<string> uploaded, List<string> madeDirs,
            int timeoutMs, out string error)
        {
            error = null;
            foreach (string f in Directory.GetFiles(dir, "*.mpy"))
            {
                if (prefix.Length == 0 && File.Exists(Path.ChangeExtension(f, ".exp"))) continue;
                string name = prefix + Path.GetFileName(f);
                if (!Upload(repl, File.ReadAllBytes(f), name, timeoutMs, out error)) return false;
                uploaded.Add(name);
            }
            foreach (string sub in Directory.GetDirectories(dir))
            {
                string name = prefix + Path.GetFileName(sub);
                string o, e;
                if (!repl.Exec("import os\ntry:\n os.mkdir(" + Quote(name) + ")\nexcept OSError:\n pass\n", timeoutMs, out o, out e) || e.Length != 0)
                {
                    error = "mkdir " + name + ": " + e;
                    return false;
                }
                madeDirs.Add(name);
                if (!UploadHelpers(repl, sub, name + "/", uploaded, madeDirs, timeoutMs, out error)) return false;
            }
            return true;
        }

        // mpremote's cp: open, write() in 256-byte bytes literals, close.
        private static bool Upload(RawReplClient repl, byte[] data, string name, int timeoutMs, out string error)
        {
            var sb = new StringBuilder("f=open(" + Quote(name) + ",'wb')\nw=f.write\n");
            for (int off = 0; off < data.Length; off += 256) sb.Append("w(" + BytesLiteral(data, off, System.Math.Min(256, data.Length - off)) + ")\n");
            sb.Append("f.close()\n");
            string o, e;
            if (!repl.Exec(sb.ToString(), timeoutMs, out o, out e) || e.Length != 0)
            {
                error = name + ": " + (e ?? "no answer; the line so far: " + Transcript(repl.History));
                return false;
            }
            error = null;
            return true;
        }

        // Whether the board's floats are single precision: 2**24 + 1 does not survive the trip through float.
        private static bool IsSingleFloat(RawReplClient repl, int timeoutMs)
        {
            string o, e;
            return repl.Exec("print(float(16777217) == 16777216)", timeoutMs, out o, out e) && o.Trim() == "True";
        }

        // null when the program's output and status match its goldens, else why not.
        private static string RunOne(RawReplClient repl, string mpy, int timeoutMs, bool reset, bool single)
        {
            string name = Path.GetFileNameWithoutExtension(mpy);
            string expFile = Path.ChangeExtension(mpy, ".exp");
            string codeFile = Path.ChangeExtension(mpy, ".exitcode");
            if (single && File.Exists(Path.ChangeExtension(mpy, ".single.exp")))
            {
                expFile = Path.ChangeExtension(mpy, ".single.exp");
                if (File.Exists(Path.ChangeExtension(mpy, ".single.exitcode"))) codeFile = Path.ChangeExtension(mpy, ".single.exitcode");
            }
            string expected = File.ReadAllText(expFile, Encoding.UTF8);
            int expectedCode = File.Exists(codeFile) ? int.Parse(File.ReadAllText(codeFile).Trim()) : 0;
            string error;
            if (!Upload(repl, File.ReadAllBytes(mpy), name + ".mpy", timeoutMs, out error)) return "upload failed: " + error;
            // the unix port's exit status: SystemExit's code (None 0, an int its low byte, anything else printed
            // and 1), 1 for an uncaught exception
            string wrapper = "try:\n import " + name + "\nexcept SystemExit as e:\n"
                + " a = e.args[0] if e.args else None\n"
                + " c = 0 if a is None else a & 255 if isinstance(a, int) else 1\n"
                + " if c == 1 and not isinstance(a, int):\n  print(a)\n"
                + " print(" + Quote(ExitMark) + " + str(c))\n";
            string o, e;
            if (!reset)
            {
                // what the program changes of sys is put back afterwards, as a soft reset would
                repl.Exec("import sys\n_nm = set(sys.modules)\n_np = list(sys.path)\n", timeoutMs, out o, out e);
            }
            bool answered = repl.Exec(wrapper, timeoutMs, out o, out e);
            string actual = (o ?? "") + Traceback(e ?? "");
            // the line carries bytes (Latin-1 in the link's strings); the program wrote UTF-8
            actual = Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(actual)).Replace("\r\n", "\n");
            int code = (e ?? "").Length != 0 ? 1 : 0;
            int mark = actual.LastIndexOf(ExitMark, System.StringComparison.Ordinal);
            if (mark >= 0)
            {
                int end = actual.IndexOf('\n', mark);
                code = int.Parse(actual.Substring(mark + ExitMark.Length, end - mark - ExitMark.Length));
                actual = actual.Substring(0, mark) + actual.Substring(end + 1);
            }
            string cleanup = "import os\ntry:\n os.remove(" + Quote(name + ".mpy") + ")\nexcept OSError:\n pass\n";
            string o2, e2;
            if (reset)
            {
                string err;
                repl.SoftReset(out err);
                repl.Exec(cleanup, timeoutMs, out o2, out e2);
            }
            else
            {
                repl.Exec(cleanup + "import sys\nfor k in [k for k in sys.modules if k not in _nm]:\n del sys.modules[k]\nsys.path[:] = _np\n", timeoutMs, out o2, out e2);
            }
            if (!answered) return "no answer within the timeout (Ctrl-C sent)";
            if (actual != expected) return Difference(expected, actual);
            if (code != expectedCode) return "exit status " + code + ", expected " + expectedCode;
            return null;
        }

        // The raw REPL's traceback has the wrapper's own frame ("<stdin>") first; `micropython X.mpy` has not.
        // (A UART port ends lines with \r\n, the unix port on a terminal with \n.)
        private static string Traceback(string e)
        {
            e = e.Replace("\r\n", "\n");
            const string Head = "Traceback (most recent call last):\n";
            const string Stdin = "  File \"<stdin>\"";
            if (!e.StartsWith(Head, System.StringComparison.Ordinal)) return e;
            if (string.CompareOrdinal(e, Head.Length, Stdin, 0, Stdin.Length) != 0) return e;
            int line = e.IndexOf('\n', Head.Length);
            return line < 0 ? e : Head + e.Substring(line + 1);
        }

        private static string Transcript(string s)
        {
            var sb = new StringBuilder();
            foreach (char c in s)
            {
                if (c >= ' ' && c < 0x7f) sb.Append(c);
                else sb.Append("\\x").Append(((int)c).ToString("x2"));
            }
            return sb.ToString();
        }

        // The first line that differs, both ways.
        private static string Difference(string expected, string actual)
        {
            string[] x = expected.Split('\n'), y = actual.Split('\n');
            int i = 0;
            while (i < x.Length && i < y.Length && x[i] == y[i]) i++;
            return "output differs at line " + (i + 1) + ": expected " + Show(i < x.Length ? x[i] : "(end)") + ", got " + Show(i < y.Length ? y[i] : "(end)");
        }

        private static string Show(string line)
        {
            if (line.Length > 100) line = line.Substring(0, 100) + "...";
            return Transcript(line);
        }

        private static string Quote(string s)
        {
            return "'" + s.Replace("\\", "\\\\").Replace("'", "\\'").Replace("\u0001", "\\x01") + "'";
        }

        private static string BytesLiteral(byte[] d, int off, int len)
        {
            var sb = new StringBuilder("b'");
            for (int i = off; i < off + len; i++)
            {
                byte b = d[i];
                if (b >= 0x20 && b < 0x7f && b != '\'' && b != '\\') sb.Append((char)b);
                else sb.Append("\\x").Append(b.ToString("x2"));
            }
            return sb.Append('\'').ToString();
        }
    }
}
