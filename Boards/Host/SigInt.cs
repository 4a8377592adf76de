using System.Runtime.InteropServices;

namespace NanoMpy.Host
{
    // SIGINT as the unix port handles it (unix_mphal.c sighandler): while Python code runs with Ctrl-C as its
    // interrupt character, KeyboardInterrupt in the program; a second SIGINT before the VM has seen the first
    // exits at once with status 1. Otherwise (micropython.kbd_intr(-1), or outside code) the default action
    // ends the process, after the terminal is restored.
    public static class SigInt
    {
        private static PosixSignalRegistration _reg, _term;

        // The simulated board: SIGINT ends the simulator, whatever its code is doing (Ctrl-C reaches the
        // board's code over its serial line).
        public static bool PassThrough;

        public static void Install()
        {
            if (_reg != null || System.OperatingSystem.IsWindows()) return;
            try
            {
                _reg = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
                // SIGTERM keeps its default action, on a terminal left as the REPL found it
                _term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, ctx => Terminal.Restore());
            }
            catch (System.PlatformNotSupportedException)
            {
            }
        }

        private static void Handle(PosixSignalContext ctx)
        {
            if (PassThrough || MicroPythonModule.InterruptChar != 3)
            {
                Terminal.Restore();
                return;
            }
            if (!KbdInterrupt.Request())
            {
                Terminal.Restore();
                System.Environment.Exit(1);
            }
            ctx.Cancel = true;
        }
    }
}
