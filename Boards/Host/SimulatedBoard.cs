using System.IO;
using NanoMpy.Board;

namespace NanoMpy.Host
{
    // `nanompy board --pty [--link PATH] [DIR]`: a simulated MicroPython board on a pseudo-terminal. The
    // board runs the portable board loop (BoardLoop: boot.py, main.py, the REPL, soft reset) with DIR (default
    // the current folder) as its file system, "/" being DIR. Its serial port is the pty's slave, printed at
    // start (and linked from PATH: mpremote wants a name that is not under /dev/pts); mpremote, pyboard.py
    // or a terminal program connect to it. Ctrl-C on the serial line interrupts the board's code; SIGINT ends
    // the simulator.
    public static class SimulatedBoard
    {
        public const string Machine = "nanoMpy simulator with .NET";
        private static System.Runtime.InteropServices.PosixSignalRegistration _onInt, _onTerm;
        private const int StackSize = 256 * 1024 * 1024;

        public static int Run(string[] args, int a, Stream stdout, Stream stderr)
        {
            bool pty = false;
            string link = null, dir = ".", flash = null, profileName = "sim";
            for (; a < args.Length; a++)
            {
                if (args[a] == "--pty") pty = true;
                else if (args[a] == "--link" && a + 1 < args.Length) link = args[++a];
                else if (args[a] == "--flash" && a + 1 < args.Length) flash = args[++a];
                else if (args[a] == "--profile" && a + 1 < args.Length) profileName = args[++a];
                else if (!args[a].StartsWith("-")) dir = args[a];
                else return Usage(stderr);
            }
            if (!pty) return Usage(stderr);
            if (!Directory.Exists(dir))
            {
                Cli.WriteText(stderr, "nanompy board: no folder " + dir + "\n");
                return 1;
            }
            string error;
            Pty p = Pty.Open(out error);
            if (p == null)
            {
                Cli.WriteText(stderr, "nanompy board: " + error + "\n");
                return 1;
            }
            if (link != null)
            {
                try
                {
                    FileInfo old = new FileInfo(link);
                    if (old.LinkTarget != null) old.Delete();
                    File.CreateSymbolicLink(link, p.SlaveName);
                }
                catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
                {
                    Cli.WriteText(stderr, "nanompy board: cannot link " + link + ": " + e.Message + "\n");
                    return 1;
                }
            }
            if (link != null)
            {
                // SIGINT and SIGTERM end the process without unwinding this thread: the link goes first
                _onInt = System.Runtime.InteropServices.PosixSignalRegistration.Create(
                    System.Runtime.InteropServices.PosixSignal.SIGINT, ctx => RemoveLink(link));
                _onTerm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
                    System.Runtime.InteropServices.PosixSignal.SIGTERM, ctx => RemoveLink(link));
            }
            string perror;
            BoardProfile profile = LoadProfile(profileName, out perror);
            if (profile == null)
            {
                Cli.WriteText(stderr, "nanompy board: " + perror + "\n");
                return 1;
            }
            FileFlash chip;
            if (flash == null) flash = Path.GetFullPath(dir).TrimEnd('/') + ".flash";
            try
            {
                chip = new FileFlash(flash, profile.FlashSize, profile.FlashBlock);
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
            {
                Cli.WriteText(stderr, "nanompy board: cannot open the flash image " + flash + ": " + e.Message + "\n");
                return 1;
            }
            Cli.WriteText(stdout, "nanompy board: serial port " + p.SlaveName + (link != null ? " (" + link + ")" : "")
                + ", files in " + Path.GetFullPath(dir) + ", flash " + flash + ", profile " + profile.Name + "\n");
            if (profile.Heap != FlashlessDefaultHeap)
            {
                Cli.WriteText(stdout, "nanompy board: not simulated for " + profile.Name + ": "
                    + "its " + profile.Heap + "-byte heap (the host's heap runs)\n");
            }
            stdout.Flush();
            SigInt.PassThrough = true;
            try
            {
                PtyConsole console = new PtyConsole(p);
                HostBoard board = new HostBoard(new ConsoleSink(console, true), new ConsoleSink(console, true));
                board.SetRoot(dir);
                lock (Cli.RunLock)
                {
                    System.Threading.Thread t = new System.Threading.Thread(() =>
                    {
                        ReplOptions options = new ReplOptions();
                        options.Machine = profile.Machine;
                        Repl repl = new Repl(console, options);
                        SimulatedPort port = new SimulatedPort(board, dir, console);
                        port.Machine = profile.Machine;
                        port.Platform = profile.Platform;
                        AttachFlash(port, chip, profile);
                        Reset reset = new Reset(board, port);
#if MP_IO || MP_CORE_BUILTINS
                        reset.Input = new ConsoleLineInput(console.Keys, repl.Editor, true);
#endif
                        reset.SingleFloat = profile.SingleFloat;
                        new BoardLoop(repl, reset).Run();
                    }, StackSize);
                    t.Start();
                    t.Join();
                }
            }
            finally
            {
                if (link != null) RemoveLink(link);
            }
            return 0;
        }

