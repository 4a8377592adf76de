using NanoMpy.Flash;

namespace NanoMpy.Tests.Device
{
    // Runs the program corpus (Tests/programs) from a ROMFS image: every X with X.mpy and X.exp at the image's
    // root is a program, run as `micropython -m X` (ports/unix/main.c) and compared byte for byte with X.exp,
    // its exit status with X.exitcode (0 when absent).
    public static class CorpusRunner
    {
        // The programs of the image, in its order.
        public static string[] Programs(RomfsImage image)
        {
            RomfsEntry[] all = image.List(image.Root());
            string[] names = new string[all.Length];
            int n = 0;
            for (int i = 0; i < all.Length; i++)
            {
                string f = all[i].Name;
                if (all[i].IsDir || !f.EndsWith(".exp")) continue;
                string name = f.Substring(0, f.Length - 4);
                if (image.Find(name + ".mpy") != null) names[n++] = name;
            }
            string[] r = new string[n];
            System.Array.Copy(names, r, n);
            return r;
        }

        public static byte[] Golden(RomfsImage image, string name)
        {
            return Bytes(image, image.Find(name + ".exp"));
        }

        public static int ExpectedExit(RomfsImage image, string name)
        {
            byte[] b = Bytes(image, image.Find(name + ".exitcode"));
            if (b == null) return 0;
            int v = 0;
            for (int i = 0; i < b.Length && b[i] >= (byte)'0' && b[i] <= (byte)'9'; i++) v = v * 10 + (b[i] - '0');
            return v;
        }

        // Runs the program on a fresh interpreter; its output is in board.Output(). Returns the exit status.
        public static int Run(CorpusBoard board, string name, ISourceCompiler compiler)
        {
            board.ClearOutput();
            MpState.Deinit();
            MpConfig c = new MpConfig();
            c.Board = board;
            c.Compiler = compiler;
            c.Argv = new string[] { CorpusBoard.Rom + "/" + name + ".mpy" };
            c.Path = new string[] { CorpusBoard.Rom, CorpusBoard.Rom + "/lib" };
            MpState.Init(c);
            int ret = 0;
            try
            {
                try
                {
                    Imports.Import(name, Value.False, 0, null, true);
                    while (Scheduler.Pending != 0) Scheduler.RunPending();
                }
                catch (PyException)
                {
                    throw;
                }
                catch (System.Exception ex)
                {
                    throw new PyException(global::NanoMpy.Vm.MapHostException(ex));
                }
            }
            catch (PyException pe)
            {
                ret = Uncaught(board, pe.Exc);
            }
            board.CloseAll();
            MpState.Deinit();
            return ret;
        }

        // ports/unix/main.c handle_uncaught_exception: SystemExit's status, else the traceback on stderr and 1.
        private static int Uncaught(CorpusBoard board, PyBaseException e)
        {
            if (e.ExcType.IsSubclassOf(ExcTypes.SystemExit))
            {
                Value v = e.Args.Items.Length > 0 ? e.Args.Items[0] : Value.None;
                if (v.IsNone) return 0;
                if (v.IsSmallInt) return (int)(NumberOps.GetInt(v) & 255);
                if (v.Obj is PyBool) return ((PyBool)v.Obj).B ? 1 : 0;
                return 1;
            }
            Printer p = new Printer();
            try
            {
                global::NanoMpy.Vm.PrintException(p, e); // global: the host tests have a NanoMpy.Tests.Vm namespace
            }
            catch (System.Exception)
            {
                p.Write("\n");
            }
            board.Stderr.Write(p.Buffer, 0, p.Length);
            return 1;
        }

        // "" when equal, else the first line that differs, both ways, for the test's report.
        public static string Difference(byte[] expected, byte[] actual)
        {
            int line = 1, start = 0;
            int n = expected.Length < actual.Length ? expected.Length : actual.Length;
            for (int i = 0; i < n; i++)
            {
                if (expected[i] != actual[i]) return "line " + line + ": expected " + Line(expected, start) + ", got " + Line(actual, start);
                if (expected[i] == (byte)'\n')
                {
                    line++;
                    start = i + 1;
                }
            }
            if (expected.Length == actual.Length) return "";
            return "line " + line + ": expected " + Line(expected, start) + ", got " + Line(actual, start);
        }

        private static string Line(byte[] b, int start)
        {
            if (start >= b.Length) return "<end of output>";
            int end = start;
            while (end < b.Length && b[end] != (byte)'\n' && end - start < 100) end++;
            return "'" + System.Text.Encoding.UTF8.GetString(b, start, end - start) + "'";
        }

        private static byte[] Bytes(RomfsImage image, RomfsEntry e)
        {
            if (e == null || e.IsDir) return null;
            byte[] b = new byte[e.DataLength];
            System.Array.Copy(image.Data, e.DataStart, b, 0, e.DataLength);
            return b;
        }
    }
}
