using System;
using System.IO;
using System.Text;
using System.Threading;
using NanoMpy.Board;
using NanoMpy.Host;
using Xunit;

namespace NanoMpy.Tests.Board
{
    // The simulated board of `nanompy board --pty`: the board loop on a pseudo-terminal, its files in a host
    // folder, driven from the slave side as mpremote drives a board (raw REPL, raw-paste, file writes).
    public class SimulatedBoardTests
    {
        [Fact]
        public void AnswersMpremoteStyleOnAPty()
        {
            if (!OperatingSystem.IsLinux()) return;
            string dir = Path.Combine(Path.GetTempPath(), "nanompy-board-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "boot.py"), "print('booted')\n");
            Pty pty = Pty.Open(out string error);
            Assert.True(pty != null, error);
            var console = new PtyConsole(pty);
            var slave = new FdStream(pty.Slave);
            var received = new StringBuilder();
            var reader = new Thread(() =>
            {
                byte[] b = new byte[4096];
                try
                {
                    while (true)
                    {
                        int n = slave.Read(b, 0, b.Length);
                        if (n <= 0) return;
                        lock (received) received.Append(Encoding.Latin1.GetString(b, 0, n));
                    }
                }
                catch (IOException)
                {
                }
            }) { IsBackground = true };
            reader.Start();
            void Send(string s) => slave.Write(Encoding.Latin1.GetBytes(s), 0, s.Length);
            string WaitFor(string s)
            {
                var sw = System.Diagnostics.Stopwatch.StartNew();
                while (true)
                {
                    lock (received)
                    {
                        string all = received.ToString();
                        if (all.Contains(s)) return all;
                    }
                    if (sw.ElapsedMilliseconds > 10000) lock (received) throw new TimeoutException("no " + s + " in " + Transcript.Show(Encoding.Latin1.GetBytes(received.ToString())));
                    Thread.Sleep(2);
                }
            }
            try
            {
                lock (Cli.RunLock)
                {
                    HostBoard board = new HostBoard(new ConsoleSink(console, true), new ConsoleSink(console, true));
                    board.SetRoot(dir);
                    var options = new ReplOptions { Machine = SimulatedBoard.Machine };
                    var t = new Thread(() => new BoardLoop(new Repl(console, options), new SimulatedBoard.Reset(board, new SimulatedPort(board, dir, console))).Run(), 64 * 1024 * 1024);
                    t.Start();
                    try
                    {
                        WaitFor(SimulatedBoard.Machine + "\r\nType \"help()\" for more information.\r\n>>> ");
                        Send("\r\u0003\r\u0001");
                        WaitFor("raw REPL; CTRL-B to exit\r\n>");
                        Send("\u0005A\u0001");
                        WaitFor("R\u0001\u0080\u0000\u0001");
                        Send("f=open('data.txt','wb')\nf.write(b'abc')\nf.close()\nimport os\nprint(os.listdir(''), os.getcwd())\u0004");
                        string all = WaitFor("\u0004\u0004>");
                        Assert.EndsWith("\u0004['boot.py', 'data.txt'] /\r\n\u0004\u0004>", all);
                        Assert.Equal("abc", File.ReadAllText(Path.Combine(dir, "data.txt")));
                        // the board's "/" is the folder: nothing above it can be reached
                        Send("\u0005A\u0001print(sorted(os.listdir('/../..')))\u0004");
                        all = WaitFor("['boot.py', 'data.txt']\r\n\u0004\u0004>");
                        Send("\u0004");
                        WaitFor("OK\r\nMPY: soft reboot\r\nbooted\r\nraw REPL; CTRL-B to exit\r\n>");
                        // a board's os and sys
                        Send("\u0005A\u0001import os, sys\nprint(sys.platform, sorted(os.ilistdir('/'))[1])\u0004");
                        WaitFor("\u0004nanompy ('data.txt', 32768, 0, 3)\r\n\u0004\u0004>");
                        // print and sys.stdout.write are cooked, sys.stdout.buffer is not (stdio_buffer_write):
                        // mpremote mount's binary protocol goes through it
                        Send("\u0005A\u0001import sys, struct\nsys.stdout.buffer.write(struct.pack('<i', 10))\nsys.stdout.write('a\\n')\nprint('b')\u0004");
                        WaitFor("\u0004\n\0\0\0a\r\nb\r\n\u0004\u0004>");
                        // a package runs its __init__.py (stat_file_py_or_mpy)
                        Directory.CreateDirectory(Path.Combine(dir, "pkg"));
                        File.WriteAllText(Path.Combine(dir, "pkg", "__init__.py"), "X = 5\n");
                        Send("\u0005A\u0001import pkg\nprint(pkg.X, pkg.__path__)\u0004");
                        WaitFor("\u00045 pkg\r\n\u0004\u0004>");
                    }
                    finally
                    {
                        console.Close();
                        Assert.True(t.Join(10000), "the board did not stop");
                        Heap.Release();
                    }
                }
                // the desktop nanompy in the same process is the unix port again: 3-tuples, "linux"
                var o = new MemoryStream();
                var e = new MemoryStream();
                Assert.Equal(0, Cli.Run(new[] { "-c", "import os, sys\nprint(sys.platform, sys.implementation._build, [len(t) for t in os.ilistdir('" + dir + "')], hasattr(os, 'uname'))" }, o, e));
                Assert.Equal("linux standard [3, 3, 3] False\n", Encoding.UTF8.GetString(o.ToArray()) + Encoding.UTF8.GetString(e.ToArray()));
            }
            finally
            {
                pty.Close();
                Directory.Delete(dir, true);
            }
        }
    }
}
