namespace NanoMpy.Board
{
    // A console on a terminal whose line discipline the REPL switches (mp_hal_stdio_mode_raw/_orig, the unix
    // port): raw while the REPL reads keys, the original mode while code runs, so that a terminal's Ctrl-C
    // becomes SIGINT and typed-ahead lines are echoed. A UART console does not implement it.
    public interface ITerminalModes
    {
        void SetRaw(bool raw);
    }
}
