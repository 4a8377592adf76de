namespace NanoMpy.Board
{
    // The board's serial console as the REPL sees it (mp_hal_stdin_rx_chr, mp_hal_stdout_tx_strn).
    //
    // The interrupt character: a byte equal to MicroPythonModule.InterruptChar (3 while the REPL runs code,
    // -1 otherwise; micropython.kbd_intr changes it) that arrives while code runs is not queued but raises
    // KeyboardInterrupt (KbdInterrupt.Request), as a UART receive interrupt does in MicroPython's ports.
    // RxQueue does this for consoles fed by a receive thread or event.
    public interface IConsole
    {
        // The next received byte, waiting for one; -1 once the console is closed for good.
        int ReadByte();

        // Sends bytes as they are (the REPL's own output; program output comes through a ConsoleSink).
        void Write(byte[] data, int off, int len);
    }
}
