using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using NanoMpy.Flash;

namespace NanoMpy.Host
{
    // Mutates real .mpy files and loads and runs every mutant: each must be rejected at load with ValueError,
    // or run to a Python result (any exit status) within the step limit. A .NET exception that escapes, one
    // that the VM's last-resort mapping turns into a Python one (Vm.HostExceptionsMapped), or a mutant that
    // does not finish is a failure; failing mutants are saved for replay. `nanompy fuzz mpy` and the CI test
    // run this with a seed; the same seed gives the same mutants.
    public sealed class MpyFuzzer
    {
        public const int Kinds = 14;
        public static readonly string[] KindNames =
        {
            "bit flips", "truncation", "random run", "count field", "qstr operand", "const operand", "jump label",
            "prelude byte", "other operand", "insert/delete", "header", "qstr table", "const table", "prelude field",
        };

        public long StepsPerRun = 100000;
        public TimeSpan RunTimeout = TimeSpan.FromSeconds(20);
        public string SaveDir;               // where failing mutants go (null: temp folder)
        public string[] ModulePath = new string[0]; // folders helper modules are imported from

        // results
        public long Cases, Loaded, Rejected, OtherLoadErrors, Ran, RunOk, RunPyException, StepLimited, HostMapped, Failures;
        public long[] ByKind = new long[Kinds];
        public bool HungRun;
        private long _runStart;          // Stopwatch timestamp of the running mutant's start, 0 when none
        private byte[] _current;
        public readonly List<string> FailureNotes = new List<string>();

        // A seed file and the places in it worth aiming at, found from a clean load.
        private sealed class Seed
        {
            public string Name;
            public byte[] Image;
            public List<int> Counts = new List<int>();       // var-uint count/length fields (their first byte)
            public List<int> QstrEntries = new List<int>();  // qstr table: each entry's length var-uint
            public List<int> ConstEntries = new List<int>(); // constant table: each kind byte
            public List<int> QstrOperands = new List<int>();
            public List<int> ConstOperands = new List<int>();
            public List<int> Labels = new List<int>();
            public List<int> Operands = new List<int>();     // any other operand byte
            public List<int[]> Preludes = new List<int[]>(); // [PreludeStart, LineInfoStart, BytecodeStart)
        }

        private readonly List<Seed> _seeds = new List<Seed>();

        public int SeedCount { get { return _seeds.Count; } }

        // Adds every .mpy of the folders (up to maxSize bytes each) that loads cleanly as a seed.
        public void AddSeeds(IEnumerable<string> folders, int maxSize)
        {
            var files = new List<string>();
            foreach (string d in folders)
            {
                if (Directory.Exists(d)) files.AddRange(Directory.GetFiles(d, "*.mpy"));
            }
            files.Sort(StringComparer.Ordinal);
            foreach (string f in files)
            {
                byte[] image = File.ReadAllBytes(f);
                if (image.Length > maxSize) continue;
                RawCode top;
                try
                {
                    top = MpyLoader.Load(new FlashRegion(f, image));
                }
                catch (PyException)
                {
                    continue;
                }
                _seeds.Add(Analyse(Path.GetFileName(f), image, top));
            }
        }

