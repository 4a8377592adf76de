using NanoMpy.Flash;

namespace NanoMpy
{
    // vfs (extmod/vfs.c) on a board: the mount table with the board's own file system at "/", mount(obj, path,
    // *, readonly, mkfs), umount(path or obj), mount() listing (obj, path) pairs with anything mounted at "/"
    // last, and os functions and open() routed to the file system that holds the path: the board's own, or a
    // Python object mounted here (its open/ilistdir/stat/mkdir/rmdir/remove/rename/chdir/getcwd/statvfs
    // methods get the path inside it, as vfs.c's proxy calls do). Imports read the board's files only.
    public static class VfsModule
    {
        private const int EPERM = 1, ENODEV = 19, EINVAL = 22;
#if MP_OS
        private static readonly int QMount = Qstr.Intern("mount");
        private static readonly int QUmount = Qstr.Intern("umount");
        private static readonly int QStatvfs = Qstr.Intern("statvfs");
        private static readonly int QReadonly = Qstr.Intern("readonly");
        private static readonly int QMkfs = Qstr.Intern("mkfs");
#endif

        // The mount table, most recent first and "/" last: file system objects and their mount points.
        private static Value[] _objs = Value.NewArray(4);
        private static string[] _paths = new string[4];
        private static int _count;
        // vfs_cur: the Python file system holding the working directory, Null for the board's own
        private static Value _curObj = Value.Null;
#if MP_OS
        private static string _curPath;
#endif

#if MP_OS
        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("vfs");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(QMount, new PyBuiltin("mount", MountFn));
            g.SetQ(QUmount, new PyBuiltin("umount", UmountFn));
            g.SetQ(Qstr.Intern("VfsPosix"), PyBoardVfs.TypeObj);
            g.SetQ(Qstr.Intern("VfsRom"), PyVfsRom.TypeObj);
            if (RomIoctl.Slots != null) g.SetQ(Qstr.Intern("rom_ioctl"), new PyBuiltin("rom_ioctl", 1, 4, RomIoctl.Ioctl));
            PyModule m = new PyModule(name, g);
            m.ReadOnly = true;
            return m;
        }
#endif

        // Power-on and soft reset (mp_init clears the table; a board's port mounts its flash at "/").
        public static void Reset(bool mountRoot)
        {
            _count = 0;
            _curObj = Value.Null;
#if MP_OS
            _curPath = null;
#endif
            for (int i = 0; i < _objs.Length; i++) _objs[i] = Value.Null;
            for (int i = 0; i < _paths.Length; i++) _paths[i] = null;
            if (mountRoot) Insert(new PyBoardVfs(), "/");
        }

#if MP_OS
        // mount(): the table; mount(obj, path, *, readonly=False, mkfs=False)
        public static Value MountFn(Value[] a, int s, int nPos, int nKw)
        {
            if (nPos == 0 && nKw == 0)
            {
                PyList l = new PyList(_count);
                for (int i = 0; i < _count; i++)
                {
                    Value[] t = Value.NewArray(2);
                    t[0] = _objs[i];
                    t[1] = PyStr.FromString(_paths[i]);
                    l.Append(new PyTuple(t));
                }
                return l;
            }
            if (nPos != 2) throw Rt.TypeError("function takes 2 positional arguments but " + nPos + " were given");
            Value ro = Value.False, mkfs = Value.False;
            for (int i = 0; i < nKw; i++)
            {
                PyStr k = a[s + nPos + 2 * i].Obj as PyStr;
                int q = k == null ? 0 : k.Intern();
                if (q == QReadonly) ro = a[s + nPos + 2 * i + 1];
                else if (q == QMkfs) mkfs = a[s + nPos + 2 * i + 1];
                else throw Rt.TypeError("unexpected keyword argument '" + (k == null ? "" : k.ToString()) + "'");
            }
            Value obj = a[s];
            if (!(a[s + 1].Obj is PyStr)) throw SeqArgs.BadImplicitConversion(a[s + 1]);
            string path = a[s + 1].Obj.ToString();
            // no mount method: a block device to auto-detect, and this board knows no FAT or littlefs
            Value mount = Rt.LoadAttrMaybe(obj, QMount);
            if (mount.IsNull) throw Rt.OSError(ENODEV);
            Rt.Call2(mount, ro, mkfs);
            string rest;
            int existing = Lookup(path, out rest);
            if (existing >= 0 && !(path.Length != 1 && _paths[existing].Length == 1)) throw Rt.OSError(EPERM);
            Insert(obj, path);
            return Value.None;
        }
#endif

