using System;
using System.IO;
using System.Text;
using NanoMpy.Flash;
using NanoMpy.Host;
using Xunit;

namespace NanoMpy.Tests.Flash
{
    // vfs.rom_ioctl(2) on flash no array holds (an ESP32's ROMFS partition): a read-only memoryview over the flash
    // that reads only what is indexed or sliced, never the whole slot. Its behaviour is a memoryview's over bytes
    // in MicroPython (Tests/romfs/segment.py and .exp); mpremote's `romfs query` and `deploy` read a few bytes.
    public class RomSegmentTests
    {
        // A chip that hands out no array, counting the bytes read; Fail makes every read fail.
        private sealed class UnmappedChip : FlashDevice
        {
            private readonly RamFlash _chip;
            public long BytesRead;
            public bool Fail;

            public UnmappedChip(int size)
            {
                _chip = new RamFlash(size, 4096);
            }

            public override int Size { get { return _chip.Size; } }
            public override int EraseBlockSize { get { return _chip.EraseBlockSize; } }
            public override void Read(int address, byte[] buffer, int offset, int count)
            {
                if (Fail) throw new FlashException("read failed");
                BytesRead += count;
                _chip.Read(address, buffer, offset, count);
            }
            public override void EraseBlock(int address) { _chip.EraseBlock(address); }
            public override void Program(int address, byte[] data, int offset, int count) { _chip.Program(address, data, offset, count); }
        }

        // A simulated board whose ROMFS partition (slots of slotBytes) is chip, holding image when not null.
        private sealed class RomBoard : IDisposable
        {
            public readonly UnmappedChip Chip;
            public readonly MemoryStream Output = new MemoryStream();
            private readonly HostBoard _board;
            private readonly MpConfig _config;
            private readonly string _root;
            private PyModule _main;

            public RomBoard(int slotBytes, byte[] image)
            {
                Chip = new UnmappedChip(2 * slotBytes);
                var part = new FlashPartition("romfs", Chip, 0, Chip.Size);
                var slots = new RomfsSlots(part);
                if (image != null)
                {
                    slots.Prepare(image.Length);
                    slots.Write(0, image, 0, image.Length);
                    Assert.Null(slots.Complete());
                }
                _board = new HostBoard(Output, Output);
                _config = ProgramRunner.Config(_board, new string[0], new[] { "" }, 0);
                _root = Path.Combine(Path.GetTempPath(), "nanompy-romseg-" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(_root);
                var port = new SimulatedPort(_board, _root, null);
                port.RomfsPartition = part;
                port.Romfs = slots;
                _config.Port = port;
                SoftReset();
            }

            // A fresh interpreter, as after Ctrl-D: the active image is mounted again.
            public void SoftReset()
            {
                MpState.Deinit();
                MpState.Init(_config);
                _main = Imports.NewModule(Q.__main__);
            }

            // Runs source in __main__; returns what it printed (a traceback's last line when it raises).
            public string Exec(string source)
            {
                Output.SetLength(0);
                try
                {
                    Imports.RunSource(_main, source, "<stdin>");
                }
                catch (PyException e)
                {
                    var p = new Printer();
                    Rt.PrintException(e.Exc, p, PrintKind.Exc);
                    _board.Flush();
                    return Encoding.UTF8.GetString(Output.ToArray()) + "raised " + Encoding.UTF8.GetString(p.Buffer, 0, p.Length) + "\n";
                }
                _board.Flush();
                return Encoding.UTF8.GetString(Output.ToArray());
            }

            public void Dispose()
            {
                MpState.Deinit();
                try
                {
                    Directory.Delete(_root, true);
                }
                catch (IOException)
                {
                }
            }
        }

        private static byte[] Tree => File.ReadAllBytes(RepoPaths.File("Tests/romfs/tree.romfs"));

        [Fact]
        public void SegmentIsAReadOnlyMemoryviewAsMicroPythons()
        {
            lock (Cli.RunLock)
            {
                using var rom = new RomBoard(8192, Tree);
                string script = File.ReadAllText(RepoPaths.File("Tests/romfs/segment.py"));
                string expected = File.ReadAllText(RepoPaths.File("Tests/romfs/segment.exp"));
                Assert.Equal(expected, rom.Exec("import vfs\ndev = vfs.rom_ioctl(2, 0)\n" + script));
            }
        }

