using System;
using System.IO;
using System.Text;
using NanoMpy.Board;
using NanoMpy.Boards.NanoFramework;
using NanoMpy.Flash;
using Xunit;

namespace NanoMpy.Tests.Flash
{
    // The nanoFramework apps' flash adapters (Boards/NanoFramework), on the host: the embedded image read in
    // chunks (a fake source in place of ResourceUtility), its read-only two-slot view that the boot mount finds,
    // and the image file with NOR semantics (a host file in place of the board's).
    public class BoardFlashTests
    {
        // A resource as nanoFramework's reader serves it: the bytes asked for, fewer at the end, an exception
        // past the end. Counts the reads.
        private sealed class FakeResource : IChunkSource
        {
            private readonly byte[] _data;
            public int Reads;

            public FakeResource(byte[] data)
            {
                _data = data;
            }

            public byte[] ReadChunk(int offset, int count)
            {
                Reads++;
                if (offset < 0 || count < 0 || offset >= _data.Length) throw new ArgumentException("past the resource");
                int n = Math.Min(count, _data.Length - offset);
                byte[] r = new byte[n];
                Array.Copy(_data, offset, r, 0, n);
                return r;
            }
        }

        private static byte[] Pattern(int n)
        {
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) b[i] = (byte)(i * 7 + (i >> 8));
            return b;
        }

        private static byte[] Image()
        {
            var w = new RomfsWriter();
            w.OpenDir("lib");
            w.AddFile("util.py", Encoding.ASCII.GetBytes("def double(x):\n    return 2 * x\n"));
            w.CloseDir();
            w.AddFile("data.bin", Pattern(3000));
            w.AddFile("hello.txt", Encoding.ASCII.GetBytes("hello rom\n"));
            return w.Finish();
        }

        private static byte[] ReadAll(FlashDevice d, int address, int count)
        {
            byte[] b = new byte[count];
            d.Read(address, b, 0, count);
            return b;
        }

        private static byte[] Slice(byte[] a, int off, int n)
        {
            byte[] r = new byte[n];
            Array.Copy(a, off, r, 0, n);
            return r;
        }

        [Fact]
        public void ChunkedReadsCrossChunkBoundariesAndReachTheEnd()
        {
            byte[] data = Pattern(1000);
            var src = new FakeResource(data);
            var flash = new ChunkedFlash(src, data.Length, 64);
            Assert.Equal(1000, flash.Size);
            Assert.Equal(Slice(data, 50, 100), ReadAll(flash, 50, 100));       // chunks 0, 1 and 2
            Assert.Equal(Slice(data, 63, 2), ReadAll(flash, 63, 2));           // one byte either side of a boundary
            Assert.Equal(Slice(data, 997, 3), ReadAll(flash, 997, 3));         // the last, short chunk
            Assert.Equal(Slice(data, 960, 40), ReadAll(flash, 960, 40));
            Assert.Equal(data, ReadAll(flash, 0, 1000));                       // the whole device
            Assert.Empty(ReadAll(flash, 1000, 0));
            // small reads within one chunk fetch it once
            int before = src.Reads;
            for (int i = 128; i < 192; i++) Assert.Equal(data[i], ReadAll(flash, i, 1)[0]);
            Assert.Equal(before + 1, src.Reads);
            // into a buffer at an offset
            byte[] buf = new byte[10];
            flash.Read(990, buf, 0, 10);
            Assert.Equal(Slice(data, 990, 10), buf);
            Assert.Null(flash.MapInPlace(0, 10, out int index));
        }