        // Mounts a file system the port makes at boot (/rom).
        public static void MountAt(Value obj, string path)
        {
            Insert(obj, path);
        }

        private static void Insert(Value obj, string path)
        {
            if (_count == _objs.Length)
            {
                Value[] o = Value.NewArray(_count * 2);
                string[] p = new string[_count * 2];
                System.Array.Copy(_objs, o, _count);
                System.Array.Copy(_paths, p, _count);
                _objs = o;
                _paths = p;
            }
            // anything mounted at the root stays at the end of the list
            int at = _count;
            for (int i = 0; i < _count; i++)
            {
                if (_paths[i].Length == 1)
                {
                    at = i;
                    break;
                }
            }
            for (int i = _count; i > at; i--)
            {
                _objs[i] = _objs[i - 1];
                _paths[i] = _paths[i - 1];
            }
            _objs[at] = obj;
            _paths[at] = path;
            _count++;
        }

#if MP_OS
        // umount(path or obj): OSError(EINVAL) when nothing matches; the object's umount() is called.
        public static Value UmountFn(Value mnt)
        {
            string path = mnt.Obj is PyStr ? mnt.Obj.ToString() : null;
            int found = -1;
            for (int i = 0; i < _count && found < 0; i++)
            {
                if ((path != null && path == _paths[i]) || _objs[i].Is(mnt)) found = i;
            }
            if (found < 0) throw Rt.OSError(EINVAL);
            Value obj = _objs[found];
            if (!_curObj.IsNull && _curObj.Is(obj)) _curObj = Value.Null;
            for (int i = found; i < _count - 1; i++)
            {
                _objs[i] = _objs[i + 1];
                _paths[i] = _paths[i + 1];
            }
            _count--;
            _objs[_count] = Value.Null;
            _paths[_count] = null;
            Value umount = Rt.LoadAttrMaybe(obj, QUmount);
            if (umount.IsNull) throw Rt.AttributeError("'" + Rt.TypeNameOf(obj) + "' object has no attribute 'umount'");
            Rt.Call0(umount);
            return Value.None;
        }
#endif

        // A path on a mounted Python file system: true with the object and the path inside it (relative paths
        // go to it when it holds the working directory); false for the board's own file system.
        public static bool Route(string path, out Value obj, out string rest)
        {
            obj = Value.Null;
            rest = null;
            if (BoardPort.Current == null || (_count <= 1 && _curObj.IsNull)) return false;
            if (!path.StartsWith("/"))
            {
                if (_curObj.IsNull) return false;
                obj = _curObj;
                rest = path;
                return true;
            }
            int i = Lookup(path, out rest);
            if (i < 0 || _objs[i].Obj is PyBoardVfs) return false;
            obj = _objs[i];
            return true;
        }

#if MP_OS
        // Is path the virtual root that lists the mount points ("/", or "" while the working directory is
        // the board's root)?
        public static bool IsRoot(string path, string boardCwd)
        {
            if (BoardPort.Current == null) return false;
            if (path.Length == 0) return _curObj.IsNull && boardCwd == "/";
            for (int i = 0; i < path.Length; i++)
            {
                if (path[i] != '/') return false;
            }
            return true;
        }
#endif

#if MP_OS
        // The mount points other than "/", as vfs.c's root listing gives them first: (name, 0x4000, 0).
        public static void AddMountPoints(PyList l, bool tuples)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_paths[i].Length == 1) continue;
                Value name = PyStr.FromString(_paths[i].Substring(1));
                if (!tuples)
                {
                    l.Append(name);
                    continue;
                }
                Value[] t = Value.NewArray(3);
                t[0] = name;
                t[1] = Value.FromInt(0x4000);
                t[2] = Value.Zero;
                l.Append(new PyTuple(t));
            }
        }
