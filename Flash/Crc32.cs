namespace NanoMpy.Flash
{
    // CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as binascii.crc32 and zlib compute it; the one
    // definition for binascii and the ROMFS commit record. The table is made on first use (1 KB that a board
    // would otherwise hold from start-up).
    public static class Crc32
    {
        private static uint[] _table;

        // Continues crc (0 to start) over data[off, off+len).
        public static uint Update(uint crc, byte[] data, int off, int len)
        {
            uint[] t = _table;
            if (t == null)
            {
                t = new uint[256];
                for (uint i = 0; i < 256; i++)
                {
                    uint c = i;
                    for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                    t[i] = c;
                }
                _table = t;
            }
            crc ^= 0xFFFFFFFFu;
            for (int i = 0; i < len; i++) crc = t[(crc ^ data[off + i]) & 0xFF] ^ (crc >> 8);
            return crc ^ 0xFFFFFFFFu;
        }
    }
}
