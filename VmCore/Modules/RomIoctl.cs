using NanoMpy.Flash;

namespace NanoMpy
{
    // vfs.rom_ioctl (extmod/vfs.h MP_VFS_ROM_IOCTL_*), over the board's ROMFS slots (IRomfsPort), and the boot
    // step that mounts the active image at /rom (extmod/vfs.c mp_vfs_mount_romfs_protected):
    //   rom_ioctl(1)                 number of ROMFS partitions
    //   rom_ioctl(2, id)             the partition's memory: a read-only memoryview of the active slot (over the
    //                                flash itself where no array holds it: only what is read is copied)
    //   rom_ioctl(3, id, len)        prepare a write of len bytes (erases the other slot); the minimum write size
    //   rom_ioctl(4, id, off, buf)   write buf at off of the new image
    //   rom_ioctl(5, id)             complete: check and commit the new image (it is mounted after a soft reset)
    // Unknown operations and partitions answer -EINVAL / -ENODEV, as ports do. A flash error, or a new image
    // that is not ROMFS, raises OSError(EIO) so that mpremote reports it; the old image stays active.
    public static class RomIoctl
    {
        private const int EIO = 5, ENODEV = 19, EINVAL = 22;

        // The RAM code imported from the ROMFS partition runs through: made at the first such import (a board
        // that never imports from /rom never pays for it), dropped by a soft reset.
        private static FlashCache _cache;
        private static int _cacheBytes = FlashCache.DefaultBytes;

        public static void Reset(int cacheBytes)
        {
            _cache = null;
            _cacheBytes = cacheBytes == 0 ? FlashCache.DefaultBytes : cacheBytes;
        }

        // What the VM reads code from for a module whose .mpy lies in image: the flash cache when image is the
        // array the ROMFS partition's device maps (its indexes are then device addresses), else null (the
        // array itself: a VfsRom over some other buffer).
        public static CodeImage CodeImageFor(byte[] image)
        {
            if (_cacheBytes < 0) return null;
            IRomfsPort p = BoardPort.Current as IRomfsPort;
            FlashPartition part = p == null ? null : p.RomfsPartition;
            if (part == null) return null;
            int index;
            byte[] mapped = part.MapInPlace(0, part.Size, out index);
            if (mapped != image || index != part.Start) return null;
            return CacheOf(part);
        }

        // The ROMFS image at [offset, offset+length) of part, flash no array holds, read through the flash cache
        // (VfsRom over rom_ioctl(2)'s memoryview); null with why when it is not one or cannot be read.
        public static RomfsImage ImageIn(FlashPartition part, int offset, int length, out string error)
        {
            try
            {
                return RomfsImage.Open(CacheOf(part), part.Start + offset, length, out error);
            }
            catch (FlashException e)
            {
                error = e.Message;
                return null;
            }
        }

        // The flash cache of part's device (made on first use; flash no array holds always reads through one).
        private static FlashCache CacheOf(FlashPartition part)
        {
            if (_cache == null) _cache = new FlashCache(part.Device, _cacheBytes > 0 ? _cacheBytes : FlashCache.DefaultBytes, FlashCache.DefaultLines);
            return _cache;
        }

        // The cache of the ROMFS partition, if made (tests and benchmarks read its counters).
        public static FlashCache Cache { get { return _cache; } }

