using System.IO;
using NanoMpy.Board;
using NanoMpy.Flash;

namespace NanoMpy.Boards.NanoFramework
{
    // A nanoFramework board as the VM sees it: files on a drive (DriveFiles), the console's output, the clock, the
    // managed heap, and the port (names from the board profile, the console's receive side, the ROMFS partition
    // that BoardFlash found).
    public sealed class NanoBoard : DriveFiles, IBoard, IBoardPort, IMemoryInfo, IRawConsoleOut, IRomfsPort
    {
        private readonly SerialConsole _console;
        private readonly BoardProfile _profile;
        private readonly ConsoleSink _out;
        private readonly ConsoleSink _raw;
        private readonly long _start = System.DateTime.UtcNow.Ticks;
        private long _allocated;

        public NanoBoard(SerialConsole console, BoardProfile profile, string drive) : base(drive)
        {
            _console = console;
            _profile = profile;
            _out = new ConsoleSink(console, true);
            _raw = new ConsoleSink(console, false);
        }

        // IBoard
        public byte[] ReadFile(string path)
        {
            string p = Resolve(path);
            return File.Exists(p) ? File.ReadAllBytes(p) : null;
        }

        public int Stat(string path)
        {
            string p = Resolve(path);
            if (Directory.Exists(p)) return BoardStat.Dir;
            return File.Exists(p) ? BoardStat.File : BoardStat.Absent;
        }

        public IByteSink Stdout { get { return _out; } }
        public IByteSink Stderr { get { return _out; } }

        public long TicksMs()
        {
            return (System.DateTime.UtcNow.Ticks - _start) / 10000;
        }

        public void Sleep(int ms)
        {
            long end = TicksMs() + ms;
            while (KbdInterrupt.Pending == 0)
            {
                long left = end - TicksMs();
                if (left <= 0) break;
                System.Threading.Thread.Sleep(left > 10 ? 10 : (int)left);
            }
            KbdInterrupt.Check();
        }

        // IRawConsoleOut: sys.stdout.buffer sends bytes as they are
        public void WriteRaw(byte[] data, int off, int len)
        {
            _raw.Write(data, off, len);
        }

        // IMemoryInfo: nanoCLR's collector reports the free heap; live bytes are the profile's heap less that
        public long HeapUsed()
        {
            long free = nanoFramework.Runtime.Native.GC.Run(false);
            long used = _profile.Heap - free;
            return used < 0 ? 0 : used;
        }

        public long TotalAllocated()
        {
            long used = HeapUsed();
            if (used > _allocated) _allocated = used;
            return _allocated;
        }

        public void Collect()
        {
            nanoFramework.Runtime.Native.GC.Run(true);
        }

        // IRomfsPort: /rom and vfs.rom_ioctl (null: the board has no ROMFS)
        public RomfsSlots Romfs { get; private set; }
        public FlashPartition RomfsPartition { get; private set; }

        public void AttachRomfs(FlashPartition partition)
        {
            RomfsPartition = partition;
            Romfs = partition == null ? null : new RomfsSlots(partition);
        }

        // IBoardPort
        public string Platform { get { return _profile.Platform; } }
        public string Machine { get { return _profile.Machine; } }
        public string Build { get { return _profile.Name; } }
        public byte[] UniqueId { get { return new byte[] { 0, 0, 0, 0, 0, 0 }; } }
        public long Freq { get { return 240000000; } }

        public bool SetFreq(long hz)
        {
            return false;
        }

        public int StatVfs(string path, long[] result)
        {
            // the drive's sizes are not in nanoFramework's DriveInfo API: block size 512, counts unknown
            for (int i = 0; i < result.Length; i++) result[i] = 0;
            result[0] = 512;
            result[1] = 512;
            result[9] = 255;
            return 0;
        }

        public void Sync()
        {
        }

        public int RxAvailable { get { return _console.Available; } }

        public int RxRead(byte[] buf, int off, int count)
        {
            int n = 0;
            while (n < count)
            {
                int c = _console.ReadByte();
                if (c < 0) break;
                buf[off + n++] = (byte)c;
            }
            return n;
        }
    }
}
