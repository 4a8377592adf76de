using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using NanoMpy.Host;
using Xunit;

namespace NanoMpy.Tests.Board
{
    // `nanompy board --pty` as a separate process, driven over its pseudo-terminal as mpremote drives a board
    // (transport_serial.py): enter the raw REPL, raw-paste exec with the device's flow control, upload a file
    // with w(b'..') chunks and check it with hashlib.sha256 + binascii, download it with r(256) reprs, ls
    // with sizes, df, soft reset and machine.reset. The expected bytes are pyexec.c's (docs in
    // shared/protocols.md); the board-only answers are those of extmod/vfs.c, modos.c and modmachine.c.
    public class BoardPtyEndToEndTests
    {
        private const string Banner = "MicroPython v1.27.0 on 2026-11-23; " + SimulatedBoard.Machine
            + "\r\nType \"help()\" for more information.\r\n>>> ";
        private const string RawPrompt = "raw REPL; CTRL-B to exit\r\n>";

        [PtyFact]
        public void MpremoteSessionOverARealPty()
        {
            using var board = new ChildBoard();
            board.WaitFor(Banner);
            board.EnterRawRepl();
            // mpremote soft-resets on connect: Ctrl-D in the raw REPL
            board.Send("\u0004");
            board.WaitFor("OK\r\nMPY: soft reboot\r\n" + RawPrompt);

            Assert.Equal("nanompy NANOMPY_SIM 774\r\n", board.Exec("import sys\nprint(sys.platform, sys.implementation._build, sys.implementation._mpy)"));

            // cp to the board: 1000 bytes holding every byte value, in 256-byte w() calls
            byte[] data = new byte[1000];
            for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 7 + (i >> 8));
            Assert.Equal("", board.Exec("f=open('data.bin','wb')\nw=f.write"));
            for (int off = 0; off < data.Length; off += 256)
            {
                Assert.Equal("", board.Exec("w(" + BytesLiteral(data, off, Math.Min(256, data.Length - off)) + ")"));
            }
            Assert.Equal("", board.Exec("f.close()"));
            Assert.Equal(data, File.ReadAllBytes(Path.Combine(board.Dir, "data.bin")));

            // the hash check of mpremote's cp/sha256sum (transport.fs_hashfile), printed with binascii
            Assert.Equal("", board.Exec("import hashlib\nh = hashlib.sha256()"));
            Assert.Equal("", board.Exec("buf = memoryview(bytearray(256))\nwith open('data.bin', 'rb') as f:\n while True:\n  n = f.readinto(buf)\n  if n == 0:\n   break\n  h.update(buf if n == 256 else buf[:n])\n"));
            string hex = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(data)).ToLowerInvariant();
            Assert.Equal("b'" + hex + "'\r\n", board.Exec("import binascii\nprint(binascii.hexlify(h.digest()))"));

            // cp from the board: print(repr(r(256))) until b''
            Assert.Equal("", board.Exec("f=open('data.bin','rb')\nr=f.read"));
            var back = new MemoryStream();
            while (true)
            {
                string line = board.Exec("print(repr(r(256)))");
                Assert.EndsWith("\r\n", line);
                byte[] chunk = ParseBytesRepr(line.Substring(0, line.Length - 2));
                if (chunk.Length == 0) break;
                back.Write(chunk);
            }
            Assert.Equal("", board.Exec("f.close()"));
            Assert.Equal(data, back.ToArray());

            // ls: os.ilistdir gives (name, type, inode, size) on a board
            Assert.Equal("('data.bin', 32768, 0, 1000),", board.Exec("import os\nfor f in os.ilistdir(''):\n print(repr(f), end=',')"));
            Assert.Equal("(32768, 0, 0, 0, 0, 0, 1000)\r\n", board.Exec("print(os.stat('data.bin')[:7])"));
            // df: the mount table and a 10-tuple statvfs with block size and counts
            Assert.Equal("[(<VfsPosix>, '/')] 10 4096 True\r\n",
                board.Exec("import vfs\ns = os.statvfs('/')\nprint(vfs.mount(), len(s), s[0], s[2] >= s[3] > 0)"));

            // an error comes after the second \x04, the REPL carries on
            Assert.Equal("Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nOSError: [Errno 2] ENOENT\r\n",
                board.ExecError("os.remove('nothing')"));
            Assert.Equal("", board.Exec("os.remove('data.bin')"));
            Assert.False(File.Exists(Path.Combine(board.Dir, "data.bin")));

            // soft reset: a fresh interpreter (h is gone), still in the raw REPL
            board.Send("\u0004");
            board.WaitFor("OK\r\nMPY: soft reboot\r\n" + RawPrompt);
            Assert.Equal("False\r\n", board.Exec("print('h' in globals())"));

