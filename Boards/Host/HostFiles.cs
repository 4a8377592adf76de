using System.Collections.Generic;
using System.IO;

namespace NanoMpy.Host
{
    // The board's file system (IFileSystem) over the host's: open files by handle, a working directory of
    // the board's own (os.chdir must not move the whole process: tests run many programs in one).
    public sealed partial class HostBoard : IFileSystem
    {
        private const int ENOENT = 2, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21,
            EINVAL = 22, ENOTEMPTY = 39;

        private readonly List<FileStream> _files = new List<FileStream>();
        private readonly List<int> _modes = new List<int>();
        private string _cwd = Directory.GetCurrentDirectory();

        // A simulated board's flash: board paths ("/", "/lib/x.py", relative to the board's own working
        // directory) map under this host folder and ".." stops at its top. Null: the host's file system as is.
        private string _root;
        private string _boardCwd = "/";

        public void SetRoot(string hostDir)
        {
            _root = Path.GetFullPath(hostDir).TrimEnd('/');
            _boardCwd = "/";
        }

        private string Resolve(string path)
        {
            if (_root != null) return _root + BoardPath(path);
            return Path.IsPathRooted(path) ? path : Path.Combine(_cwd, path);
        }

        // The absolute, normalised board path of a path given to the board.
        private string BoardPath(string path)
        {
            string full = path.StartsWith("/") ? path : _boardCwd + "/" + path;
            List<string> parts = new List<string>();
            foreach (string part in full.Split('/'))
            {
                if (part.Length == 0 || part == ".") continue;
                if (part == "..")
                {
                    if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
                    continue;
                }
                parts.Add(part);
            }
            return "/" + string.Join("/", parts);
        }

        // Closes what the program left open (the process keeps running other programs).
        public void CloseAll()
        {
            foreach (FileStream f in _files) f?.Dispose();
            _files.Clear();
            _modes.Clear();
        }

        private static int Errno(System.Exception e)
        {
            if (e is FileNotFoundException || e is DirectoryNotFoundException) return ENOENT;
            if (e is System.UnauthorizedAccessException) return EACCES;
            if (e is IOException && e.HResult == 17) return EEXIST;
            return EINVAL;
        }

