#if MP_IO
// (only in builds with MP_IO: build/FeatureLevel.props)
namespace NanoMpy
{
    // io (py/modio.c) and the open() builtin (extmod/vfs_posix_file.c): open, StringIO, BytesIO, IOBase,
    // TextIOWrapper, FileIO. Files come from the board's IFileSystem.
    public static class IoModule
    {
        // Base for streams written in Python: print(file=x) calls x.write piece by piece.
        private static PyType _iOBaseType;
        public static PyType IOBaseType { get { return _iOBaseType ?? (_iOBaseType = MakeIOBase()); } }

        private static PyType MakeIOBase()
        {
            PyType t = new PyType(Qstr.Intern("IOBase"), PyType.ObjectType);
            t.MakeNew = MakeIOBaseObject;
            return t;
        }

        // io.IOBase(*args, **kw) ignores its arguments (MicroPython's io_base make_new), so a subclass's
        // __init__ may take its own: mpremote's RemoteFile does.
        private static Value MakeIOBaseObject(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            return new PyBareObject(type);
        }

        private static readonly int QMode = Qstr.Intern("mode");
        private static readonly int QFile = Qstr.Intern("file");

        // Last: static fields are initialised in textual order, and Make uses the ones above.
        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("io");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(Qstr.Intern("open"), new PyBuiltin("open", Open));
            g.SetQ(Qstr.Intern("StringIO"), PyIOStream.StringIOType);
            g.SetQ(Qstr.Intern("BytesIO"), PyIOStream.BytesIOType);
            g.SetQ(Qstr.Intern("IOBase"), IOBaseType);
            g.SetQ(Qstr.Intern("TextIOWrapper"), PyIOStream.TextIOType);
            g.SetQ(Qstr.Intern("FileIO"), PyIOStream.FileIOType);
            return new PyModule(name, g);
        }

        // open(file, mode='r', ...): file is a path or an fd already open on the board.
        public static Value Open(Value[] a, int s, int nPos, int nKw)
        {
            Value file = nPos > 0 ? a[s] : Value.Null;
            Value mode = nPos > 1 ? a[s + 1] : Value.Null;
            for (int i = 0; i < nKw; i++)
            {
                PyStr k = a[s + nPos + 2 * i].Obj as PyStr;
                int q = k == null ? 0 : k.Intern();
                if (q == QMode) mode = a[s + nPos + 2 * i + 1];
                else if (q == QFile) file = a[s + nPos + 2 * i + 1];
            }
            if (file.IsNull) throw Rt.TypeError("function missing 1 required positional arguments");
            string m = "r";
            if (!mode.IsNull)
            {
                if (!(mode.Obj is PyStr)) throw SeqArgs.BadImplicitConversion(mode);
                m = mode.Obj.ToString();
            }
            int flags = FileOpenMode.Read;
            bool text = true;
            for (int i = 0; i < m.Length; i++)
            {
                switch (m[i])
                {
                    case 'r': flags = FileOpenMode.Read; break;
                    case 'w': flags = FileOpenMode.Write | FileOpenMode.Create | FileOpenMode.Truncate; break;
                    case 'a': flags = FileOpenMode.Write | FileOpenMode.Create | FileOpenMode.Append; break;
                    case '+': flags |= FileOpenMode.Read | FileOpenMode.Write; break;
                    case 'b': text = false; break;
                    case 't': text = true; break;
                }
            }
            IFileSystem fs = Vm.Board as IFileSystem;
            if (fs == null) throw Rt.OSError(19);
            if (file.IsSmallInt) return PyIOStream.Console((int)file.Bits);
            if (!(file.Obj is PyStr)) throw SeqArgs.BadImplicitConversion(file);
            Value obj;
            string rest;
            if (VfsModule.Route(file.Obj.ToString(), out obj, out rest))
            {
                // a mounted Python file system opens its own files (mp_vfs_open's proxy call)
                return Rt.Call2(Rt.LoadAttr(obj, Q.open), PyStr.FromString(rest), PyStr.FromString(m));
            }
            int h = fs.Open(file.Obj.ToString(), flags);
            if (h < 0) throw Rt.OSError(-h);
            return PyIOStream.File(text, h, h + 3);
        }
    }
}
#endif
