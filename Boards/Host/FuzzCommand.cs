using System;
using System.Diagnostics;
using System.IO;

namespace NanoMpy.Host
{
    // `nanompy fuzz mpy [--count N] [--seed S] [--steps N] [DIR...]`: mutates the .mpy files of the folders
    // (default: Tests/programs and Tests/bench under the current folder) and loads and runs every mutant
    // (MpyFuzzer). Prints the seed and the counts; exit status 1 when a mutant failed, 2 on bad arguments.
    // A long run goes in slices of SliceSize mutants, each in a fresh process with seed S + slice number:
    // the qstr pool lives as long as the process, and every mutated name a mutant interns stays in it (with
    // its image), so one process would keep growing.
    public static class FuzzCommand
    {
        private const string UsageText = "usage: nanompy fuzz mpy [--count N] [--seed S] [--steps N] [DIR...]";
        public const long SliceSize = 25000;

        public static int Run(string[] args, int a, Stream stdout, Stream stderr)
        {
            if (a >= args.Length || args[a] != "mpy") return Usage(stderr, "fuzz needs a target: mpy");
            long count = 10000;
            long steps = 100000;
            int seed = Environment.TickCount & 0x7fffffff;
            var dirs = new System.Collections.Generic.List<string>();
            bool slice = false;
            for (int i = a + 1; i < args.Length; i++)
            {
                string s = args[i];
                if (s == "--slice")
                {
                    slice = true; // a child of a long run: one summary line
                    continue;
                }
                if (s == "--count" || s == "--seed" || s == "--steps")
                {
                    long v;
                    if (i + 1 >= args.Length || !long.TryParse(args[i + 1], out v) || v < 0 || (s == "--seed" && v > int.MaxValue))
                    {
                        return Usage(stderr, s + " needs a number");
                    }
                    i++;
                    if (s == "--count") count = v;
                    else if (s == "--seed") seed = (int)v;
                    else steps = v;
                }
                else if (s.StartsWith("-"))
                {
                    return Usage(stderr, "unknown option '" + s + "'");
                }
                else
                {
                    if (!Directory.Exists(s)) return Usage(stderr, "no folder '" + s + "'");
                    dirs.Add(s);
                }
            }
            if (dirs.Count == 0)
            {
                dirs.Add(Path.Combine("Tests", "programs"));
                dirs.Add(Path.Combine("Tests", "bench"));
            }
            for (int i = 0; i < dirs.Count; i++) dirs[i] = Path.GetFullPath(dirs[i]);
            if (!slice && count > SliceSize) return RunSlices(seed, count, steps, dirs, stdout, stderr);
            // mutants run in the fuzzer's scratch folder (where it writes each mutant), so that a mutated program that
            // writes files writes them there, not into the caller's folder; it goes at the end
            string scratch = Path.Combine(Path.GetTempPath(), "nanompy-fuzz-" + System.Environment.ProcessId);
            Directory.CreateDirectory(scratch);
            string cwd = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(scratch);
            try
            {
                return RunMutants(seed, count, steps, slice, dirs, stdout, stderr);
            }
            finally
            {
                Directory.SetCurrentDirectory(cwd);
                try
                {
                    Directory.Delete(scratch, true);
                }
                catch (IOException)
                {
                }
                catch (System.UnauthorizedAccessException)
                {
                }
            }
        }

        private static int RunMutants(int seed, long count, long steps, bool slice, System.Collections.Generic.List<string> dirs,
            Stream stdout, Stream stderr)
        {
            var fuzzer = new MpyFuzzer();
            fuzzer.StepsPerRun = steps;
            fuzzer.ModulePath = dirs.ToArray();
            fuzzer.AddSeeds(dirs, 64 * 1024);
            if (fuzzer.SeedCount == 0) return Usage(stderr, "no .mpy files that load in " + string.Join(", ", dirs));
            if (!slice)
            {
                Write(stdout, "fuzz mpy: seed " + seed + ", " + count + " mutants of " + fuzzer.SeedCount + " files, "
                    + steps + " steps a run\n");
            }
            var sw = Stopwatch.StartNew();
            long lastReport = 0;
            fuzzer.Run(seed, count, n =>
            {
                if (slice || sw.ElapsedMilliseconds - lastReport < 30000) return;
                lastReport = sw.ElapsedMilliseconds;
                Write(stdout, "  " + n + " done, " + (long)sw.Elapsed.TotalSeconds + " s\n");
            });
            sw.Stop();
            if (slice)
            {
                Write(stdout, "SLICE " + fuzzer.Cases + " " + fuzzer.Rejected + " " + fuzzer.OtherLoadErrors + " " + fuzzer.Loaded
                    + " " + fuzzer.Ran + " " + fuzzer.RunOk + " " + fuzzer.RunPyException + " " + fuzzer.StepLimited + " "
                    + fuzzer.HostMapped + " " + fuzzer.Failures + " " + string.Join(" ", fuzzer.ByKind) + "\n");
                foreach (string note in fuzzer.FailureNotes) Write(stdout, "  FAIL seed " + seed + " " + note + "\n");
                return fuzzer.Failures == 0 ? 0 : 1;
            }
            Write(stdout, "seed " + seed + ": " + fuzzer.Cases + " mutants in " + sw.Elapsed.TotalSeconds.ToString("F1")
                + " s: " + fuzzer.Rejected + " rejected at load (ValueError), " + fuzzer.OtherLoadErrors
                + " other Python errors at load, " + fuzzer.Loaded + " loaded; " + fuzzer.Ran + " ran: " + fuzzer.RunOk
                + " exited 0, " + fuzzer.RunPyException + " ended in a Python exception (" + fuzzer.StepLimited
                + " at the step limit); host exceptions mapped: " + fuzzer.HostMapped + "; failures: " + fuzzer.Failures + "\n");
            var kinds = new System.Text.StringBuilder("mutants by kind:");
            for (int k = 0; k < MpyFuzzer.Kinds; k++) kinds.Append(' ').Append(MpyFuzzer.KindNames[k]).Append(' ').Append(fuzzer.ByKind[k]).Append(',');
            kinds.Length--;
            Write(stdout, kinds.ToString() + "\n");
            foreach (string note in fuzzer.FailureNotes) Write(stdout, "  FAIL " + note + "\n");
            return fuzzer.Failures == 0 ? 0 : 1;
        }

