namespace NanoMpy
{
    // micropython.schedule (py/scheduler.c): a queue of (function, arg); the VM runs one at each check point
    // (a jump) while none is running, so callbacks scheduled from a callback wait until it returns. The VM's
    // only cost is reading Pending at jumps.
    public static class Scheduler
    {
        private const int Depth = 4; // MICROPY_SCHEDULER_DEPTH

        public static int Pending;
        private static readonly Value[] Funcs = Value.NewArray(Depth);
        private static readonly Value[] Args = Value.NewArray(Depth);
        private static int _head;
        private static bool _running;

        public static void Reset()
        {
            Pending = 0;
            _head = 0;
            _running = false;
            for (int i = 0; i < Depth; i++)
            {
                Funcs[i] = Value.Null;
                Args[i] = Value.Null;
            }
        }

#if MP_MICROPYTHON_EXTRAS
        public static bool Schedule(Value f, Value arg)
        {
            if (Pending == Depth) return false;
            int i = (_head + Pending) % Depth;
            Funcs[i] = f;
            Args[i] = arg;
            Pending++;
            return true;
        }
#endif

        // A pending KeyboardInterrupt is raised first, as mp_handle_pending does.
        public static void RunPending()
        {
            KbdInterrupt.Check();
            if (_running || Pending == 0) return;
            Value f = Funcs[_head];
            Value a = Args[_head];
            Funcs[_head] = Value.Null;
            Args[_head] = Value.Null;
            _head = (_head + 1) % Depth;
            Pending--;
            _running = true;
            try
            {
                Rt.Call1(f, a);
            }
            finally
            {
                _running = false;
            }
        }
    }
}