        // The sim profile's heap: the unix port's default, which the host gives anyway.
        private const int FlashlessDefaultHeap = 2097152;

        // The flash chip's ROMFS partition as the profile lays it out (none when it has none).
        public static void AttachFlash(SimulatedPort port, NanoMpy.Flash.FlashDevice chip, BoardProfile profile)
        {
            if (profile.RomfsSize == 0) return;
            port.RomfsPartition = new NanoMpy.Flash.FlashPartition("romfs", chip, profile.RomfsStart, profile.RomfsSize);
            port.Romfs = new NanoMpy.Flash.RomfsSlots(port.RomfsPartition);
            port.FlashCacheBytes = profile.FlashCache;
        }

        // Boards/Profiles/NAME.profile, built into nanompy.
        public static BoardProfile LoadProfile(string name, out string error)
        {
            using (Stream s = typeof(SimulatedBoard).Assembly.GetManifestResourceStream("profiles/" + name))
            {
                if (s == null)
                {
                    error = "no board profile " + name + " (Boards/Profiles: esp32, sim, stm32f769i-disco)";
                    return null;
                }
                string text = new StreamReader(s).ReadToEnd();
                BoardProfile p = BoardProfile.Parse(text, out error);
                if (p == null) error = "profile " + name + ": " + error;
                return p;
            }
        }

        private static void RemoveLink(string link)
        {
            try
            {
                FileInfo f = new FileInfo(link);
                if (f.LinkTarget != null) f.Delete();
            }
            catch (IOException)
            {
            }
        }

        private static int Usage(Stream stderr)
        {
            Cli.WriteText(stderr, "usage: nanompy board --pty [--link PATH] [--flash IMAGE] [--profile NAME] [DIR]\n");
            return 2;
        }

        // Power-on and soft reset: a fresh interpreter over the same board, the board's port installed, its
        // folder mounted at "/".
        public sealed class Reset : IBoardHost
        {
            private readonly HostBoard _board;
            private readonly SimulatedPort _port;

            // input() and sys.stdin on the serial line
            public IConsoleInput Input;
            public bool SingleFloat; // the profile's float precision

            public Reset(HostBoard board, SimulatedPort port)
            {
                _board = board;
                _port = port;
            }

            public void ResetInterpreter()
            {
                _board.CloseAll();
                MpState.Deinit();
                MpConfig c = ProgramRunner.Config(_board, new string[0], new[] { "", ".frozen", "/lib" }, 0);
                c.Port = _port;
                c.FlashCacheBytes = _port.FlashCacheBytes;
                c.Input = Input;
                c.SingleFloat = SingleFloat;
                MpState.Init(c);
            }
        }
    }

    // The board's UART over the pty's master: a thread moves what the client sends into the receive queue
    // (where the interrupt character is caught), writes go straight out.
    public sealed class PtyConsole : IConsole
    {
        private readonly RxQueue _rx = new RxQueue(1 << 16);
        private readonly FdStream _master;
        private volatile bool _closed;

        public PtyConsole(Pty pty)
        {
            _master = new FdStream(pty.Master);
            System.Threading.Thread reader = new System.Threading.Thread(Receive);
            reader.IsBackground = true;
            reader.Start();
        }

        private void Receive()
        {
            byte[] buf = new byte[4096];
            while (true)
            {
                int n;
                try
                {
                    n = _master.Read(buf, 0, buf.Length);
                }
                catch (IOException)
                {
                    n = 0;
                }
                if (_closed) return;
                if (n <= 0)
                {
                    System.Threading.Thread.Sleep(50);
                    continue;
                }
                _rx.Receive(buf, 0, n);
            }
        }

        // Ends the board: its REPL reads what is queued, then finds the console closed.
        public void Close()
        {
            _closed = true;
            _rx.Close();
        }

        public int ReadByte()
        {
            return _rx.ReadByte();
        }

        // The received bytes as a program reads them: -2 (rather than waiting on) when Ctrl-C interrupted it.
        public IConsole Keys { get { return _rx.Keys; } }

        // Bytes received and not yet read.
        public int Available { get { return _rx.Count; } }

        public void Write(byte[] data, int off, int len)
        {
            try
            {
                _master.Write(data, off, len);
            }
            catch (IOException)
            {
            }
        }
    }
}
