namespace NanoMpy.Flash
{
    // A directory or file of a ROMFS image: where its children or its data lie in the image.
    public sealed class RomfsEntry
    {
        public string Name;
        public bool IsDir;
        public int DataStart;    // file: absolute index of its data in the image's array
        public int DataLength;
        public int ChildStart;   // directory: its child records
        public int ChildEnd;
        public int RecordEnd;

        // What VfsRom's ilistdir gives as the size: a file's data, a directory's child records.
        public int Size { get { return IsDir ? ChildEnd - ChildStart : DataLength; } }
    }
}
