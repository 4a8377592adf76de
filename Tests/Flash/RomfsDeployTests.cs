using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NanoMpy.Flash;
using Xunit;
using Xunit.Abstractions;

namespace NanoMpy.Tests.Flash
{
    // Issue 9, item 5: a deploy that a power cut cannot break. The power is cut (fault injection) at every chunk
    // boundary of a deploy, at every erase, and at 200 random byte offsets; after each, the board boots the old
    // image or the new one, never neither. Failed erases and writes reach the caller as errors.
    public class RomfsDeployTests
    {
        private const int Block = 4096;
        private const int PartitionSize = 8 * Block;
        private const int Chunk = 512;
        private readonly ITestOutputHelper _out;

        public RomfsDeployTests(ITestOutputHelper output)
        {
            _out = output;
        }

        private static byte[] Image(string text, int files)
        {
            var w = new RomfsWriter();
            w.OpenDir("lib");
            for (int i = 0; i < files; i++) w.AddFile("f" + i + ".txt", Encoding.ASCII.GetBytes(text + i + new string('x', 100 + i)));
            w.CloseDir();
            w.AddFile("main.py", Encoding.ASCII.GetBytes("print('" + text + "')\n"));
            return w.Finish();
        }

        // A chip that loses power after a budget of programmed bytes or erases: the operation in flight stops
        // part way, and nothing works after it. FailErase/FailProgram make the chip report an error instead.
        private sealed class CutFlash : FlashDevice
        {
            public readonly RamFlash Chip;
            public long ProgramBudget = long.MaxValue;
            public int EraseBudget = int.MaxValue;
            public bool FailErase, FailProgram;
            public bool Dead;
            public long Programmed;
            public int Erased;

            public CutFlash(RamFlash chip)
            {
                Chip = chip;
            }

            public override int Size { get { return Chip.Size; } }
            public override int EraseBlockSize { get { return Chip.EraseBlockSize; } }

            public override void Read(int address, byte[] buffer, int offset, int count)
            {
                if (Dead) throw new FlashException("power cut");
                Chip.Read(address, buffer, offset, count);
            }

            public override void EraseBlock(int address)
            {
                if (Dead) throw new FlashException("power cut");
                if (FailErase) throw new FlashException("erase failed");
                if (Erased == EraseBudget)
                {
                    // cut mid-erase: the first half of the block is erased
                    byte[] ff = new byte[EraseBlockSize / 2];
                    for (int i = 0; i < ff.Length; i++) ff[i] = 0xff;
                    byte[] old = new byte[EraseBlockSize];
                    Chip.Read(address, old, 0, old.Length);
                    Chip.EraseBlock(address);
                    Chip.Program(address + ff.Length, old, ff.Length, old.Length - ff.Length);
                    Dead = true;
                    throw new FlashException("power cut");
                }
                Erased++;
                Chip.EraseBlock(address);
            }

            public override void Program(int address, byte[] data, int offset, int count)
            {
                if (Dead) throw new FlashException("power cut");
                if (FailProgram) throw new FlashException("write failed");
                if (Programmed + count > ProgramBudget)
                {
                    int part = (int)(ProgramBudget - Programmed);
                    Chip.Program(address, data, offset, part);
                    Programmed += part;
                    Dead = true;
                    throw new FlashException("power cut");
                }
                Programmed += count;
                Chip.Program(address, data, offset, count);
            }
        }

        // mpremote's deploy: prepare, chunks (the last one zero-padded), complete.
        private static string Deploy(FlashPartition p, byte[] image)
        {
            var slots = new RomfsSlots(p);
            slots.Prepare(image.Length);
            for (int off = 0; off < image.Length; off += Chunk)
            {
                byte[] chunk = new byte[Chunk];
                Array.Copy(image, off, chunk, 0, Math.Min(Chunk, image.Length - off));
                slots.Write(off, chunk, 0, Chunk);
            }
            return slots.Complete();
        }

        // What a board boots: the active slot's image, which must open as ROMFS.
        private static byte[] Boot(FlashDevice chip)
        {
            var slots = new RomfsSlots(new FlashPartition("romfs", chip, 0, PartitionSize));
            int off, len;
            if (!slots.Active(out off, out len)) return null;
            byte[] img = new byte[len];
            chip.Read(off, img, 0, len);
            string error;
            Assert.True(RomfsImage.Open(img, 0, len, out error) != null, error);
            return img;
        }

