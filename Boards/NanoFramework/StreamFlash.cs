using System.IO;
using NanoMpy.Flash;

namespace NanoMpy.Boards.NanoFramework
{
    // A flash device in a stream (on a board, an image file on its own file system: BoardFlash), with NOR
    // semantics: the image is made Size bytes of 0xFF on first use (an existing one of another size is cut or
    // extended with 0xFF), erase writes 0xFF over the block, program writes old AND new. Every erase and program
    // is flushed before it returns, so a reset loses nothing a power cut would not. Unlike the host's FileFlash it
    // holds no copy of the chip (a board has no RAM to spare): reads and programs go through a small buffer, and
    // nothing is mapped in place. A failed file operation is a FlashException.
    public sealed class StreamFlash : FlashDevice
    {
        private const int Buffer = 256;
        private readonly Stream _stream;
        private readonly int _size;
        private readonly int _block;
        private readonly byte[] _buf = new byte[Buffer];

        public StreamFlash(Stream stream, int size, int eraseBlockSize)
        {
            if (size <= 0 || eraseBlockSize <= 0 || size % eraseBlockSize != 0) throw new System.ArgumentException("size must be whole erase blocks");
            _stream = stream;
            _size = size;
            _block = eraseBlockSize;
            try
            {
                long have = stream.Length;
                if (have > size)
                {
                    stream.SetLength(size);
                    have = size;
                }
                if (have < size)
                {
                    Fill((int)have, size - (int)have);
                    stream.Flush();
                }
            }
            catch (IOException e)
            {
                throw new FlashException("flash image: " + e.Message);
            }
        }

        public override int Size { get { return _size; } }
        public override int EraseBlockSize { get { return _block; } }

        public override void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, count);
            try
            {
                _stream.Seek(address, SeekOrigin.Begin);
                ReadFully(buffer, offset, count);
            }
            catch (IOException e)
            {
                throw new FlashException("flash image: " + e.Message);
            }
        }

        public override void EraseBlock(int address)
        {
            CheckBlock(address);
            try
            {
                Fill(address, _block);
                _stream.Flush();
            }
            catch (IOException e)
            {
                throw new FlashException("flash image: " + e.Message);
            }
        }

        public override void Program(int address, byte[] data, int offset, int count)
        {
            CheckRange(address, count);
            try
            {
                while (count > 0)
                {
                    int n = count < Buffer ? count : Buffer;
                    _stream.Seek(address, SeekOrigin.Begin);
                    ReadFully(_buf, 0, n);
                    for (int i = 0; i < n; i++) _buf[i] &= data[offset + i];
                    _stream.Seek(address, SeekOrigin.Begin);
                    _stream.Write(_buf, 0, n);
                    address += n;
                    offset += n;
                    count -= n;
                }
                _stream.Flush();
            }
            catch (IOException e)
            {
                throw new FlashException("flash image: " + e.Message);
            }
        }

        public void Close()
        {
            _stream.Close();
        }

        // 0xFF over [address, address+count) of the stream (not flushed).
        private void Fill(int address, int count)
        {
            for (int i = 0; i < Buffer; i++) _buf[i] = 0xff;
            _stream.Seek(address, SeekOrigin.Begin);
            while (count > 0)
            {
                int n = count < Buffer ? count : Buffer;
                _stream.Write(_buf, 0, n);
                count -= n;
            }
        }

        private void ReadFully(byte[] buffer, int offset, int count)
        {
            while (count > 0)
            {
                int n = _stream.Read(buffer, offset, count);
                if (n <= 0) throw new FlashException("flash image: shorter than the chip");
                offset += n;
                count -= n;
            }
        }
    }
}
