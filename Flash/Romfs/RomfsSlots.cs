namespace NanoMpy.Flash
{
    // The ROMFS partition as two slots, so that a deploy a power cut or a flash error interrupts never leaves
    // the board without an image (MicroPython erases the partition, then writes it: a cut leaves nothing).
    //
    //   partition: [ slot 0 .................................. | slot 1 .................................. ]
    //   slot:      [ image (ROMFS, from offset 0) ...    ...   | commit record, in the slot's last block    ]
    //   record:    magic "NMRC" | sequence | image length | image CRC-32 | check = ~(magic^seq^length^crc)
    //              (five little-endian 32-bit words)
    //
    // The active slot is the one with a whole record and the higher sequence. A deploy erases and writes the
    // other slot, reads the image back and checks it (CRC and a ROMFS walk), and only then programs its
    // record: until that last program completes, the old image stays the active one. An erased record reads
    // as 0xFF and a partly programmed one fails its check word.
    public sealed class RomfsSlots
    {
        private const uint Magic = 0x43524d4e; // "NMRC"
        public const int RecordSize = 20;

        private readonly FlashPartition _part;
        private readonly int _slotSize;
        private int _active = -1;
        private uint _activeSeq;
        private int _activeLength;

        // A deploy in progress: its slot and the bytes written so far.
        private int _target = -1;
        private int _prepared;

        public RomfsSlots(FlashPartition part)
        {
            int b = part.EraseBlockSize;
            _slotSize = part.Size / 2 / b * b;
            if (_slotSize < 2 * b) throw new System.ArgumentException("the romfs partition needs two erase blocks per slot");
            _part = part;
            Scan();
        }

        // Bytes an image may have (the slot less its record block's record).
        public int Capacity { get { return _slotSize - RecordSize; } }

        // The active image: its slot's partition offset and length; false when no slot holds one.
        public bool Active(out int offset, out int length)
        {
            offset = _active < 0 ? 0 : _active * _slotSize;
            length = _activeLength;
            return _active >= 0;
        }

        // The region rom_ioctl(2) shows: the active slot (slot 0 when none is), as many bytes as an image may have.
        public int SlotStart { get { return (_active < 0 ? 0 : _active) * _slotSize; } }

        // Reads both records and picks the active slot.
        public void Scan()
        {
            _active = -1;
            _activeLength = 0;
            for (int s = 0; s < 2; s++)
            {
                uint seq;
                int length;
                if (!ReadRecord(s, out seq, out length)) continue;
                if (_active < 0 || (int)(seq - _activeSeq) > 0)
                {
                    _active = s;
                    _activeSeq = seq;
                    _activeLength = length;
                }
            }
        }

        // rom_ioctl(3): starts a deploy of up to length bytes into the inactive slot, erasing it. Returns the
        // smallest write the slot takes (1: any).
        public int Prepare(int length)
        {
            if (length < 0 || length > Capacity) throw new FlashException("image larger than the ROMFS slot (" + Capacity + " bytes)");
            int target = _active == 0 ? 1 : 0;
            int b = _part.EraseBlockSize;
            int baseOff = target * _slotSize;
            _target = -1;
            // the record block last: until it is erased the slot's old record (never the active one) is whole
            for (int off = 0; off < length && off < _slotSize - b; off += b) _part.EraseBlock(baseOff + off);
            _part.EraseBlock(baseOff + _slotSize - b);
            _target = target;
            _prepared = length;
            return 1;
        }

        // rom_ioctl(4): writes data at offset of the image being deployed (mpremote pads its last chunk with
        // zeros past the image's end; those bytes are ignored).
        public void Write(int offset, byte[] data, int index, int count)
        {
            if (_target < 0) throw new FlashException("no deploy prepared");
            if (offset < 0 || count < 0 || offset > _prepared) throw new FlashException("write outside the prepared image");
            int n = count;
            if (offset + n > _prepared) n = _prepared - offset;
            if (n > 0) _part.Program(_target * _slotSize + offset, data, index, n);
        }

        // rom_ioctl(5): checks the written image and commits it; returns null, or why it was not committed
        // (the old image stays active).
        public string Complete()
        {
            if (_target < 0) return "no deploy prepared";
            int target = _target;
            _target = -1;
            int baseOff = target * _slotSize;
            byte[] image = new byte[_prepared];
            _part.Read(baseOff, image, 0, _prepared);
            string error;
            RomfsImage img = RomfsImage.Open(image, 0, image.Length, out error);
            if (img == null) return "the written image is not ROMFS: " + error;
            int length = ImageLength(image);
            uint crc = Crc32.Update(0, image, 0, length);
            uint seq = _active < 0 ? 1 : _activeSeq + 1;
            byte[] rec = CommitRecord(seq, length, crc);
            _part.Program(baseOff + _slotSize - RecordSize, rec, 0, RecordSize);
            uint s2;
            int l2;
            if (!ReadRecord(target, out s2, out l2) || s2 != seq) return "the commit record did not read back";
            _active = target;
            _activeSeq = seq;
            _activeLength = length;
            return null;
        }

        // The commit record of an image of length bytes with that CRC-32 (also for a board whose image cannot be
        // redeployed and is shown to the boot mount as a committed slot: Boards/NanoFramework/RomfsSlotView).
        public static byte[] CommitRecord(uint seq, int length, uint crc)
        {
            byte[] rec = new byte[RecordSize];
            Put(rec, 0, Magic);
            Put(rec, 4, seq);
            Put(rec, 8, (uint)length);
            Put(rec, 12, crc);
            Put(rec, 16, ~(Magic ^ seq ^ (uint)length ^ crc));
            return rec;
        }

        // The header record's whole length: what a slot holds of the deployed bytes.
        private static int ImageLength(byte[] image)
        {
            int kind, len;
            int p = RomfsFormat.ReadUint(image, 0, image.Length, out kind);
            p = RomfsFormat.ReadUint(image, p, image.Length, out len);
            return p + len;
        }

        private bool ReadRecord(int slot, out uint seq, out int length)
        {
            byte[] rec = new byte[RecordSize];
            _part.Read(slot * _slotSize + _slotSize - RecordSize, rec, 0, RecordSize);
            uint magic = Get(rec, 0);
            seq = Get(rec, 4);
            uint len = Get(rec, 8);
            uint crc = Get(rec, 12);
            uint check = Get(rec, 16);
            length = (int)len;
            return magic == Magic && check == ~(magic ^ seq ^ len ^ crc) && len <= (uint)Capacity;
        }

        private static void Put(byte[] b, int i, uint v)
        {
            b[i] = (byte)v;
            b[i + 1] = (byte)(v >> 8);
            b[i + 2] = (byte)(v >> 16);
            b[i + 3] = (byte)(v >> 24);
        }

        private static uint Get(byte[] b, int i)
        {
            return (uint)(b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24));
        }
    }
}
