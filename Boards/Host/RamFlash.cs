namespace NanoMpy.Flash
{
    // A flash device in an array: NOR semantics (erase to 0xFF, program clears bits), in place by nature.
    public sealed class RamFlash : FlashDevice
    {
        private readonly byte[] _data;
        private readonly int _block;

        public RamFlash(int size, int eraseBlockSize)
        {
            if (size <= 0 || eraseBlockSize <= 0 || size % eraseBlockSize != 0) throw new System.ArgumentException("size must be whole erase blocks");
            _data = new byte[size];
            _block = eraseBlockSize;
            for (int i = 0; i < size; i++) _data[i] = 0xff;
        }

        public override int Size { get { return _data.Length; } }
        public override int EraseBlockSize { get { return _block; } }

        public override void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, count);
            System.Array.Copy(_data, address, buffer, offset, count);
        }

        public override void EraseBlock(int address)
        {
            CheckBlock(address);
            for (int i = 0; i < _block; i++) _data[address + i] = 0xff;
        }

        public override void Program(int address, byte[] data, int offset, int count)
        {
            CheckRange(address, count);
            for (int i = 0; i < count; i++) _data[address + i] &= data[offset + i];
        }

        public override byte[] MapInPlace(int address, int count, out int index)
        {
            CheckRange(address, count);
            index = address;
            return _data;
        }
    }
}