            // machine.reset(): nothing after the end-of-data \x04 (RawPaste waits for it), then the board starts
            // as from power-up: no "soft reboot" line, the friendly REPL's banner
            board.RawPaste("import machine\nmachine.reset()");
            Assert.Equal(Banner, board.WaitFor(Banner));
            board.EnterRawRepl();
            Assert.Equal("3\r\n", board.Exec("import machine\nprint(machine.reset_cause())"));
            board.Send("\r\u0002");
            board.WaitFor(Banner);
        }

        // mpremote romfs query and deploy, as commands.py sends them: rom_ioctl(2) shows the partition (an
        // erased chip first), (3) prepares, (4) writes 4096-byte chunks (the last zero-padded), (5) commits;
        // after a soft reset /rom is mounted, on sys.path, and its modules import from the image.
        [PtyFact]
        public void DeploysARomfsImageAndImportsFromIt()
        {
            using var board = new ChildBoard();
            board.WaitFor(Banner);
            board.EnterRawRepl();
            Assert.Equal("True 1 524268 b'\\xff\\xff\\xff'\r\n",
                board.Exec("import vfs\ndev=vfs.rom_ioctl(2,0)\nprint(hasattr(vfs,'rom_ioctl'), vfs.rom_ioctl(1), len(dev), bytes(memoryview(dev)[:3]))"));
            byte[] image = File.ReadAllBytes(RepoPaths.File("Tests/romfs/tree.romfs"));
            Assert.Equal("", board.Exec("try:\n vfs.umount('/rom')\nexcept:\n pass"));
            Assert.Equal("1\r\n", board.Exec("print(vfs.rom_ioctl(3,0," + image.Length + "))"));
            for (int off = 0; off < image.Length; off += 4096)
            {
                byte[] chunk = new byte[4096];
                Array.Copy(image, off, chunk, 0, Math.Min(4096, image.Length - off));
                Assert.Equal("", board.Exec("vfs.rom_ioctl(4,0," + off + "," + BytesLiteral(chunk, 0, chunk.Length) + ")"));
            }
            Assert.Equal("0\r\n", board.Exec("print(vfs.rom_ioctl(5,0))"));
            board.Send("\u0004");
            board.WaitFor("OK\r\nMPY: soft reboot\r\n" + RawPrompt);
            Assert.Equal("['', '.frozen', '/lib', '/rom', '/rom/lib'] ['data.txt', 'empty.bin', 'hello.mpy', 'lib']\r\nhello rom\r\n42 deep inside\r\n\r\n",
                board.Exec("import sys, os\nprint(sys.path, os.listdir('/rom'))\nimport hello, util\nprint(util.double(21), open('/rom/lib/sub/deep.txt').read())"));
            Assert.Contains("OSError: 30", board.ExecError("open('/rom/x', 'w')"));
            // a second deploy goes to the other slot; until it completes the first image stays mounted
            Assert.Equal("1\r\n", board.Exec("import vfs\nprint(vfs.rom_ioctl(3,0," + image.Length + "))"));
            board.Send("\u0004");
            board.WaitFor("OK\r\nMPY: soft reboot\r\n" + RawPrompt);
            Assert.Equal("42\r\n", board.Exec("import util\nprint(util.double(21))"));
        }

        [PtyFact]
        public void MountsAPythonObject()
        {
            using var board = new ChildBoard();
            board.WaitFor(Banner);
            board.EnterRawRepl();
            // vfs.c: mount() calls obj.mount(readonly, mkfs), lists the newest first and "/" last, routes
            // statvfs by path, refuses a used mount point (EPERM, after calling mount); umount calls
            // obj.umount(), EINVAL when unknown
            Assert.Equal("mount False False\r\n[(<FS>, '/sd'), (<VfsPosix>, '/')]\r\nstatvfs /x\r\n(1, 2, 3)\r\nmount False False\r\n1\r\numount\r\n22\r\n[(<VfsPosix>, '/')]\r\n",
                board.Exec("import vfs, os\nclass FS:\n def mount(self, ro, mk): print('mount', ro, mk)\n def umount(self): print('umount')\n"
                    + " def statvfs(self, p):\n  print('statvfs', p)\n  return (1, 2, 3)\n def __repr__(self): return '<FS>'\n"
                    + "vfs.mount(FS(), '/sd')\nprint(vfs.mount())\nprint(os.statvfs('/sd/x'))\n"
                    + "try:\n vfs.mount(FS(), '/sd')\nexcept OSError as e:\n print(e.errno)\n"
                    + "vfs.umount('/sd')\ntry:\n vfs.umount('/sd')\nexcept OSError as e:\n print(e.errno)\nprint(vfs.mount())"));
            // os and open() on a Python file system mounted with vfs.mount: data/vfs_mount.py, whose output
            // data/vfs_mount.exp is MicroPython v1.27.0's (unix port, whose vfs.c is the boards')
            string dir = Path.Combine(AppContext.BaseDirectory, "Board", "data");
            string expected = File.ReadAllText(Path.Combine(dir, "vfs_mount.exp")).Replace("\n", "\r\n");
            Assert.Equal(expected, board.Exec(File.ReadAllText(Path.Combine(dir, "vfs_mount.py"))));
            // select.poll on sys.stdin.buffer and readinto from the console, as mpremote mount's RemoteCommand
            // uses them (modselect.c: poll(0) with nothing ready is [], then (obj, POLLIN))
            board.RawPaste("import select, sys\np = select.poll()\np.register(sys.stdin.buffer, select.POLLIN)\n"
                + "print(p.poll(0))\nr = p.poll(5000)\nb = bytearray(3)\nsys.stdin.buffer.readinto(b, 3)\n"
                + "print(len(r), r[0][0] is sys.stdin.buffer, r[0][1], bytes(b))");
            Assert.Equal("[]\r\n", board.WaitFor("[]\r\n"));
            board.Send("xyz");
            Assert.Equal("1 True 1 b'xyz'\r\n\u0004", board.WaitFor("\u0004"));
            Assert.Equal("\u0004>", board.WaitFor(">"));
            Assert.Equal("True 8 125000000\r\n",
                board.Exec("import machine\nu = machine.unique_id()\nprint(type(u) is bytes, len(u), machine.freq())"));
            Assert.Equal("(sysname='nanompy', nodename='nanompy', release='1.27.0', version='v1.27.0 on 2026-11-23', machine='"
                + SimulatedBoard.Machine + "')\r\n", board.Exec("print(os.uname())"));
        }

        // b'...' with every byte as \xNN, as valid a literal as mpremote's repr of the chunk
        private static string BytesLiteral(byte[] d, int off, int len)
        {
            var sb = new StringBuilder("b'");
            for (int i = off; i < off + len; i++) sb.Append("\\x").Append(d[i].ToString("x2"));
            return sb.Append('\'').ToString();
        }

        // MicroPython's bytes repr: b'..' or b"..", with \\ \' \" \n \r \t \xNN escapes, other bytes as is
        private static byte[] ParseBytesRepr(string s)
        {
            Assert.True(s.Length >= 3 && s[0] == 'b' && (s[1] == '\'' || s[1] == '"') && s[^1] == s[1], "not a bytes repr: " + s);
            var o = new MemoryStream();
            for (int i = 2; i < s.Length - 1; i++)
            {
                char c = s[i];
                if (c != '\\')
                {
                    o.WriteByte((byte)c);
                    continue;
                }
                c = s[++i];
                if (c == 'x')
                {
                    o.WriteByte(Convert.ToByte(s.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else o.WriteByte(c switch { 'n' => (byte)'\n', 'r' => (byte)'\r', 't' => (byte)'\t', _ => (byte)c });
            }
            return o.ToArray();
        }

        // The board as a child process on a folder of its own, its serial port opened through the --link name
        private sealed class ChildBoard : IDisposable
        {
            [DllImport("libc", SetLastError = true)]
            private static extern int open([MarshalAs(UnmanagedType.LPStr)] string path, int flags);

            [DllImport("libc")]
            private static extern int close(int fd);

            public readonly string Dir;
            private readonly string _link;
            private readonly Process _process;
            private readonly int _fd;
            private readonly FdStream _port;
            private readonly MemoryStream _received = new MemoryStream();
            private int _mark;

            public ChildBoard()
            {
                Dir = Path.Combine(Path.GetTempPath(), "nanompy-e2e-" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(Dir);
                _link = Dir + ".tty";
                string dll = Path.Combine(AppContext.BaseDirectory, "nanompy.dll");
                var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (string a in new[] { "exec", dll, "board", "--pty", "--link", _link, Dir }) psi.ArgumentList.Add(a);
                _process = Process.Start(psi);
                try
                {
                    string first = _process.StandardOutput.ReadLine();
                    Assert.True(first != null && first.StartsWith("nanompy board: serial port /dev/"),
                        "board did not start: " + first + " " + (first == null ? _process.StandardError.ReadToEnd() : ""));
                    _fd = open(_link, 2 | (OperatingSystem.IsLinux() ? 0x100 : 0x20000)); // O_RDWR | O_NOCTTY
                    Assert.True(_fd >= 0, "cannot open " + _link + ": errno " + Marshal.GetLastPInvokeError());
                }
                catch
                {
                    // no Dispose for a half-made board: the process and folder go here
                    _process.Kill();
                    _process.WaitForExit(10000);
                    Directory.Delete(Dir, true);
                    File.Delete(Dir + ".flash");
                    throw;
                }
                _port = new FdStream(_fd);
                new Thread(Receive) { IsBackground = true }.Start();
            }

            private void Receive()
            {
                byte[] b = new byte[4096];
                try
                {
                    while (true)
                    {
                        int n = _port.Read(b, 0, b.Length);
                        if (n <= 0) return;
                        lock (_received) _received.Write(b, 0, n);
                    }
                }
                catch (IOException)
                {
                }
            }

            public void Send(string s)
            {
                byte[] b = Encoding.Latin1.GetBytes(s);
                _port.Write(b, 0, b.Length);
            }

            // Forgets what came so far: the next WaitFor answers from here.
            public void Mark()
            {
                lock (_received) _mark = (int)_received.Length;
            }

            // Everything since the mark up to and including s; the mark moves past it.
            public string WaitFor(string s)
            {
                var sw = Stopwatch.StartNew();
                while (true)
                {
                    lock (_received)
                    {
                        string all = Encoding.Latin1.GetString(_received.GetBuffer(), _mark, (int)_received.Length - _mark);
                        int at = all.IndexOf(s, StringComparison.Ordinal);
                        if (at >= 0)
                        {
                            _mark += at + s.Length;
                            return all.Substring(0, at + s.Length);
                        }
                        if (sw.ElapsedMilliseconds > 15000)
                            throw new TimeoutException("no " + Transcript.Show(Encoding.Latin1.GetBytes(s)) + " in " + Transcript.Show(Encoding.Latin1.GetBytes(all)));
                    }
                    Thread.Sleep(2);
                }
            }

            // transport_serial.enter_raw_repl: Ctrl-C twice after CR, flush, Ctrl-A
            public void EnterRawRepl()
            {
                Send("\r\u0003");
                Thread.Sleep(50);
                Mark();
                Send("\r\u0001");
                WaitFor(RawPrompt);
            }

            // raw_paste_write: \x05A\x01, the device's R\x01 + window size + \x01, data in windows, \x04
            public void RawPaste(string code)
            {
                Send("\u0005A\u0001");
                string head = WaitFor("R\u0001");
                Assert.Equal("R\u0001", head);
                string win = WaitFor("\u0001");
                Assert.Equal(3, win.Length);
                int window = win[0] | (win[1] << 8);
                Assert.Equal(128, window);
                byte[] d = Encoding.UTF8.GetBytes(code);
                int remaining = window;
                for (int i = 0; i < d.Length;)
                {
                    if (remaining == 0)
                    {
                        WaitFor("\u0001");
                        remaining = window;
                    }
                    int n = Math.Min(remaining, d.Length - i);
                    _port.Write(d, i, n);
                    i += n;
                    remaining -= n;
                }
                Send("\u0004");
                WaitFor("\u0004");
            }

            // One raw-paste exec: its output, its error text (empty when it ran)
            private string Run(string code, out string error)
            {
                RawPaste(code);
                string output = WaitFor("\u0004");
                error = WaitFor("\u0004");
                Assert.Equal(">", WaitFor(">"));
                error = error.Substring(0, error.Length - 1);
                return output.Substring(0, output.Length - 1);
            }

            public string Exec(string code)
            {
                string output = Run(code, out string error);
                Assert.True(error.Length == 0, "error from " + code + ":\n" + error);
                return output;
            }

            public string ExecError(string code)
            {
                Assert.Equal("", Run(code, out string error));
                return error;
            }

            public void Dispose()
            {
                try
                {
                    if (!_process.HasExited) _process.Kill();
                    _process.WaitForExit(10000);
                }
                catch (InvalidOperationException)
                {
                }
                close(_fd);
                if (new FileInfo(_link).LinkTarget != null) File.Delete(_link);
                Directory.Delete(Dir, true);
                File.Delete(Dir + ".flash");
            }
        }
    }

    // A test that needs a pseudo-terminal: skipped, saying why, where the system gives none.
    public sealed class PtyFactAttribute : FactAttribute
    {
        public PtyFactAttribute()
        {
            Pty p = Pty.Open(out string error);
            if (p == null) Skip = "no pseudo-terminal on this machine: " + error;
            else p.Close();
        }
    }
}
