namespace NanoMpy.Flash
{
    // A region of flash that code runs from in place.
    //
    //   Data: [ ... | Start ............................ Start+Length | ... ]
    //                 ^ offset 0 of the region as the loader sees it
    //
    // The VM indexes Data directly (an array index per bytecode byte, no virtual call). On the host the
    // region is a module file read once into one buffer standing for the flash chip; on a board it is a
    // partition exposed the same way. Nothing that runs from a region copies out of it: str/bytes
    // constants, qstr text and bytecode keep (Data, offset, length) references.
    public sealed class FlashRegion
    {
        public readonly byte[] Data;
        public readonly int Start;
        public readonly int Length;
        public readonly string Name;

        public FlashRegion(string name, byte[] data, int start, int length)
        {
            if (data == null || start < 0 || length < 0 || start > data.Length - length)
            {
                throw new System.ArgumentException("region out of range");
            }
            Name = name;
            Data = data;
            Start = start;
            Length = length;
        }

        public FlashRegion(string name, byte[] data) : this(name, data, 0, data == null ? 0 : data.Length)
        {
        }

        // Absolute index into Data of a region offset.
        public int Abs(int offset)
        {
            return Start + offset;
        }
    }
}