        [Fact]
        public void ChunkedOutOfRangeReadsAndWritesRaiseFlashException()
        {
            var flash = new ChunkedFlash(new FakeResource(Pattern(300)), 300, 64);
            Assert.Throws<FlashException>(() => ReadAll(flash, 299, 2));
            Assert.Throws<FlashException>(() => ReadAll(flash, -1, 1));
            Assert.Throws<FlashException>(() => ReadAll(flash, 301, 0));
            Assert.Throws<FlashException>(() => flash.Read(0, new byte[4], 2, 4));
            Assert.Contains("read-only", Assert.Throws<FlashException>(() => flash.EraseBlock(0)).Message);
            Assert.Contains("read-only", Assert.Throws<FlashException>(() => flash.Program(0, new byte[] { 0 }, 0, 1)).Message);
            // a resource shorter than the device claims: the read past its end is a FlashException, not .NET's
            var truncated = new ChunkedFlash(new FakeResource(Pattern(100)), 300, 64);
            Assert.Equal(Slice(Pattern(100), 0, 64), ReadAll(truncated, 0, 64));
            Assert.Throws<FlashException>(() => ReadAll(truncated, 90, 20));
            Assert.Throws<FlashException>(() => ReadAll(truncated, 200, 1));
        }

        [Fact]
        public void ImageLengthComesFromTheRomfsHeader()
        {
            byte[] image = Image();
            byte[] padded = new byte[image.Length + 100];
            Array.Copy(image, padded, image.Length);
            Assert.Equal(image.Length, ChunkedFlash.ImageLength(new FakeResource(padded), out string error));
            Assert.Null(error);
            Assert.Equal(-1, ChunkedFlash.ImageLength(new FakeResource(Pattern(50)), out error));
            Assert.Contains("not a ROMFS image", error);
            Assert.Equal(-1, ChunkedFlash.ImageLength(new FakeResource(new byte[] { 0xd2, 0xcd }), out error));
        }

        [Fact]
        public void EmbeddedImageBootsAsTheCommittedSlotAndRefusesDeploys()
        {
            byte[] image = Image();
            var src = new FakeResource(image);
            FlashPartition part = BoardFlash.FromImage(src, out string why);
            Assert.Null(why);
            var slots = new RomfsSlots(part);
            Assert.True(slots.Active(out int offset, out int length));
            Assert.Equal(0, offset);
            Assert.Equal(image.Length, length);
            Assert.Equal(0, slots.SlotStart);
            // nothing is mapped: the slot read out whole is the image
            Assert.Null(part.MapInPlace(0, slots.Capacity, out int index));
            byte[] slot = new byte[slots.Capacity];
            part.Read(0, slot, 0, slot.Length);
            Assert.Equal(image, Slice(slot, 0, image.Length));
            RomfsImage rom = RomfsImage.Open(slot, 0, slot.Length, out string error);
            Assert.True(rom != null, error);
            Assert.NotNull(rom.Find("lib/util.py"));
            Assert.NotNull(rom.Find("hello.txt"));
            // mpremote romfs deploy: the first erase fails, the image stays
            Assert.Contains("read-only", Assert.Throws<FlashException>(() => slots.Prepare(100)).Message);
            slots.Scan();
            Assert.True(slots.Active(out offset, out length));
            Assert.Equal(image.Length, length);
            // not an image: no partition, and why
            Assert.Null(BoardFlash.FromImage(new FakeResource(Pattern(64)), out why));
            Assert.Contains("romfs resource: not a ROMFS image", why);
        }

        private static string TempFile()
        {
            return Path.Combine(Path.GetTempPath(), "nanompy-streamflash-" + Guid.NewGuid().ToString("N") + ".img");
        }