        public static RomfsSlots Slots
        {
            get
            {
                IRomfsPort p = BoardPort.Current as IRomfsPort;
                return p == null ? null : p.Romfs;
            }
        }

#if MP_OS
        public static Value Ioctl(Value[] a, int s, int n)
        {
            RomfsSlots slots = Slots;
            int op = (int)NumberOps.GetInt(a[s]);
            if (op == 1) return Value.FromInt(slots == null ? 0 : 1);
            if (n < 2) return Value.FromInt(-EINVAL);
            if (slots == null || NumberOps.GetInt(a[s + 1]) != 0) return Value.FromInt(-ENODEV);
            try
            {
                switch (op)
                {
                    case 2:
                        return Segment(slots);
                    case 3:
                        if (n != 3) return Value.FromInt(-EINVAL);
                        if (_cache != null) _cache.Invalidate();
                        return Value.FromInt(slots.Prepare((int)NumberOps.GetInt(a[s + 2])));
                    case 4:
                        {
                            if (n != 4) return Value.FromInt(-EINVAL);
                            byte[] d;
                            int off, len;
                            SeqArgs.GetBufferRaise(a[s + 3], out d, out off, out len);
                            if (_cache != null) _cache.Invalidate();
                            slots.Write((int)NumberOps.GetInt(a[s + 2]), d, off, len);
                            return Value.FromInt(0);
                        }
                    case 5:
                        {
                            string why = slots.Complete();
                            if (why != null) throw Eio(why);
                            return Value.FromInt(0);
                        }
                    default:
                        return Value.FromInt(-EINVAL);
                }
            }
            catch (FlashException e)
            {
                throw Eio(e.Message);
            }
        }
#endif

#if MP_OS
        // OSError(EIO, why): the errno for code, the reason for the person deploying.
        private static PyException Eio(string why)
        {
            return new PyException(new PyBaseException(ExcTypes.OSError, new PyTuple(new Value[] { Value.FromInt(EIO), PyStr.FromString(why) })));
        }
#endif

        // The active slot as a read-only memoryview: in place when the flash device maps it, else over the flash
        // itself (PyFlashBuffer), which reads only what is indexed or sliced (a 128 KB slot does not fit in RAM).
        private static Value Segment(RomfsSlots slots)
        {
            FlashPartition part = ((IRomfsPort)BoardPort.Current).RomfsPartition;
            int start = slots.SlotStart, size = slots.Capacity;
            int index;
            byte[] data = part.MapInPlace(start, size, out index);
#if MP_ARRAY
            if (data == null) return new PyMemoryView(new PyFlashBuffer(part, start, size), 'B', 0, size, false);
            return new PyMemoryView(new PyBytes(data, index, size), 'B', 0, size, false);
#else
            if (data == null)
            {
                data = new byte[size];
                part.Read(start, data, 0, size);
                index = 0;
            }
            // no memoryview at this level: read-only bytes over the same memory
            return new PyBytes(data, index, size);
#endif
        }

        // Boot and soft reset: mount the active image at /rom and append /rom and /rom/lib to sys.path. A
        // board without an image, or with a corrupt one, boots without /rom (the reason goes to the log).
        public static void MountAtBoot()
        {
            RomfsSlots slots = Slots;
            if (slots == null) return;
            int off, len;
            if (!slots.Active(out off, out len)) return;
            string error;
            PyVfsRom rom;
            FlashPartition part = ((IRomfsPort)BoardPort.Current).RomfsPartition;
            int index;
            if (part.MapInPlace(off, len, out index) == null)
            {
                // flash no array holds: the image is read where it lies, through the flash cache (a chip that
                // fails to read leaves the board without /rom, as a corrupt image does)
                RomfsImage ri = ImageIn(part, off, len, out error);
                rom = ri == null ? null : PyVfsRom.OverImage(ri);
            }
            else
            {
                rom = PyVfsRom.Over(Segment(slots), out error);
            }
            if (rom == null)
            {
                // the board boots without /rom, and says why on the console
                IByteSink err = Vm.Board == null ? null : Vm.Board.Stderr;
                if (err != null)
                {
                    byte[] msg = Utf8.Encode("romfs: image not mounted: " + error + "\n");
                    err.Write(msg, 0, msg.Length);
                }
                return;
            }
            VfsModule.MountAt(rom, "/rom");
            SysModule.Path.Append(PyStr.FromString("/rom"));
            SysModule.Path.Append(PyStr.FromString("/rom/lib"));
        }
    }
}
