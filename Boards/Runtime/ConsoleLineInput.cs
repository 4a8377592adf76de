#if MP_IO || MP_CORE_BUILTINS
// (only in builds with MP_IO or MP_CORE_BUILTINS: sys.stdin and input() are what read it; build/FeatureLevel.props)
namespace NanoMpy.Board
{
    // A console's input as programs read it (IConsoleInput): input() edits a line with readline (LineEditor,
    // echoing on the console; a board shares its REPL's editor and so its history, as readline.c has one),
    // sys.stdin reads take the bytes as they come.
    //
    // keys gives the received bytes: -1 once input has ended, -2 when a KeyboardInterrupt is pending (a
    // board's UART caught Ctrl-C while code ran: mp_hal_stdin_rx_chr's event poll raises it). A board
    // (uart) reads sys.stdin with '\r' as '\n' (stdio_read); the unix port's readline gets '\n' as '\r'
    // (mp_hal_stdin_rx_chr) and its stdin is a plain file. A console on a terminal is switched to raw mode
    // while a line is read (mp_hal_readline).
    public sealed class ConsoleLineInput : IConsoleInput
    {
        private readonly IConsole _keys;
        private LineEditor _editor;      // the REPL's on a board; made at the first input() on the desktop
        private readonly bool _uart;
        private readonly LineBuffer _line = new LineBuffer();

        public ConsoleLineInput(IConsole keys, LineEditor editor, bool uart)
        {
            _keys = keys;
            _editor = editor;
            _uart = uart;
        }

        public int ReadLine(out string line)
        {
            _line.Reset();
            if (_editor == null) _editor = new LineEditor(new ReplOutput(new StdoutEcho()), 50);
            if (_editor.Main == null) _editor.Main = SysModule.Modules.GetQ(Q.__main__).Obj as PyModule;
            ITerminalModes t = _keys as ITerminalModes;
            if (t != null) t.SetRaw(true);
            try
            {
                _editor.Init(_line, "");
                while (true)
                {
                    int c = Next();
                    if (c == -1)
                    {
                        // end of input: Ctrl-D on an empty line; a line cut short is returned (the unix port
                        // would spin on it for ever)
                        line = Text();
                        return line.Length == 0 ? 4 : 0;
                    }
                    if (!_uart && c == '\n') c = '\r';
                    int r = _editor.Process(c);
                    if (r >= 0)
                    {
                        line = Text();
                        return r;
                    }
                }
            }
            finally
            {
                if (t != null) t.SetRaw(false);
            }
        }

        public int Read(byte[] buf, int off, int count, bool text)
        {
            for (int i = 0; i < count; i++)
            {
                int c = Next();
                if (c < 0) return i;
                if (text && _uart && c == '\r') c = '\n';
                buf[off + i] = (byte)c;
            }
            return count;
        }

        private int Next()
        {
            int c = _keys.ReadByte();
            if (c == -2)
            {
                KbdInterrupt.Check();
                return Next();
            }
            return c;
        }

        private string Text()
        {
            return Utf8.Decode(_line.Bytes, 0, _line.Length);
        }

        // The echo of a line editor of its own: the program's stdout (the board's console).
        private sealed class StdoutEcho : IConsole
        {
            public int ReadByte()
            {
                return -1;
            }

            public void Write(byte[] data, int off, int len)
            {
                SysModule.WriteTo(1, data, off, len);
            }
        }
    }
}
#endif
