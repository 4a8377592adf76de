using NanoMpy.Flash;

namespace NanoMpy.Tests.Device
{
    // A board port with nothing but a ROMFS partition, for the boot mount's test.
    public sealed class CorpusPort : IBoardPort, IRomfsPort
    {
        public CorpusPort(FlashPartition romfs)
        {
            RomfsPartition = romfs;
            Romfs = new RomfsSlots(romfs);
        }

        public RomfsSlots Romfs { get; private set; }
        public FlashPartition RomfsPartition { get; private set; }

        public string Platform { get { return "nanoframework"; } }
        public string Machine { get { return "nanoMpy device test"; } }
        public string Build { get { return "DEVICE_TEST"; } }
        public byte[] UniqueId { get { return new byte[] { 0, 0, 0, 0, 0, 0 }; } }
        public long Freq { get { return 0; } }

        public bool SetFreq(long hz)
        {
            return false;
        }

        public int StatVfs(string path, long[] result)
        {
            for (int i = 0; i < result.Length; i++) result[i] = 0;
            return 0;
        }

        public void Sync()
        {
        }

        public int RxAvailable { get { return 0; } }

        public int RxRead(byte[] buf, int off, int count)
        {
            return 0;
        }
    }
}
