#if MP_OS
// (only in builds with MP_OS: build/FeatureLevel.props)
namespace NanoMpy
{
    // os (extmod/modos.c over the unix port's VfsPosix), the file-system part: getcwd, chdir, listdir,
    // ilistdir, stat, mkdir, rmdir, remove/unlink, rename, sep, urandom, getenv. Errors are OSError(errno).
    // On a board (BoardPort.Current set) it is a board's os instead: ilistdir gives 4-tuples with the size,
    // and statvfs, sync, uname, mount and umount are there, getenv is not.
    public static class OsModule
    {
        // Made on first import: nanoCLR runs every static initializer at start-up, so an initializer would cost boot RAM.
        private static PyModule _module;
        private static bool _moduleForBoard;

        public static PyModule Module
        {
            get
            {
                bool board = BoardPort.Current != null;
                if (_module == null || _moduleForBoard != board)
                {
                    _moduleForBoard = board;
                    _module = board ? MakeBoard() : Make();
                }
                return _module;
            }
        }

        // extmod/modos.c with MICROPY_VFS, as on rp2/esp32 boards
        private static PyModule MakeBoard()
        {
            PyModule m = Make();
            PyDict g = m.Globals;
            g.Remove(Qstr.Obj(Qstr.Intern("getenv")));
            g.SetQ(Qstr.Intern("statvfs"), new PyBuiltin("statvfs", VfsModule.StatVfs));
            g.SetQ(Qstr.Intern("sync"), new PyBuiltin("sync", Sync));
            g.SetQ(Qstr.Intern("uname"), new PyBuiltin("uname", Uname));
            g.SetQ(Qstr.Intern("mount"), new PyBuiltin("mount", VfsModule.MountFn));
            g.SetQ(Qstr.Intern("umount"), new PyBuiltin("umount", VfsModule.UmountFn));
            return m;
        }

        private static Value Sync()
        {
            IBoardPort port = BoardPort.Current;
            if (port != null) port.Sync();
            return Value.None;
        }

        // (sysname, nodename, release, version, machine), as modos.c builds it from the port's names
        private static Value Uname()
        {
            IBoardPort port = BoardPort.Current;
            string platform = port != null ? port.Platform : "linux";
            Value[] v = Value.NewArray(5);
            v[0] = PyStr.FromString(platform);
            v[1] = PyStr.FromString(platform);
            v[2] = PyStr.FromString("1.27.0");
            v[3] = PyStr.FromString("v1.27.0 on 2026-11-23");
            v[4] = PyStr.FromString(port != null ? port.Machine : "");
            return SysModule.AttrTuple(new string[] { "sysname", "nodename", "release", "version", "machine" }, v);
        }

        private static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("os");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(Qstr.Intern("sep"), PyStr.FromString("/"));
            g.SetQ(Qstr.Intern("getcwd"), new PyBuiltin("getcwd", GetCwd));
            g.SetQ(Qstr.Intern("chdir"), new PyBuiltin("chdir", ChDir));
            g.SetQ(Qstr.Intern("listdir"), new PyBuiltin("listdir", 0, 1, ListDir));
            g.SetQ(Qstr.Intern("ilistdir"), new PyBuiltin("ilistdir", 0, 1, IListDir));
            g.SetQ(Qstr.Intern("stat"), new PyBuiltin("stat", Stat));
            g.SetQ(Qstr.Intern("mkdir"), new PyBuiltin("mkdir", MkDir));
            g.SetQ(Qstr.Intern("rmdir"), new PyBuiltin("rmdir", RmDir));
            g.SetQ(Qstr.Intern("remove"), new PyBuiltin("remove", Remove));
            g.SetQ(Qstr.Intern("unlink"), new PyBuiltin("unlink", Remove));
            g.SetQ(Qstr.Intern("rename"), new PyBuiltin("rename", Rename));
            g.SetQ(Qstr.Intern("urandom"), new PyBuiltin("urandom", URandom));
            g.SetQ(Qstr.Intern("getenv"), new PyBuiltin("getenv", 1, 2, GetEnv));
            return new PyModule(name, g);
        }

        private static IFileSystem Fs
        {
            get
            {
                IFileSystem fs = Vm.Board as IFileSystem;
                if (fs == null) throw Rt.OSError(19);
                return fs;
            }
        }

        private static string PathArg(Value v)
        {
            if (!(v.Obj is PyStr)) throw SeqArgs.BadImplicitConversion(v);
            return v.Obj.ToString();
        }

        private static Value Check(int r)
        {
            if (r < 0) throw Rt.OSError(-r);
            return Value.None;
        }

        private static Value GetCwd()
        {
            Value c = VfsModule.GetCwd();
            return c.IsNull ? PyStr.FromString(Fs.GetCwd()) : c;
        }

        private static Value ChDir(Value p)
        {
            string path = PathArg(p);
            if (VfsModule.ChDir(path)) return Value.None;
            Check(Fs.ChDir(VfsModule.IsRoot(path, "/") ? "/" : path));
            VfsModule.ChDirBoard();
            return Value.None;
        }