        // Runs count mutants as slices in child processes of this program; sums their counts.
        private static int RunSlices(int seed, long count, long steps, System.Collections.Generic.List<string> dirs,
            Stream stdout, Stream stderr)
        {
            long slices = (count + SliceSize - 1) / SliceSize;
            Write(stdout, "fuzz mpy: seed " + seed + ", " + count + " mutants in " + slices + " slices of " + SliceSize
                + " (slice k: seed " + seed + "+k), " + steps + " steps a run\n");
            var sw = Stopwatch.StartNew();
            long[] sum = new long[10 + MpyFuzzer.Kinds];
            var notes = new System.Collections.Generic.List<string>();
            for (long k = 0; k < slices; k++)
            {
                long n = System.Math.Min(SliceSize, count - k * SliceSize);
                var psi = new ProcessStartInfo();
                string self = System.Environment.ProcessPath;
                psi.FileName = self;
                // run by `dotnet nanompy.dll`: the child needs the dll too
                if (Path.GetFileNameWithoutExtension(self) == "dotnet") psi.ArgumentList.Add(System.Environment.GetCommandLineArgs()[0]);
                foreach (string x in new[] { "fuzz", "mpy", "--slice", "--count", n.ToString(), "--seed", ((int)((seed + k) & 0x7fffffff)).ToString(), "--steps", steps.ToString() })
                {
                    psi.ArgumentList.Add(x);
                }
                foreach (string d in dirs) psi.ArgumentList.Add(d);
                psi.RedirectStandardOutput = true;
                psi.UseShellExecute = false;
                string output;
                using (Process p = Process.Start(psi))
                {
                    output = p.StandardOutput.ReadToEnd();
                    p.WaitForExit();
                }
                bool got = false;
                foreach (string line in output.Split('\n'))
                {
                    if (line.StartsWith("SLICE ", System.StringComparison.Ordinal))
                    {
                        string[] f = line.Substring(6).Trim().Split(' ');
                        for (int i = 0; i < f.Length && i < sum.Length; i++) sum[i] += long.Parse(f[i]);
                        got = true;
                    }
                    else if (line.StartsWith("  FAIL", System.StringComparison.Ordinal) && notes.Count < 40)
                    {
                        notes.Add(line);
                    }
                }
                if (!got)
                {
                    sum[9]++;
                    notes.Add("  FAIL slice " + k + " (seed " + (seed + k) + ") ended without a result (crash or hang)");
                }
                Write(stdout, "  slice " + (k + 1) + "/" + slices + " done, " + (long)sw.Elapsed.TotalSeconds + " s, failures so far " + sum[9] + "\n");
            }
            sw.Stop();
            Write(stdout, "seed " + seed + ": " + sum[0] + " mutants in " + sw.Elapsed.TotalSeconds.ToString("F1")
                + " s: " + sum[1] + " rejected at load (ValueError), " + sum[2] + " other Python errors at load, " + sum[3]
                + " loaded; " + sum[4] + " ran: " + sum[5] + " exited 0, " + sum[6] + " ended in a Python exception ("
                + sum[7] + " at the step limit); host exceptions mapped: " + sum[8] + "; failures: " + sum[9] + "\n");
            var kinds = new System.Text.StringBuilder("mutants by kind:");
            for (int k = 0; k < MpyFuzzer.Kinds; k++) kinds.Append(' ').Append(MpyFuzzer.KindNames[k]).Append(' ').Append(sum[10 + k]).Append(',');
            kinds.Length--;
            Write(stdout, kinds.ToString() + "\n");
            foreach (string note in notes) Write(stdout, note + "\n");
            return sum[9] == 0 ? 0 : 1;
        }

        private static int Usage(Stream stderr, string what)
        {
            Write(stderr, "nanompy fuzz: " + what + " (" + UsageText + ")\n");
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
