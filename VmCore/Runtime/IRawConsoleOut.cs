namespace NanoMpy
{
    // The raw transmit side of a board's console. Program text (print, sys.stdout.write) goes out cooked on a
    // UART, '\n' as "\r\n" (mp_hal_stdout_tx_strn_cooked), but sys.stdout.buffer and sys.stderr.buffer send
    // their bytes unchanged (stdio_buffer_write calls mp_hal_stdout_tx_strn): `mpremote mount` speaks a
    // binary protocol through them. A board port whose stdout is cooked implements this beside IBoardPort.
    public interface IRawConsoleOut
    {
        void WriteRaw(byte[] data, int off, int len);
    }
}
