namespace NanoMpy.Board
{
    // Program output to the console (the board's stdout): on a UART every '\n' goes out as "\r\n"
    // (mp_hal_stdout_tx_strn_cooked); a terminal that does this itself (the desktop) takes the bytes as they are.
    public sealed class ConsoleSink : IByteSink
    {
        private static readonly byte[] CrLf = new byte[] { 13, 10 };
        private readonly IConsole _console;
        private readonly bool _cooked;

        public ConsoleSink(IConsole console, bool cooked)
        {
            _console = console;
            _cooked = cooked;
        }

        public void Write(byte[] data, int off, int len)
        {
            if (!_cooked)
            {
                _console.Write(data, off, len);
                return;
            }
            int last = off;
            int end = off + len;
            for (int i = off; i < end; i++)
            {
                if (data[i] != 10) continue;
                if (i > last) _console.Write(data, last, i - last);
                _console.Write(CrLf, 0, 2);
                last = i + 1;
            }
            if (end > last) _console.Write(data, last, end - last);
        }
    }
}
