using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using NanoMpy.Host;
using Xunit;
using Xunit.Abstractions;

namespace NanoMpy.Tests.Loader
{
    // The CI slice of `nanompy fuzz mpy` (MpyFuzzer): 20,000 mutants of the corpus .mpy files (Tests/programs,
    // Tests/bench, Tests/Loader/data): bit flips, truncations, byte runs, insertions and deletions, and edits
    // of the header, qstr and constant tables, count fields, operands, labels and preludes. Each must be
    // rejected at load with ValueError (or "name too long", as MicroPython's loader) or run to a Python result
    // within the step limit: no .NET exception may escape, none may reach the VM's last-resort mapping
    // (Vm.HostExceptionsMapped), none may hang.
    // One collection: these tests intern qstrs, and the qstr pool is not thread-safe.
    [Collection("Loader")]
    public class MpyFuzzTests
    {
        private const int Seed = 20261202;
        private const int Cases = 20000;

        private readonly ITestOutputHelper _out;

        public MpyFuzzTests(ITestOutputHelper output)
        {
            _out = output;
        }

        private static string[] Folders()
        {
            string b = AppContext.BaseDirectory;
            return new[] { Path.Combine(b, "programs"), Path.Combine(b, "bench"), MpyFiles.DataDir };
        }

        [Fact]
        public void MutatedFilesAreRejectedOrRunToAPythonResult()
        {
            var fuzzer = new MpyFuzzer();
            fuzzer.ModulePath = Folders();
            fuzzer.StepsPerRun = 50000;
            fuzzer.AddSeeds(Folders(), 16 * 1024);
            Assert.True(fuzzer.SeedCount >= 50, "need the corpus as seed files, have " + fuzzer.SeedCount);
            var sw = Stopwatch.StartNew();
            fuzzer.Run(Seed, Cases, null);
            sw.Stop();
            _out.WriteLine("seed " + Seed + ": " + fuzzer.Cases + " mutants of " + fuzzer.SeedCount + " files in "
                + sw.ElapsedMilliseconds + " ms: " + fuzzer.Rejected + " rejected, " + fuzzer.Loaded + " loaded, "
                + fuzzer.RunOk + " exited 0, " + fuzzer.RunPyException + " ended in a Python exception ("
                + fuzzer.StepLimited + " at the step limit), host exceptions mapped " + fuzzer.HostMapped);
            _out.WriteLine("by kind: " + string.Join(", ", MpyFuzzer.KindNames.Select((k, i) => k + " " + fuzzer.ByKind[i])));
            Assert.True(fuzzer.Failures == 0, fuzzer.Failures + " failures:\n" + string.Join("\n", fuzzer.FailureNotes));
            Assert.Equal(0, fuzzer.HostMapped);
            Assert.Equal(Cases, fuzzer.Cases);
            // the mutants exercise both outcomes, and every kind of mutation ran
            Assert.True(fuzzer.Rejected > Cases / 4 && fuzzer.Loaded > Cases / 20, "rejected " + fuzzer.Rejected + ", loaded " + fuzzer.Loaded);
            Assert.True(fuzzer.RunOk > 0 && fuzzer.RunPyException > 0);
            Assert.All(fuzzer.ByKind, k => Assert.True(k > Cases / MpyFuzzer.Kinds / 2));
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(60), "fuzzing took " + sw.Elapsed);
        }

        // A hand-made function whose stack would underflow is rejected: the simulation is what rejects it.
        [Fact]
        public void TheVerifierRejectsAStackUnderflow()
        {
            foreach (string f in MpyFiles.All())
            {
                byte[] image = File.ReadAllBytes(f);
                RawCode top = MpyFiles.Load(image);
                foreach (RawCode rc in MpyFiles.Walk(top))
                {
                    // the first POP_TOP after an instruction that pushes 1: replace the push by a POP_TOP
                    for (int ip = rc.BytecodeStart; ip < rc.End; ip += BytecodeFormat.OpcodeSize(image, ip, rc.End))
                    {
                        if (image[ip] != Op.LoadConstNone || ip != rc.BytecodeStart) continue;
                        byte[] bad = (byte[])image.Clone();
                        bad[ip] = Op.PopTop;
                        PyException e = MpyFiles.Throws(() => MpyFiles.Load(bad));
                        Assert.Contains("stack underflow", MpyFiles.Message(e));
                        return;
                    }
                }
            }
            Assert.Fail("no function starting with LOAD_CONST_NONE found");
        }
    }
}