        private static RamFlash WithOld(byte[] old)
        {
            var chip = new RamFlash(PartitionSize, Block);
            Assert.Null(Deploy(new FlashPartition("romfs", chip, 0, PartitionSize), old));
            return chip;
        }

        [Fact]
        public void DeployCommitsAndAlternatesSlots()
        {
            byte[] a = Image("a", 20), b = Image("b", 30), c = Image("c", 5);
            var chip = new RamFlash(PartitionSize, Block);
            Assert.Null(Boot(chip));
            var p = new FlashPartition("romfs", chip, 0, PartitionSize);
            foreach (byte[] img in new[] { a, b, c, a })
            {
                Assert.Null(Deploy(p, img));
                Assert.Equal(img, Boot(chip));
            }
            // a corrupt image is not committed: the previous one stays
            byte[] bad = (byte[])b.Clone();
            bad[0] = 0;
            Assert.NotNull(Deploy(p, bad));
            Assert.Equal(a, Boot(chip));
        }

        [Fact]
        public void PowerCutsNeverLeaveTheBoardWithoutAnImage()
        {
            byte[] old = Image("old", 20), neu = Image("new", 25);
            // a whole deploy's programmed bytes and erases, to place the cuts
            var probe = new CutFlash(WithOld(old));
            Assert.Null(Deploy(new FlashPartition("romfs", probe, 0, PartitionSize), neu));
            long total = probe.Programmed;
            int erases = probe.Erased;
            var cuts = new List<long>();
            for (long c = 0; c <= neu.Length; c += Chunk) cuts.Add(c);  // chunk boundaries
            cuts.Add(total - 1);                                         // inside the commit record
            cuts.Add(total);                                             // no cut: the new image
            var r = new Random(20261202);
            for (int i = 0; i < 200; i++) cuts.Add((long)(r.NextDouble() * total));
            int oldBoots = 0, newBoots = 0, runs = 0;
            foreach (long cut in cuts)
            {
                var chip = new CutFlash(WithOld(old)) { ProgramBudget = cut };
                runs++;
                Tally(Try(chip, neu), Boot(chip.Chip), old, neu, ref oldBoots, ref newBoots);
            }
            for (int e = 0; e < erases; e++)
            {
                var chip = new CutFlash(WithOld(old)) { EraseBudget = e };
                runs++;
                Tally(Try(chip, neu), Boot(chip.Chip), old, neu, ref oldBoots, ref newBoots);
            }
            _out.WriteLine(runs + " power cuts (" + (cuts.Count) + " by bytes of " + total + ", " + erases + " in erases): old image " + oldBoots + ", new " + newBoots);
            Assert.True(oldBoots > 0);
            Assert.Equal(runs, oldBoots + newBoots);
        }

        private static string Try(FlashDevice chip, byte[] image)
        {
            try
            {
                return Deploy(new FlashPartition("romfs", chip, 0, PartitionSize), image);
            }
            catch (FlashException e)
            {
                return e.Message;
            }
        }

        private static void Tally(string result, byte[] booted, byte[] old, byte[] neu, ref int oldBoots, ref int newBoots)
        {
            Assert.NotNull(booted);
            if (Same(booted, neu))
            {
                newBoots++;
                return;
            }
            Assert.True(Same(booted, old), "booted neither image (deploy said: " + result + ")");
            Assert.NotNull(result); // an interrupted deploy never reports success
            oldBoots++;
        }

        private static bool Same(byte[] a, byte[] b)
        {
            return a.Length == b.Length && a.AsSpan().SequenceEqual(b);
        }

        [Fact]
        public void FlashErrorsReachTheCallerAndKeepTheOldImage()
        {
            byte[] old = Image("old", 3), neu = Image("new", 4);
            var chip = new CutFlash(WithOld(old)) { FailErase = true };
            Assert.Equal("erase failed", Try(chip, neu));
            Assert.Equal(old, Boot(chip.Chip));
            chip = new CutFlash(WithOld(old)) { FailProgram = true };
            Assert.Equal("write failed", Try(chip, neu));
            Assert.Equal(old, Boot(chip.Chip));
        }
    }
}