        private static Seed Analyse(string name, byte[] image, RawCode top)
        {
            var g = new Seed { Name = name, Image = image };
            int pos = MpyFormat.HeaderSize;
            g.Counts.Add(pos); // n_qstr
            int nQstr = VarUint.Read(image, ref pos, image.Length);
            g.Counts.Add(pos); // n_obj
            int nObj = VarUint.Read(image, ref pos, image.Length);
            for (int i = 0; i < nQstr; i++)
            {
                g.QstrEntries.Add(pos);
                int len = VarUint.Read(image, ref pos, image.Length);
                if ((len & MpyFormat.QstrStaticBit) == 0) pos += (len >> 1) + 1;
            }
            for (int i = 0; i < nObj; i++) g.ConstEntries.Add(pos);
            var stack = new Stack<RawCode>();
            stack.Push(top);
            while (stack.Count > 0)
            {
                RawCode rc = stack.Pop();
                g.Counts.Add(rc.PreludeStart - 1);   // last byte of kind_len
                g.Preludes.Add(new[] { rc.PreludeStart, rc.LineInfoStart, rc.BytecodeStart });
                if (rc.ChildCount > 0) g.Counts.Add(rc.End); // n_children
                for (int ip = rc.BytecodeStart; ip < rc.End; ip += BytecodeFormat.OpcodeSize(image, ip, rc.End))
                {
                    int op = image[ip];
                    int fmt = BytecodeFormat.Format(op);
                    if (fmt == BytecodeFormat.FormatQstr) g.QstrOperands.Add(ip + 1);
                    else if (op == Op.LoadConstObj) g.ConstOperands.Add(ip + 1);
                    else if (fmt == BytecodeFormat.FormatOffset) g.Labels.Add(ip + 1);
                    else if (fmt == BytecodeFormat.FormatVarUint || BytecodeFormat.HasExtraByte(op)) g.Operands.Add(ip + 1);
                }
                for (int ci = 0; ci < rc.ChildCount; ci++) stack.Push(rc.Child(ci));
            }
            // the constant table's entries: walk it as the loader does, by kind
            for (int i = 0, p = g.ConstEntries.Count > 0 ? g.ConstEntries[0] : 0; i < g.ConstEntries.Count; i++)
            {
                g.ConstEntries[i] = p;
                p = SkipConst(image, p);
                if (p < 0) break;
            }
            return g;
        }

        private static int SkipConst(byte[] d, int p)
        {
            if (p >= d.Length) return -1;
            int kind = d[p++];
            if (kind == MpyFormat.ObjTuple)
            {
                int n = VarUint.Read(d, ref p, d.Length);
                for (int i = 0; i < n && p >= 0; i++) p = SkipConst(d, p);
                return p;
            }
            if (kind == MpyFormat.ObjStr || kind == MpyFormat.ObjBytes) return p + VarUint.Read(d, ref p, d.Length) + 1;
            if (kind >= MpyFormat.ObjInt && kind <= MpyFormat.ObjComplex) return p + VarUint.Read(d, ref p, d.Length);
            return p;
        }

        // Runs `count` mutants from `seed`; progress (if not null) is called now and then with the count done.
        public void Run(int seed, long count, Action<long> progress)
        {
            if (_seeds.Count == 0) throw new InvalidOperationException("no seed files");
            var rnd = new Random(seed);
            string dir = Path.Combine(Path.GetTempPath(), "nanompy-fuzz-" + Environment.ProcessId);
            Directory.CreateDirectory(dir);
            string file = Path.Combine(dir, "mutant.mpy");
            string[] path = new string[ModulePath.Length + 1];
            path[0] = dir;
            Array.Copy(ModulePath, 0, path, 1, ModulePath.Length);
            Exception threadFailure = null;
            _runStart = 0;
            lock (Cli.RunLock)
            {
                // a big-stack thread, as the CLI runs programs (deep recursion raises RuntimeError there)
                var t = new System.Threading.Thread(() =>
                {
                    try
                    {
                        Loop(rnd, seed, count, file, path, progress);
                    }
                    catch (Exception e)
                    {
                        threadFailure = e;
                    }
                }, 256 * 1024 * 1024);
                t.IsBackground = true;
                t.Start();
                // a watchdog: a mutant that runs past RunTimeout is a hang (the step limit did not stop it)
                while (!t.Join(1000))
                {
                    long started = System.Threading.Interlocked.Read(ref _runStart);
                    if (started != 0 && Stopwatch.GetElapsedTime(started) > RunTimeout + RunTimeout)
                    {
                        byte[] hung = _current;
                        Fail(seed, -1, null, 0, hung, "hang: no result after " + (RunTimeout + RunTimeout) + " (the run is left behind)");
                        HungRun = true;
                        return;
                    }
                }
            }
            try
            {
                Directory.Delete(dir, true);
            }
            catch (IOException)
            {
            }
            if (threadFailure != null) throw new InvalidOperationException("fuzzing stopped: " + threadFailure.Message, threadFailure);
        }

