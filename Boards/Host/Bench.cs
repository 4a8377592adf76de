using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace NanoMpy.Host
{
    // `nanompy bench DIR [--micropython PATH] [--runs N]`: the like-for-like benchmark command.
    //
    // Every DIR/*.mpy is a benchmark that times its own work, as MicroPython's tests/perf_bench programs do:
    // its last output line starts with the microseconds it took (time.ticks_us), then its results. Each one
    // runs N times as `nanompy -m NAME` and, given a MicroPython binary, as `PATH -m NAME` (both from DIR,
    // interleaved so that a busy machine slows both alike); the best time of each, their ratio
    // nanompy/MicroPython (below 1: nanompy is faster) and the geometric mean of the ratios are printed.
    // Outputs are compared too (the time removed): a benchmark whose results differ is not like for like.
    // --rom also runs each one from /rom through the flash cache (`nanompy -X rom -m NAME`, RomRun), in the same
    // rounds, and prints its time over the whole-file time.
    //
    // nanompy runs in a fresh process of this executable, like MicroPython; hosted in another process (the
    // tests, `dotnet nanompy.dll`) it runs in-process instead. Bad arguments: one line on stderr, exit 2; a
    // benchmark that fails or prints no time: exit 1.
    public static class Bench
    {
        private const string UsageText = "usage: nanompy bench DIR [--micropython PATH] [--runs N] [--rom]";

        // The result of one run: the time the program printed (-1: none) and its output without that time.
        private sealed class Outcome
        {
            public long Micros = -1;
            public string Output;
            public string Error;
        }

        public static int Run(string[] args, int a, Stream stdout, Stream stderr)
        {
            string dir = null, mp = null, error = null;
            int runs = 3;
            bool rom = false;
            for (int i = a; i < args.Length && error == null; i++)
            {
                if (args[i] == "--micropython")
                {
                    if (i + 1 >= args.Length) error = "--micropython needs the path of a MicroPython binary";
                    else mp = args[++i];
                }
                else if (args[i] == "--runs")
                {
                    if (i + 1 >= args.Length || !int.TryParse(args[i + 1], out runs) || runs < 1)
                        error = "--runs needs a positive integer, got " + (i + 1 < args.Length ? "'" + args[i + 1] + "'" : "nothing");
                    i++;
                }
                else if (args[i] == "--rom") rom = true;
                else if (args[i].StartsWith("-")) error = "unknown option '" + args[i] + "' (" + UsageText + ")";
                else if (dir != null) error = "one folder only, got '" + dir + "' and '" + args[i] + "'";
                else dir = args[i];
            }
            if (error == null && dir == null) error = "no folder given (" + UsageText + ")";
            if (error == null) error = CheckFolder(dir);
            if (error == null && mp != null) error = CheckExecutable(mp);
            string[] files = null;
            if (error == null)
            {
                try
                {
                    files = Directory.GetFiles(dir, "*.mpy");
                    if (files.Length == 0) error = "no .mpy files in " + dir;
                }
                catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
                {
                    error = "cannot read " + dir + ": " + e.Message;
                }
            }
            if (error != null)
            {
                Cli.WriteText(stderr, "nanompy bench: " + error + "\n");
                stderr.Flush();
                return 2;
            }
            dir = Path.GetFullPath(dir);
            System.Array.Sort(files, System.StringComparer.Ordinal);
            return RunAll(dir, files, mp, runs, rom, stdout);
        }

        private static string CheckFolder(string dir)
        {
            if (File.Exists(dir)) return "not a folder: " + dir;
            if (!Directory.Exists(dir)) return "no such folder: " + dir;
            return null;
        }

        private static string CheckExecutable(string path)
        {
            if (Directory.Exists(path)) return "MicroPython binary is a folder: " + path;
            if (!File.Exists(path)) return "no MicroPython binary at " + path;
            if (!System.OperatingSystem.IsWindows()
                && (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) == 0)
                return "MicroPython binary is not executable: " + path;
            return null;
        }

        private static int RunAll(string dir, string[] files, string mp, int runs, bool rom, Stream stdout)
        {
            string self = SelfExecutable();
            Cli.WriteText(stdout, string.Format("best of {0} runs, each program's own timer ({1})\n", runs,
                self != null ? "nanompy in a fresh process per run" : "nanompy in-process"));
            Cli.WriteText(stdout, (mp == null
                ? string.Format("{0,-24} {1,12}", "program", "nanompy ms")
                : string.Format("{0,-24} {1,12} {2,15} {3,8}", "program", "nanompy ms", "micropython ms", "ratio"))
                + (rom ? string.Format(" {0,12} {1,9}", "/rom ms", "rom/file") : "") + "\n");
            stdout.Flush();
            int failures = 0;
            double logSum = 0;
            int ratios = 0;
            double romLogSum = 0, romWorst = 0;
            int romRatios = 0;
            foreach (string f in files)
            {
                string name = Path.GetFileNameWithoutExtension(f);
                Outcome best = null, mbest = null, rbest = null;
                string problem = null;
                for (int r = 0; r < runs && problem == null; r++)
                {
                    Outcome n = self != null ? RunProcess(self, dir, name) : RunInProcess(dir, name);
                    problem = Keep(ref best, n, "nanompy");
                    if (problem == null && rom)
                    {
                        Outcome rn = self != null ? RunProcess(self, dir, name, true) : RunInProcess(dir, name, true);
                        problem = Keep(ref rbest, rn, "nanompy -X rom");
                    }
                    if (problem != null || mp == null) continue;
                    problem = Keep(ref mbest, RunProcess(mp, dir, name), "micropython");
                }
                if (problem == null && mp != null && best.Output != mbest.Output) problem = "results differ from MicroPython's";
                if (problem == null && rom && best.Output != rbest.Output) problem = "results from /rom differ";
                string romText = "";
                if (problem == null && rom)
                {
                    double rr = best.Micros > 0 && rbest.Micros > 0 ? (double)rbest.Micros / best.Micros : double.NaN;
                    if (!double.IsNaN(rr))
                    {
                        romLogSum += System.Math.Log(rr);
                        romRatios++;
                        if (rr > romWorst) romWorst = rr;
                    }
                    romText = string.Format(" {0,12:F2} {1,9:F2}", rbest.Micros / 1000.0, rr);
                }
                if (problem != null)
                {
                    failures++;
                    Cli.WriteText(stdout, string.Format("{0,-24} FAIL: {1}\n", name, problem));
                }
                else if (mp == null)
                {
                    Cli.WriteText(stdout, string.Format("{0,-24} {1,12:F2}", name, best.Micros / 1000.0) + romText + "\n");
                }
                else
                {
                    // a run too short to time (0 us) on either side gives no ratio
                    double ratio = best.Micros > 0 && mbest.Micros > 0 ? (double)best.Micros / mbest.Micros : double.NaN;
                    if (!double.IsNaN(ratio))
                    {
                        logSum += System.Math.Log(ratio);
                        ratios++;
                    }
                    Cli.WriteText(stdout, string.Format("{0,-24} {1,12:F2} {2,15:F2} {3,8:F2}", name,
                        best.Micros / 1000.0, mbest.Micros / 1000.0, ratio) + romText + "\n");
                }
                stdout.Flush();
            }
            if (ratios > 0)
                Cli.WriteText(stdout, string.Format("{0,-24} {1,12} {2,15} {3,8:F2}\n", "geomean", "", "", System.Math.Exp(logSum / ratios)));
            if (romRatios > 0)
                Cli.WriteText(stdout, string.Format("/rom over whole file: geomean {0:F3}, worst {1:F3}\n", System.Math.Exp(romLogSum / romRatios), romWorst));
            stdout.Flush();
            return failures == 0 ? 0 : 1;
        }

        // Keeps the faster of two runs of one side; the first run's output is the reference for the others.
        private static string Keep(ref Outcome best, Outcome run, string who)
        {
            if (run.Error != null) return who + ": " + run.Error;
            if (best != null && run.Output != best.Output) return who + ": results differ between runs";
            if (best == null || run.Micros < best.Micros) best = run;
            return null;
        }

        // This process's executable when it is nanompy itself (the native or the JIT apphost), else null.
        private static string SelfExecutable()
        {
            string p = System.Environment.ProcessPath;
            return p != null && Path.GetFileNameWithoutExtension(p) == "nanompy" ? p : null;
        }

        private static Outcome RunInProcess(string dir, string name, bool rom = false)
        {
            MemoryStream output = new MemoryStream();
            int rc = rom
                ? RunFromRomInProcess(output, dir, name)
                : Cli.RunProgram(output, output, new string[] { name }, new string[] { dir }, name, null);
            return Parse(output.ToArray(), rc);
        }

        private static int RunFromRomInProcess(MemoryStream output, string dir, string name)
        {
            string saved = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(dir);
            try
            {
                return Cli.Run(new string[] { "-X", "rom", "-m", name }, output, output);
            }
            finally
            {
                Directory.SetCurrentDirectory(saved);
            }
        }

        private static Outcome RunProcess(string exe, string dir, string name, bool rom = false)
        {
            ProcessStartInfo psi = new ProcessStartInfo(exe);
            if (rom)
            {
                psi.ArgumentList.Add("-X");
                psi.ArgumentList.Add("rom");
            }
            psi.ArgumentList.Add("-m");
            psi.ArgumentList.Add(name);
            psi.WorkingDirectory = dir;
            psi.RedirectStandardOutput = true;
            psi.RedirectStandardError = true;
            psi.UseShellExecute = false;
            try
            {
                using (Process p = Process.Start(psi))
                {
                    // stderr is read on another thread so that neither pipe can fill up and stall the program
                    // (a plain thread: Task-based reading adds 0.2 MB of async machinery to the native binary)
                    string err = null;
                    System.Threading.Thread reader = new System.Threading.Thread(() => { err = p.StandardError.ReadToEnd(); });
                    reader.Start();
                    string output = p.StandardOutput.ReadToEnd();
                    reader.Join();
                    p.WaitForExit();
                    return Parse(Encoding.UTF8.GetBytes(output + err), p.ExitCode);
                }
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                return new Outcome { Error = "cannot run " + exe + ": " + e.Message };
            }
        }

        // The last line must start with the microseconds the program measured (perf_bench prints
        // "TIME NORM RESULT"; ours print "TIME RESULT..."); perf_bench's "-1 -1 SKIP" counts as a failure.
        private static Outcome Parse(byte[] bytes, int rc)
        {
            string text = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n").TrimEnd('\n');
            int nl = text.LastIndexOf('\n');
            string last = text.Substring(nl + 1);
            if (rc != 0) return new Outcome { Error = "exit status " + rc + ": " + last };
            int sp = last.IndexOf(' ');
            string first = sp < 0 ? last : last.Substring(0, sp);
            long micros;
            if (!long.TryParse(first, out micros) || micros < 0)
                return new Outcome { Error = "no time on the last line: '" + last + "'" };
            return new Outcome { Micros = micros, Output = text.Substring(0, nl + 1) + (sp < 0 ? "" : last.Substring(sp)) };
        }
    }
}
