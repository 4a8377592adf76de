using System.Runtime.InteropServices;

namespace NanoMpy.Host
{
    // A pseudo-terminal for the simulated board's serial port: the master side is the board's UART, the
    // slave (/dev/pts/N) is what mpremote, pyboard.py or a terminal program opens. The slave is kept open here
    // too, so that the pty lives on while clients come and go, and is set to raw mode (no echo, no line
    // discipline) as a serial line is.
    public sealed class Pty
    {
        [DllImport("libc", SetLastError = true)]
        private static extern int posix_openpt(int flags);

        [DllImport("libc", SetLastError = true)]
        private static extern int grantpt(int fd);

        [DllImport("libc", SetLastError = true)]
        private static extern int unlockpt(int fd);

        [DllImport("libc", SetLastError = true)]
        private static extern System.IntPtr ptsname(int fd);

        [DllImport("libc", SetLastError = true)]
        private static extern int open([MarshalAs(UnmanagedType.LPStr)] string path, int flags);

        [DllImport("libc")]
        private static extern int close(int fd);

        public void Close()
        {
            close(Slave);
            close(Master);
        }

        public readonly int Master;
        public readonly int Slave;
        public readonly string SlaveName;

        private Pty(int master, int slave, string name)
        {
            Master = master;
            Slave = slave;
            SlaveName = name;
        }

        // Null, with the reason in error, when the system has no pseudo-terminals for us.
        public static Pty Open(out string error)
        {
            error = null;
            if (!System.OperatingSystem.IsLinux() && !System.OperatingSystem.IsMacOS())
            {
                error = "pseudo-terminals need Linux or macOS";
                return null;
            }
            int rdwr = 2, noctty = System.OperatingSystem.IsLinux() ? 0x100 : 0x20000;
            int m = posix_openpt(rdwr | noctty);
            if (m < 0 || grantpt(m) != 0 || unlockpt(m) != 0)
            {
                error = "posix_openpt failed: errno " + Marshal.GetLastPInvokeError();
                return null;
            }
            string name = Marshal.PtrToStringAnsi(ptsname(m));
            int s = name == null ? -1 : open(name, rdwr | noctty);
            if (s < 0)
            {
                error = "cannot open " + name + ": errno " + Marshal.GetLastPInvokeError();
                return null;
            }
            Terminal.MakeRaw(s);
            return new Pty(m, s, name);
        }
    }
}
