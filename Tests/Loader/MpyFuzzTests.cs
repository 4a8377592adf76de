using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using NanoMpy.Flash;
using Xunit;
using Xunit.Abstractions;

namespace NanoMpy.Tests.Loader
{
    // Mutates real .mpy files (Tests/Loader/data and, when merged, the corpus of Tests/programs) and loads
    // each mutant: whatever the damage, only a Python exception (PyException) may come out, never another
    // .NET exception, a hang or a runaway allocation. What loads has passed the verifier, and its line tables
    // are read at every offset as the VM's traceback code would.
    //
    // Mutants that load are then run by the VM (a bounded number of opcodes each, on a big-stack thread like
    // the CLI's): a run may end in any Python exception, but nothing else may escape and none may hang.
    // One collection: these tests intern qstrs, and the qstr pool is not thread-safe.
    [Collection("Loader")]
    public class MpyFuzzTests
    {
        private const int Seed = 20261123;
        private const int Cases = 24000;
        private const int MaxSeedFileSize = 16 * 1024;

        private readonly ITestOutputHelper _out;

        public MpyFuzzTests(ITestOutputHelper output)
        {
            _out = output;
        }

        // A seed file and the places in it worth aiming at, found from a clean load.
        private sealed class Golden
        {
            public string Name;
            public byte[] Image;
            public List<int> Counts = new List<int>();      // var-uint count/length fields (their first byte)
            public List<int> QstrOperands = new List<int>();
            public List<int> ConstOperands = new List<int>();
            public List<int> Labels = new List<int>();
            public List<int> Operands = new List<int>();    // any other operand byte
            public List<int[]> Preludes = new List<int[]>(); // [PreludeStart, BytecodeStart)
        }

        private static List<Golden> Goldens()
        {
            var list = new List<Golden>();
            foreach (string f in MpyFiles.All())
            {
                byte[] image = File.ReadAllBytes(f);
                if (image.Length > MaxSeedFileSize) continue;
                RawCode top;
                try
                {
                    top = MpyLoader.Load(new FlashRegion(f, image));
                }
                catch (PyException)
                {
                    continue; // e.g. a big-int constant before the numerics work lands
                }
                var g = new Golden { Name = Path.GetFileName(f), Image = image };
                g.Counts.Add(4); // n_qstr
                foreach (RawCode rc in MpyFiles.Walk(top))
                {
                    g.Counts.Add(rc.PreludeStart - 1);   // last byte of kind_len
                    g.Preludes.Add(new[] { rc.PreludeStart, rc.BytecodeStart });
                    if (rc.Children.Length > 0) g.Counts.Add(rc.End); // n_children
                    for (int ip = rc.BytecodeStart; ip < rc.End; ip += BytecodeFormat.OpcodeSize(image, ip, rc.End))
                    {
                        int op = image[ip];
                        int fmt = BytecodeFormat.Format(op);
                        if (fmt == BytecodeFormat.FormatQstr) g.QstrOperands.Add(ip + 1);
                        else if (op == Op.LoadConstObj) g.ConstOperands.Add(ip + 1);
                        else if (fmt == BytecodeFormat.FormatOffset) g.Labels.Add(ip + 1);
                        else if (fmt == BytecodeFormat.FormatVarUint) g.Operands.Add(ip + 1);
                    }
                }
                list.Add(g);
            }
            return list;
        }

