using System.IO;

namespace NanoMpy.Host
{
    // nanompy compile FILE.py [-o OUT] [-s NAME]: writes the .mpy v6 file mpy-cross v1.27.0 would write
    // (default OUT is FILE with .mpy, default NAME the path as given). Errors print as mpy-cross prints them.
    public static class CompileCommand
    {
        public static int Run(string[] args, int a, Stream stdout, Stream stderr)
        {
            string input = null, output = null, name = null;
            for (; a < args.Length; a++)
            {
                if (args[a] == "-o" && a + 1 < args.Length) output = args[++a];
                else if (args[a] == "-s" && a + 1 < args.Length) name = args[++a];
                else if (input == null && !args[a].StartsWith("-")) input = args[a];
                else return Usage(stderr);
            }
            if (input == null) return Usage(stderr);
            if (output == null) output = Path.ChangeExtension(input, ".mpy");
            if (name == null) name = input;
            string source;
            try
            {
                source = File.ReadAllText(input);
            }
            catch (IOException e)
            {
                Write(stderr, "nanompy: can't open " + input + ": " + e.Message + "\n");
                return 1;
            }
            try
            {
                File.WriteAllBytes(output, PyCompiler.Compile(source, name));
                return 0;
            }
            catch (CompileError e)
            {
                Write(stderr, "Traceback (most recent call last):\n  File \"" + name + "\", line " + e.Line + "\n" + e.Kind + ": " + e.Text + "\n");
                return 1;
            }
        }

        private static int Usage(Stream stderr)
        {
            Write(stderr, "usage: nanompy compile FILE.py [-o OUT.mpy] [-s SOURCE_NAME]\n");
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