        private void Loop(Random rnd, int seed, long count, string file, string[] path, Action<long> progress)
        {
            Vm.CountOpcodes = true;
            Vm.StepLimit = StepsPerRun;
            var sw = new Stopwatch();
            try
            {
                for (long n = 0; n < count; n++)
                {
                    if (progress != null && (n & 0xfff) == 0) progress(n);
                    Seed g = _seeds[rnd.Next(_seeds.Count)];
                    int kind = rnd.Next(Kinds);
                    byte[] image = Mutate(g, kind, rnd);
                    ByKind[kind]++;
                    Cases++;
                    int mappedBefore = Vm.HostExceptionsMapped;
                    // the load check runs outside a program: no heap bound (a run may end leaving its bound set)
                    Heap.Release();
                    try
                    {
                        MpyLoader.Load(new FlashRegion("fuzz", image));
                    }
                    catch (PyException e)
                    {
                        // (a qstr over 255 bytes is MicroPython's loader's RuntimeError too: qstr_from_strn)
                        if (e.Exc.ExcType == ExcTypes.ValueError
                            || (e.Exc.ExcType == ExcTypes.RuntimeError && Rt.StrOf(e.Exc).ToString() == "name too long"))
                        {
                            Rejected++;
                        }
                        else
                        {
                            // the loader must reject with ValueError only (but for that one)
                            OtherLoadErrors++;
                            Fail(seed, n, g, kind, image, "load raised " + Qstr.Str(e.Exc.ExcType.Name) + " instead of ValueError");
                        }
                        continue;
                    }
                    catch (Exception e)
                    {
                        Fail(seed, n, g, kind, image, "load: " + e.GetType().Name + ": " + e.Message);
                        continue;
                    }
                    Loaded++;
                    File.WriteAllBytes(file, image);
                    Vm.ResetSteps();
                    sw.Restart();
                    _current = image;
                    System.Threading.Interlocked.Exchange(ref _runStart, Stopwatch.GetTimestamp());
                    int code;
                    var output = new MemoryStream();
                    try
                    {
                        var board = new HostBoard(output, output, true);
                        code = Cli.RunOnThisThread(board, new[] { file }, path, null, file);
                    }
                    catch (Exception e)
                    {
                        System.Threading.Interlocked.Exchange(ref _runStart, 0);
                        Fail(seed, n, g, kind, image, "run: " + e.GetType().Name + ": " + e.Message);
                        continue;
                    }
                    System.Threading.Interlocked.Exchange(ref _runStart, 0);
                    Ran++;
                    if (sw.Elapsed > RunTimeout) Fail(seed, n, g, kind, image, "run took " + sw.Elapsed);
                    if (Vm.HostExceptionsMapped != mappedBefore)
                    {
                        HostMapped += Vm.HostExceptionsMapped - mappedBefore;
                        Fail(seed, n, g, kind, image, "host exception mapped to a Python one: "
                            + Tail(output));
                    }
                    if (code == 0) RunOk++;
                    else RunPyException++;
                    if (Contains(output, "step limit exceeded")) StepLimited++;
                }
            }
            finally
            {
                Vm.StepLimit = 0;
                Vm.CountOpcodes = false;
            }
        }

        private static bool Contains(MemoryStream s, string text)
        {
            return Tail(s).Contains(text, StringComparison.Ordinal);
        }

        private static string Tail(MemoryStream s)
        {
            byte[] b = s.GetBuffer();
            int len = (int)s.Length;
            int from = Math.Max(0, len - 400);
            return System.Text.Encoding.UTF8.GetString(b, from, len - from).Trim();
        }

        private void Fail(int seed, long n, Seed g, int kind, byte[] image, string what)
        {
            Failures++;
            if (FailureNotes.Count >= 20) return;
            string dir = SaveDir ?? Path.GetTempPath();
            string saved = Path.Combine(dir, "mpyfuzz-" + seed + "-" + n + ".mpy");
            try
            {
                File.WriteAllBytes(saved, image);
            }
            catch (IOException)
            {
                saved = "(not saved)";
            }
            FailureNotes.Add("mutant " + n + " (" + (g == null ? "?" : g.Name + ", " + KindNames[kind]) + ", saved to " + saved + "): " + what);
        }

