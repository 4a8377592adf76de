using System.IO;
using NanoMpy.Boards.NanoFramework;
using NanoMpy.Flash;
using nanoFramework.TestFramework;

namespace NanoMpy.Tests.Device
{
    // Tests that run on a nanoFramework board (or nanoCLR's emulator): the program corpus from the ROMFS image
    // built into this test app, the adapters the board apps mount /rom with, and the image file on the drive.
    [TestClass]
    public class DeviceTests
    {
        private const string Drive = "I:";

        [TestMethod]
        public void CorpusProgramsMatchTheirGoldens()
        {
            RomfsImage image = CorpusImage.Load();
            string[] names = CorpusRunner.Programs(image);
            if (names.Length == 0) Assert.SkipTest("the romfs image holds no program (X.mpy with X.exp)");
            CorpusBoard board = new CorpusBoard(image, Drive);
#if MP_COMPILER
            ISourceCompiler compiler = new NanoMpy.Compiler.SourceCompiler();
#else
            ISourceCompiler compiler = null;
#endif
            int failed = 0;
            string firstFailure = null;
            for (int i = 0; i < names.Length; i++)
            {
                string name = names[i];
                int code = CorpusRunner.Run(board, name, compiler);
                string diff = CorpusRunner.Difference(CorpusRunner.Golden(image, name), board.Output());
                int want = CorpusRunner.ExpectedExit(image, name);
                if (diff.Length == 0 && code != want) diff = "exit status " + code + ", expected " + want;
                OutputHelper.WriteLine((diff.Length == 0 ? "PASS " : "FAIL ") + name + (diff.Length == 0 ? "" : ": " + diff));
                if (diff.Length != 0)
                {
                    failed++;
                    if (firstFailure == null) firstFailure = name + ": " + diff;
                }
            }
            OutputHelper.WriteLine((names.Length - failed) + " of " + names.Length + " programs passed");
            Assert.AreEqual(0, failed, failed + " programs failed; first: " + firstFailure);
        }

        [TestMethod]
        public void EmbeddedImageMountsAtRom()
        {
            ResourceChunks src = CorpusImage.Source();
            string why;
            FlashPartition part = BoardFlash.FromImage(src, out why);
            Assert.IsNotNull(part, why);
            CorpusPort port = new CorpusPort(part);
            int active, length;
            Assert.IsTrue(port.Romfs.Active(out active, out length), "the embedded image is the committed slot");
            CorpusBoard board = new CorpusBoard(CorpusImage.Load(), Drive);
            MpState.Deinit();
            MpConfig c = new MpConfig();
            c.Board = board;
            c.Port = port;
            c.Path = new string[] { "" };
            MpState.Init(c);
            // the boot mount appends /rom and /rom/lib to sys.path when it mounted the image, says why when not
            int pathLength = SysModule.Path.Count;
            byte[] said = board.Output();
            MpState.Deinit();
            Assert.AreEqual(3, pathLength, System.Text.Encoding.UTF8.GetString(said, 0, said.Length));
            // a deploy over it is refused, and the image stays
            Assert.ThrowsException(typeof(FlashException), () => port.Romfs.Prepare(16), "deploy over the built-in image");
            Assert.IsTrue(port.Romfs.Active(out active, out length), "still the committed slot");
        }

        [TestMethod]
        public void ResourceReadsAgreeWhateverTheChunkSize()
        {
            ResourceChunks src = CorpusImage.Source();
            string error;
            int length = ChunkedFlash.ImageLength(src, out error);
            Assert.IsTrue(length >= 0, error);
            byte[] a = new byte[length];
            byte[] b = new byte[length];
            new ChunkedFlash(src, length, BoardFlash.ResourceChunk).Read(0, a, 0, length);
            FlashDevice small = new ChunkedFlash(src, length, 100);
            for (int off = 0; off < length; off += 37) small.Read(off, b, off, length - off < 37 ? length - off : 37);
            for (int i = 0; i < length; i++)
            {
                if (a[i] != b[i]) Assert.AreEqual((int)a[i], (int)b[i], "byte " + i);
            }
        }

        [TestMethod]
        public void ImageFileOnTheDriveIsNorFlash()
        {
            if (!Directory.Exists(Drive + "\\")) Assert.SkipTest("no internal flash drive " + Drive);
            string path = Drive + "\\nanompy-test.img";
            if (File.Exists(path)) File.Delete(path);
            FileStream f = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite);
            try
            {
                StreamFlash chip = new StreamFlash(f, 8192, 4096);
                byte[] one = new byte[1];
                chip.Read(5000, one, 0, 1);
                Assert.AreEqual((int)0xff, (int)one[0], "created erased");
                chip.Program(5000, new byte[] { 0x3c }, 0, 1);
                chip.Program(5000, new byte[] { 0x0f }, 0, 1);
                chip.Read(5000, one, 0, 1);
                Assert.AreEqual(0x0c, (int)one[0], "program is AND");
                chip.EraseBlock(4096);
                chip.Read(5000, one, 0, 1);
                Assert.AreEqual((int)0xff, (int)one[0], "erase sets the block");
                Assert.ThrowsException(typeof(FlashException), () => chip.EraseBlock(100), "not a block start");
            }
            finally
            {
                f.Close();
                File.Delete(path);
            }
        }
    }
}