        [Fact]
        public void MutatedFilesRaiseOnlyPythonExceptions()
        {
            List<Golden> goldens = Goldens();
            Assert.True(goldens.Count >= 3, "need seed files");
            var rnd = new Random(Seed);
            var sw = Stopwatch.StartNew();
            int loaded = 0, rejected = 0;
            var byKind = new int[10];
            var messages = new Dictionary<string, int>();
            var runnable = new List<byte[]>();
            for (int n = 0; n < Cases; n++)
            {
                Golden g = goldens[rnd.Next(goldens.Count)];
                int kind = rnd.Next(byKind.Length);
                byte[] image = Mutate(g, kind, rnd);
                byKind[kind]++;
                try
                {
                    RawCode top = MpyLoader.Load(new FlashRegion("fuzz", image));
                    foreach (RawCode rc in MpyFiles.Walk(top))
                    {
                        for (int off = 0; off <= rc.End - rc.BytecodeStart; off++) LineInfo.SourceLine(rc, off);
                    }
                    loaded++;
                    if (runnable.Count < MaxRuns) runnable.Add(image);
                }
                catch (PyException e)
                {
                    rejected++;
                    string m = e.Exc.ExcType == ExcTypes.ValueError ? MpyFiles.Message(e) : "other Python exception";
                    int paren = m.IndexOf(" (", StringComparison.Ordinal);
                    if (paren > 0) m = m.Substring(0, paren);
                    if (m.StartsWith("corrupt .mpy file: ", StringComparison.Ordinal))
                    {
                        m = new string(m.TakeWhile(c => !char.IsDigit(c)).ToArray());
                    }
                    messages[m] = messages.TryGetValue(m, out int c) ? c + 1 : 1;
                }
                catch (Exception e)
                {
                    string path = Path.Combine(Path.GetTempPath(), "mpyfuzz-" + Seed + "-" + n + ".mpy");
                    File.WriteAllBytes(path, image);
                    Assert.Fail("case " + n + " (seed " + Seed + ", " + g.Name + ", mutation " + kind + ", saved to " + path
                        + "): " + e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace);
                }
            }
            sw.Stop();
            _out.WriteLine("seed " + Seed + ": " + Cases + " cases from " + goldens.Count + " files in "
                + sw.ElapsedMilliseconds + " ms: " + loaded + " loaded, " + rejected + " raised");
            _out.WriteLine("cases by mutation kind: " + string.Join(" ", byKind));
            foreach (var kv in messages.OrderByDescending(kv => kv.Value)) _out.WriteLine("  " + kv.Value + "  " + kv.Key);
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(60), "fuzzing took " + sw.Elapsed);
            Assert.True(loaded > 0 && rejected > Cases / 4);
            RunMutants(runnable);
        }

        private const int MaxRuns = 3000;
        private const long StepsPerRun = 200000;

        private void RunMutants(List<byte[]> images)
        {
            string dir = Path.Combine(Path.GetTempPath(), "mpyfuzz-run-" + Environment.ProcessId);
            Directory.CreateDirectory(dir);
            var exits = new Dictionary<int, int>();
            string failure = null;
            var sw = Stopwatch.StartNew();
            int mappedBefore = NanoMpy.Vm.HostExceptionsMapped;
            lock (NanoMpy.Host.Cli.RunLock)
            {
                var t = new System.Threading.Thread(() =>
                {
                    NanoMpy.Vm.CountOpcodes = true;
                    NanoMpy.Vm.StepLimit = StepsPerRun;
                    try
                    {
                        for (int i = 0; i < images.Count && failure == null; i++)
                        {
                            string file = Path.Combine(dir, "mutant.mpy");
                            File.WriteAllBytes(file, images[i]);
                            NanoMpy.Vm.ResetSteps();
                            try
                            {
                                var board = new NanoMpy.Host.HostBoard(Stream.Null, Stream.Null);
                                int code = NanoMpy.Host.Cli.RunOnThisThread(board, new[] { file },
                                    new[] { dir, MpyFiles.ProgramsDir }, null, file);
                                exits[code] = exits.TryGetValue(code, out int c) ? c + 1 : 1;
                            }
                            catch (Exception e)
                            {
                                string saved = Path.Combine(Path.GetTempPath(), "mpyfuzz-run-" + Seed + "-" + i + ".mpy");
                                File.WriteAllBytes(saved, images[i]);
                                failure = "run " + i + " (saved to " + saved + "): " + e.GetType().Name + ": " + e.Message;
                            }
                        }
                    }
                    finally
                    {
                        NanoMpy.Vm.StepLimit = 0;
                        NanoMpy.Vm.CountOpcodes = false;
                    }
                }, 256 * 1024 * 1024);
                t.Start();
                Assert.True(t.Join(TimeSpan.FromSeconds(120)), "running the mutants did not finish in 120 s");
            }
            Directory.Delete(dir, true);
            _out.WriteLine("ran " + images.Count + " loaded mutants in " + sw.ElapsedMilliseconds + " ms; exit codes: "
                + string.Join(", ", exits.OrderBy(kv => kv.Key).Select(kv => kv.Key + "x" + kv.Value))
                + "; host exceptions mapped to RuntimeError/TypeError/MemoryError: " + (NanoMpy.Vm.HostExceptionsMapped - mappedBefore));
            Assert.True(failure == null, failure);
        }