#endif

        // obj.method(arg...): mp_vfs_proxy_call
        public static Value Proxy(Value obj, string method, string arg)
        {
            return Rt.Call1(Rt.LoadAttr(obj, Qstr.Intern(method)), PyStr.FromString(arg));
        }

        // For imports: BoardStat of a path on a mounted Python file system (its stat()), -1 for the board's.
        public static int StatKind(string path)
        {
            Value obj;
            string rest;
            if (!Route(path, out obj, out rest)) return -1;
            // /rom: the entry itself (no stat tuple, and VfsRom's methods are not made for an import)
            PyVfsRom rom = obj.Obj as PyVfsRom;
            if (rom != null)
            {
                RomfsEntry e = rom.Image.Find(rest);
                return e == null ? BoardStat.Absent : e.IsDir ? BoardStat.Dir : BoardStat.File;
            }
            Value st;
            try
            {
                st = Proxy(obj, "stat", rest);
            }
            catch (PyException e)
            {
                if (e.Exc.ExcType.IsSubclassOf(ExcTypes.OSError)) return BoardStat.Absent;
                throw;
            }
            long mode = NumberOps.GetInt(Rt.Subscr(st, Value.Zero, Value.Sentinel));
            return (mode & 0x4000) != 0 ? BoardStat.Dir : BoardStat.File;
        }

        // For imports: the whole file from a mounted Python file system (open(path, 'rb').read()); routed
        // false for the board's own files.
        public static byte[] ReadFile(string path, out bool routed)
        {
            Value obj;
            string rest;
            routed = Route(path, out obj, out rest);
            if (!routed) return null;
            Value f = Rt.Call2(Rt.LoadAttr(obj, Q.open), PyStr.FromString(rest), PyStr.FromString("rb"));
            Value data = Rt.Call0(Rt.LoadAttr(f, Qstr.Intern("read")));
            Rt.Call0(Rt.LoadAttr(f, Qstr.Intern("close")));
            PyBytes b = data.Obj as PyBytes;
            if (b != null)
            {
                byte[] copy = new byte[b.Length];
                System.Array.Copy(b.Data, b.Offset, copy, 0, b.Length);
                return copy;
            }
#if MP_BYTEARRAY
            PyByteArray ba = data.Obj as PyByteArray;
            if (ba != null)
            {
                byte[] c2 = new byte[ba.Count];
                System.Array.Copy(ba.Data, c2, ba.Count);
                return c2;
            }
#endif
            throw Rt.TypeError("object with buffer protocol required");
        }

#if MP_OS
        // os.chdir: true when a mounted Python file system took it (it becomes the current one); false for
        // the board's, whose own chdir runs next (then ChDirBoard).
        public static bool ChDir(string path)
        {
            Value obj;
            string rest;
            if (!Route(path, out obj, out rest)) return false;
            Proxy(obj, "chdir", rest);
            if (!obj.Is(_curObj))
            {
                _curObj = obj;
                _curPath = null;
                for (int i = 0; i < _count; i++)
                {
                    if (_objs[i].Is(obj)) _curPath = _paths[i];
                }
            }
            return true;
        }
#endif

#if MP_OS
        public static void ChDirBoard()
        {
            _curObj = Value.Null;
            _curPath = null;
        }
#endif

#if MP_OS
        // os.getcwd on a mounted Python file system (mount point + its getcwd), Null on the board's.
        public static Value GetCwd()
        {
            if (_curObj.IsNull || BoardPort.Current == null) return Value.Null;
            Value c = Rt.Call0(Rt.LoadAttr(_curObj, Qstr.Intern("getcwd")));
            if (!(c.Obj is PyStr)) throw SeqArgs.BadImplicitConversion(c);
            string cwd = c.Obj.ToString();
            return PyStr.FromString(cwd == "/" ? _curPath : _curPath + cwd);
        }