        // On a mounted Python file system (vfs.mount) the object's method gets the path inside it.
        private static Value MkDir(Value p) { return Routed(p, "mkdir") ? Value.None : Check(Fs.MkDir(PathArg(p))); }
        private static Value RmDir(Value p) { return Routed(p, "rmdir") ? Value.None : Check(Fs.RmDir(PathArg(p))); }
        private static Value Remove(Value p) { return Routed(p, "remove") ? Value.None : Check(Fs.Remove(PathArg(p))); }

        private static bool Routed(Value p, string method)
        {
            Value obj;
            string rest;
            if (!VfsModule.Route(PathArg(p), out obj, out rest)) return false;
            VfsModule.Proxy(obj, method, rest);
            return true;
        }

        // Both paths on one file system, else EPERM (vfs.c's rename).
        private static Value Rename(Value a, Value b)
        {
            Value oa, ob;
            string ra, rb;
            bool ua = VfsModule.Route(PathArg(a), out oa, out ra), ub = VfsModule.Route(PathArg(b), out ob, out rb);
            if (!ua && !ub) return Check(Fs.Rename(PathArg(a), PathArg(b)));
            if (ua != ub || !oa.Is(ob)) throw Rt.OSError(1);
            Rt.Call2(Rt.LoadAttr(oa, Qstr.Intern("rename")), PyStr.FromString(ra), PyStr.FromString(rb));
            return Value.None;
        }

        private static string[] Names(Value[] a, int s, int n)
        {
            string path = n > 0 ? PathArg(a[s]) : (_moduleForBoard ? "" : ".");
            int err;
            string[] names = Fs.ListDir(path.Length == 0 ? "." : path, out err);
            if (names == null) throw Rt.OSError(err);
            return names;
        }

        private static Value ListDir(Value[] a, int s, int n)
        {
            string path = n > 0 ? PathArg(a[s]) : "";
            Value obj;
            string rest;
            if (VfsModule.Route(path, out obj, out rest))
            {
                PyList names = new PyList(4);
                Value it = Rt.GetIter(VfsModule.Proxy(obj, "ilistdir", rest));
                for (Value e = Rt.IterNext(it); !e.IsNull; e = Rt.IterNext(it)) names.Append(Rt.Subscr(e, Value.Zero, Value.Sentinel));
                return names;
            }
            string[] found = Names(a, s, n);
            PyList l = new PyList(found.Length);
            if (VfsModule.IsRoot(path, Fs.GetCwd())) VfsModule.AddMountPoints(l, false);
            for (int i = 0; i < found.Length; i++) l.Append(PyStr.FromString(found[i]));
            return l;
        }

        // (name, type, inode): type 0x4000 for directories, 0x8000 for files, as VfsPosix reports them; a
        // board's file systems (FAT, littlefs) add the size: (name, type, 0, size).
        private static Value IListDir(Value[] a, int s, int n)
        {
            string dir = n > 0 ? PathArg(a[s]) : "";
            Value obj;
            string rest;
            if (VfsModule.Route(dir, out obj, out rest)) return VfsModule.Proxy(obj, "ilistdir", rest);
            string[] names = Names(a, s, n);
            PyList l = new PyList(names.Length);
            if (VfsModule.IsRoot(dir, Fs.GetCwd())) VfsModule.AddMountPoints(l, true);
            for (int i = 0; i < names.Length; i++)
            {
                long size, mtime;
                bool isDir;
                Fs.StatPath(dir.Length == 0 ? names[i] : dir + "/" + names[i], out size, out isDir, out mtime);
                Value[] t = Value.NewArray(_moduleForBoard ? 4 : 3);
                t[0] = PyStr.FromString(names[i]);
                t[1] = Value.FromInt(isDir ? 0x4000 : 0x8000);
                t[2] = Value.Zero;
                if (_moduleForBoard) t[3] = Value.FromInt(isDir ? 0 : size);
                l.Append(new PyTuple(t));
            }
            return Rt.GetIter(l);
        }

        // (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)
        private static Value Stat(Value p)
        {
            Value obj;
            string rest;
            if (VfsModule.Route(PathArg(p), out obj, out rest)) return VfsModule.Proxy(obj, "stat", rest);
            long size, mtime;
            bool isDir;
            int r = Fs.StatPath(PathArg(p), out size, out isDir, out mtime);
            if (r < 0) throw Rt.OSError(-r);
            Value t = Value.FromInt(mtime);
            return new PyTuple(new Value[]
            {
                Value.FromInt(isDir ? 0x4000 : 0x8000), Value.Zero, Value.Zero, Value.Zero, Value.Zero, Value.Zero,
                Value.FromInt(isDir ? 0 : size), t, t, t,
            });
        }

        private static Value URandom(Value n)
        {
            long len = NumberOps.GetInt(n);
            if (len < 0) throw Rt.Raise(ExcTypes.ValueError, null);
            SeqOps.CheckAllocation(len);
            byte[] d = new byte[len];
            long seed = System.DateTime.UtcNow.Ticks;
            for (int i = 0; i < d.Length; i++)
            {
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                d[i] = (byte)(seed >> 56);
            }
            return new PyBytes(d, 0, d.Length);
        }

        // The board has no environment: getenv gives the default.
        private static Value GetEnv(Value[] a, int s, int n)
        {
            PathArg(a[s]);
            return n > 1 ? a[s + 1] : Value.None;
        }
    }
}
#endif