        private static int Pick(List<int> places, Golden g, Random rnd)
        {
            return places.Count > 0 ? places[rnd.Next(places.Count)] : rnd.Next(g.Image.Length);
        }

        private static byte[] Mutate(Golden g, int kind, Random rnd)
        {
            byte[] src = g.Image;
            byte[] b = (byte[])src.Clone();
            switch (kind)
            {
                case 0: // bit flips
                    for (int i = rnd.Next(1, 5); i > 0; i--) b[rnd.Next(b.Length)] ^= (byte)(1 << rnd.Next(8));
                    return b;
                case 1: // truncation
                    return b.Take(rnd.Next(b.Length)).ToArray();
                case 2: // a run of random bytes
                {
                    int at = rnd.Next(b.Length);
                    int len = Math.Min(rnd.Next(1, 17), b.Length - at);
                    for (int i = 0; i < len; i++) b[at + i] = (byte)rnd.Next(256);
                    return b;
                }
                case 3: // a count or length field made large, small or multi-byte
                {
                    int at = Pick(g.Counts, g, rnd);
                    byte[] value = BigUint(rnd);
                    return Splice(src, at, 1, value);
                }
                case 4: // a qstr index operand
                    b[Pick(g.QstrOperands, g, rnd)] = (byte)rnd.Next(256);
                    return b;
                case 5: // a constant index operand
                    b[Pick(g.ConstOperands, g, rnd)] = (byte)rnd.Next(256);
                    return b;
                case 6: // a jump label
                {
                    int at = Pick(g.Labels, g, rnd);
                    b[at] = (byte)rnd.Next(256);
                    if (rnd.Next(2) == 0 && at + 1 < b.Length) b[at + 1] = (byte)rnd.Next(256);
                    return b;
                }
                case 7: // a prelude byte (signature, sizes, names, line table, cells)
                {
                    int[] p = g.Preludes[rnd.Next(g.Preludes.Count)];
                    int at = p[0] + rnd.Next(Math.Max(1, p[1] - p[0]));
                    b[at] = (byte)rnd.Next(256);
                    return b;
                }
                case 8: // another operand (local, count, child, small int)
                    b[Pick(g.Operands, g, rnd)] = (byte)rnd.Next(256);
                    return b;
                default: // bytes inserted or deleted, shifting everything after
                {
                    int at = rnd.Next(b.Length);
                    if (rnd.Next(2) == 0) return Splice(src, at, Math.Min(rnd.Next(1, 5), b.Length - at), new byte[0]);
                    byte[] ins = new byte[rnd.Next(1, 5)];
                    rnd.NextBytes(ins);
                    return Splice(src, at, 0, ins);
                }
            }
        }

        // 0, 1, a large var-uint (up to 2^35, beyond int) or a random one.
        private static byte[] BigUint(Random rnd)
        {
            switch (rnd.Next(4))
            {
                case 0: return new byte[] { 0 };
                case 1: return new byte[] { 0xff, 0xff, 0xff, 0xff, 0x7f };
                case 2: return new byte[] { 0x87, 0xff, 0xff, 0x7f };
                default: return new byte[] { (byte)(0x80 | rnd.Next(128)), (byte)rnd.Next(128) };
            }
        }

        private static byte[] Splice(byte[] src, int at, int remove, byte[] insert)
        {
            var r = new byte[src.Length - remove + insert.Length];
            Array.Copy(src, 0, r, 0, at);
            Array.Copy(insert, 0, r, at, insert.Length);
            Array.Copy(src, at + remove, r, at + insert.Length, src.Length - at - remove);
            return r;
        }
    }
}
