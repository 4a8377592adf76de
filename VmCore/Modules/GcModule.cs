namespace NanoMpy
{
    // gc (py/modgc.c): collect, enable, disable, isenabled, mem_free, mem_alloc, threshold, over the board's
    // collector (IMemoryInfo). Disabling only records the flag: the host's collector cannot be paused.
    public static class GcModule
    {
        private static bool _enabled = true;
        private static long _threshold = -1;

        public static void Reset()
        {
            _enabled = true;
            _threshold = -1;
        }

        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("gc");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(Qstr.Intern("collect"), new PyBuiltin("collect", Collect));
            g.SetQ(Qstr.Intern("enable"), new PyBuiltin("enable", Enable));
            g.SetQ(Qstr.Intern("disable"), new PyBuiltin("disable", Disable));
            g.SetQ(Qstr.Intern("isenabled"), new PyBuiltin("isenabled", IsEnabled));
            g.SetQ(Qstr.Intern("mem_free"), new PyBuiltin("mem_free", MemFree));
            g.SetQ(Qstr.Intern("mem_alloc"), new PyBuiltin("mem_alloc", MemAlloc));
            g.SetQ(Qstr.Intern("threshold"), new PyBuiltin("threshold", 0, 1, Threshold));
            return new PyModule(name, g);
        }

        private static Value Collect()
        {
            BytecodeVerifier.ReleaseScratch();
            Vm.ReleaseIdleFrames();
            IMemoryInfo m = Vm.Board as IMemoryInfo;
            if (m != null) m.Collect();
            return Value.Zero; // MicroPython returns a count of freed blocks; the host collector has none to give
        }

        private static Value Enable() { _enabled = true; return Value.None; }
        private static Value Disable() { _enabled = false; return Value.None; }
        private static Value IsEnabled() { return Value.FromBool(_enabled); }

        private static Value MemAlloc() { return Value.FromInt(Heap.Used()); }

        private static Value MemFree()
        {
            long free = Heap.HeapSize - Heap.Used();
            return Value.FromInt(free < 0 ? 0 : free);
        }

        private static Value Threshold(Value[] a, int s, int n)
        {
            if (n == 0) return Value.FromInt(_threshold);
            long t = NumberOps.GetInt(a[s]);
            _threshold = t < 0 ? -1 : t / 16 * 16; // kept in 16-byte blocks, as gc_alloc_threshold
            return Value.None;
        }
    }
}
