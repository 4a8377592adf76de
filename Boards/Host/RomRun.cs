using System.IO;
using NanoMpy.Flash;

namespace NanoMpy.Host
{
    // `nanompy -X rom ...`: runs the program as the simulated board runs code from its ROMFS partition. The
    // .mpy files of the program's folder and its subfolders (the current folder for -m) become a ROMFS image in a flash chip,
    // mounted at /rom as at boot; the program and its imports run from it through the flash cache
    // (-X flashcache=N bytes, default 4 KB), the board's file system being an empty folder. `nanompy bench
    // --rom` compares this with the whole-file path.
    public sealed class RomRun
    {
        private readonly string _root;
        private readonly SimulatedPort _port;

        private RomRun(string root, SimulatedPort port)
        {
            _root = root;
            _port = port;
        }

        // The board port to start the interpreter with, or null (with why) when the folder's files do not fit.
        // unmapped: the chip hands out no array (as an ESP32's partition or an app resource), so the image, the
        // loader and the code all read it through the flash cache.
        public static RomRun Attach(HostBoard board, MpConfig config, string folder, int cacheBytes, bool unmapped, out string why)
        {
            why = null;
            RomfsWriter w = new RomfsWriter();
            AddTree(w, folder);
            byte[] image = w.Finish();
            const int block = 4096;
            int slot = (image.Length + RomfsSlots.RecordSize + block) / block * block + block;
            FlashDevice chip = new RamFlash(2 * slot, block);
            if (unmapped) chip = new UnmappedFlash(chip);
            FlashPartition part = new FlashPartition("romfs", chip, 0, chip.Size);
            RomfsSlots slots = new RomfsSlots(part);
            slots.Prepare(image.Length);
            slots.Write(0, image, 0, image.Length);
            why = slots.Complete();
            if (why != null) return null;
            string root = Path.Combine(Path.GetTempPath(), "nanompy-rom-" + System.Environment.ProcessId + "-" + System.Environment.TickCount64);
            Directory.CreateDirectory(root);
            // the board's file system is that empty folder, not the host's working one: an import finds only /rom's
            // modules (sys.path's "" would find a module of the host's folder first, read into RAM)
            board.SetRoot(root);
            SimulatedPort port = new SimulatedPort(board, root, null);
            port.RomfsPartition = part;
            port.Romfs = slots;
            port.FlashCacheBytes = cacheBytes;
            config.Port = port;
            config.FlashCacheBytes = cacheBytes;
            config.Path = new string[] { "" };
            return new RomRun(root, port);
        }

        // The .mpy files of folder and of its subfolders (packages).
        private static void AddTree(RomfsWriter w, string folder)
        {
            string[] files = Directory.GetFiles(folder, "*.mpy");
            System.Array.Sort(files, System.StringComparer.Ordinal);
            foreach (string f in files) w.AddFile(Path.GetFileName(f), File.ReadAllBytes(f));
            string[] dirs = Directory.GetDirectories(folder);
            System.Array.Sort(dirs, System.StringComparer.Ordinal);
            foreach (string d in dirs)
            {
                if (Directory.GetFiles(d, "*.mpy", SearchOption.AllDirectories).Length == 0) continue;
                w.OpenDir(Path.GetFileName(d));
                AddTree(w, d);
                w.CloseDir();
            }
        }

        // After MpState.Init: the image building's garbage goes, and gc.mem_alloc counts from here, so that the
        // chip (flash, not the VM heap, as on a board) is not the program's.
        public void Started()
        {
            // the flash cache holds flash bytes, not the VM heap's: made now, it is outside what gc counts
            int index;
            byte[] mapped = _port.RomfsPartition.MapInPlace(0, _port.RomfsPartition.Size, out index);
            if (mapped != null) RomIoctl.CodeImageFor(mapped);
            IMemoryInfo m = Vm.Board as IMemoryInfo;
            if (m != null) m.Collect();
            else System.GC.Collect();
            Heap.Rebaseline();
        }

        // Runs /rom/NAME as __main__ from the image, through the flash cache (its __file__ is that path, as a board
        // running it from there has).
        public static void RunMain(PyModule main, string file)
        {
            string path = "/rom/" + Path.GetFileName(file);
            Value fs;
            string rest;
            if (!VfsModule.Route(path, out fs, out rest) || !(fs.Obj is PyVfsRom)) throw Rt.OSError(2);
            RomfsEntry e = ((PyVfsRom)fs.Obj).Image.Find(rest);
            if (e == null || e.IsDir) throw Rt.OSError(2);
            RomfsImage ri = ((PyVfsRom)fs.Obj).Image;
            byte[] img = ri.Data;
            if (img == null) Imports.RunImage(main, new FlashRegion(path, ri.Source, e.DataStart, e.DataLength), path);
            else Imports.RunImage(main, new FlashRegion(path, img, e.DataStart, e.DataLength, RomIoctl.CodeImageFor(img)), path);
        }

        // A chip read only through Read (MapInPlace gives nothing), as flash outside the managed heap is.
        private sealed class UnmappedFlash : FlashDevice
        {
            private readonly FlashDevice _chip;

            public UnmappedFlash(FlashDevice chip)
            {
                _chip = chip;
            }

            public override int Size { get { return _chip.Size; } }
            public override int EraseBlockSize { get { return _chip.EraseBlockSize; } }
            public override void Read(int address, byte[] buffer, int offset, int count) { _chip.Read(address, buffer, offset, count); }
            public override void EraseBlock(int address) { _chip.EraseBlock(address); }
            public override void Program(int address, byte[] data, int offset, int count) { _chip.Program(address, data, offset, count); }
        }

        public void Close()
        {
            try
            {
                Directory.Delete(_root, true);
            }
            catch (IOException)
            {
            }
        }
    }
}
