using NanoMpy.Boards.NanoFramework;
using NanoMpy.Flash;
using nanoFramework.TestFramework;

namespace NanoMpy.Tests.Device
{
    // The test app's ROMFS image (its binary resource "romfs": the corpus's .mpy files and goldens, made by
    // Tests/Device/make-image.sh), as the board apps read theirs: ResourceChunks, in chunks. A test without it
    // is skipped, not failed: the image is optional in the app's Resources.resx.
    public static class CorpusImage
    {
        private const string Missing = "no romfs resource: run Tests/Device/make-image.sh and add corpus.romfs to "
            + "Tests/Device/Resources.resx as the binary resource romfs (README, \"Flash a board\")";

        // The resource, or a skipped test.
        public static ResourceChunks Source()
        {
            ResourceChunks src = null;
            try
            {
                src = new ResourceChunks(Resources.ResourceManager, BoardFlash.ResourceName);
            }
            catch (System.Exception)
            {
                // an app without resources has no resource manager
            }
            if (src == null || !src.Present()) Assert.SkipTest(Missing);
            return src;
        }

        // The whole image in RAM (the corpus runner reads goldens and modules out of it).
        public static RomfsImage Load()
        {
            ResourceChunks src = Source();
            string error;
            int length = ChunkedFlash.ImageLength(src, out error);
            Assert.IsTrue(length >= 0, "romfs resource: " + error);
            byte[] data = new byte[length];
            new ChunkedFlash(src, length, BoardFlash.ResourceChunk).Read(0, data, 0, length);
            RomfsImage image = RomfsImage.Open(data, 0, length, out error);
            Assert.IsNotNull(image, "romfs resource: " + error);
            return image;
        }
    }
}
