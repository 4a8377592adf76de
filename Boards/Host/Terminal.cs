using System.Runtime.InteropServices;

namespace NanoMpy.Host
{
    // The controlling terminal's line discipline on stdin (fd 0), switched the way the unix port's
    // mp_hal_stdio_mode_raw does: no echo, no line buffering, no signals, 8-bit input; output processing stays
    // on, so "\n" still reaches the screen as "\r\n". termios is read and written as bytes at the offsets of
    // the Linux and macOS layouts; elsewhere, or if a call fails, the terminal is left alone.
    public static class Terminal
    {
        [DllImport("libc", SetLastError = true)]
        private static extern int tcgetattr(int fd, byte[] termios);

        [DllImport("libc", SetLastError = true)]
        private static extern int tcsetattr(int fd, int action, byte[] termios);

        [DllImport("libc")]
        private static extern int isatty(int fd);

        [DllImport("libc")]
        private static extern void cfmakeraw(byte[] termios);

        private const int TCSANOW = 0, TCSAFLUSH = 2;

        // Raw mode for good on a descriptor (a pty's slave: a serial line has no line discipline).
        public static void MakeRaw(int fd)
        {
            byte[] t = new byte[256];
            if (tcgetattr(fd, t) != 0) return;
            cfmakeraw(t);
            tcsetattr(fd, TCSANOW, t);
        }

        private static byte[] _orig;
        private static readonly object Sync = new object();

        public static bool IsTerminal(int fd)
        {
            if (!System.OperatingSystem.IsLinux() && !System.OperatingSystem.IsMacOS()) return false;
            try
            {
                return isatty(fd) == 1;
            }
            catch (System.Exception e) when (e is System.DllNotFoundException || e is System.EntryPointNotFoundException)
            {
                return false;
            }
        }

        private sealed class Layout
        {
            public int FlagSize, IFlag, CFlag, LFlag, Cc, VMin, VTime;
            public long Brkint, Icrnl, Inpck, Istrip, Ixon, Csize, Parenb, Cs8;
        }

        private static Layout Current()
        {
            if (System.OperatingSystem.IsLinux())
            {
                return new Layout
                {
                    FlagSize = 4, IFlag = 0, CFlag = 8, LFlag = 12, Cc = 17, VMin = 6, VTime = 5,
                    Brkint = 0x2, Icrnl = 0x100, Inpck = 0x10, Istrip = 0x20, Ixon = 0x400,
                    Csize = 0x30, Parenb = 0x100, Cs8 = 0x30,
                };
            }
            if (System.OperatingSystem.IsMacOS())
            {
                return new Layout
                {
                    FlagSize = 8, IFlag = 0, CFlag = 16, LFlag = 24, Cc = 32, VMin = 16, VTime = 17,
                    Brkint = 0x2, Icrnl = 0x100, Inpck = 0x10, Istrip = 0x20, Ixon = 0x200,
                    Csize = 0x300, Parenb = 0x1000, Cs8 = 0x300,
                };
            }
            return null;
        }

        private static long Get(byte[] t, int off, int size)
        {
            return size == 4 ? System.BitConverter.ToUInt32(t, off) : System.BitConverter.ToInt64(t, off);
        }

        private static void Put(byte[] t, int off, int size, long v)
        {
            byte[] b = size == 4 ? System.BitConverter.GetBytes((uint)v) : System.BitConverter.GetBytes(v);
            System.Array.Copy(b, 0, t, off, size);
        }

        // Raw mode on stdin, remembering the mode to restore (mp_hal_stdio_mode_raw).
        public static void Raw()
        {
            Layout l = Current();
            if (l == null) return;
            lock (Sync)
            {
                byte[] t = new byte[256];
                try
                {
                    if (tcgetattr(0, t) != 0) return;
                }
                catch (System.Exception e) when (e is System.DllNotFoundException || e is System.EntryPointNotFoundException)
                {
                    return;
                }
                _orig = (byte[])t.Clone();
                Put(t, l.IFlag, l.FlagSize, Get(t, l.IFlag, l.FlagSize) & ~(l.Brkint | l.Icrnl | l.Inpck | l.Istrip | l.Ixon));
                Put(t, l.CFlag, l.FlagSize, (Get(t, l.CFlag, l.FlagSize) & ~(l.Csize | l.Parenb)) | l.Cs8);
                Put(t, l.LFlag, l.FlagSize, 0);
                t[l.Cc + l.VMin] = 1;
                t[l.Cc + l.VTime] = 0;
                tcsetattr(0, TCSAFLUSH, t);
            }
        }

        // Back to the mode Raw found (mp_hal_stdio_mode_orig); also on exit and on a fatal signal.
        public static void Restore()
        {
            lock (Sync)
            {
                if (_orig == null) return;
                tcsetattr(0, TCSAFLUSH, _orig);
                _orig = null;
            }
        }
    }
}