        public int Open(string path, int mode)
        {
            string p = Resolve(path);
            if (Directory.Exists(p)) return -EISDIR;
            try
            {
                System.IO.FileMode fm;
                if ((mode & NanoMpy.FileOpenMode.Truncate) != 0) fm = System.IO.FileMode.Create;
                else if ((mode & NanoMpy.FileOpenMode.Create) != 0) fm = System.IO.FileMode.OpenOrCreate;
                else fm = System.IO.FileMode.Open;
                FileAccess fa = (mode & NanoMpy.FileOpenMode.Write) == 0 ? FileAccess.Read
                    : (mode & NanoMpy.FileOpenMode.Read) != 0 ? FileAccess.ReadWrite : FileAccess.Write;
                FileStream f = new FileStream(p, fm, fa, FileShare.ReadWrite | FileShare.Delete);
                if ((mode & NanoMpy.FileOpenMode.Append) != 0) f.Seek(0, SeekOrigin.End);
                int h = _files.IndexOf(null);
                if (h < 0)
                {
                    h = _files.Count;
                    _files.Add(f);
                    _modes.Add(mode);
                }
                else
                {
                    _files[h] = f;
                    _modes[h] = mode;
                }
                return h;
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
            {
                return -Errno(e);
            }
        }

        private FileStream Get(int h)
        {
            return h >= 0 && h < _files.Count ? _files[h] : null;
        }

        public int Read(int handle, byte[] buf, int off, int count)
        {
            FileStream f = Get(handle);
            if (f == null || !f.CanRead) return -EBADF;
            try
            {
                return f.Read(buf, off, count);
            }
            catch (IOException e)
            {
                return -Errno(e);
            }
        }

        public int Write(int handle, byte[] buf, int off, int count)
        {
            FileStream f = Get(handle);
            if (f == null || !f.CanWrite) return -EBADF;
            try
            {
                // O_APPEND: every write goes to the end
                if ((_modes[handle] & NanoMpy.FileOpenMode.Append) != 0) f.Seek(0, SeekOrigin.End);
                f.Write(buf, off, count);
                return count;
            }
            catch (IOException e)
            {
                return -Errno(e);
            }
        }

        public long Seek(int handle, long offset, int whence)
        {
            FileStream f = Get(handle);
            if (f == null) return -EBADF;
            SeekOrigin o = whence == 1 ? SeekOrigin.Current : whence == 2 ? SeekOrigin.End : SeekOrigin.Begin;
            if (whence < 0 || whence > 2) return -EINVAL;
            try
            {
                long basePos = whence == 1 ? f.Position : whence == 2 ? f.Length : 0;
                if (basePos + offset < 0) return -EINVAL;
                return f.Seek(offset, o);
            }
            catch (IOException e)
            {
                return -Errno(e);
            }
        }

        public int Flush(int handle)
        {
            FileStream f = Get(handle);
            if (f == null) return -EBADF;
            f.Flush();
            return 0;
        }

        // os.sync on the simulated board: what open files hold goes to disk.
        public void FlushFiles()
        {
            foreach (FileStream f in _files)
            {
                try
                {
                    f?.Flush(true);
                }
                catch (System.Exception e) when (e is IOException || e is System.ObjectDisposedException)
                {
                }
            }
        }

        public int Close(int handle)
        {
            FileStream f = Get(handle);
            if (f == null) return -EBADF;
            f.Dispose();
            _files[handle] = null;
            return 0;
        }

        public string[] ListDir(string path, out int err)
        {
            err = 0;
            string p = Resolve(path);
            if (!Directory.Exists(p))
            {
                err = File.Exists(p) ? ENOTDIR : ENOENT;
                return null;
            }
            List<string> names = new List<string>();
            foreach (string e in Directory.GetFileSystemEntries(p)) names.Add(Path.GetFileName(e));
            return names.ToArray();
        }

        public int StatPath(string path, out long size, out bool isDir, out long mtime)
        {
            string p = Resolve(path);
            size = 0;
            mtime = 0;
            isDir = Directory.Exists(p);
            if (isDir)
            {
                mtime = new System.DateTimeOffset(Directory.GetLastWriteTimeUtc(p)).ToUnixTimeSeconds();
                return 0;
            }
            if (!File.Exists(p)) return -ENOENT;
            FileInfo fi = new FileInfo(p);
            size = fi.Length;
            mtime = new System.DateTimeOffset(fi.LastWriteTimeUtc).ToUnixTimeSeconds();
            return 0;
        }

        public int Remove(string path)
        {
            string p = Resolve(path);
            if (Directory.Exists(p)) return -EISDIR;
            if (!File.Exists(p)) return -ENOENT;
            try
            {
                File.Delete(p);
                return 0;
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
            {
                return -Errno(e);
            }
        }

        public int Rename(string from, string to)
        {
            string a = Resolve(from), b = Resolve(to);
            try
            {
                if (Directory.Exists(a)) Directory.Move(a, b);
                else if (File.Exists(a)) File.Move(a, b, true);
                else return -ENOENT;
                return 0;
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
            {
                return -Errno(e);
            }
        }

        public int MkDir(string path)
        {
            string p = Resolve(path);
            if (Directory.Exists(p) || File.Exists(p)) return -EEXIST;
            try
            {
                Directory.CreateDirectory(p);
                return 0;
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
            {
                return -Errno(e);
            }
        }

        public int RmDir(string path)
        {
            string p = Resolve(path);
            if (!Directory.Exists(p)) return File.Exists(p) ? -ENOTDIR : -ENOENT;
            if (Directory.GetFileSystemEntries(p).Length != 0) return -ENOTEMPTY;
            try
            {
                Directory.Delete(p);
                return 0;
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
            {
                return -Errno(e);
            }
        }

        public int ChDir(string path)
        {
            string p = Resolve(path);
            if (!Directory.Exists(p)) return File.Exists(p) ? -ENOTDIR : -ENOENT;
            if (_root != null) _boardCwd = BoardPath(path);
            else _cwd = Path.GetFullPath(p);
            return 0;
        }

        public string GetCwd()
        {
            return _root != null ? _boardCwd : _cwd;
        }
    }
}
