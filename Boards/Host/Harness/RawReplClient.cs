using System.Text;

namespace NanoMpy.Host
{
    // The host's side of pyexec.c's raw REPL, as pyboard.py and mpremote speak it: enter (Ctrl-C, Ctrl-A), soft
    // reset (Ctrl-D), and exec, by raw-paste with the board's flow control when it offers it ("R\x01", a window,
    // "\x01" for each window consumed), else by sending the code and Ctrl-D ("OK"). The answer is stdout up to
    // "\x04", stderr up to "\x04", then ">". A program that runs past the timeout gets Ctrl-C.
    public sealed class RawReplClient
    {
        private const string RawBanner = "raw REPL; CTRL-B to exit\r\n>";
        private readonly SerialLink _link;
        private int _rawPaste = -1; // -1 unknown, 0 no, 1 yes

        public string History { get { return _link.History(); } }

        public RawReplClient(SerialLink link)
        {
            _link = link;
        }

        public bool Enter(out string error)
        {
            error = null;
            _link.Write("\r\x03\x03");
            System.Threading.Thread.Sleep(100);
            _link.Discard();
            _link.Write("\r\x01");
            if (_link.ReadUntil(RawBanner, 10000) == null)
            {
                error = "no raw REPL prompt";
                return false;
            }
            return true;
        }

        public bool SoftReset(out string error)
        {
            error = null;
            _link.Write("\x04");
            if (_link.ReadUntil("soft reboot\r\n", 10000) == null || _link.ReadUntil(RawBanner, 10000) == null)
            {
                error = "no raw REPL prompt after a soft reset";
                return false;
            }
            return true;
        }

        // Runs code; false when the board did not answer in time (it was sent Ctrl-C).
        public bool Exec(string code, int timeoutMs, out string stdout, out string stderr)
        {
            stdout = stderr = null;
            byte[] data = Encoding.UTF8.GetBytes(code);
            if (!Send(data)) return false;
            stdout = _link.ReadUntil("\x04", timeoutMs);
            if (stdout == null)
            {
                _link.Write("\x03");
                stdout = _link.ReadUntil("\x04", 5000);
                stderr = _link.ReadUntil("\x04", 5000);
                _link.ReadUntil(">", 5000);
                stdout = stdout == null ? "" : stdout.Substring(0, stdout.Length - 1);
                stderr = stderr == null ? "" : stderr.Substring(0, stderr.Length - 1);
                return false;
            }
            stdout = stdout.Substring(0, stdout.Length - 1);
            stderr = _link.ReadUntil("\x04", 10000);
            if (stderr == null) return false;
            stderr = stderr.Substring(0, stderr.Length - 1);
            return _link.ReadUntil(">", 10000) != null;
        }

        private bool Send(byte[] data)
        {
            if (_rawPaste != 0)
            {
                _link.Write("\u0005A\u0001");
                string r = _link.ReadUntil("R", 5000);
                string flag = r == null ? null : _link.ReadBytes(1, 5000);
                if (flag == "\x01")
                {
                    _rawPaste = 1;
                    return Paste(data);
                }
                // "R\x00": understood, not offered; the board waits for code as in the plain raw REPL
                _rawPaste = 0;
                if (flag != "\x00") return false;
            }
            for (int i = 0; i < data.Length; i += 256)
            {
                _link.Write(data, i, System.Math.Min(256, data.Length - i));
                System.Threading.Thread.Sleep(1);
            }
            _link.Write("\x04");
            return _link.ReadUntil("OK", 10000) != null;
        }

        // Raw-paste: a window of w bytes; each "\x01" from the board grants another w; "\x04" aborts.
        private bool Paste(byte[] data)
        {
            string w = _link.ReadBytes(2, 5000);
            if (w == null) return false;
            int window = w[0] | (w[1] << 8);
            int credit = window;
            int i = 0;
            while (i < data.Length)
            {
                while (credit == 0 || _link.Available > 0)
                {
                    string c = _link.ReadBytes(1, 10000);
                    if (c == null) return false;
                    if (c == "\x01") credit += window;
                    else if (c == "\x04")
                    {
                        _link.Write("\x04");
                        return false;
                    }
                }
                int n = System.Math.Min(credit, data.Length - i);
                _link.Write(data, i, n);
                i += n;
                credit -= n;
            }
            _link.Write("\x04");
            // the board ends the data with \x04 (after any \x01 still in flight)
            return _link.ReadUntil("\x04", 10000) != null;
        }
    }
}
