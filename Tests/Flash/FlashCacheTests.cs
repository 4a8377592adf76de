using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using NanoMpy.Flash;
using NanoMpy.Host;
using Xunit;

namespace NanoMpy.Tests.Flash
{
    // Issue 9, item 2: code imported from a flash partition runs through a fixed-size cache (FlashCache), not
    // from a copy of the module. The corpus runs from /rom through a cache of 8 lines of 68 bytes (every
    // function crosses lines, calls evict their callers' lines), and its output must still be MicroPython's.
    public class FlashCacheTests
    {
        private static string ProgramsDir => Path.Combine(AppContext.BaseDirectory, "programs");

        // A chip whose bytes are 0, 1, 2, ... (mod 251), counting reads.
        private sealed class CountingFlash : FlashDevice
        {
            public readonly RamFlash Chip;
            public int Reads;

            public CountingFlash(int size)
            {
                Chip = new RamFlash(size, 4096);
                byte[] d = new byte[size];
                for (int i = 0; i < size; i++) d[i] = (byte)(i % 251);
                Chip.Program(0, d, 0, size);
            }

            public override int Size { get { return Chip.Size; } }
            public override int EraseBlockSize { get { return Chip.EraseBlockSize; } }
            public override void Read(int address, byte[] buffer, int offset, int count)
            {
                Reads++;
                Chip.Read(address, buffer, offset, count);
            }
            public override void EraseBlock(int address) { Chip.EraseBlock(address); }
            public override void Program(int address, byte[] data, int offset, int count) { Chip.Program(address, data, offset, count); }
        }

        [Fact]
        public void LinesHoldTheBytesOfTheirPositionsWithSlack()
        {
            var dev = new CountingFlash(64 * 1024);
            var cache = new FlashCache(dev, 4096, 8);
            Assert.True(cache.Bytes <= 4096);
            foreach (int pos in new[] { 0, 1, 500, 4095, 40000, 65535 - CodeImage.Slack, 65535 })
            {
                CodeLine l = cache.Line(pos);
                Assert.True(pos >= l.Base && pos < l.Base + l.Limit, "position " + pos + " outside its line");
                int end = Math.Min(l.Base + l.Limit + CodeImage.Slack, dev.Size);
                for (int p = pos; p < Math.Min(pos + CodeImage.Slack, end); p++) Assert.Equal(p % 251, l.Data[p - l.Base]);
                Assert.Equal(pos % 251, cache.ByteAt(pos));
            }
        }

        [Fact]
        public void HitsReadNothingAndTheLeastRecentlyUsedLineGoes()
        {
            var dev = new CountingFlash(64 * 1024);
            var cache = new FlashCache(dev, 8 * 512, 8);
            int span = cache.Line(0).Limit;
            for (int i = 0; i < 8; i++) cache.Line(i * span);
            Assert.Equal(8, dev.Reads);
            for (int i = 0; i < 8; i++) cache.Line(i * span + 3);
            Assert.Equal(8, dev.Reads);
            cache.Line(0);                    // line 0 is now the most recent
            CodeLine evicted = cache.Line(8 * span);
            Assert.Equal(9, dev.Reads);
            Assert.Equal(8 * span, evicted.Base);
            cache.Line(0);
            Assert.Equal(9, dev.Reads);       // line 0 stayed; line 1 went
            cache.Line(span);
            Assert.Equal(10, dev.Reads);
            cache.Invalidate();
            cache.Line(0);
            Assert.Equal(11, dev.Reads);
        }

