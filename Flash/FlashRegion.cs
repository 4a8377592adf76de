namespace NanoMpy.Flash
{
    // A region of flash that code runs from in place.
    //
    //   Data: [ ... | Start ............................ Start+Length | ... ]
    //                 ^ offset 0 of the region as the loader sees it
    //
    // The loader reads Data; the VM runs the code through Image (CodeImage.cs): Data itself for a file read
    // into RAM, or a fixed-size cache of the flash chip for a module in a ROMFS partition. Nothing that runs
    // from a region copies out of it: str/bytes constants, qstr text and bytecode keep (Data, offset, length)
    // references. Flash that the managed heap cannot address at all (no Data: an ESP32's partition, an app
    // resource) is read through Image alone; bytecode still runs from the cache, but the loader copies the
    // module's new qstr text and its str/bytes constants into RAM.
    public sealed class FlashRegion
    {
        public readonly byte[] Data;
        public readonly int Start;
        public readonly int Length;
        public readonly string Name;
        // What the VM reads the code from while it runs: Data itself, or a fixed-size cache of the flash
        // device Data mirrors (positions in Data are then the device's addresses).
        public readonly CodeImage Image;

        public FlashRegion(string name, byte[] data, int start, int length) : this(name, data, start, length, null)
        {
        }

        public FlashRegion(string name, byte[] data, int start, int length, CodeImage image)
        {
            if (data == null || start < 0 || length < 0 || start > data.Length - length)
            {
                throw new System.ArgumentException("region out of range");
            }
            Name = name;
            Data = data;
            Start = start;
            Length = length;
            Image = image ?? new CodeImage(data);
        }

        public FlashRegion(string name, byte[] data) : this(name, data, 0, data == null ? 0 : data.Length)
        {
        }

        // [start, start+length) of flash that only image can read (no array holds it).
        public FlashRegion(string name, CodeImage image, int start, int length)
        {
            if (image == null || start < 0 || length < 0) throw new System.ArgumentException("region out of range");
            Name = name;
            Start = start;
            Length = length;
            Image = image;
        }

        // Absolute index into Data of a region offset.
        public int Abs(int offset)
        {
            return Start + offset;
        }
    }
}