        [Fact]
        public void StreamFlashIsNorFlashInAFile()
        {
            string path = TempFile();
            try
            {
                using (var fs = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite))
                {
                    var chip = new StreamFlash(fs, 4 * 1024, 1024);
                    Assert.Equal(4096, fs.Length);
                    foreach (byte b in ReadAll(chip, 0, 4096)) Assert.Equal(0xff, b);
                    // program clears bits only: AND
                    chip.Program(1000, new byte[] { 0x0f, 0xf0, 0x00 }, 0, 3);
                    chip.Program(1000, new byte[] { 0x3c, 0x3c, 0xff }, 0, 3);
                    Assert.Equal(new byte[] { 0xff, 0x0c, 0x30, 0x00, 0xff }, ReadAll(chip, 999, 5));
                    // a program longer than the adapter's buffer, across blocks
                    byte[] data = Pattern(1500);
                    chip.Program(2000, data, 0, data.Length);
                    Assert.Equal(data, ReadAll(chip, 2000, 1500));
                    // erase sets its whole block, nothing else
                    chip.EraseBlock(1024);
                    Assert.Equal(new byte[] { 0x0c, 0x30, 0x00 }, ReadAll(chip, 1000, 3));
                    foreach (byte b in ReadAll(chip, 2000, 48)) Assert.Equal(0xff, b);
                    Assert.Equal(Slice(data, 48, 100), ReadAll(chip, 2048, 100));
                    Assert.Throws<FlashException>(() => chip.EraseBlock(100));
                    Assert.Throws<FlashException>(() => chip.EraseBlock(4096));
                    Assert.Throws<FlashException>(() => ReadAll(chip, 4000, 97));
                    Assert.Throws<FlashException>(() => chip.Program(4095, new byte[2], 0, 2));
                    Assert.Null(chip.MapInPlace(0, 1, out int index));
                }
                // written through: a new device over the file sees the same bytes
                using (var fs = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
                {
                    var chip = new StreamFlash(fs, 4096, 1024);
                    Assert.Equal(Slice(Pattern(1500), 48, 100), ReadAll(chip, 2048, 100));
                }
                // a file of another size is cut or extended erased
                using (var fs = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
                {
                    var chip = new StreamFlash(fs, 2048, 1024);
                    Assert.Equal(2048, fs.Length);
                    Assert.Equal(new byte[] { 0x0c, 0x30, 0x00 }, ReadAll(chip, 1000, 3));
                }
                using (var fs = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
                {
                    var chip = new StreamFlash(fs, 8192, 1024);
                    Assert.Equal(8192, fs.Length);
                    Assert.Equal(new byte[] { 0x0c, 0x30, 0x00 }, ReadAll(chip, 1000, 3));
                    // what the cut dropped comes back erased, not as the old data
                    foreach (byte b in ReadAll(chip, 2048, 6144)) Assert.Equal(0xff, b);
                }
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void ImageFileTakesADeployThatBootsAfterReopening()
        {
            string profileText = "name = t\nmachine = m\nplatform = p\nuart = COM2\nheap = 100000\nflash.size = 65536\nflash.block = 4096\npartition.romfs = 32768 32768\n";
            BoardProfile profile = BoardProfile.Parse(profileText, out string perror);
            Assert.True(profile != null, perror);
            byte[] image = Image();
            string path = TempFile();
            try
            {
                using (var fs = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite))
                {
                    FlashPartition part = BoardFlash.FromStream(profile, fs, out string why);
                    Assert.Null(why);
                    Assert.Equal(32768, part.Size);
                    Assert.Equal(32768, fs.Length); // the partition only, not the whole chip
                    var slots = new RomfsSlots(part);
                    Assert.False(slots.Active(out int off, out int len));
                    slots.Prepare(image.Length);
                    for (int o = 0; o < image.Length; o += 1000) slots.Write(o, image, o, Math.Min(1000, image.Length - o));
                    Assert.Null(slots.Complete());
                }
                using (var fs = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
                {
                    FlashPartition part = BoardFlash.FromStream(profile, fs, out string why);
                    var slots = new RomfsSlots(part);
                    Assert.True(slots.Active(out int off, out int len));
                    Assert.Equal(image.Length, len);
                    Assert.Equal(image, ReadAll(part.Device, off, len));
                }
                BoardProfile none = BoardProfile.Parse("name = t\nmachine = m\nplatform = p\nuart = COM2\nheap = 100000\nflash.size = 65536\nflash.block = 4096\n", out perror);
                using (var fs = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
                {
                    Assert.Null(BoardFlash.FromStream(none, fs, out string why));
                    Assert.Contains("no ROMFS partition", why);
                }
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void ResourceIdsAreTheBuildsNameHash()
        {
            // the ids nanoFramework's MetadataProcessor gives resources of these names (its name hash, worked by hand)
            Assert.Equal(30859, ResourceIds.Of("romfs"));
            Assert.Equal(-14630, ResourceIds.Of("Profile"));
            Assert.Equal(15318, ResourceIds.Of(""));
        }
    }
}
