namespace NanoMpy.Flash
{
    // A named range of a flash device (a board profile lists them: "romfs", "vfs"...). Offsets are relative to
    // the partition; its start and size are whole erase blocks.
    public sealed class FlashPartition
    {
        public readonly string Name;
        public readonly FlashDevice Device;
        public readonly int Start;
        public readonly int Size;

        public FlashPartition(string name, FlashDevice device, int start, int size)
        {
            int b = device.EraseBlockSize;
            if (start < 0 || size <= 0 || start % b != 0 || size % b != 0 || start > device.Size - size)
            {
                throw new System.ArgumentException("partition " + name + " is not whole erase blocks of the device");
            }
            Name = name;
            Device = device;
            Start = start;
            Size = size;
        }

        public int EraseBlockSize { get { return Device.EraseBlockSize; } }

        public void Read(int offset, byte[] buffer, int index, int count)
        {
            Check(offset, count);
            Device.Read(Start + offset, buffer, index, count);
        }

        public void EraseBlock(int offset)
        {
            Check(offset, EraseBlockSize);
            Device.EraseBlock(Start + offset);
        }

        public void Program(int offset, byte[] data, int index, int count)
        {
            Check(offset, count);
            Device.Program(Start + offset, data, index, count);
        }

        public byte[] MapInPlace(int offset, int count, out int index)
        {
            Check(offset, count);
            return Device.MapInPlace(Start + offset, count, out index);
        }

        private void Check(int offset, int count)
        {
            if (offset < 0 || count < 0 || offset > Size - count) throw new FlashException("offset out of the partition " + Name);
        }
    }
}
