namespace NanoMpy.Flash
{
    // A ROMFS image read in place (extmod/vfs_rom.c): names, directories and file data are found by walking
    // the records where they lie; file data is handed out as (Data, offset, length), never copied. On flash no
    // array holds (Data null), records are read through Source, the flash cache, at device addresses. Open checks
    // every record of the tree once, so that nothing read later can run out of the image: a corrupt image is
    // refused with the reason, as a board must not mount it.
    public sealed class RomfsImage
    {
        public readonly byte[] Data;
        public readonly CodeImage Source; // what reads the image where Data is null
        private readonly int _payload;    // start of the header record's payload: offsets of kind 3 count from here
        private readonly int _end;

        private RomfsImage(byte[] data, CodeImage source, int payload, int end)
        {
            Data = data;
            Source = source;
            _payload = payload;
            _end = end;
        }

        // Size of the filesystem as statvfs reports it (bytes of the header record's payload).
        public int PayloadLength { get { return _end - _payload; } }

        // The image in data[start, start+length), or null with error saying why it cannot be mounted.
        public static RomfsImage Open(byte[] data, int start, int length, out string error)
        {
            if (data == null || start < 0 || length < 4 || start > data.Length - length)
            {
                error = "image too small";
                return null;
            }
            return Open(data, null, start, length, out error);
        }

        // The image at [start, start+length) of flash that source reads (device addresses).
        public static RomfsImage Open(CodeImage source, int start, int length, out string error)
        {
            if (source == null || start < 0 || length < 4)
            {
                error = "image too small";
                return null;
            }
            return Open(null, source, start, length, out error);
        }

        private static RomfsImage Open(byte[] data, CodeImage source, int start, int length, out string error)
        {
            error = null;
            int end = start + length;
            int kind, len;
            int p = RomfsFormat.ReadUint(data, source, start, end, out kind);
            if (p < 0 || kind != RomfsFormat.Header)
            {
                error = "no ROMFS header";
                return null;
            }
            p = RomfsFormat.ReadUint(data, source, p, end, out len);
            if (p < 0 || len > end - p)
            {
                error = "image length past the partition";
                return null;
            }
            RomfsImage img = new RomfsImage(data, source, p, p + len);
            error = img.CheckRecords(p, p + len, 0);
            return error == null ? img : null;
        }

        // The bytes of a file in a new array (for flash no array holds).
        public byte[] Copy(RomfsEntry f)
        {
            byte[] b = new byte[f.DataLength];
            if (Data != null) System.Array.Copy(Data, f.DataStart, b, 0, b.Length);
            else for (int i = 0; i < b.Length; i++) b[i] = (byte)Source.ByteAt(f.DataStart + i);
            return b;
        }

        private int U(int pos, int end, out int value)
        {
            return RomfsFormat.ReadUint(Data, Source, pos, end, out value);
        }

        private const int MaxDepth = 32;

        // Every record inside [pos, end) is whole, and so are the children of directories and files.
        private string CheckRecords(int pos, int end, int depth)
        {
            if (depth > MaxDepth) return "directories nested too deep";
            while (pos < end)
            {
                int kind, len;
                int p = U(pos, end, out kind);
                if (p < 0) return "record kind past its directory";
                if (kind == RomfsFormat.Unused) return null;
                p = U(p, end, out len);
                if (p < 0 || len > end - p) return "record past its directory";
                int next = p + len;
                if (kind == RomfsFormat.Directory || kind == RomfsFormat.File)
                {
                    int nameLen;
                    int q = U(p, next, out nameLen);
                    if (q < 0 || nameLen > next - q) return "name past its record";
                    string err = CheckRecords(q + nameLen, next, depth + 1);
                    if (err != null) return err;
                }
                else if (kind == RomfsFormat.Indirect)
                {
                    int size, off;
                    int q = U(p, next, out size);
                    if (q >= 0) q = U(q, next, out off);
                    else off = 0;
                    if (q < 0 || off > _end - _payload || size > _end - _payload - off) return "file data past the image";
                }
                pos = next;
            }
            return null;
        }

