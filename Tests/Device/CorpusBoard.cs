using System.IO;
using NanoMpy.Boards.NanoFramework;
using NanoMpy.Flash;

namespace NanoMpy.Tests.Device
{
    // The board the device tests run corpus programs on, as the goldens were made (`micropython -m X` on the unix
    // port, stdout and stderr merged): no board port, modules read from the ROMFS image under /rom, other files
    // on the board's drive, both output streams into one buffer.
    public sealed class CorpusBoard : DriveFiles, IBoard, IByteSink
    {
        public const string Rom = "/rom";

        private readonly RomfsImage _image;
        private readonly long _start = System.DateTime.UtcNow.Ticks;
        private byte[] _out = new byte[1024];
        private int _len;

        public CorpusBoard(RomfsImage image, string drive) : base(drive)
        {
            _image = image;
        }

        // What the programs wrote since the last ClearOutput.
        public byte[] Output()
        {
            byte[] r = new byte[_len];
            System.Array.Copy(_out, r, _len);
            return r;
        }

        public void ClearOutput()
        {
            _len = 0;
        }

        public byte[] ReadFile(string path)
        {
            RomfsEntry e;
            if (InRom(path, out e))
            {
                if (e == null || e.IsDir) return null;
                byte[] data = new byte[e.DataLength];
                System.Array.Copy(_image.Data, e.DataStart, data, 0, e.DataLength);
                return data;
            }
            string p = Resolve(path);
            return File.Exists(p) ? File.ReadAllBytes(p) : null;
        }

        public int Stat(string path)
        {
            RomfsEntry e;
            if (InRom(path, out e)) return e == null ? BoardStat.Absent : e.IsDir ? BoardStat.Dir : BoardStat.File;
            string p = Resolve(path);
            if (Directory.Exists(p)) return BoardStat.Dir;
            return File.Exists(p) ? BoardStat.File : BoardStat.Absent;
        }

        public IByteSink Stdout { get { return this; } }
        public IByteSink Stderr { get { return this; } }

        public long TicksMs()
        {
            return (System.DateTime.UtcNow.Ticks - _start) / 10000;
        }

        public void Sleep(int ms)
        {
            System.Threading.Thread.Sleep(ms);
        }

        public void Write(byte[] data, int off, int len)
        {
            if (_len + len > _out.Length)
            {
                int size = _out.Length * 2;
                while (size < _len + len) size *= 2;
                byte[] grown = new byte[size];
                System.Array.Copy(_out, grown, _len);
                _out = grown;
            }
            System.Array.Copy(data, off, _out, _len, len);
            _len += len;
        }

        // Whether path is under /rom, and its entry there (null: none).
        private bool InRom(string path, out RomfsEntry entry)
        {
            entry = null;
            if (!path.StartsWith(Rom) || (path.Length > Rom.Length && path[Rom.Length] != '/')) return false;
            entry = _image.Find(path.Substring(Rom.Length));
            return true;
        }
    }
}
