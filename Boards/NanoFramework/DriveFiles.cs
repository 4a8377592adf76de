using System.IO;

namespace NanoMpy.Boards.NanoFramework
{
    // The board's file system over a nanoFramework drive ("I:" internal flash, "D:" an SD card): board paths
    // ("/lib/x.py", relative to the board's working directory) map under the drive, with "\" separators.
    // Open files are held by handle, as the VM's IFileSystem wants; errors are MicroPython's errno values.
    public class DriveFiles : IFileSystem
    {
        private const int ENOENT = 2, EBADF = 9, EACCES = 13, EEXIST = 17, EISDIR = 21, EINVAL = 22, ENOTEMPTY = 39;
        private readonly string _drive;
        private FileStream[] _files = new FileStream[8];
        private string _cwd = "/";

        public DriveFiles(string drive)
        {
            _drive = drive;
        }

        // A board path as the drive's.
        public string Resolve(string path)
        {
            string full = path.StartsWith("/") ? path : (_cwd == "/" ? "/" : _cwd + "/") + path;
            string[] parts = full.Split('/');
            string[] keep = new string[parts.Length];
            int n = 0;
            for (int i = 0; i < parts.Length; i++)
            {
                string part = parts[i];
                if (part.Length == 0 || part == ".") continue;
                if (part == "..")
                {
                    if (n > 0) n--;
                    continue;
                }
                keep[n++] = part;
            }
            string r = _drive + "\\";
            for (int i = 0; i < n; i++) r += (i == 0 ? "" : "\\") + keep[i];
            return r;
        }

        public void CloseAll()
        {
            for (int i = 0; i < _files.Length; i++)
            {
                if (_files[i] != null) _files[i].Close();
                _files[i] = null;
            }
        }

        public int Open(string path, int mode)
        {
            string p = Resolve(path);
            if (Directory.Exists(p)) return -EISDIR;
            FileMode fm = (mode & FileOpenMode.Truncate) != 0 ? FileMode.Create
                : (mode & FileOpenMode.Create) != 0 ? FileMode.OpenOrCreate : FileMode.Open;
            if (fm == FileMode.Open && !File.Exists(p)) return -ENOENT;
            FileAccess fa = (mode & FileOpenMode.Write) == 0 ? FileAccess.Read
                : (mode & FileOpenMode.Read) != 0 ? FileAccess.ReadWrite : FileAccess.Write;
            FileStream f;
            try
            {
                f = new FileStream(p, fm, fa);
            }
            catch (IOException)
            {
                return -EACCES;
            }
            if ((mode & FileOpenMode.Append) != 0) f.Seek(0, SeekOrigin.End);
            for (int h = 0; ; h++)
            {
                if (h == _files.Length)
                {
                    FileStream[] grown = new FileStream[h * 2];
                    System.Array.Copy(_files, grown, h);
                    _files = grown;
                }
                if (_files[h] == null)
                {
                    _files[h] = f;
                    return h;
                }
            }
        }

        private FileStream Get(int h)
        {
            return h >= 0 && h < _files.Length ? _files[h] : null;
        }

        public int Read(int handle, byte[] buf, int off, int count)
        {
            FileStream f = Get(handle);
            return f == null ? -EBADF : f.Read(buf, off, count);
        }

        public int Write(int handle, byte[] buf, int off, int count)
        {
            FileStream f = Get(handle);
            if (f == null) return -EBADF;
            f.Write(buf, off, count);
            return count;
        }

        public long Seek(int handle, long offset, int whence)
        {
            FileStream f = Get(handle);
            if (f == null) return -EBADF;
            if (whence < 0 || whence > 2) return -EINVAL;
            return f.Seek(offset, whence == 0 ? SeekOrigin.Begin : whence == 1 ? SeekOrigin.Current : SeekOrigin.End);
        }

        public int Flush(int handle)
        {
            FileStream f = Get(handle);
            if (f == null) return -EBADF;
            f.Flush();
            return 0;
        }

        public int Close(int handle)
        {
            FileStream f = Get(handle);
            if (f == null) return -EBADF;
            f.Close();
            _files[handle] = null;
            return 0;
        }

        public string[] ListDir(string path, out int err)
        {
            string p = Resolve(path);
            err = 0;
            if (!Directory.Exists(p))
            {
                err = ENOENT;
                return null;
            }
            string[] dirs = Directory.GetDirectories(p);
            string[] files = Directory.GetFiles(p);
            string[] names = new string[dirs.Length + files.Length];
            for (int i = 0; i < dirs.Length; i++) names[i] = Path.GetFileName(dirs[i]);
            for (int i = 0; i < files.Length; i++) names[dirs.Length + i] = Path.GetFileName(files[i]);
            return names;
        }

        public int StatPath(string path, out long size, out bool isDir, out long mtime)
        {
            string p = Resolve(path);
            size = 0;
            mtime = 0;
            isDir = Directory.Exists(p);
            if (isDir) return 0;
            if (!File.Exists(p)) return -ENOENT;
            FileStream f = new FileStream(p, FileMode.Open, FileAccess.Read);
            size = f.Length;
            f.Close();
            return 0;
        }

        public int Remove(string path)
        {
            string p = Resolve(path);
            if (Directory.Exists(p)) return -EISDIR;
            if (!File.Exists(p)) return -ENOENT;
            File.Delete(p);
            return 0;
        }

        public int Rename(string from, string to)
        {
            string a = Resolve(from), b = Resolve(to);
            if (File.Exists(a)) File.Move(a, b);
            else if (Directory.Exists(a)) Directory.Move(a, b);
            else return -ENOENT;
            return 0;
        }

        public int MkDir(string path)
        {
            string p = Resolve(path);
            if (Directory.Exists(p) || File.Exists(p)) return -EEXIST;
            Directory.CreateDirectory(p);
            return 0;
        }

        public int RmDir(string path)
        {
            string p = Resolve(path);
            if (!Directory.Exists(p)) return -ENOENT;
            if (Directory.GetFiles(p).Length + Directory.GetDirectories(p).Length != 0) return -ENOTEMPTY;
            Directory.Delete(p);
            return 0;
        }

        public int ChDir(string path)
        {
            string p = Resolve(path);
            if (!Directory.Exists(p)) return -ENOENT;
            // the board path of p: the drive's path with "/" separators
            char[] rest = p.Substring(_drive.Length).ToCharArray();
            for (int i = 0; i < rest.Length; i++)
            {
                if (rest[i] == '\\') rest[i] = '/';
            }
            _cwd = rest.Length <= 1 ? "/" : new string(rest);
            return 0;
        }

        public string GetCwd()
        {
            return _cwd;
        }
    }
}
