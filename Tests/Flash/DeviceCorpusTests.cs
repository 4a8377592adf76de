using System;
using System.Collections.Generic;
using System.IO;
using NanoMpy.Boards.NanoFramework;
using NanoMpy.Flash;
using NanoMpy.Tests.Device;
using Xunit;
using Xunit.Abstractions;

namespace NanoMpy.Tests.Flash
{
    // The device tests' corpus runner (Tests/Device: CorpusBoard, CorpusRunner), on the host, over the image the
    // device gets (what Tests/Device/make-image.sh puts in it, read back in chunks as from the app's resource):
    // every program passes here, so a failure on a board is the board's.
    public class DeviceCorpusTests
    {
        private readonly ITestOutputHelper _out;

        public DeviceCorpusTests(ITestOutputHelper output)
        {
            _out = output;
        }

        private sealed class ArraySource : IChunkSource
        {
            private readonly byte[] _data;

            public ArraySource(byte[] data)
            {
                _data = data;
            }

            public byte[] ReadChunk(int offset, int count)
            {
                if (offset >= _data.Length) throw new ArgumentException("past the resource");
                byte[] r = new byte[Math.Min(count, _data.Length - offset)];
                Array.Copy(_data, offset, r, 0, r.Length);
                return r;
            }
        }

        // make-image.sh's selection: programs' .mpy/.exp/.exitcode, helpers' .mpy (mod_* and subfolders).
        private static void AddDir(RomfsWriter w, string dir, bool top)
        {
            var entries = new List<string>(Directory.GetFileSystemEntries(dir));
            entries.Sort(StringComparer.Ordinal);
            foreach (string e in entries)
            {
                string name = Path.GetFileName(e);
                if (Directory.Exists(e))
                {
                    w.OpenDir(name);
                    AddDir(w, e, false);
                    w.CloseDir();
                    continue;
                }
                bool helper = name.EndsWith(".mpy", StringComparison.Ordinal) && (!top || name.StartsWith("mod_", StringComparison.Ordinal));
                bool program = top && (name.EndsWith(".exp", StringComparison.Ordinal) || name.EndsWith(".exitcode", StringComparison.Ordinal)
                    || (name.EndsWith(".mpy", StringComparison.Ordinal) && File.Exists(Path.ChangeExtension(e, ".exp"))));
                if (helper || program) w.AddFile(name, File.ReadAllBytes(e));
            }
        }

        private static byte[] DeviceImage()
        {
            var w = new RomfsWriter();
            AddDir(w, Path.Combine(AppContext.BaseDirectory, "programs"), true);
            return w.Finish();
        }

        // The board apps' path: the built-in image (read in chunks, shown as a committed slot) mounted at /rom by the
        // VM's boot step, sys.path extended, a program imported from it through the VFS, a deploy over it refused.
        [Fact]
        public void BuiltInImageMountsAtRomAndRunsFromIt()
        {
            byte[] image = DeviceImage();
            FlashPartition part = BoardFlash.FromImage(new ArraySource(image), out string why);
            Assert.True(part != null, why);
            RomfsImage rom = RomfsImage.Open(image, 0, image.Length, out string error);
            string drive = Path.Combine(Path.GetTempPath(), "nanompy-device-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(drive);
            try
            {
                var board = new CorpusBoard(rom, drive);
                var port = new CorpusPort(part);
                string said;
                lock (NanoMpy.Host.Cli.RunLock)
                {
                    MpState.Deinit();
                    var c = new MpConfig { Board = board, Port = port, Path = new[] { "" } };
                    MpState.Init(c);
                    try
                    {
                        Assert.Equal(3, SysModule.Path.Count); // "", /rom, /rom/lib
                        Imports.Import("chained_compare", Value.False, 0, null, true);
                        said = System.Text.Encoding.UTF8.GetString(board.Output());
                    }
                    finally
                    {
                        MpState.Deinit();
                    }
                }
                Assert.Equal(System.Text.Encoding.UTF8.GetString(CorpusRunner.Golden(rom, "chained_compare")), said);
                FlashException e = Assert.Throws<FlashException>(() => port.Romfs.Prepare(16));
                Assert.Contains("read-only", e.Message);
            }
            finally
            {
                Directory.Delete(drive, true);
            }
        }

        [Fact]
        public void CorpusRunsFromTheDeviceImage()
        {
            var src = new ArraySource(DeviceImage());
            int length = ChunkedFlash.ImageLength(src, out string error);
            Assert.True(length > 0, error);
            byte[] data = new byte[length];
            new ChunkedFlash(src, length, BoardFlash.ResourceChunk).Read(0, data, 0, length);
            RomfsImage image = RomfsImage.Open(data, 0, length, out error);
            Assert.True(image != null, error);

            string[] names = CorpusRunner.Programs(image);
            Assert.True(names.Length >= 50, "programs in the image: " + names.Length);
            string drive = Path.Combine(Path.GetTempPath(), "nanompy-device-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(drive);
            var failures = new List<string>();
            try
            {
                var board = new CorpusBoard(image, drive);
                lock (NanoMpy.Host.Cli.RunLock)
                {
                    foreach (string name in names)
                    {
                        // DriveFiles joins paths with '\\' as nanoFramework's drives want: here that names files
                        // beside the temporary drive, not in it, so the program that lists what it wrote cannot pass
                        if (name == "file_io") continue;
                        int code = CorpusRunner.Run(board, name, new NanoMpy.Compiler.SourceCompiler());
                        string diff = CorpusRunner.Difference(CorpusRunner.Golden(image, name), board.Output());
                        int want = CorpusRunner.ExpectedExit(image, name);
                        if (diff.Length == 0 && code != want) diff = "exit status " + code + ", expected " + want;
                        if (diff.Length != 0) failures.Add(name + ": " + diff + "\n---- output ----\n" + System.Text.Encoding.UTF8.GetString(board.Output()));
                    }
                }
            }
            finally
            {
                Directory.Delete(drive, true);
                foreach (string stray in Directory.GetFiles(Path.GetDirectoryName(drive), Path.GetFileName(drive) + "\\*")) File.Delete(stray);
            }
            _out.WriteLine((names.Length - 1 - failures.Count) + " of " + (names.Length - 1) + " programs passed (file_io left out)");
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
    }
}