        // mpremote romfs query on a 144 KB slot: the segment is made without reading the flash, and the query
        // reads the 12 bytes it shows.
        [Fact]
        public void QueryReadsOnlyTheBytesItShows()
        {
            lock (Cli.RunLock)
            {
                using var rom = new RomBoard(36 * 4096, Tree);
                Assert.Equal("", rom.Exec("import vfs"));
                rom.Chip.BytesRead = 0;
                long before = GC.GetAllocatedBytesForCurrentThread();
                Value dev = RomIoctl.Ioctl(new[] { Value.FromInt(2), Value.FromInt(0) }, 0, 2);
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                Assert.Equal(0, rom.Chip.BytesRead);
                Assert.True(allocated < 1024, allocated + " bytes allocated for the segment");
                Assert.Equal("True 1 147436\nFalse\nd2:cd:31:8f:37:05:25:08:64:61:74:61 1975\n",
                    rom.Exec("dev=vfs.rom_ioctl(2,0)\nprint(hasattr(vfs,'rom_ioctl'), vfs.rom_ioctl(1), len(dev))\n"
                        + "print(hasattr(dev,'ioctl'))\nromfs = bytes(memoryview(dev)[:12])\n"
                        + "size = 0\nfor value in romfs[3:]:\n    size = (size << 7) | (value & 0x7F)\n    if not value & 0x80:\n        break\n"
                        + "print(romfs.hex(':'), size)"));
                Assert.Equal(12, rom.Chip.BytesRead);
                // indexing reads a byte, iterating reads the iterated bytes in small chunks
                rom.Chip.BytesRead = 0;
                Assert.Equal("210 255 5305\n", rom.Exec("print(dev[0], dev[-1], sum(dev[:64]))"));
                Assert.True(rom.Chip.BytesRead <= 2 + 64 + 32, rom.Chip.BytesRead + " bytes read");
            }
        }

        // mpremote romfs deploy onto an erased partition: the segment shows erased flash, rom_ioctl(3), (4) in
        // 4096-byte chunks and (5) write the image; after a soft reset it is mounted and its modules import.
        [Fact]
        public void DeployAsMpremoteDoesThenImport()
        {
            lock (Cli.RunLock)
            {
                byte[] image = Tree;
                using var rom = new RomBoard(36 * 4096, null);
                Assert.Equal("False False 147436 b'\\xff\\xff\\xff'\n",
                    rom.Exec("import vfs\ndev=vfs.rom_ioctl(2,0)\nprint(isinstance(dev,int) and dev<0, hasattr(dev,'ioctl'), len(dev), bytes(memoryview(dev)[:3]))"));
                Assert.Equal("", rom.Exec("import vfs\ntry:\n vfs.umount('/rom')\nexcept:\n pass"));
                Assert.Equal("1\n", rom.Exec("print(vfs.rom_ioctl(3,0," + image.Length + "))"));
                var sb = new StringBuilder();
                for (int off = 0; off < image.Length; off += 4096)
                {
                    byte[] chunk = new byte[4096];
                    Array.Copy(image, off, chunk, 0, Math.Min(4096, image.Length - off));
                    Assert.Equal("", rom.Exec("buf=bytes.fromhex('" + Convert.ToHexString(chunk) + "')\nvfs.rom_ioctl(4,0," + off + ",buf)"));
                }
                Assert.Equal("0\n", rom.Exec("print(vfs.rom_ioctl(5,0))"));
                rom.SoftReset();
                Assert.Equal("['', '/rom', '/rom/lib'] ['data.txt', 'empty.bin', 'hello.mpy', 'lib']\nhello rom\n42 deep inside\n\n",
                    rom.Exec("import sys, os\nprint(sys.path, os.listdir('/rom'))\nimport hello, util\nprint(util.double(21), open('/rom/lib/sub/deep.txt').read())"));
                // the new segment is the image just deployed
                Assert.Equal("b'\\xd2\\xcd1\\x8f7'\n", rom.Exec("import vfs\nprint(bytes(vfs.rom_ioctl(2,0)[:5]))"));
            }
        }

        // A flash read that fails is OSError(EIO), not a .NET exception.
        [Fact]
        public void FailedReadIsOSError()
        {
            lock (Cli.RunLock)
            {
                using var rom = new RomBoard(8192, Tree);
                Assert.Equal("", rom.Exec("import vfs\ndev=vfs.rom_ioctl(2,0)"));
                rom.Chip.Fail = true;
                Assert.Equal("8172\n", rom.Exec("print(len(dev))"));
                Assert.Equal("raised OSError: [Errno 5] EIO\n", rom.Exec("dev[3]"));
                Assert.Equal("raised OSError: [Errno 5] EIO\n", rom.Exec("bytes(dev[:12])"));
                Assert.Equal("raised OSError: [Errno 5] EIO\n", rom.Exec("for b in dev: pass"));
                // (the image's first lines are in the flash cache since the boot mount: a VfsRom past them reads)
                Assert.Equal("raised OSError: [Errno 19] ENODEV\n", rom.Exec("vfs.VfsRom(dev[4096:])"));
            }
        }
    }
}
