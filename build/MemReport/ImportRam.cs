using System.IO;

using NanoMpy.Flash;
using NanoMpy.Host;

namespace NanoMpy.MemReport
{
    // `nanompy-mem --import IMAGE.romfs MODULE`: the RAM `import MODULE` costs when the module runs in place from
    // a ROMFS image, under the nanoCLR model: the VM's statics after the import less before it (the module
    // object, its globals, functions and the qstrs it interned), with the image itself left out, as flash.
    public static class ImportRam
    {
        public static int Run(string image, string module, TextWriter w)
        {
            byte[] data = File.ReadAllBytes(image);
            string error;
            if (RomfsImage.Open(data, 0, data.Length, out error) == null)
            {
                w.Write(image + ": " + error + "\n");
                return 1;
            }
            // the simulated board's flash with the image deployed to its ROMFS slots
            var chip = new RamFlash(4 * 1024 * 1024, 4096);
            var part = new FlashPartition("romfs", chip, 0, chip.Size);
            var slots = new RomfsSlots(part);
            slots.Prepare(data.Length);
            slots.Write(0, data, 0, data.Length);
            error = slots.Complete();
            if (error != null)
            {
                w.Write(image + ": " + error + "\n");
                return 1;
            }
            int index;
            byte[] flash = chip.MapInPlace(0, chip.Size, out index);
            string dir = Path.Combine(Path.GetTempPath(), "nanompy-mem-import-" + System.Environment.ProcessId);
            Directory.CreateDirectory(dir);
            long before, after;
            try
            {
                lock (Cli.RunLock)
                {
                    HostBoard board = new HostBoard(Stream.Null, Stream.Null);
                    SimulatedPort port = new SimulatedPort(board, dir, null);
                    port.RomfsPartition = part;
                    port.Romfs = slots;
                    MpConfig c = ProgramRunner.Config(board, new string[0], new[] { "" }, 0);
                    c.Port = port;
                    MpState.Init(c);
                    // what any import makes on first use (types, builtins, the import machinery) is made first
                    Imports.ImportName(Qstr.Intern("sys"), Value.None, Value.FromInt(0), null);
                    BytecodeVerifier.ReleaseScratch();
                    Vm.ReleaseIdleFrames();
                    before = Measure(flash);
                    Value m = Imports.ImportName(Qstr.Intern(module), Value.None, Value.FromInt(0), null);
                    // as a program measuring gc.mem_alloc does, after gc.collect() (which lets the verifiers' scratch
                    // and the idle pooled frames go)
                    BytecodeVerifier.ReleaseScratch();
                    Vm.ReleaseIdleFrames();
                    after = Measure(flash);
                    w.Write("import " + module + ": " + (m.Obj is PyModule ? "loaded" : "?") + "\n");
                    MpState.Deinit();
                }
            }
            finally
            {
                Directory.Delete(dir, true);
            }
            w.Write("import " + module + " from " + image + ": " + (after - before) + " bytes (nanoCLR model, device values: "
                + (typeof(Value).IsValueType ? "no" : "yes") + "), by type:\n");
            ByType(w);
            return 0;
        }

        private static System.Collections.Generic.Dictionary<string, long> _lastByType;

        private static long Measure(byte[] flash)
        {
            var m = new NanoClrModel();
            m.Exclude(flash);
            // the flash cache (its lines and their bookkeeping, made whole when the cache is) holds flash bytes, not
            // the VM heap's: gc.mem_alloc leaves it out too
            FlashCache cache = RomIoctl.Cache;
            if (cache != null) m.Exclude(cache);
            m.AddStatics(typeof(Value).Assembly, typeof(FlashRegion).Assembly);
            _prevByType = _lastByType;
            _lastByType = m.ByType;
            _prevCount = _lastCount;
            _lastCount = m.CountByType;
            return m.Bytes;
        }

        private static System.Collections.Generic.Dictionary<string, long> _prevByType;
        private static System.Collections.Generic.Dictionary<string, long> _lastCount, _prevCount;

        // The types the import added, largest first, with how many objects.
        private static void ByType(TextWriter w)
        {
            var d = new System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, long>>();
            foreach (var kv in _lastByType)
            {
                long was;
                _prevByType.TryGetValue(kv.Key, out was);
                if (kv.Value != was) d.Add(new System.Collections.Generic.KeyValuePair<string, long>(kv.Key, kv.Value - was));
            }
            d.Sort((a, b) => b.Value.CompareTo(a.Value));
            for (int i = 0; i < d.Count; i++)
            {
                long now, was;
                _lastCount.TryGetValue(d[i].Key, out now);
                _prevCount.TryGetValue(d[i].Key, out was);
                w.Write("  " + d[i].Key + " " + d[i].Value + " (" + (now - was) + " objects)\n");
            }
        }
    }
}
