using NanoMpy.Flash;

namespace NanoMpy
{
    // vfs.VfsRom (extmod/vfs_rom.c): a read-only file system over a ROMFS image in any buffer (a memoryview of
    // flash on a board). Entries and file data are found in place (RomfsImage); open(path, 'rb') reads the
    // file's bytes where they lie, imports run modules from there (Imports).
    public sealed class PyVfsRom : PyObject
    {
        private const int ENOENT = 2, EPERM = 1, ENODEV = 19, EROFS = 30, EOPNOTSUPP = 95;
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        public readonly RomfsImage Image;
        private readonly Value _memory; // keeps the buffer alive

        private PyVfsRom(RomfsImage image, Value memory)
        {
            Image = image;
            _memory = memory;
        }

        public override PyType Type { get { return TypeObj; } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("VfsRom"), PyType.ObjectType);
#if MP_OS
            t.MakeNew = MakeNew;
#endif
            t.FillOnFirstUse(FillMethods);
            return t;
        }

        // Without os and vfs (MP_OS) only imports use it, through stat (VfsModule.StatKind).
        private static void FillMethods(PyType t)
        {
#if MP_OS
            t.AddMethod(new PyBuiltin("mount", Mount));
            t.AddMethod(new PyBuiltin("umount", Umount));
#endif
#if MP_IO
            t.AddMethod(new PyBuiltin("open", Open));
#endif
#if MP_OS
            t.AddMethod(new PyBuiltin("chdir", ChDir));
            t.AddMethod(new PyBuiltin("getcwd", GetCwd));
            t.AddMethod(new PyBuiltin("ilistdir", IListDir));
#endif
            t.AddMethod(new PyBuiltin("stat", Stat));
#if MP_OS
            t.AddMethod(new PyBuiltin("statvfs", StatVfs));
#endif
        }

#if MP_OS
        // VfsRom(buffer): OSError(ENODEV) unless the buffer holds a whole, well-formed ROMFS image.
        private static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0 || nPos != 1) throw Rt.ArgCountError(1, 1, nPos);
            string error;
            PyVfsRom v = Over(args[start], out error);
            if (v == null) throw Rt.OSError(ENODEV);
            return v;
        }
#endif

        // The file system over buffer, or null when it is not a ROMFS image (error says why).
        public static PyVfsRom Over(Value buffer, out string error)
        {
            byte[] d;
            int off, len;
#if MP_ARRAY
            // rom_ioctl(2)'s memoryview of flash no array holds: the image is read where it lies
            PyMemoryView m = buffer.Obj as PyMemoryView;
            PyFlashBuffer flash = m == null ? null : m.Owner.Obj as PyFlashBuffer;
            if (flash != null)
            {
                RomfsImage fi = RomIoctl.ImageIn(flash.Partition, flash.Offset + m.Start, m.Length, out error);
                return fi == null ? null : new PyVfsRom(fi, buffer);
            }
#endif
            SeqArgs.GetBufferRaise(buffer, out d, out off, out len);
            RomfsImage img = RomfsImage.Open(d, off, len, out error);
            return img == null ? null : new PyVfsRom(img, buffer);
        }

        // The file system over an image in flash no array holds (read through the flash cache).
        public static PyVfsRom OverImage(RomfsImage image)
        {
            return new PyVfsRom(image, Value.None);
        }

        private static PyVfsRom Self(Value v)
        {
            PyVfsRom r = v.Obj as PyVfsRom;
            if (r == null) throw Rt.TypeError("VfsRom method on another object");
            return r;
        }

        private static RomfsEntry Entry(Value self, Value path)
        {
            RomfsEntry e = Self(self).Image.Find(PathOf(path));
            if (e == null) throw Rt.OSError(ENOENT);
            return e;
        }

        private static string PathOf(Value path)
        {
            PyStr s = path.Obj as PyStr;
            if (s != null) return s.ToString();
            PyBytes b = path.Obj as PyBytes;
            if (b != null) return Utf8.Decode(b.Data, b.Offset, b.Length);
            throw Rt.TypeError("can't convert '" + Rt.TypeOf(path).NameStr + "' object to str implicitly");
        }

