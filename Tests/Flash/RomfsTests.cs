using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NanoMpy.Flash;
using NanoMpy.Host;
using Xunit;

namespace NanoMpy.Tests.Flash
{
    // ROMFS images against MicroPython's own tools (Tests/romfs/README.md): the builder makes the bytes
    // `mpremote romfs build` makes, the reader sees what VfsRom sees, and no corrupt image gets past Open or
    // makes the reader throw.
    public class RomfsTests
    {
        private static string RomfsDir()
        {
            return RepoPaths.File("Tests/romfs");
        }

        private static byte[] Golden()
        {
            return File.ReadAllBytes(Path.Combine(RomfsDir(), "tree.romfs"));
        }

        [Fact]
        public void BuildMatchesMpremoteByteForByte()
        {
            byte[] ours;
            lock (Cli.RunLock) ours = RomfsCommand.Make("tree", RomfsDir(), true, new StringBuilder());
            Assert.Equal(Golden(), ours);
        }

        [Fact]
        public void ReaderSeesWhatVfsRomSees()
        {
            byte[] img = Golden();
            string error;
            RomfsImage r = RomfsImage.Open(img, 0, img.Length, out error);
            Assert.True(r != null, error);
            var lines = new List<string>();
            Walk(r, r.Root(), "", lines);
            lines.Add("1 " + r.PayloadLength);
            string expected = File.ReadAllText(Path.Combine(RomfsDir(), "tree.walk")).TrimEnd('\n');
            Assert.Equal(expected, string.Join("\n", lines));
            // file data is where the image holds it
            RomfsEntry f = r.Find("lib/sub/deep.txt");
            Assert.Equal("deep inside\n", Encoding.ASCII.GetString(img, f.DataStart, f.DataLength));
            Assert.Null(r.Find("lib/nothing"));
            Assert.Null(r.Find("data.txt/x"));
        }

        private static void Walk(RomfsImage r, RomfsEntry dir, string path, List<string> lines)
        {
            foreach (RomfsEntry e in r.List(dir))
            {
                string p = path.Length == 0 ? e.Name : path + "/" + e.Name;
                lines.Add(p + " " + (e.IsDir ? 0x4000 : 0x8000) + " " + e.Size);
                if (e.IsDir) Walk(r, e, p, lines);
            }
        }

        // Truncated images are refused; mutated ones are refused with a reason or read without an exception
        // (every entry listed, every file's data inside the image).
        [Fact]
        public void CorruptImagesAreRefusedOrReadSafely()
        {
            byte[] good = Golden();
            string error;
            for (int n = 0; n < good.Length; n++)
            {
                Assert.Null(RomfsImage.Open(good, 0, n, out error));
                Assert.NotNull(error);
            }
            var rnd = new Random(20261202);
            int refused = 0, read = 0;
            for (int i = 0; i < 5000; i++)
            {
                byte[] m = (byte[])good.Clone();
                int edits = 1 + rnd.Next(4);
                for (int k = 0; k < edits; k++)
                {
                    int at = rnd.Next(m.Length);
                    if (rnd.Next(2) == 0) m[at] ^= (byte)(1 << rnd.Next(8));
                    else m[at] = (byte)rnd.Next(256);
                }
                RomfsImage r = RomfsImage.Open(m, 0, m.Length, out error);
                if (r == null)
                {
                    Assert.NotNull(error);
                    refused++;
                    continue;
                }
                WalkChecked(r, r.Root(), m.Length, 0);
                read++;
            }
            Assert.True(refused > 0 && read > 0, "refused " + refused + ", read " + read);
        }

        private static void WalkChecked(RomfsImage r, RomfsEntry dir, int length, int depth)
        {
            Assert.True(depth < 64);
            foreach (RomfsEntry e in r.List(dir))
            {
                r.Find(e.Name);
                if (e.IsDir) WalkChecked(r, e, length, depth + 1);
                else Assert.True(e.DataStart >= 0 && e.DataLength >= 0 && e.DataStart + e.DataLength <= length);
            }
        }
    }
}
