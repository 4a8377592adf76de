using System.IO;

namespace NanoMpy.Host
{
    // What makes the simulated board a board rather than the unix port: its names (sys.platform "nanompy",
    // sys.implementation._machine, os.uname), machine.unique_id/freq, and os.statvfs/os.sync over the host
    // folder that is its flash.
    public sealed class SimulatedPort : IBoardPort, IRomfsPort, IRawConsoleOut
    {
        // The ROMFS partition of the board's flash chip (FileFlash) and its two slots; null without a chip.
        public NanoMpy.Flash.FlashPartition RomfsPartition { get; set; }
        public NanoMpy.Flash.RomfsSlots Romfs { get; set; }
        // RAM for the code of modules imported from the ROMFS partition (MpConfig.FlashCacheBytes)
        public int FlashCacheBytes;

        public const string PlatformName = "nanompy";
        public const string BuildName = "NANOMPY_SIM";
        private readonly HostBoard _board;
        private readonly string _root;
        private readonly byte[] _id;
        private long _freq = 125000000;
        private readonly PtyConsole _console;

        public SimulatedPort(HostBoard board, string root, PtyConsole console)
        {
            _board = board;
            _console = console;
            _root = Path.GetFullPath(root);
            // stable for a folder: the same board each time it is started on the same files
            byte[] h = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(_root));
            _id = new byte[8];
            System.Array.Copy(h, _id, 8);
        }

        // sys.platform and the machine's name: the board profile's (the simulator's own by default)
        public string Platform { get; set; } = PlatformName;
        public string Machine { get; set; } = SimulatedBoard.Machine;
        public string Build { get { return BuildName; } }
        public byte[] UniqueId { get { return _id; } }
        public long Freq { get { return _freq; } }

        // A clock the simulator cannot miss: anything from 1 MHz to 1 GHz is accepted and reported back.
        public bool SetFreq(long hz)
        {
            if (hz < 1000000 || hz > 1000000000) return false;
            _freq = hz;
            return true;
        }

        // The host disk under the folder, in 4 KB blocks (bsize, frsize, blocks, bfree, bavail, files, ffree,
        // favail, flag, namemax).
        public int StatVfs(string path, long[] r)
        {
            try
            {
                DriveInfo d = new DriveInfo(_root);
                const long B = 4096;
                r[0] = B;
                r[1] = B;
                r[2] = d.TotalSize / B;
                r[3] = d.TotalFreeSpace / B;
                r[4] = d.AvailableFreeSpace / B;
                r[9] = 255;
                return 0;
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException || e is System.ArgumentException)
            {
                return -5; // EIO
            }
        }

        public void Sync()
        {
            _board.FlushFiles();
        }

        // sys.stdout.buffer: the bytes as they are, straight to the serial line.
        public void WriteRaw(byte[] data, int off, int len)
        {
            if (_console != null) _console.Write(data, off, len);
        }

        public int RxAvailable { get { return _console != null ? _console.Available : 0; } }

        public int RxRead(byte[] buf, int off, int count)
        {
            if (_console == null) return 0;
            for (int i = 0; i < count; i++)
            {
                int b;
                try
                {
                    b = _console.ReadByte();
                }
                catch (NanoMpy.Board.ConsoleClosedException)
                {
                    return i;
                }
                if (b < 0) return i;
                buf[off + i] = (byte)b;
            }
            return count;
        }
    }
}
