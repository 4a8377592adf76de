namespace NanoMpy
{
    // The state of one running bytecode function (mp_code_state_t). Frames of plain calls are pooled by call
    // depth and reused, so a call allocates nothing once the pool is warm; a generator owns its frame.
    //
    //   S: [ value stack S[0..Sp] ... | locals: local i = S[NState - 1 - i] ]
    //
    // Locals sit at the top because the prelude gives only n_state (locals + stack), not the locals count.
    // The exception-handler stack is kept in parallel arrays: handler ip, saved sp (times 2, plus 1 for a
    // finally/with block) and the exception being handled there (for a bare `raise`).
    public sealed class Frame
    {
        public RawCode Code;
        public PyFunction Fun;       // null for module code
        public PyDict Globals;
        public Value[] S;
        public int NState;
        public int Ip;               // absolute position in Code's image, outside the dispatch loop
        public int CodeBase;         // the dispatch loop's ip and OpStart are relative to this position
        public NanoMpy.Flash.CodeLine Line; // the code line the dispatch loop runs from (held: FlashCache keeps it)
        public int Sp;               // index of the top of the value stack; -1 when empty
        public int OpStart;          // the instruction running (where a raised exception comes from), CodeBase + OpStart
        // The dispatch loop's bounds, read from here rather than kept in locals (see Vm.Dispatch): where ip must
        // look its code line up again (relative to CodeBase; 0 under instrumentation), and the index of local 0
        // in S (local i is S[Top - i]).
        public int Lim;
        public int Top;
        public int[] ExcHandler;
        public int[] ExcSp;
        public PyBaseException[] ExcPrev;
        public int ExcTop = -1;
        // BUILD_SLICE directly subscripting a bytearray, array or memoryview reuses this slice, as MicroPython
        // builds that slice on the C stack (those types keep no reference to it).
        public PySlice StackSlice;
        // For loops' cursors by stack slot, in the device value representation only (Value.LoopCursor).
        public Value[] Cursors;
        // Inline calls (Vm.Run): the frame that called this one in the same dispatch loop, and the one this
        // frame is calling there; null otherwise.
        public Frame Caller;
        public Frame Callee;
        // An inline call of a class's __init__: its caller's slot keeps the new instance, the result.
        public bool Init;

        // A pooled frame (or a module's): arrays of the usual sizes, grown by Prepare when a function needs more.
        public Frame()
        {
            S = Value.NewArray(16);
            ExcHandler = new int[4];
            ExcSp = new int[4];
            ExcPrev = new PyBaseException[4];
        }

#if MP_OPT_SPEED
        private static readonly int[] NoHandlers = new int[0];
        private static readonly PyBaseException[] NoPrev = new PyBaseException[0];

        // A generator's own frame, its arrays the sizes rc needs (a generator expression is made on every run
        // of its line; most have no exception handler).
        public Frame(RawCode rc)
        {
            S = Value.NewArray(rc.NState);
            int ne = rc.NExcStack;
            if (ne == 0)
            {
                ExcHandler = NoHandlers;
                ExcSp = NoHandlers;
                ExcPrev = NoPrev;
            }
            else
            {
                ExcHandler = new int[ne];
                ExcSp = new int[ne];
                ExcPrev = new PyBaseException[ne];
            }
        }
#endif

        // Drops every reference the last call left, so a pooled frame keeps nothing of an ended interpreter alive.
        public void Release()
        {
            Code = null;
            Line = null;
            Caller = null;
            Callee = null;
            Fun = null;
            Globals = null;
            Value.Clear(S, 0, S.Length);
            for (int i = 0; i < ExcPrev.Length; i++) ExcPrev[i] = null;
            StackSlice = null;
            NState = 0;
            Sp = -1;
            ExcTop = -1;
        }

        // Sizes the arrays for rc and clears the state (unbound locals are Null).
        public void Prepare(RawCode rc, PyDict globals, PyFunction fun)
        {
#if MP_OPT_SPEED
            // (a pooled frame mostly runs the function it ran last: then no write barrier)
            if (Code != rc) Code = rc;
            if (Fun != fun) Fun = fun;
            if (Globals != globals) Globals = globals;
#else
            Code = rc;
            Fun = fun;
            Globals = globals;
#endif
            int n = rc.NState;
            NState = n;
            if (S.Length < n) S = Value.NewArray(n < 16 ? 16 : n);
            else Value.Clear(S, 0, n);
            int ne = rc.NExcStack;
            if (ExcHandler.Length < ne)
            {
                ExcHandler = new int[ne];
                ExcSp = new int[ne];
                ExcPrev = new PyBaseException[ne];
            }
            ExcTop = -1;
            Sp = -1;
            Ip = rc.BytecodeStart;
            Caller = null;
            Callee = null;
            Init = false;
        }
    }
}
