using System.IO;
using System.Runtime.InteropServices;

namespace NanoMpy.Host
{
    // A standard stream as a bare file descriptor (read/write system calls), as the unix port uses them. Not a
    // FileStream, which on a regular file writes at its own position (stdout and stderr redirected to one file
    // would overwrite each other), nor .NET's console streams, which set the terminal up for themselves
    // (keypad transmit mode, their own line editing on stdin). A failed write (EPIPE) is an IOException.
    public sealed class FdStream : Stream
    {
        [DllImport("libc", SetLastError = true)]
        private static extern System.IntPtr read(int fd, byte[] buf, System.IntPtr count);

        [DllImport("libc", EntryPoint = "write", SetLastError = true)]
        private static extern System.IntPtr write(int fd, ref byte buf, System.IntPtr count);

        private const int EINTR = 4;
        private readonly int _fd;

        public FdStream(int fd)
        {
            _fd = fd;
        }

        public override bool CanRead { get { return _fd == 0; } }
        public override bool CanSeek { get { return false; } }
        public override bool CanWrite { get { return _fd != 0; } }
        public override long Length { get { throw new System.NotSupportedException(); } }

        public override long Position
        {
            get { throw new System.NotSupportedException(); }
            set { throw new System.NotSupportedException(); }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (count == 0) return 0;
            byte[] tmp = offset == 0 ? buffer : new byte[count];
            while (true)
            {
                long n = (long)read(_fd, tmp, (System.IntPtr)count);
                if (n < 0)
                {
                    if (Marshal.GetLastPInvokeError() == EINTR) continue;
                    throw new IOException("read failed: errno " + Marshal.GetLastPInvokeError());
                }
                if (tmp != buffer) System.Array.Copy(tmp, 0, buffer, offset, (int)n);
                return (int)n;
            }
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            while (count > 0)
            {
                long n = (long)write(_fd, ref buffer[offset], (System.IntPtr)count);
                if (n < 0)
                {
                    if (Marshal.GetLastPInvokeError() == EINTR) continue;
                    throw new IOException("write failed: errno " + Marshal.GetLastPInvokeError());
                }
                offset += (int)n;
                count -= (int)n;
            }
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            throw new System.NotSupportedException();
        }

        public override void SetLength(long value)
        {
            throw new System.NotSupportedException();
        }
    }
}
