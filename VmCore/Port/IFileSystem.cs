namespace NanoMpy
{
    // Files for open(), io and os, implemented by a board that has a file system (optional: without it,
    // open raises OSError(ENODEV)). Errors are returned as negative errno values (MicroPython's numbering:
    // ENOENT 2, EBADF 9, EACCES 13, EEXIST 17, ENOTDIR 20, EISDIR 21, EINVAL 22, ENOTEMPTY 39).
    public interface IFileSystem
    {
        // mode: FileOpenMode flags. Returns a handle >= 0 or -errno.
        int Open(string path, int mode);
        int Read(int handle, byte[] buf, int off, int count);
        int Write(int handle, byte[] buf, int off, int count);
        // whence 0/1/2; returns the new position or -errno.
        long Seek(int handle, long offset, int whence);
        int Flush(int handle);
        int Close(int handle);

        // Entry names of a directory, or null (errno in err).
        string[] ListDir(string path, out int err);
        // Size and kind of a path: 0, or -errno.
        int StatPath(string path, out long size, out bool isDir, out long mtime);
        int Remove(string path);
        int Rename(string from, string to);
        int MkDir(string path);
        int RmDir(string path);
        int ChDir(string path);
        string GetCwd();
    }

    public static class FileOpenMode
    {
        public const int Read = 1;
        public const int Write = 2;
        public const int Create = 4;
        public const int Truncate = 8;
        public const int Append = 16;
    }
}
