namespace NanoMpy
{
    // Ctrl-C while Python code runs (py/scheduler.c mp_sched_keyboard_interrupt, mp_handle_pending): the
    // console's receive path (or a SIGINT handler on a desktop) calls Request from its own thread; the VM
    // raises KeyboardInterrupt at its next pending check (the jumps that already poll Scheduler.Pending,
    // board sleeps, the end of a REPL command). The interrupt character itself is
    // MicroPythonModule.InterruptChar (micropython.kbd_intr), which the REPL sets to 3 while code runs.
    //
    // Pending is a plain int rather than a volatile field (nanoFramework's API has no IsVolatile): the writer
    // publishes it with Interlocked (a full fence) and the VM re-reads the static at every jump.
    public static class KbdInterrupt
    {
        public static int Pending;

        // MicroPython raises one preallocated exception object (MP_STATE_VM(mp_kbd_exception)) so that an
        // interrupt works with the heap locked or exhausted; it is made on the VM's thread by Prepare.
        private static PyBaseException _exc;

        public static void Prepare()
        {
            if (_exc == null) _exc = new PyBaseException(ExcTypes.KeyboardInterrupt, PyTuple.Empty);
        }

        // From any thread: KeyboardInterrupt at the VM's next check. Returns false when one was already
        // pending (the unix port exits on a second SIGINT the VM has not yet seen).
        public static bool Request()
        {
            return System.Threading.Interlocked.Exchange(ref Pending, 1) == 0;
        }

        public static void Clear()
        {
            System.Threading.Interlocked.Exchange(ref Pending, 0);
        }

        // Raises the pending KeyboardInterrupt, if any.
        public static void Check()
        {
            if (Pending == 0) return;
            Clear();
            throw Exception();
        }

        // The KeyboardInterrupt to raise, its traceback cleared.
        public static PyException Exception()
        {
            Prepare();
            _exc.TracebackLen = 0;
            return new PyException(_exc);
        }
    }
}
