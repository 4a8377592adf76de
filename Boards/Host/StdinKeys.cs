using System.IO;
using NanoMpy.Board;

namespace NanoMpy.Host
{
    // The process's stdin as the desktop program reads it (input(), sys.stdin): the bytes as they are, -1 at
    // the end; a terminal goes raw while input() edits a line, as the unix port's mp_hal_readline does.
    public sealed class StdinKeys : IConsole, ITerminalModes
    {
        private readonly Stream _in;
        private readonly bool _terminal;
        private readonly byte[] _one = new byte[1];
        private bool _eof;

        public StdinKeys(Stream stdin, bool terminal)
        {
            _in = stdin;
            _terminal = terminal;
        }

        public int ReadByte()
        {
            if (_eof) return -1;
            int n;
            try
            {
                n = _in.Read(_one, 0, 1);
            }
            catch (IOException)
            {
                n = 0;
            }
            catch (System.ObjectDisposedException)
            {
                n = 0;
            }
            if (n <= 0)
            {
                // a terminal's Ctrl-D ends this read only: the next one waits again, as read(2) does
                if (!_terminal) _eof = true;
                return -1;
            }
            return _one[0];
        }

        public void Write(byte[] data, int off, int len)
        {
        }

        public void SetRaw(bool raw)
        {
            if (!_terminal) return;
            if (raw) Terminal.Raw();
            else Terminal.Restore();
        }
    }
}
