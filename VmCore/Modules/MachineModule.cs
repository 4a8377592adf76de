namespace NanoMpy
{
    // machine (extmod/modmachine.c) on a board: reset, soft_reset, unique_id, freq, idle, reset_cause.
    // soft_reset raises SystemExit with the forced-exit meaning, as modmachine.c does (the REPL then soft
    // resets); reset does the same after marking a hard reset, so the board loop starts over as at power-up
    // instead of printing "MPY: soft reboot".
    public static class MachineModule
    {
        // ports/rp2/modmachine.c's reset causes (its machine.reset() is a watchdog reset)
        public const int PwrOnReset = 1, WdtReset = 3;

        // What machine.reset_cause() answers after the current reset; the board loop sets it.
        public static int LastResetCause = PwrOnReset;

        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("machine");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(Qstr.Intern("reset"), new PyBuiltin("reset", Reset));
            g.SetQ(Qstr.Intern("soft_reset"), new PyBuiltin("soft_reset", SoftResetFn));
            g.SetQ(Qstr.Intern("unique_id"), new PyBuiltin("unique_id", UniqueId));
            g.SetQ(Qstr.Intern("freq"), new PyBuiltin("freq", 0, 1, Freq));
            g.SetQ(Qstr.Intern("idle"), new PyBuiltin("idle", Idle));
            g.SetQ(Qstr.Intern("reset_cause"), new PyBuiltin("reset_cause", ResetCause));
            g.SetQ(Qstr.Intern("PWRON_RESET"), Value.FromInt(PwrOnReset));
            g.SetQ(Qstr.Intern("WDT_RESET"), Value.FromInt(WdtReset));
            PyModule m = new PyModule(name, g);
            m.ReadOnly = true;
            return m;
        }

        private static IBoardPort Port
        {
            get
            {
                IBoardPort p = BoardPort.Current;
                if (p == null) throw Rt.OSError(19);
                return p;
            }
        }

        private static Value Reset()
        {
            BoardPort.HardResetRequested = true;
            throw new PyException(new PyBaseException(ExcTypes.SystemExit, PyTuple.Empty));
        }

        private static Value SoftResetFn()
        {
            throw new PyException(new PyBaseException(ExcTypes.SystemExit, PyTuple.Empty));
        }

        private static Value UniqueId()
        {
            byte[] id = Port.UniqueId;
            byte[] copy = new byte[id.Length];
            System.Array.Copy(id, copy, id.Length);
            return new PyBytes(copy, 0, copy.Length);
        }

        // freq() gives the clock; freq(hz) sets it, ValueError when the board cannot run at hz (rp2's message).
        private static Value Freq(Value[] a, int s, int n)
        {
            if (n == 0) return Value.FromInt(Port.Freq);
            long hz = NumberOps.GetInt(a[s]);
            if (!Port.SetFreq(hz)) throw Rt.ValueError("cannot change frequency");
            return Value.None;
        }

        private static Value Idle()
        {
            KbdInterrupt.Check();
            return Value.None;
        }

        private static Value ResetCause()
        {
            return Value.FromInt(LastResetCause);
        }
    }
}
