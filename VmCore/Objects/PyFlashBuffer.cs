#if MP_ARRAY
// (only in builds with MP_ARRAY: build/FeatureLevel.props)
using NanoMpy.Flash;

namespace NanoMpy
{
    // What a memoryview views when the bytes lie in flash no array holds (an ESP32's ROMFS partition, an app
    // resource): a range of a flash partition, read on demand. rom_ioctl(2) hands out a read-only memoryview over
    // one, so that len(), indexing and slicing (mpremote's `romfs query` and `deploy`) read only the bytes asked
    // for, never the whole slot. Python code never sees this object, only the memoryview over it.
    public sealed class PyFlashBuffer : PyObject
    {
        private const int EIO = 5;

        public readonly FlashPartition Partition;
        public readonly int Offset;   // in the partition
        public readonly int Length;

        public PyFlashBuffer(FlashPartition partition, int offset, int length)
        {
            Partition = partition;
            Offset = offset;
            Length = length;
        }

        public override PyType Type { get { return PyType.ObjectType; } }

        // count bytes from at (relative to the buffer), in a new array; a flash error is OSError(EIO).
        public byte[] Read(int at, int count)
        {
            byte[] b = new byte[count];
            Fill(at, b, count);
            return b;
        }

        public void Fill(int at, byte[] into, int count)
        {
            if (count == 0) return;
            try
            {
                Partition.Read(Offset + at, into, 0, count);
            }
            catch (FlashException)
            {
                throw Rt.OSError(EIO);
            }
        }

        public int ByteAt(int at)
        {
            byte[] one = new byte[1];
            Fill(at, one, 1);
            return one[0];
        }
    }
}
#endif
