namespace NanoMpy
{
    // The Python heap as MicroPython's gc presents it, over the board's real allocator.
    //
    // Every heap object is made through PyObject's constructor, which costs one decrement and branch:
    // Countdown reaches zero every CheckInterval objects (then the board's live-heap size is compared with
    // HeapSize when a limit was set with -X heapsize), and at once while the heap is locked.
    //
    // micropython.heap_lock(): while LockDepth > 0 every Python heap object and every growth of a list or a
    // dict/set table fails with MemoryError, as gc_alloc does. Small ints, floats, locals, calls into pooled
    // frames and loops allocate nothing here either, so code that runs locked in MicroPython runs locked here.
    // An exception raised while locked is the one preallocated emergency exception object
    // (mp_emergency_exception_obj): the requested type, no arguments, no traceback growth.
    public static class Heap
    {
        private const int CheckInterval = 4096;

        public static int LockDepth;
        public static int Countdown = CheckInterval;

        // Without -X heapsize a program still has a bounded heap, as on MicroPython (2 MB on the unix port);
        // host objects are larger than MicroPython's, so the bound is set well above that.
        private const long DefaultLimit = 64L * 1024 * 1024;

        // Bytes the program may use (-X heapsize); 0: no limit. HeapSize is what gc reports as the total.
        public static long Limit;
        public static long HeapSize = 2097152; // the unix port's default heap
        private static long _baseline;

        private static readonly PyTuple EmptyArgs = new PyTuple(Value.NewArray(0));
        // MicroPython's emergency exception buffer: made by Reset (mp_init's place), before any program runs, and
        // not by a static constructor, which would make exception types from whatever object a process makes first.
        private static PyBaseException _emergencyObj;

        // A new program: unlocked; with n > 0 (-X heapsize=N) the live heap above what is in use now may not
        // exceed n bytes.
        public static void Reset(long n)
        {
            LockDepth = 0;
            Countdown = CheckInterval;
            if (_emergencyObj == null) _emergencyObj = new PyBaseException(ExcTypes.MemoryError, EmptyArgs);
            Limit = n > 0 ? n : DefaultLimit;
            HeapSize = n > 0 ? n : 2097152;
            IMemoryInfo m = Vm.Board as IMemoryInfo;
            _baseline = m == null ? 0 : m.HeapUsed();
        }

        // Counts from what is live now (a host that has just collected its garbage, so that gc.mem_alloc
        // starts from the interpreter alone).
        public static void Rebaseline()
        {
            IMemoryInfo m = Vm.Board as IMemoryInfo;
            _baseline = m == null ? 0 : m.HeapUsed();
        }

        // The program is over: nothing is bounded until the next Reset (a host process may go on allocating
        // for other work, as the test runner does).
        public static void Release()
        {
            Limit = 0;
            LockDepth = 0;
            Countdown = CheckInterval;
        }

        // Live bytes of the program, as gc.mem_alloc reports them.
        public static long Used()
        {
            IMemoryInfo m = Vm.Board as IMemoryInfo;
            if (m == null) return 0;
            long u = m.HeapUsed() - _baseline;
            return u < 0 ? 0 : u;
        }

        public static void Lock()
        {
            StaticTypes.EnsureAll();
            LockDepth++;
            Countdown = 0;
        }

        public static int Unlock()
        {
            if (LockDepth > 0) LockDepth--;
            if (LockDepth == 0) Countdown = CheckInterval;
            return LockDepth;
        }

        // Making what MicroPython keeps in ROM (a builtin made on first use) is not a program's allocation, so it
        // goes on while the heap is locked: SuspendLock returns the depth for ResumeLock.
        public static int SuspendLock()
        {
            int depth = LockDepth;
            LockDepth = 0;
            Countdown = CheckInterval;
            return depth;
        }

        public static void ResumeLock(int depth)
        {
            LockDepth = depth;
            if (depth != 0) Countdown = 0;
        }

        // Called by PyObject's constructor when Countdown runs out.
        public static void Checkpoint()
        {
            if (LockDepth != 0)
            {
                Countdown = 0;
                throw Refuse();
            }
            Countdown = CheckInterval;
            if (Limit > 0 && Used() > Limit)
            {
                IMemoryInfo m = Vm.Board as IMemoryInfo;
                m.Collect();
                if (Used() > Limit)
                {
                    // the program's own objects are over the limit: this allocation fails
                    throw Rt.MemoryError("memory allocation failed, allocating 32 bytes");
                }
            }
        }

        // One allocation of n bytes (a list, bytes, an array...) larger than the whole heap fails at once.
        public static bool TooBig(long n)
        {
            return n > HeapSize;
        }

        // The unix port's 256-byte emergency exception buffer holds, after room for two traceback entries,
        // an args tuple of up to 24 items, or a message of up to 150 bytes.
        private const int EmergencyMaxArgs = 24;
        private const int EmergencyMaxText = 150;

        public static PyBaseException Emergency(PyType type, string msg)
        {
            PyBaseException e = Emergency(type);
            if (msg != null)
            {
                if (msg.Length > EmergencyMaxText) msg = msg.Substring(0, EmergencyMaxText);
                e.Args = new PyTuple(new Value[] { PyStr.Static(msg) }, true);
            }
            return e;
        }

        public static PyBaseException Emergency(PyType type, Value[] args, int start, int n)
        {
            PyBaseException e = Emergency(type);
            if (n > 0 && n <= EmergencyMaxArgs)
            {
                Value[] items = Value.NewArray(n);
                System.Array.Copy(args, start, items, 0, n);
                e.Args = new PyTuple(items, true);
            }
            return e;
        }

        // The emergency exception, retyped.
        public static PyBaseException Emergency(PyType type)
        {
            PyBaseException e = _emergencyObj ?? (_emergencyObj = new PyBaseException(type, EmptyArgs));
            e.ExcType = type;
            e.Args = EmptyArgs;
            e.Dict = null;
            e.TracebackLen = 0;
            return e;
        }

        public static PyException Refuse()
        {
            return new PyException(Emergency(ExcTypes.MemoryError, "memory allocation failed, heap is locked"));
        }

        // Before a container grows its storage to bytes (as MicroPython would size it).
        public static void CheckGrow(long bytes)
        {
            if (LockDepth != 0) throw Refuse();
            if (bytes > HeapSize) throw Rt.MemoryError("memory allocation failed, allocating " + bytes + " bytes");
        }
    }
}