#if MP_OS
        private static Value Mount(Value self, Value readOnly, Value mkfs)
        {
            if (Rt.IsTrue(mkfs)) throw Rt.OSError(EPERM);
            return Value.None;
        }
#endif

#if MP_OS
        private static Value Umount(Value self)
        {
            return self;
        }
#endif

#if MP_OS
        private static Value ChDir(Value self, Value path)
        {
            string p = PathOf(path);
            if (p != "/") throw Rt.OSError(EOPNOTSUPP);
            return Value.None;
        }
#endif

#if MP_OS
        private static Value GetCwd(Value self)
        {
            return Qstr.Obj(Q.empty);
        }
#endif

#if MP_IO
        // open(path, mode): 'w', 'a' and '+' are EROFS; 'b' gives the bytes, else text.
        private static Value Open(Value self, Value path, Value mode)
        {
            string m = PathOf(mode);
            bool binary = false;
            for (int i = 0; i < m.Length; i++)
            {
                char c = m[i];
                if (c == 'w' || c == 'a' || c == '+') throw Rt.OSError(EROFS);
                if (c == 'b') binary = true;
                else if (c == 't') binary = false;
            }
            RomfsEntry e = Entry(self, path);
            if (e.IsDir) throw Rt.OSError(ENOENT);
            RomfsImage img = Self(self).Image;
            byte[] data = img.Data;
            int start = e.DataStart;
            if (data == null)
            {
                // flash no array holds: the file is read into RAM, as reading a file from any other drive
                data = img.Copy(e);
                start = 0;
            }
            if (binary) return Rt.Call1(PyIOStream.BytesIOType, new PyBytes(data, start, e.DataLength));
            return Rt.Call1(PyIOStream.StringIOType, new PyStr(data, start, e.DataLength));
        }
#endif

#if MP_OS
        // ilistdir(path): (name, type, 0, size) per entry; names are bytes when path is.
        private static Value IListDir(Value self, Value path)
        {
            PyVfsRom r = Self(self);
            RomfsEntry dir = r.Image.Find(PathOf(path));
            if (dir == null || !dir.IsDir) throw Rt.OSError(ENOENT);
            bool asBytes = path.Obj is PyBytes;
            RomfsEntry[] all = r.Image.List(dir);
            PyList l = new PyList(all.Length);
            for (int i = 0; i < all.Length; i++)
            {
                RomfsEntry e = all[i];
                byte[] nb = Utf8.Encode(e.Name);
                Value name = asBytes ? (Value)new PyBytes(nb, 0, nb.Length) : PyStr.FromString(e.Name);
                l.Append(new PyTuple(new Value[] { name, Value.FromInt(e.IsDir ? 0x4000 : 0x8000), Value.FromInt(0), Value.FromInt(e.Size) }));
            }
            return Rt.GetIter(l);
        }
#endif

        private static Value Stat(Value self, Value path)
        {
            RomfsEntry e = Entry(self, path);
            Value[] t = Value.NewArray(10);
            for (int i = 0; i < 10; i++) t[i] = Value.FromInt(0);
            t[0] = Value.FromInt(e.IsDir ? 0x4000 : 0x8000);
            t[6] = Value.FromInt(e.Size);
            return new PyTuple(t);
        }

#if MP_OS
        private static Value StatVfs(Value self, Value path)
        {
            Value[] t = Value.NewArray(10);
            for (int i = 0; i < 10; i++) t[i] = Value.FromInt(0);
            t[0] = Value.FromInt(1);
            t[2] = Value.FromInt(Self(self).Image.PayloadLength);
            t[9] = Value.FromInt(32767);
            return new PyTuple(t);
        }
#endif

        public override void Print(Printer p, int kind)
        {
            p.Write("<VfsRom>");
        }
    }
}