        private static int Pick(List<int> places, Seed g, Random rnd)
        {
            int at = places.Count > 0 ? places[rnd.Next(places.Count)] : rnd.Next(g.Image.Length);
            return at < g.Image.Length ? at : g.Image.Length - 1;
        }

        private static byte[] Mutate(Seed g, int kind, Random rnd)
        {
            byte[] src = g.Image;
            byte[] b = (byte[])src.Clone();
            switch (kind)
            {
                case 0: // bit flips
                    for (int i = rnd.Next(1, 5); i > 0; i--) b[rnd.Next(b.Length)] ^= (byte)(1 << rnd.Next(8));
                    return b;
                case 1: // truncation
                    return Splice(src, rnd.Next(b.Length), b.Length, new byte[0]);
                case 2: // a run of random bytes
                {
                    int at = rnd.Next(b.Length);
                    int len = Math.Min(rnd.Next(1, 17), b.Length - at);
                    for (int i = 0; i < len; i++) b[at + i] = (byte)rnd.Next(256);
                    return b;
                }
                case 3: // a count or length field made large, small or multi-byte
                    return Splice(src, Pick(g.Counts, g, rnd), 1, BigUint(rnd));
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
                    b[Math.Min(p[0] + rnd.Next(Math.Max(1, p[2] - p[0])), b.Length - 1)] = (byte)rnd.Next(256);
                    return b;
                }
                case 8: // another operand (local, count, child, small int, closure cells, unwind count)
                    b[Pick(g.Operands, g, rnd)] = (byte)rnd.Next(256);
                    return b;
                case 9: // bytes inserted or deleted, shifting everything after
                {
                    int at = rnd.Next(b.Length);
                    if (rnd.Next(2) == 0) return Splice(src, at, Math.Min(rnd.Next(1, 5), b.Length - at), new byte[0]);
                    byte[] ins = new byte[rnd.Next(1, 5)];
                    rnd.NextBytes(ins);
                    return Splice(src, at, 0, ins);
                }
                case 10: // a header byte: magic, version, features, small-int bits
                {
                    int at = rnd.Next(Math.Min(MpyFormat.HeaderSize, b.Length));
                    b[at] = rnd.Next(3) == 0 ? (byte)rnd.Next(256) : (byte)(b[at] ^ (1 << rnd.Next(8)));
                    return b;
                }
                case 11: // a qstr table entry: static/dynamic bit, index or length
                {
                    int at = Pick(g.QstrEntries, g, rnd);
                    if (rnd.Next(2) == 0) return Splice(src, at, 1, BigUint(rnd));
                    b[at] = (byte)(b[at] ^ (1 << rnd.Next(8)));
                    return b;
                }
                case 12: // a constant table entry: kind byte or length
                {
                    int at = Pick(g.ConstEntries, g, rnd);
                    if (rnd.Next(2) == 0) b[at] = (byte)rnd.Next(12);
                    else if (at + 1 < b.Length) b[at + 1] = (byte)rnd.Next(256);
                    return b;
                }
                default: // a prelude field: signature (n_state, n_exc_stack, args), sizes, or a closure cell
                {
                    int[] p = g.Preludes[rnd.Next(g.Preludes.Count)];
                    int at = rnd.Next(3) switch
                    {
                        0 => p[0],                                                  // first signature byte
                        1 => Math.Min(p[0] + 1 + rnd.Next(2), b.Length - 1),        // more signature / sizes
                        _ => p[2] > p[1] ? p[1] + rnd.Next(p[2] - p[1]) : p[0],     // line table and cells
                    };
                    b[at] = rnd.Next(2) == 0 ? (byte)rnd.Next(256) : (byte)(b[at] ^ (1 << rnd.Next(8)));
                    return b;
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
            remove = Math.Min(remove, src.Length - at);
            var r = new byte[src.Length - remove + insert.Length];
            Array.Copy(src, 0, r, 0, at);
            Array.Copy(insert, 0, r, at, insert.Length);
            Array.Copy(src, at + remove, r, at + insert.Length, src.Length - at - remove);
            return r;
        }
    }
}
