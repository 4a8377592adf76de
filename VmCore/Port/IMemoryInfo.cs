namespace NanoMpy
{
    // What a board can tell about its memory, for gc.mem_alloc/mem_free, micropython.mem_* and -X heapsize.
    // Optional: a board that does not implement it reports zeros and enforces no heap limit.
    public interface IMemoryInfo
    {
        // Bytes of live objects now (approximate; a board may count garbage not yet collected).
        long HeapUsed();

        // Bytes allocated since the program started, freed or not.
        long TotalAllocated();

        // Runs a full collection.
        void Collect();
    }
}
