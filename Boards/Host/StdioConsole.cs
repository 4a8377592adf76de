using System.IO;
using NanoMpy.Board;

namespace NanoMpy.Host
{
    // The desktop REPL's console: stdin and stdout of the process, as the unix port's mp_hal uses them: input
    // '\n' reads as '\r' (Enter), end of input reads as Ctrl-D once and then closes the console; a terminal
    // is switched to raw mode while the REPL reads keys. Output goes out unchanged (the terminal itself turns
    // "\n" into "\r\n"); a closed stdout drops it.
    public sealed class StdioConsole : IConsole, ITerminalModes
    {
        private readonly StdinKeys _keys;
        private readonly Stream _out;
        private bool _eof;

        public StdioConsole(Stream stdin, Stream stdout, bool terminal)
        {
            _keys = new StdinKeys(stdin, terminal);
            _out = stdout;
        }

        public int ReadByte()
        {
            if (_eof) return -1;
            int c = _keys.ReadByte();
            if (c < 0)
            {
                _eof = true;
                return 4;
            }
            return c == '\n' ? '\r' : c;
        }

        public void Write(byte[] data, int off, int len)
        {
            try
            {
                _out.Write(data, off, len);
                _out.Flush();
            }
            catch (IOException)
            {
            }
            catch (System.ObjectDisposedException)
            {
            }
        }

        public void SetRaw(bool raw)
        {
            _keys.SetRaw(raw);
        }
    }
}
