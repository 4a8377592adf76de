namespace NanoMpy.Board
{
    // A board's main loop (ports/rp2/main.c, ports/esp32/main.c): reset the interpreter, run boot.py and, in
    // the friendly REPL, main.py, then the REPL until it asks for a soft reset (Ctrl-D, or sys.exit in the
    // REPL), print "MPY: soft reboot" and start again; after machine.reset() start again as at power-up. Run
    // returns when the console closes.
    public sealed class BoardLoop
    {
        private readonly Repl _repl;
        private readonly IBoardHost _host;

        public BoardLoop(Repl repl, IBoardHost host)
        {
            _repl = repl;
            _host = host;
        }

        public void Run()
        {
            try
            {
                while (true)
                {
                    _host.ResetInterpreter();
                    _repl.StartSession(true);
                    RunOnce();
                    if (BoardPort.HardResetRequested)
                    {
                        // machine.reset(): the chip restarts, so no "soft reboot" line and the friendly REPL,
                        // as after power-up (ports/rp2/main.c prints the line only on the soft-reset path)
                        BoardPort.HardResetRequested = false;
                        MachineModule.LastResetCause = MachineModule.WdtReset;
                        _repl.RawMode = false;
                        continue;
                    }
                    // mp_printf(MP_PYTHON_PRINTER, ...): program output, so cooked
                    byte[] msg = Utf8.Encode("MPY: soft reboot\n");
                    _repl.Output.Print.Write(msg, 0, msg.Length);
                }
            }
            catch (ConsoleClosedException)
            {
            }
        }

        private void RunOnce()
        {
            int ret = _repl.ExecFileIfExists("boot.py");
            if ((ret & Repl.ForcedExit) != 0) return;
            if (!_repl.RawMode && ret != 0)
            {
                ret = _repl.ExecFileIfExists("main.py");
                if ((ret & Repl.ForcedExit) != 0) return;
            }
            while (true)
            {
                if (_repl.RawMode)
                {
                    if (_repl.RawRepl() != 0) return;
                }
                else if (_repl.FriendlyRepl() != 0)
                {
                    return;
                }
            }
        }
    }
}
