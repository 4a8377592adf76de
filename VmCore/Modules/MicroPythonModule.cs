namespace NanoMpy
{
    // micropython (py/modmicropython.c) as the unix port has it: const, opt_level, mem_info, mem_total,
    // mem_current, mem_peak, qstr_info, stack_use, heap_lock, heap_unlock, kbd_intr, schedule, RingIO. Without
    // MP_MICROPYTHON_EXTRAS (the minimal level) the mem_* functions, qstr_info, stack_use and schedule are left out,
    // as MicroPython's minimum level does (MICROPY_PY_MICROPYTHON_MEM_INFO, _STACK_USE, MICROPY_ENABLE_SCHEDULER).
    public static class MicroPythonModule
    {
        // micropython.opt_level(): MP_STATE_VM(mp_optimise_value); the compiler reads it for source it compiles.
        public static int OptLevel;

#if MP_MICROPYTHON_EXTRAS
        private static long _peak;
#endif

        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("micropython");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(Qstr.Intern("const"), new PyBuiltin("const", Identity));
            g.SetQ(Qstr.Intern("opt_level"), new PyBuiltin("opt_level", 0, 1, OptLevelFn));
#if MP_MICROPYTHON_EXTRAS
            g.SetQ(Qstr.Intern("mem_info"), new PyBuiltin("mem_info", 0, 1, MemInfo));
            g.SetQ(Qstr.Intern("mem_total"), new PyBuiltin("mem_total", MemTotal));
            g.SetQ(Qstr.Intern("mem_current"), new PyBuiltin("mem_current", MemCurrent));
            g.SetQ(Qstr.Intern("mem_peak"), new PyBuiltin("mem_peak", MemPeak));
            g.SetQ(Qstr.Intern("qstr_info"), new PyBuiltin("qstr_info", 0, 1, QstrInfo));
            g.SetQ(Qstr.Intern("stack_use"), new PyBuiltin("stack_use", StackUse));
#endif
            g.SetQ(Qstr.Intern("heap_lock"), new PyBuiltin("heap_lock", HeapLock));
            g.SetQ(Qstr.Intern("heap_unlock"), new PyBuiltin("heap_unlock", HeapUnlock));
            g.SetQ(Qstr.Intern("kbd_intr"), new PyBuiltin("kbd_intr", KbdIntr));
#if MP_MICROPYTHON_EXTRAS
            g.SetQ(Qstr.Intern("schedule"), new PyBuiltin("schedule", Schedule));
#endif
#if MP_EXTRA_MODULES
            g.SetQ(Qstr.Intern("RingIO"), PyRingIO.TypeObj);
#endif
            return new PyModule(name, g);
        }

        private static Value Identity(Value x) { return x; }

        private static Value OptLevelFn(Value[] a, int s, int n)
        {
            if (n == 0) return Value.FromInt(OptLevel);
            OptLevel = (int)NumberOps.GetInt(a[s]);
            return Value.None;
        }

#if MP_MICROPYTHON_EXTRAS
        private static IMemoryInfo Mem { get { return Vm.Board as IMemoryInfo; } }

        public static long Used()
        {
            IMemoryInfo m = Mem;
            long u = m == null ? 0 : m.HeapUsed();
            if (u > _peak) _peak = u;
            return u;
        }

        private static long Total()
        {
            IMemoryInfo m = Mem;
            return m == null ? 0 : m.TotalAllocated();
        }

        private static Value MemTotal() { return Value.FromInt(Total()); }
        private static Value MemCurrent() { return Value.FromInt(Used()); }

        private static Value MemPeak()
        {
            Used();
            return Value.FromInt(_peak);
        }

        private static void Line(string s)
        {
            Printer p = new Printer(Vm.Board.Stdout);
            p.Write(s);
            p.WriteByte((byte)'\n');
            p.Flush();
        }

        public static void PrintMemInfo()
        {
            MemInfo(null, 0, 0);
        }

        private static Value MemInfo(Value[] a, int s, int n)
        {
            long used = Used();
            long heap = Heap.HeapSize;
            Line("mem: total=" + Total() + ", current=" + used + ", peak=" + _peak);
            Line("stack: " + Vm.Depth * 64 + " out of 80000");
            Line("GC: total: " + heap + ", used: " + used + ", free: " + (heap > used ? heap - used : 0));
            Line(" No. of 1-blocks: 0, 2-blocks: 0, max blk sz: 0, max free sz: " + (heap > used ? (heap - used) / 32 : 0));
            return Value.None;
        }

        private static Value QstrInfo(Value[] a, int s, int n)
        {
            Line("qstr pool: n_pool=1, n_qstr=" + Qstr.Count + ", n_str_data_bytes=0, n_total_bytes=0");
            return Value.None;
        }

        // An estimate in bytes: the Python call depth times a typical frame.
        private static Value StackUse() { return Value.FromInt(Vm.Depth * 64); }

#endif

        private static Value HeapLock()
        {
            Heap.Lock();
            return Value.None;
        }

        // Returns the depth left (gc_lock_depth after the unlock).
        private static Value HeapUnlock()
        {
            return Value.FromInt(Heap.Unlock());
        }

        public static int InterruptChar = 3;

        public static void Reset(int optLevel, int interruptChar)
        {
            OptLevel = optLevel;
            InterruptChar = interruptChar;
#if MP_MICROPYTHON_EXTRAS
            _peak = 0;
#endif
        }

        private static Value KbdIntr(Value c)
        {
            InterruptChar = (int)NumberOps.GetInt(c);
            return Value.None;
        }

#if MP_MICROPYTHON_EXTRAS
        private static Value Schedule(Value f, Value arg)
        {
            if (!Scheduler.Schedule(f, arg)) throw Rt.RuntimeError("schedule queue full");
            return Value.None;
        }
#endif
    }
}