        [Fact]
        public void HeldLinesAreNeverGivenToOtherCode()
        {
            var dev = new CountingFlash(64 * 1024);
            var cache = new FlashCache(dev, 2 * 128, 2);
            int span = cache.Line(0).Limit;
            CodeLine a = cache.Line(0);
            a.Holders++;
            CodeLine b = cache.Line(span);
            b.Holders++;
            CodeLine c = cache.Line(2 * span);     // both lines held: a line outside the cache
            Assert.NotSame(a, c);
            Assert.NotSame(b, c);
            Assert.Equal(1, cache.Extra);
            Assert.Equal(0, a.Base);
            Assert.Equal(span, b.Base);
            Assert.Equal((2 * span) % 251, c.Data[0]);
            a.Holders--;
            CodeLine d = cache.Line(3 * span);     // a is free again: it is reused
            Assert.Same(a, d);
            Assert.Equal(3 * span, d.Base);
            Assert.Equal(1, cache.Held);
        }

        public static System.Collections.Generic.IEnumerable<object[]> Programs()
        {
            return Goldens.In(ProgramsDir);
        }

        // The whole corpus from /rom through a tiny cache (`nanompy -X rom -X flashcache=544 X.mpy`).
        [Theory]
        [MemberData(nameof(Programs))]
        public async Task CorpusRunsFromRomThroughATinyCache(string name)
        {
            string mpy = Path.Combine(ProgramsDir, name + ".mpy");
            byte[] expected = File.ReadAllBytes(Path.Combine(ProgramsDir, name + ".exp"));
            string codeFile = Path.Combine(ProgramsDir, name + ".exitcode");
            int expectedCode = File.Exists(codeFile) ? int.Parse(File.ReadAllText(codeFile).Trim()) : 0;
            var output = new MemoryStream();
            int code = await Task.Run(() => Cli.Run(new[] { "-X", "rom", "-X", "flashcache=544", mpy }, output, output))
                .WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(output.ToArray()));
            Assert.Equal(expectedCode, code);
        }

        // The same from a chip that hands out no array (an ESP32 partition, an app resource): the image, the loader
        // and the verifier read it through the cache too.
        [Theory]
        [MemberData(nameof(Programs))]
        public async Task CorpusRunsFromUnmappedFlash(string name)
        {
            string mpy = Path.Combine(ProgramsDir, name + ".mpy");
            byte[] expected = File.ReadAllBytes(Path.Combine(ProgramsDir, name + ".exp"));
            string codeFile = Path.Combine(ProgramsDir, name + ".exitcode");
            int expectedCode = File.Exists(codeFile) ? int.Parse(File.ReadAllText(codeFile).Trim()) : 0;
            var output = new MemoryStream();
            int code = await Task.Run(() => Cli.Run(new[] { "-X", "rom=unmapped", "-X", "flashcache=544", mpy }, output, output))
                .WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(output.ToArray()));
            Assert.Equal(expectedCode, code);
        }

        // The board's import from /rom goes through the cache: lines are read from the chip as code runs, and
        // the cache never grows past its size.
        [Fact]
        public void ImportFromRomReadsCodeThroughTheCache()
        {
            lock (Cli.RunLock)
            {
                var output = new MemoryStream();
                HostBoard board = new HostBoard(output, output);
                MpConfig c = ProgramRunner.Config(board, new string[0], new[] { "" }, 0);
                string why;
                RomRun rom = RomRun.Attach(board, c, ProgramsDir, 1024, false, out why);
                Assert.Null(why);
                try
                {
                    MpState.Init(c);
                    Imports.ImportName(Qstr.Intern("generator_basic"), Value.None, Value.FromInt(0), null);
                    FlashCache cache = RomIoctl.Cache;
                    Assert.NotNull(cache);
                    Assert.True(cache.Bytes <= 1024, "cache of " + cache.Bytes + " bytes");
                    Assert.True(cache.Misses > 2, "only " + cache.Misses + " lines read");
                    Assert.Equal(0, cache.Held); // every frame let go of its line
                    board.Flush();
                    Assert.Equal(File.ReadAllText(Path.Combine(ProgramsDir, "generator_basic.exp")), Encoding.UTF8.GetString(output.ToArray()));
                }
                finally
                {
                    MpState.Deinit();
                    rom.Close();
                }
            }
        }
    }
}
