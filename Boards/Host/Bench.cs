using System.IO;

namespace NanoMpy.Host
{
    // `nanompy bench DIR [--micropython PATH] [--runs N]`: runs every DIR/*.mpy in-process (output
    // discarded) and prints the best time of N runs; with a MicroPython binary, also runs
    // `PATH -m NAME` in DIR the same way and prints the ratio nanompy/MicroPython.
    public static class Bench
    {
        public static int Run(string[] args, int a, Stream stdout, Stream stderr)
        {
            if (a >= args.Length)
            {
                Cli.WriteText(stderr, "usage: nanompy bench DIR [--micropython PATH] [--runs N]\n");
                return 1;
            }
            string dir = Path.GetFullPath(args[a]);
            string mp = null;
            int runs = 3;
            for (int i = a + 1; i < args.Length; i++)
            {
                if (args[i] == "--micropython" && i + 1 < args.Length) mp = args[++i];
                else if (args[i] == "--runs" && i + 1 < args.Length) runs = int.Parse(args[++i]);
            }
            string[] files = Directory.GetFiles(dir, "*.mpy");
            System.Array.Sort(files, System.StringComparer.Ordinal);
            Cli.WriteText(stdout, mp == null
                ? string.Format("{0,-24} {1,12}\n", "program", "nanompy ms")
                : string.Format("{0,-24} {1,12} {2,14} {3,8}\n", "program", "nanompy ms", "micropython ms", "ratio"));
            int failures = 0;
            foreach (string f in files)
            {
                string name = Path.GetFileNameWithoutExtension(f);
                double best = double.MaxValue;
                int rc = 0;
                for (int r = 0; r < runs; r++)
                {
                    System.Diagnostics.Stopwatch sw = System.Diagnostics.Stopwatch.StartNew();
                    rc = Cli.RunProgram(Stream.Null, Stream.Null, new string[] { name }, new string[] { dir }, name, null);
                    sw.Stop();
                    if (sw.Elapsed.TotalMilliseconds < best) best = sw.Elapsed.TotalMilliseconds;
                }
                if (rc != 0) failures++;
                string mark = rc != 0 ? " (exit " + rc + ")" : "";
                if (mp == null)
                {
                    Cli.WriteText(stdout, string.Format("{0,-24} {1,12:F1}{2}\n", name, best, mark));
                    continue;
                }
                double mbest = double.MaxValue;
                for (int r = 0; r < runs; r++)
                {
                    double t = RunMicroPython(mp, dir, name);
                    if (t < mbest) mbest = t;
                }
                Cli.WriteText(stdout, string.Format("{0,-24} {1,12:F1} {2,14:F1} {3,8:F2}{4}\n", name, best, mbest, best / mbest, mark));
            }
            stdout.Flush();
            return failures == 0 ? 0 : 1;
        }

        private static double RunMicroPython(string exe, string dir, string name)
        {
            System.Diagnostics.ProcessStartInfo psi = new System.Diagnostics.ProcessStartInfo(exe);
            psi.ArgumentList.Add("-m");
            psi.ArgumentList.Add(name);
            psi.WorkingDirectory = dir;
            psi.RedirectStandardOutput = true;
            psi.RedirectStandardError = true;
            psi.UseShellExecute = false;
            System.Diagnostics.Stopwatch sw = System.Diagnostics.Stopwatch.StartNew();
            using (System.Diagnostics.Process p = System.Diagnostics.Process.Start(psi))
            {
                p.StandardOutput.ReadToEnd();
                p.StandardError.ReadToEnd();
                p.WaitForExit();
            }
            sw.Stop();
            return sw.Elapsed.TotalMilliseconds;
        }
    }
}
