namespace NanoMpy.Board
{
    // The two ways the REPL writes: its own bytes as they are (prompts, echo, "\r\n", raw REPL markers), and
    // what MicroPython prints through mp_plat_print (tracebacks, completion lists): the board's stdout, cooked
    // like program output.
    public sealed class ReplOutput
    {
        private readonly IConsole _console;
        private readonly byte[] _one = new byte[1];

        public ReplOutput(IConsole console)
        {
            _console = console;
        }

        public IByteSink Print
        {
            get
            {
                IBoard b = Vm.Board;
                return b != null && b.Stdout != null ? b.Stdout : (IByteSink)new ConsoleSink(_console, true);
            }
        }

        public void Raw(string text)
        {
            if (text.Length == 0) return;
            byte[] b = Utf8.Encode(text);
            _console.Write(b, 0, b.Length);
        }

        public void Raw(byte b)
        {
            _one[0] = b;
            _console.Write(_one, 0, 1);
        }

        public void Raw(byte[] data, int off, int len)
        {
            if (len > 0) _console.Write(data, off, len);
        }
    }
}
