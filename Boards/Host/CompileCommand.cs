#if MP_COMPILER
// (only with the compiler: build/FeatureLevel.props)
using System.Collections.Generic;
using System.IO;
using NanoMpy.Compiler;

namespace NanoMpy.Host
{
    // nanompy compile FILE.py [-o OUT] [-s NAME]: writes the .mpy v6 file mpy-cross v1.27.0 would write
    // (default OUT is FILE with .mpy, default NAME the path as given). Errors print as mpy-cross prints them.
    // nanompy compile -d DIR FILE.py...: compiles each file to DIR/FILE.mpy (FILE as given, relative paths keep
    // their folders), named as given; one process for a whole corpus (CI, measurements). Exit 1 if any failed.
    public static class CompileCommand
    {
        public static int Run(string[] args, int a, Stream stdout, Stream stderr)
        {
            string output = null, name = null, dir = null;
            int optLevel = 0, smallIntBits = 31;
            List<string> inputs = new List<string>();
            for (; a < args.Length; a++)
            {
                if (args[a] == "-o" && a + 1 < args.Length) output = args[++a];
                else if (args[a] == "-s" && a + 1 < args.Length) name = args[++a];
                else if (args[a] == "-d" && a + 1 < args.Length) dir = args[++a];
                else if (args[a].StartsWith("-O") && args[a].Length > 2 && int.TryParse(args[a].Substring(2), out int level)) optLevel = level;
                else if (args[a] == "-O") optLevel = 1;
                else if (args[a].StartsWith("-msmall-int-bits=") && int.TryParse(args[a].Substring(17), out int bits) && bits >= 2 && bits <= 64) smallIntBits = bits;
                else if (!args[a].StartsWith("-")) inputs.Add(args[a]);
                else return Usage(stderr);
            }
            if (inputs.Count == 0 || (inputs.Count > 1 || dir != null) && (output != null || name != null)) return Usage(stderr);
            if (dir == null && inputs.Count > 1) return Usage(stderr);
            int rc = 0;
            // mpy-cross options, for this command only
            PyCompiler.OptLevel = optLevel;
            Parser.SetSmallIntBits(smallIntBits);
            try
            {
                // On a thread with the interpreter's big stack: the parser recurses once per level of nesting,
                // and mpy-cross takes parentheses some 8,000 deep.
                System.Threading.Thread t = new System.Threading.Thread(() =>
                {
                    foreach (string input in inputs)
                    {
                        string o = output ?? (dir == null ? Path.ChangeExtension(input, ".mpy") : Path.Combine(dir, Path.ChangeExtension(input, ".mpy")));
                        if (CompileOne(input, o, name ?? input, stderr) != 0) rc = 1;
                    }
                }, ProgramRunner.StackSize);
                t.Start();
                t.Join();
            }
            finally
            {
                PyCompiler.OptLevel = 0;
                Parser.SetSmallIntBits(31);
            }
            return rc;
        }

        private static int CompileOne(string input, string output, string name, Stream stderr)
        {
            string source;
            try
            {
                // Decoded as is: a BOM stays in the text (mpy-cross reads it as identifier bytes).
                if (Directory.Exists(input)) throw new IOException("Is a directory");
                byte[] raw = File.ReadAllBytes(input);
                source = Utf8.DecodeSource(raw, 0, raw.Length); // bytes that are not UTF-8 stay bytes, as in mpy-cross
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
            {
                Write(stderr, "nanompy: can't open " + input + ": " + Reason(e) + "\n");
                return 1;
            }
            byte[] mpy;
            try
            {
                mpy = PyCompiler.Compile(source, name);
            }
            catch (CompileError e)
            {
                string where = e.Line > 0 ? "Traceback (most recent call last):\n  File \"" + name + "\", line " + e.Line + "\n" : "";
                Write(stderr, where + e.Kind + ": " + e.Text + "\n");
                return 1;
            }
            catch (System.Exception e)
            {
                // A compiler bug, not the user's: say so rather than letting it take down a batch.
                Write(stderr, "nanompy: internal error compiling " + input + ": " + e.GetType().Name + ": " + e.Message + "\n");
                return 1;
            }
            try
            {
                if (Directory.Exists(output)) throw new IOException("Is a directory");
                string d = Path.GetDirectoryName(output);
                if (!string.IsNullOrEmpty(d)) Directory.CreateDirectory(d);
                File.WriteAllBytes(output, mpy);
                return 0;
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
            {
                Write(stderr, "nanompy: can't write " + output + ": " + Reason(e) + "\n");
                return 1;
            }
        }

        // The system's reason, without .NET's wording around it.
        private static string Reason(System.Exception e)
        {
            if (e is FileNotFoundException || e is DirectoryNotFoundException) return "No such file or directory";
            if (e is System.UnauthorizedAccessException) return "Permission denied";
            return e.Message;
        }

        private static int Usage(Stream stderr)
        {
            Write(stderr, "usage: nanompy compile FILE.py [-o OUT.mpy] [-s SOURCE_NAME] [-O[N]] [-msmall-int-bits=N]\n       nanompy compile -d DIR FILE.py...\n");
            return 2;
        }

        private static void Write(Stream s, string text)
        {
            byte[] b = System.Text.Encoding.UTF8.GetBytes(text);
            s.Write(b, 0, b.Length);
            s.Flush();
        }
    }
}
#endif