#endif

        // mp_vfs_lookup_path: the entry holding path (rest: the path inside it), -1 for the virtual root
        // ("" or "/"), -2 when nothing is mounted there. Relative paths are taken from the board's cwd.
        private static int Lookup(string path, out string rest)
        {
            rest = null;
            if (!path.StartsWith("/"))
            {
                IFileSystem fs = Vm.Board as IFileSystem;
                string cwd = fs != null ? fs.GetCwd() : "/";
                if (path.Length == 0) path = cwd;
                else path = (cwd.EndsWith("/") ? cwd : cwd + "/") + path;
            }
            string p = path.Substring(1);
            if (p.Length == 0) return -1;
            for (int i = 0; i < _count; i++)
            {
                int len = _paths[i].Length - 1;
                if (len == 0)
                {
                    rest = path;
                    return i;
                }
                if (p.Length >= len && p.Substring(0, len) == _paths[i].Substring(1))
                {
                    if (p.Length == len)
                    {
                        rest = "/";
                        return i;
                    }
                    if (p[len] == '/')
                    {
                        rest = p.Substring(len);
                        return i;
                    }
                }
            }
            return -2;
        }

#if MP_OS
        // os.statvfs: the file system's statvfs for the path inside it; the virtual root asks what is mounted
        // at "/", or gives zeros and f_namemax when nothing is.
        public static Value StatVfs(Value pathIn)
        {
            if (!(pathIn.Obj is PyStr)) throw SeqArgs.BadImplicitConversion(pathIn);
            string rest;
            Value user;
            if (Route(pathIn.Obj.ToString(), out user, out rest)) return Proxy(user, "statvfs", rest);
            int i = Lookup(pathIn.Obj.ToString(), out rest);
            if (i == -1)
            {
                for (int j = 0; j < _count && i < 0; j++)
                {
                    if (_paths[j].Length == 1) i = j;
                }
                if (i < 0)
                {
                    Value[] t = Value.NewArray(10);
                    for (int j = 0; j < 9; j++) t[j] = Value.Zero;
                    t[9] = Value.FromInt(4096); // MICROPY_ALLOC_PATH_MAX
                    return new PyTuple(t);
                }
                rest = "/";
            }
            if (i == -2) throw Rt.OSError(2);
            return Rt.Call1(Rt.LoadAttr(_objs[i], QStatvfs), PyStr.FromString(rest));
        }
#endif

        // The board's own file system, mounted at "/": its capacity comes from the port.
        private sealed class PyBoardVfs : PyObject
        {
            private static PyType _typeObj;
            public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

            public override PyType Type { get { return TypeObj; } }

            private static PyType MakeType()
            {
                PyType t = new PyType(Qstr.Intern("VfsPosix"), PyType.ObjectType);
#if MP_OS
                t.FillOnFirstUse(FillMethods);
#endif
                return t;
            }

#if MP_OS
            // Methods made on first use of the type (PyType.FillOnFirstUse).
            private static void FillMethods(PyType t)
            {
                t.AddMethod(new PyBuiltin("mount", StatelessMount));
                t.AddMethod(new PyBuiltin("umount", Stateless));
                t.AddMethod(new PyBuiltin("statvfs", Statvfs));
            }

            private static Value StatelessMount(Value self, Value ro, Value mkfs)
            {
                return Value.None;
            }

            private static Value Stateless(Value self)
            {
                return Value.None;
            }

            private static Value Statvfs(Value self, Value path)
            {
                IBoardPort port = BoardPort.Current;
                long[] r = new long[10];
                int err = port == null ? -ENODEV : port.StatVfs(path.Obj is PyStr ? path.Obj.ToString() : "/", r);
                if (err < 0) throw Rt.OSError(-err);
                Value[] t = Value.NewArray(10);
                for (int i = 0; i < 10; i++) t[i] = Value.FromInt(r[i]);
                return new PyTuple(t);
            }
#endif

            public override void Print(Printer p, int kind)
            {
                p.Write("<VfsPosix>");
            }
        }
    }
}
