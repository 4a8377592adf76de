using System.IO;
using NanoMpy.Board;
using NanoMpy.Flash;

namespace NanoMpy.Boards.NanoFramework
{
    // Where a nanoFramework board's /rom comes from. Managed code cannot reach the chip's ROMFS partition
    // (docs/FLASH.md), so:
    //   1. the app's binary resource "romfs" (a ROMFS image built into the app), read in chunks, read-only: a
    //      deploy over it fails with OSError(EIO, "read-only ...");
    //   2. else an image file of the profile's ROMFS partition size on the board's drive (ImageFile), made erased
    //      on first use: mpremote romfs deploy writes it through rom_ioctl and it mounts after a soft reset.
    // The boot mount reads the active slot into RAM (nothing is memory-mapped), so the image must fit the heap.
    public static class BoardFlash
    {
        public const string ResourceName = "romfs";
        public const string ImageFile = "romfs.img";

        // The chunk the embedded image is read in: one copy each, and the granule of its slot layout.
        public const int ResourceChunk = 512;

        // The ROMFS partition (for RomfsSlots) over the embedded image when embedded is not null and holds a
        // ROMFS image. Null, with why, when it does not.
        public static FlashPartition FromImage(IChunkSource embedded, out string why)
        {
            int length = ChunkedFlash.ImageLength(embedded, out why);
            if (length < 0)
            {
                why = "romfs resource: " + why;
                return null;
            }
            try
            {
                RomfsSlotView view = new RomfsSlotView(new ChunkedFlash(embedded, length, ResourceChunk), length, ResourceChunk);
                return new FlashPartition("romfs", view, 0, view.Size);
            }
            catch (FlashException e)
            {
                why = "romfs resource: " + e.Message;
                return null;
            }
        }

        // The ROMFS partition over the image file stream (created or resized to the profile's partition size);
        // null, with why, when the profile has no ROMFS partition or the file cannot be made.
        public static FlashPartition FromStream(BoardProfile profile, Stream image, out string why)
        {
            why = null;
            if (profile.RomfsSize <= 0)
            {
                why = "the board profile has no ROMFS partition";
                return null;
            }
            try
            {
                StreamFlash chip = new StreamFlash(image, profile.RomfsSize, profile.FlashBlock);
                return new FlashPartition("romfs", chip, 0, chip.Size);
            }
            catch (FlashException e)
            {
                why = "romfs image file: " + e.Message;
                return null;
            }
        }

        // The board's ROMFS partition: the embedded image when there is one, else the image file on drive
        // ("I:"); null when neither can be had. note says which, or why none (for the console at boot).
        public static FlashPartition Open(BoardProfile profile, IChunkSource embedded, string drive, out string note)
        {
            string why = null;
            if (embedded != null)
            {
                FlashPartition p = FromImage(embedded, out why);
                if (p != null)
                {
                    note = null;
                    return p;
                }
            }
            if (profile.RomfsSize <= 0)
            {
                note = why;
                return null;
            }
            string path = drive + "\\" + ImageFile;
            FileStream file;
            try
            {
                file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite);
            }
            catch (System.Exception e)
            {
                note = (why == null ? "" : why + "; ") + "romfs image file " + path + ": " + e.Message;
                return null;
            }
            string fileWhy;
            FlashPartition part = FromStream(profile, file, out fileWhy);
            if (part == null) file.Close();
            note = fileWhy == null ? why : (why == null ? "" : why + "; ") + fileWhy;
            return part;
        }
    }
}
