using NanoMpy.Flash;

namespace NanoMpy.Boards.NanoFramework
{
    // A read-only flash device over bytes read in chunks (an app's embedded ROMFS image): Size bytes, fetched a
    // chunk at a time and the last chunk kept, so that the small sequential reads of a ROMFS walk cost one copy
    // per chunk. Nothing is mapped in place (MapInPlace: null): every read is a copy. Erase and program fail,
    // as on a chip whose write lines are tied off; a source that ends early or fails is a FlashException.
    public sealed class ChunkedFlash : FlashDevice
    {
        private readonly IChunkSource _source;
        private readonly int _size;
        private readonly int _chunk;
        private byte[] _cached;
        private int _cachedAt = -1;

        public ChunkedFlash(IChunkSource source, int size, int chunkSize)
        {
            if (source == null || size < 0 || chunkSize <= 0) throw new System.ArgumentException("chunked flash: bad source, size or chunk size");
            _source = source;
            _size = size;
            _chunk = chunkSize;
        }

        public override int Size { get { return _size; } }

        // Nothing can be erased; the chunk is the unit reads come in, so it stands for the block.
        public override int EraseBlockSize { get { return _chunk; } }

        public override void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, count);
            if (offset < 0 || offset > buffer.Length - count) throw new FlashException("buffer too small");
            while (count > 0)
            {
                int at = address - address % _chunk;
                byte[] c = Chunk(at);
                int from = address - at;
                int n = c.Length - from;
                if (n > count) n = count;
                System.Array.Copy(c, from, buffer, offset, n);
                address += n;
                offset += n;
                count -= n;
            }
        }

        public override void EraseBlock(int address)
        {
            throw new FlashException("read-only: the ROMFS image is built into the app");
        }

        public override void Program(int address, byte[] data, int offset, int count)
        {
            throw new FlashException("read-only: the ROMFS image is built into the app");
        }

        // The chunk at at (a multiple of the chunk size below Size): all of it, or up to Size.
        private byte[] Chunk(int at)
        {
            if (at == _cachedAt) return _cached;
            int want = _size - at < _chunk ? _size - at : _chunk;
            byte[] c;
            try
            {
                c = _source.ReadChunk(at, want);
            }
            catch (FlashException)
            {
                throw;
            }
            catch (System.Exception e)
            {
                throw new FlashException("reading the image at " + at + ": " + e.Message);
            }
            if (c == null || c.Length < want) throw new FlashException("the image ends at " + (at + (c == null ? 0 : c.Length)) + ", before its " + _size + " bytes");
            _cached = c;
            _cachedAt = at;
            return c;
        }

        // The whole length of the ROMFS image at the start of source (its header record: kind, length, payload),
        // or -1 with the reason when it does not start with a ROMFS header.
        public static int ImageLength(IChunkSource source, out string error)
        {
            byte[] head;
            try
            {
                head = source.ReadChunk(0, 12);
            }
            catch (System.Exception e)
            {
                error = "cannot read the image: " + e.Message;
                return -1;
            }
            int n = head == null ? 0 : head.Length;
            int kind, length;
            int p = RomfsFormat.ReadUint(head, 0, n, out kind);
            if (p < 0 || kind != RomfsFormat.Header)
            {
                error = "not a ROMFS image (no header)";
                return -1;
            }
            p = RomfsFormat.ReadUint(head, p, n, out length);
            if (p < 0 || length > int.MaxValue - p)
            {
                error = "not a ROMFS image (bad header length)";
                return -1;
            }
            error = null;
            return p + length;
        }
    }
}
