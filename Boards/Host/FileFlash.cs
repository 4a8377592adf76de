using System.IO;
using NanoMpy.Flash;

namespace NanoMpy.Host
{
    // The simulated board's flash chip: an image file (created erased on first use, kept between runs) with NOR
    // semantics. The chip's contents are held in one array that code and ROMFS data are read from in place, as
    // a board maps its flash; every erase and program goes through to the file at once, so a killed process
    // loses nothing that a power cut would not.
    public sealed class FileFlash : FlashDevice
    {
        private readonly byte[] _chip;
        private readonly int _block;
        private readonly FileStream _file;

        public FileFlash(string path, int size, int eraseBlockSize)
        {
            _block = eraseBlockSize;
            _chip = new byte[size];
            _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
            int have = (int)System.Math.Min(_file.Length, size);
            int got = 0;
            while (got < have)
            {
                int n = _file.Read(_chip, got, have - got);
                if (n <= 0) break;
                got += n;
            }
            for (int i = got; i < size; i++) _chip[i] = 0xff;
            if (_file.Length != size)
            {
                _file.SetLength(size);
                _file.Position = got;
                _file.Write(_chip, got, size - got);
                _file.Flush(true);
            }
        }

        public string Path { get { return _file.Name; } }
        public override int Size { get { return _chip.Length; } }
        public override int EraseBlockSize { get { return _block; } }

        public override void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, count);
            System.Array.Copy(_chip, address, buffer, offset, count);
        }

        public override void EraseBlock(int address)
        {
            CheckBlock(address);
            for (int i = 0; i < _block; i++) _chip[address + i] = 0xff;
            Persist(address, _block);
        }

        public override void Program(int address, byte[] data, int offset, int count)
        {
            CheckRange(address, count);
            for (int i = 0; i < count; i++) _chip[address + i] &= data[offset + i];
            Persist(address, count);
        }

        public override byte[] MapInPlace(int address, int count, out int index)
        {
            CheckRange(address, count);
            index = address;
            return _chip;
        }

        private void Persist(int address, int count)
        {
            try
            {
                _file.Position = address;
                _file.Write(_chip, address, count);
                _file.Flush(true);
            }
            catch (IOException e)
            {
                throw new FlashException("flash image file: " + e.Message);
            }
        }
    }
}
