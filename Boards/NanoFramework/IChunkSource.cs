namespace NanoMpy.Boards.NanoFramework
{
    // Bytes that can only be had in pieces, copied out: an app's binary resource (ResourceChunks), a test's
    // array. ReadChunk returns the bytes at [offset, offset+count), fewer only where the source ends; past the
    // end it returns an empty array or null, or throws (nanoFramework's resource reader throws).
    public interface IChunkSource
    {
        byte[] ReadChunk(int offset, int count);
    }
}