        // The entry at path ("" or "/" is the root; "lib/mod.mpy"), or null.
        public RomfsEntry Find(string path)
        {
            RomfsEntry e = Root();
            int i = 0;
            while (i < path.Length)
            {
                if (path[i] == '/') { i++; continue; }
                int j = path.IndexOf('/', i);
                if (j < 0) j = path.Length;
                if (!e.IsDir) return null;
                e = Child(e, path.Substring(i, j - i));
                if (e == null) return null;
                i = j;
            }
            return e;
        }

        public RomfsEntry Root()
        {
            RomfsEntry r = new RomfsEntry();
            r.Name = "";
            r.IsDir = true;
            r.ChildStart = _payload;
            r.ChildEnd = _end;
            return r;
        }

        // The entries of a directory, in image order.
        public RomfsEntry[] List(RomfsEntry dir)
        {
            int n = 0;
            for (RomfsEntry e = First(dir); e != null; e = Next(dir, e)) n++;
            RomfsEntry[] all = new RomfsEntry[n];
            n = 0;
            for (RomfsEntry e = First(dir); e != null; e = Next(dir, e)) all[n++] = e;
            return all;
        }

        private RomfsEntry Child(RomfsEntry dir, string name)
        {
            for (RomfsEntry e = First(dir); e != null; e = Next(dir, e))
            {
                if (e.Name == name) return e;
            }
            return null;
        }

        private RomfsEntry First(RomfsEntry dir)
        {
            return At(dir.ChildStart, dir.ChildEnd);
        }

        private RomfsEntry Next(RomfsEntry dir, RomfsEntry e)
        {
            return At(e.RecordEnd, dir.ChildEnd);
        }

        // The first directory or file record at or after pos (records were checked by Open).
        private RomfsEntry At(int pos, int end)
        {
            while (pos < end)
            {
                int kind, len;
                int p = U(pos, end, out kind);
                if (kind == RomfsFormat.Unused) return null;
                p = U(p, end, out len);
                int next = p + len;
                if (kind == RomfsFormat.Directory || kind == RomfsFormat.File)
                {
                    int nameLen;
                    int q = U(p, next, out nameLen);
                    RomfsEntry e = new RomfsEntry();
                    e.Name = Latin1(q, nameLen);
                    e.IsDir = kind == RomfsFormat.Directory;
                    e.ChildStart = q + nameLen;
                    e.ChildEnd = next;
                    e.RecordEnd = next;
                    if (!e.IsDir) FindData(e);
                    return e;
                }
                pos = next;
            }
            return null;
        }

        // A file's data: its first verbatim or indirect record; none is an empty file.
        private void FindData(RomfsEntry f)
        {
            int pos = f.ChildStart;
            while (pos < f.ChildEnd)
            {
                int kind, len;
                int p = U(pos, f.ChildEnd, out kind);
                if (kind == RomfsFormat.Unused) break;
                p = U(p, f.ChildEnd, out len);
                if (kind == RomfsFormat.Verbatim)
                {
                    f.DataStart = p;
                    f.DataLength = len;
                    return;
                }
                if (kind == RomfsFormat.Indirect)
                {
                    int size, off;
                    int q = U(p, p + len, out size);
                    U(q, p + len, out off);
                    f.DataStart = _payload + off;
                    f.DataLength = size;
                    return;
                }
                pos = p + len;
            }
            f.DataStart = f.ChildStart;
            f.DataLength = 0;
        }

        private string Latin1(int off, int len)
        {
            char[] c = new char[len];
            for (int i = 0; i < len; i++) c[i] = (char)(Data != null ? Data[off + i] : Source.ByteAt(off + i));
            return new string(c);
        }
    }
}
