using NanoMpy.Flash;

namespace NanoMpy
{
    // A board port with a ROMFS partition (MICROPY_VFS_ROM_IOCTL): vfs.rom_ioctl reaches it, and MpState.Init
    // mounts its active image at /rom.
    public interface IRomfsPort
    {
        // The partition's two slots (null: the board has none).
        RomfsSlots Romfs { get; }
        FlashPartition RomfsPartition { get; }
    }
}
