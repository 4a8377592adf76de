namespace NanoMpy.Flash
{
    // A NOR flash chip as the VM sees it: Size bytes in blocks of EraseBlockSize. Erase sets a whole block to
    // 0xFF; Program can only clear bits (new = old AND data), as on the chip, so a byte is written once per
    // erase. A failed or interrupted operation throws FlashException; what it left in flash is whatever the
    // chip left (a power cut may leave a block partly programmed).
    //
    // Implementations: RamFlash (an array, host-only in Boards/Host: tests and tools), the host's file-backed
    // chip of the simulated board (Boards/Host/FileFlash.cs, with fault injection); on nanoFramework boards the
    // apps' adapters (a binary resource read in chunks, an image file on the board's file system).
    public abstract class FlashDevice
    {
        public abstract int Size { get; }
        public abstract int EraseBlockSize { get; }

        public abstract void Read(int address, byte[] buffer, int offset, int count);

        // Erases the block that starts at address (a multiple of EraseBlockSize).
        public abstract void EraseBlock(int address);

        public abstract void Program(int address, byte[] data, int offset, int count);

        // The bytes at [address, address+count) when the device can hand them out in place (memory-mapped
        // flash): the array and the index of address in it; null when it cannot (reads then go through Read).
        public virtual byte[] MapInPlace(int address, int count, out int index)
        {
            index = 0;
            return null;
        }

        protected void CheckRange(int address, int count)
        {
            if (address < 0 || count < 0 || address > Size - count) throw new FlashException("address out of range");
        }

        protected void CheckBlock(int address)
        {
            if (address < 0 || address >= Size || address % EraseBlockSize != 0) throw new FlashException("not the start of an erase block");
        }
    }

    // An erase or program that failed (the chip reported an error, or the power was cut).
    public sealed class FlashException : System.Exception
    {
        public FlashException(string message) : base(message)
        {
        }
    }
}
