using NanoMpy.Flash;

namespace NanoMpy.Boards.NanoFramework
{
    // A ROMFS image that cannot be redeployed (the app's embedded resource, on a ChunkedFlash) shown in the
    // layout of RomfsSlots, so that the boot mount finds it as the committed image of slot 0 and mounts it at
    // /rom like any deployed one. Slot 0 holds the image then erased bytes, its last RecordSize bytes a commit
    // record made here (sequence 1, the image's length and CRC-32); slot 1 reads erased, i.e. has no record.
    // Erase and program fail, so rom_ioctl's deploy answers OSError(EIO, "read-only...") and leaves it be.
    public sealed class RomfsSlotView : FlashDevice
    {
        private readonly FlashDevice _image;
        private readonly int _length;
        private readonly int _block;
        private readonly int _slot;
        private readonly byte[] _record;

        // image holds the ROMFS image at [0, length); block is the granule of the layout (the slots are whole
        // blocks, at least two each). Reads the image once, for its CRC.
        public RomfsSlotView(FlashDevice image, int length, int block)
        {
            if (length <= 0 || length > image.Size || block <= 0) throw new System.ArgumentException("romfs slot view: bad length or block");
            _image = image;
            _length = length;
            _block = block;
            int slot = (length + RomfsSlots.RecordSize + block - 1) / block * block;
            _slot = slot < 2 * block ? 2 * block : slot;
            _record = RomfsSlots.CommitRecord(1, length, Crc(image, length, block));
        }

        public override int Size { get { return 2 * _slot; } }
        public override int EraseBlockSize { get { return _block; } }

        public override void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, count);
            int recordAt = _slot - RomfsSlots.RecordSize;
            for (int i = 0; i < count; i++) buffer[offset + i] = 0xff;
            // the image's part of the range
            if (address < _length)
            {
                int n = _length - address < count ? _length - address : count;
                _image.Read(address, buffer, offset, n);
            }
            // the record's part
            int from = address > recordAt ? address : recordAt;
            int to = address + count < _slot ? address + count : _slot;
            for (int a = from; a < to; a++) buffer[offset + a - address] = _record[a - recordAt];
        }

        public override void EraseBlock(int address)
        {
            throw new FlashException("read-only: the ROMFS image is built into the app (rebuild the app to change it)");
        }

        public override void Program(int address, byte[] data, int offset, int count)
        {
            throw new FlashException("read-only: the ROMFS image is built into the app (rebuild the app to change it)");
        }

        private static uint Crc(FlashDevice image, int length, int block)
        {
            byte[] buf = new byte[block < 512 ? block : 512];
            uint crc = 0;
            for (int off = 0; off < length; off += buf.Length)
            {
                int n = length - off < buf.Length ? length - off : buf.Length;
                image.Read(off, buf, 0, n);
                crc = Crc32.Update(crc, buf, 0, n);
            }
            return crc;
        }
    }
}
