using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;

namespace NanoMpy.Host
{
    // A serial line to a board (a UART's tty, or a pseudo-terminal): opened raw at a baud rate, read by a
    // thread into a buffer that ReadUntil waits on, so that a board that stops answering is a timeout.
    public sealed class SerialLink : System.IDisposable
    {
        [DllImport("libc", SetLastError = true)]
        private static extern int open([MarshalAs(UnmanagedType.LPStr)] string path, int flags);

        [DllImport("libc")]
        private static extern int close(int fd);

        [DllImport("libc", SetLastError = true)]
        private static extern int tcgetattr(int fd, byte[] termios);

        [DllImport("libc", SetLastError = true)]
        private static extern int tcsetattr(int fd, int action, byte[] termios);

        [DllImport("libc")]
        private static extern void cfmakeraw(byte[] termios);

        [DllImport("libc")]
        private static extern int cfsetspeed(byte[] termios, System.IntPtr speed);

        private readonly int _fd;
        private readonly FdStream _out;
        private readonly MemoryStream _in = new MemoryStream();
        private readonly object _sync = new object();
        private int _taken;
        private bool _closed;

        private SerialLink(int fd)
        {
            _fd = fd;
            _out = new FdStream(fd);
            var t = new Thread(Receive);
            t.IsBackground = true;
            t.Start();
        }

        public static SerialLink Open(string path, int baud, out string error)
        {
            error = null;
            int flags = 2 | (System.OperatingSystem.IsLinux() ? 0x100 : 0x20000); // O_RDWR | O_NOCTTY
            int fd = open(path, flags);
            if (fd < 0)
            {
                error = "cannot open " + path + ": errno " + Marshal.GetLastPInvokeError();
                return null;
            }
            byte[] t = new byte[256];
            if (tcgetattr(fd, t) == 0)
            {
                cfmakeraw(t);
                long speed = Speed(baud);
                if (speed >= 0) cfsetspeed(t, (System.IntPtr)speed);
                tcsetattr(fd, 0, t);
            }
            return new SerialLink(fd);
        }

        // termios speed values: Linux's Bnnn constants, macOS's are the rates themselves.
        private static long Speed(int baud)
        {
            if (!System.OperatingSystem.IsLinux()) return baud;
            switch (baud)
            {
                case 9600: return 13;
                case 19200: return 14;
                case 38400: return 15;
                case 57600: return 0x1001;
                case 115200: return 0x1002;
                case 230400: return 0x1003;
                case 460800: return 0x1004;
                case 921600: return 0x1007;
                default: return -1;
            }
        }

        private void Receive()
        {
            byte[] b = new byte[4096];
            try
            {
                while (true)
                {
                    int n = ReadFd(b);
                    if (n <= 0) break;
                    if (Trace) System.Console.Error.WriteLine("< " + System.BitConverter.ToString(b, 0, System.Math.Min(n, 60)));
                    lock (_sync)
                    {
                        _in.Write(b, 0, n);
                        Monitor.PulseAll(_sync);
                    }
                }
            }
            catch (IOException)
            {
            }
            lock (_sync)
            {
                _closed = true;
                Monitor.PulseAll(_sync);
            }
        }

        [DllImport("libc", EntryPoint = "read", SetLastError = true)]
        private static extern System.IntPtr sysread(int fd, byte[] buf, System.IntPtr count);

        private int ReadFd(byte[] b)
        {
            while (true)
            {
                long n = (long)sysread(_fd, b, (System.IntPtr)b.Length);
                if (n < 0 && Marshal.GetLastPInvokeError() == 4) continue; // EINTR
                return (int)n;
            }
        }

        public void Write(string s)
        {
            byte[] b = Encoding.Latin1.GetBytes(s);
            Write(b, 0, b.Length);
        }

        private static readonly bool Trace = System.Environment.GetEnvironmentVariable("NANOMPY_TRACE") != null;

        public void Write(byte[] b, int off, int len)
        {
            if (Trace) System.Console.Error.WriteLine("> " + System.BitConverter.ToString(b, off, System.Math.Min(len, 40)));
            _out.Write(b, off, len);
        }

        // What arrived since the last read, through the first occurrence of ending; null on timeout or when the
        // line closed (what arrived is then kept for the next read).
        public string ReadUntil(string ending, int timeoutMs)
        {
            long deadline = System.Environment.TickCount64 + timeoutMs;
            lock (_sync)
            {
                while (true)
                {
                    string have = Encoding.Latin1.GetString(_in.GetBuffer(), _taken, (int)_in.Length - _taken);
                    int at = have.IndexOf(ending, System.StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        _taken += at + ending.Length;
                        return have.Substring(0, at + ending.Length);
                    }
                    long left = deadline - System.Environment.TickCount64;
                    if (left <= 0 || _closed) return null;
                    Monitor.Wait(_sync, (int)System.Math.Min(left, 1000));
                }
            }
        }

        // Exactly n bytes, or null on timeout.
        public string ReadBytes(int n, int timeoutMs)
        {
            long deadline = System.Environment.TickCount64 + timeoutMs;
            lock (_sync)
            {
                while (_in.Length - _taken < n)
                {
                    long left = deadline - System.Environment.TickCount64;
                    if (left <= 0 || _closed) return null;
                    Monitor.Wait(_sync, (int)System.Math.Min(left, 1000));
                }
                string s = Encoding.Latin1.GetString(_in.GetBuffer(), _taken, n);
                _taken += n;
                return s;
            }
        }

        // Everything received on the line, for a report.
        public string History()
        {
            lock (_sync) return Encoding.Latin1.GetString(_in.GetBuffer(), 0, (int)_in.Length);
        }

        // Bytes received and not read yet.
        public int Available
        {
            get { lock (_sync) return (int)_in.Length - _taken; }
        }

        // Drops whatever arrived and was not read.
        public void Discard()
        {
            lock (_sync) _taken = (int)_in.Length;
        }

        public void Dispose()
        {
            close(_fd);
        }
    }
}
