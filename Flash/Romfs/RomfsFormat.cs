namespace NanoMpy.Flash
{
    // MicroPython's ROMFS image format (extmod/vfs_rom.c, docs/reference/romfs.rst), the one definition used by
    // the reader (RomfsImage) and the writer (RomfsWriter, host-only: Boards/Host).
    //
    //   image   := record(kind Header, payload = record*)       the header kind encodes as d2 cd 31
    //   record  := varuint kind, varuint length, payload[length]
    //   varuint := big-endian groups of 7 bits, the top bit set on every byte but the last (extra leading
    //              0x80 bytes are allowed: the writer adds one to make the whole image an even length)
    //
    //   kind 0  Unused      stops a listing (erased or corrupt space)
    //   kind 1  Padding     a comment or padding, skipped
    //   kind 2  Verbatim    a file's data, in the payload
    //   kind 3  Indirect    a file's data elsewhere: varuint size, varuint offset from the start of the
    //                       image's payload
    //   kind 4  Directory   varuint name length, name, child records
    //   kind 5  File        varuint name length, name, child records: the first kind 2 or 3 is its data
    //   other              skipped, for future kinds
    public static class RomfsFormat
    {
        public const int Header = 0x14a6b1;
        public const int Unused = 0;
        public const int Padding = 1;
        public const int Verbatim = 2;
        public const int Indirect = 3;
        public const int Directory = 4;
        public const int File = 5;

        // Decodes a varuint at data[pos], not past end; returns the position after it, or -1 when it runs past
        // end or overflows 31 bits (a corrupt image).
        public static int ReadUint(byte[] data, int pos, int end, out int value)
        {
            return ReadUint(data, null, pos, end, out value);
        }

        // The same from data when it is not null, else from src (an image in flash no array holds).
        public static int ReadUint(byte[] data, CodeImage src, int pos, int end, out int value)
        {
            long v = 0;
            while (true)
            {
                if (pos >= end) { value = 0; return -1; }
                int b = data != null ? data[pos++] : src.ByteAt(pos++);
                v = (v << 7) | (long)(b & 0x7f);
                if (v > int.MaxValue) { value = 0; return -1; }
                if ((b & 0x80) == 0) break;
            }
            value = (int)v;
            return pos;
        }
    }
}
