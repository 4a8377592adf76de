#if MP_IO
// (only in builds with MP_IO: build/FeatureLevel.props)
namespace NanoMpy
{
    // The stream objects of io (py/objstringio.c, py/stream.c, extmod/vfs_posix_file.c): StringIO and BytesIO
    // over a byte buffer, TextIOWrapper and FileIO over a board file handle (IFileSystem) or a console fd.
    // One class: the methods are py/stream.c's, written once over ReadBytes/WriteBytes/SeekTo. Text streams
    // take and give str and count read(n) in characters; binary ones take buffers and give bytes.
    public sealed class PyIOStream : PyObject
    {
        private static PyType _stringIOType;
        public static PyType StringIOType { get { return _stringIOType ?? (_stringIOType = MakeType("StringIO", true)); } }
        private static PyType _bytesIOType;
        public static PyType BytesIOType { get { return _bytesIOType ?? (_bytesIOType = MakeType("BytesIO", true)); } }
        private static PyType _textIOType;
        public static PyType TextIOType { get { return _textIOType ?? (_textIOType = MakeType("TextIOWrapper", false)); } }
        private static PyType _fileIOType;
        public static PyType FileIOType { get { return _fileIOType ?? (_fileIOType = MakeType("FileIO", false)); } }

        private const int EBADF = 9;
        private const int EINVAL = 22;

        private readonly PyType _type;
        public readonly bool Text;
        private readonly bool _memory;
        private byte[] _buf;     // memory streams: contents _buf[_base, _base + _len), position _pos
        private int _base;       // non-zero only while sharing an immutable initial value (copied on write)
        private bool _shared;
        private int _len;
        private int _pos;
        private readonly int _handle;  // file streams: board handle, or -1 - fd for the console
        private readonly int _fdShown;
        private bool _closed;

        private PyIOStream(PyType type, bool text, bool memory, int handle, int fdShown)
        {
            _type = type;
            Text = text;
            _memory = memory;
            _handle = handle;
            _fdShown = fdShown;
        }

        public override PyType Type { get { return _type; } }

        public static PyIOStream Memory(bool text, byte[] data, int off, int len)
        {
            PyIOStream s = new PyIOStream(text ? StringIOType : BytesIOType, text, true, -1, 0);
            s._buf = new byte[len < 16 ? 16 : len];
            System.Array.Copy(data, off, s._buf, 0, len);
            s._len = len;
            return s;
        }

        // BytesIO(bytes)/StringIO(str): the value's bytes are used as they are until the first write.
        public static PyIOStream SharedMemory(bool text, byte[] data, int off, int len)
        {
            PyIOStream s = new PyIOStream(text ? StringIOType : BytesIOType, text, true, -1, 0);
            s._buf = data;
            s._base = off;
            s._shared = true;
            s._len = len;
            return s;
        }

        public static PyIOStream File(bool text, int handle, int fdShown)
        {
            return new PyIOStream(text ? TextIOType : FileIOType, text, false, handle, fdShown);
        }

        // sys.stdin/stdout/stderr.buffer
        public static PyIOStream Console(int fd)
        {
            return new PyIOStream(FileIOType, false, false, -1 - fd, fd);
        }

        // sys.stdin's reads (text, counted in characters)
        public static PyIOStream ConsoleText(int fd)
        {
            return new PyIOStream(TextIOType, true, false, -1 - fd, fd);
        }

        private static PyType MakeType(string name, bool memory)
        {
            PyType t = new PyType(Qstr.Intern(name), PyType.ObjectType);
            t.MakeNew = memory ? (MakeNewFn)MakeMemory : null;
            t.FillOnFirstUse(memory ? (TypeFillFn)FillMemoryMethods : FillFileMethods);
            return t;
        }

        // Methods made on first use of the type (PyType.FillOnFirstUse).
        private static void FillMemoryMethods(PyType t)
        {
            FillMethods(t, true);
        }

        private static void FillFileMethods(PyType t)
        {
            FillMethods(t, false);
        }

        private static void FillMethods(PyType t, bool memory)
        {
            t.AddMethod(new PyBuiltin("read", 1, 2, ReadFn));
            t.AddMethod(new PyBuiltin("readinto", 2, 3, ReadIntoFn));
            t.AddMethod(new PyBuiltin("readline", 1, 2, ReadLineFn));
            t.AddMethod(new PyBuiltin("write", 2, 4, WriteFn));
            t.AddMethod(new PyBuiltin("seek", 2, 3, SeekFn));
            t.AddMethod(new PyBuiltin("tell", TellFn));
            t.AddMethod(new PyBuiltin("flush", FlushFn));
            t.AddMethod(new PyBuiltin("close", CloseFn));
            t.AddMethod(new PyBuiltin("__enter__", EnterFn));
            t.AddMethod(new PyBuiltin("__exit__", 1, 4, ExitFn));
            if (memory) t.AddMethod(new PyBuiltin("getvalue", GetValueFn));
            else
            {
                t.AddMethod(new PyBuiltin("fileno", FileNoFn));
                t.AddMethod(new PyBuiltin("readlines", ReadLinesFn));
                t.AddMethod(new PyBuiltin("__del__", CloseFn));
            }
        }

        // StringIO([initial]) / BytesIO([initial or size])
        private static Value MakeMemory(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos > 1) throw Rt.ArgCountError(0, 1, nPos);
            bool text = type == StringIOType || (type.IsUser && type.IsSubclassOf(StringIOType));
            PyIOStream s;
            if (nPos == 1 && !args[start].IsSmallInt)
            {
                byte[] d;
                int off, len;
                if (text)
                {
                    if (!(args[start].Obj is PyStr)) throw SeqArgs.BadImplicitConversion(args[start]);
                    SeqArgs.GetData(args[start], out d, out off, out len);
                }
                else
                {
                    SeqArgs.GetBufferRaise(args[start], out d, out off, out len);
                }
                s = SeqArgs.IsMutableBuffer(args[start]) ? Memory(text, d, off, len) : SharedMemory(text, d, off, len);
            }
            else
            {
                s = Memory(text, new byte[0], 0, 0);
                if (nPos == 1)
                {
                    // BytesIO(n): room for n bytes up front, so writes up to n allocate nothing
                    long cap = args[start].Bits;
                    SeqOps.CheckAllocation(cap);
                    if (cap > s._buf.Length) s._buf = new byte[cap];
                }
            }
            return s;
        }

        private static PyIOStream SelfOf(Value v)
        {
            PyIOStream s = v.Obj as PyIOStream;
            if (s == null)
            {
                PyInstance inst = v.Obj as PyInstance;
                if (inst != null) s = inst.NativeBase as PyIOStream;
            }
            if (s == null) throw Rt.TypeError("argument has wrong type");
            return s;
        }

        public override void Print(Printer p, int kind)
        {
            if (_memory)
            {
                p.Write("<io.");
                p.Write(_type.NameStr);
                p.Write(" 0x");
                p.Write(Rt.IdentityHash(this).ToString("x"));
                p.Write(">");
                return;
            }
            p.Write("<io.");
            p.Write(_type.NameStr);
            p.Write(" ");
            p.WriteInt(_fdShown);
            p.Write(">");
        }

        // ---- the byte level ----

        private static IFileSystem Fs
        {
            get
            {
                IFileSystem fs = Vm.Board as IFileSystem;
                if (fs == null) throw Rt.OSError(19); // ENODEV
                return fs;
            }
        }

        // A closed file raises EBADF; a closed StringIO/BytesIO is just empty, as MicroPython frees its buffer.
        private void CheckOpen()
        {
            if (_closed && !_memory) throw Rt.OSError(EBADF);
        }

        // Up to count bytes into buf; 0 at the end.
        private int ReadBytes(byte[] buf, int off, int count)
        {
            CheckOpen();
            if (_memory)
            {
                int n = _len - _pos;
                if (n > count) n = count;
                if (n <= 0) return 0;
                System.Array.Copy(_buf, _base + _pos, buf, off, n);
                _pos += n;
                return n;
            }
            if (_handle < 0)
            {
                // stdin: the console input the board or the command line installed
                if (_handle != -1) return 0;
                IConsoleInput input = ConsoleInput.Current;
                if (input != null) return input.Read(buf, off, count, Text);
                IBoardPort port = BoardPort.Current;
                return port != null ? port.RxRead(buf, off, count) : 0;
            }
            int r = Fs.Read(_handle, buf, off, count);
            if (r < 0) throw Rt.OSError(-r);
            return r;
        }

        private int ReadByte()
        {
            byte[] one = new byte[1];
            return ReadBytes(one, 0, 1) == 1 ? one[0] : -1;
        }

        private void WriteBytes(byte[] d, int off, int count)
        {
            CheckOpen();
            if (_memory)
            {
                int end = _pos + count;
                if (_shared)
                {
                    // copy on first write: the initial value is immutable (bytes or str)
                    byte[] own = new byte[System.Math.Max(16, System.Math.Max(end, _len))];
                    System.Array.Copy(_buf, _base, own, 0, _len);
                    _buf = own;
                    _base = 0;
                    _shared = false;
                }
                if (end > _buf.Length)
                {
                    int cap = _buf.Length * 2;
                    if (cap < end) cap = end;
                    Heap.CheckGrow(cap);
                    byte[] nb = new byte[cap];
                    System.Array.Copy(_buf, nb, _len);
                    _buf = nb;
                }
                if (_pos > _len) System.Array.Clear(_buf, _len, _pos - _len);
                System.Array.Copy(d, off, _buf, _pos, count);
                _pos = end;
                if (end > _len) _len = end;
                return;
            }
            if (_handle < 0)
            {
                // stdout/stderr .buffer: the board's raw console when its text output is cooked
                IRawConsoleOut raw = BoardPort.Current as IRawConsoleOut;
                if (raw != null && _handle != -1)
                {
                    raw.WriteRaw(d, off, count);
                    return;
                }
                SysModule.WriteTo(-1 - _handle, d, off, count);
                return;
            }
            int r = Fs.Write(_handle, d, off, count);
            if (r < 0) throw Rt.OSError(-r);
        }

        private long SeekTo(long offset, int whence)
        {
            CheckOpen();
            if (_memory)
            {
                long basePos = whence == 1 ? _pos : whence == 2 ? _len : 0;
                long np = basePos + offset;
                if (whence < 0 || whence > 2 || np < 0) throw Rt.OSError(EINVAL);
                if (np > int.MaxValue / 2) throw Rt.OSError(EINVAL);
                _pos = (int)np;
                return np;
            }
            if (_handle < 0) throw Rt.OSError(29); // ESPIPE
            long r = Fs.Seek(_handle, offset, whence);
            if (r < 0) throw Rt.OSError((int)-r);
            return r;
        }

        private Value Wrap(byte[] d, int len)
        {
            if (Text)
            {
                if (len == 0) return PyStr.Empty;
                if (!StrMethods.Utf8Valid(d, 0, len)) throw Rt.Raise(ExcTypes.UnicodeError, null);
                return new PyStr(d, 0, len);
            }
            return len == 0 ? (Value)PyBytes.Empty : new PyBytes(d, 0, len);
        }

        private Value Wrap(Printer p)
        {
            byte[] d = p.ToArray();
            return Wrap(d, d.Length);
        }

        // ---- py/stream.c methods ----

        private Value ReadAll()
        {
            Printer p = new Printer();
            byte[] chunk = new byte[256];
            while (true)
            {
                int n = ReadBytes(chunk, 0, chunk.Length);
                if (n == 0) break;
                p.WriteBytes(chunk, 0, n);
            }
            return Wrap(p);
        }

        private static Value ReadFn(Value[] a, int s, int n)
        {
            PyIOStream st = SelfOf(a[s]);
            long want = -1;
            if (n > 1 && !a[s + 1].IsNone) want = NumberOps.GetInt(a[s + 1]);
            if (want == -1) return st.ReadAll();
            if (want < 0) throw Rt.MemoryError("memory allocation failed");
            if (!st.Text)
            {
                SeqOps.CheckAllocation(want);
                byte[] d = new byte[want];
                int got = 0;
                while (got < want)
                {
                    int r = st.ReadBytes(d, got, (int)want - got);
                    if (r == 0) break;
                    got += r;
                }
                if (got < want)
                {
                    byte[] t = new byte[got];
                    System.Array.Copy(d, t, got);
                    d = t;
                }
                return st.Wrap(d, got);
            }
            // text: want characters; continuation bytes complete the last one
            Printer p = new Printer();
            long chars = 0;
            while (chars < want)
            {
                int b = st.ReadByte();
                if (b < 0) break;
                p.WriteByte((byte)b);
                int more = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
                for (int i = 0; i < more; i++)
                {
                    int c = st.ReadByte();
                    if (c < 0) break;
                    p.WriteByte((byte)c);
                }
                chars++;
            }
            return st.Wrap(p);
        }

        private static Value ReadIntoFn(Value[] a, int s, int n)
        {
            PyIOStream st = SelfOf(a[s]);
            byte[] d;
            int off, len;
            SeqArgs.GetBufferRaise(a[s + 1], out d, out off, out len);
            if (n > 2)
            {
                long lim = NumberOps.GetInt(a[s + 2]);
                if (lim < len) len = (int)lim;
            }
            int got = 0;
            while (got < len)
            {
                int r = st.ReadBytes(d, off + got, len - got);
                if (r == 0) break;
                got += r;
            }
            return Value.FromInt(got);
        }

        private Value ReadLine(long max)
        {
            Printer p = new Printer();
            while (max < 0 || p.Length < max)
            {
                int b = ReadByte();
                if (b < 0) break;
                p.WriteByte((byte)b);
                if (b == '\n') break;
            }
            return Wrap(p);
        }

        private static Value ReadLineFn(Value[] a, int s, int n)
        {
            PyIOStream st = SelfOf(a[s]);
            long max = n > 1 && !a[s + 1].IsNone ? NumberOps.GetInt(a[s + 1]) : -1;
            return st.ReadLine(max);
        }

        private static Value ReadLinesFn(Value self)
        {
            PyIOStream st = SelfOf(self);
            PyList l = new PyList(4);
            while (true)
            {
                Value line = st.ReadLine(-1);
                if (Rt.TypeOf(line) == PyStr.TypeObj ? ((PyStr)line.Obj).Length == 0 : ((PyBytes)line.Obj).Length == 0) break;
                l.Append(line);
            }
            return l;
        }

        // write(buf[, len]) or write(buf, off, len): the MicroPython extension writes part of buf.
        private static Value WriteFn(Value[] a, int s, int n)
        {
            PyIOStream st = SelfOf(a[s]);
            byte[] d;
            int off, len;
            if (st.Text && !(a[s + 1].Obj is PyStr) && !(a[s + 1].Obj is PyBytes) && !(a[s + 1].Obj is PyByteArray))
            {
                throw SeqArgs.BadImplicitConversion(a[s + 1]);
            }
            SeqArgs.GetBufferRaise(a[s + 1], out d, out off, out len);
            if (n == 3)
            {
                long sz = NumberOps.GetInt(a[s + 2]);
                if (sz < len) len = (int)(sz < 0 ? 0 : sz);
            }
            else if (n == 4)
            {
                long o = NumberOps.GetInt(a[s + 2]);
                long sz = NumberOps.GetInt(a[s + 3]);
                if (o > len) o = len;
                if (o < 0) o = 0;
                off += (int)o;
                len -= (int)o;
                if (sz < len) len = (int)(sz < 0 ? 0 : sz);
            }
            st.WriteBytes(d, off, len);
            return Value.FromInt(len);
        }

        private static Value SeekFn(Value[] a, int s, int n)
        {
            PyIOStream st = SelfOf(a[s]);
            long off = NumberOps.GetInt(a[s + 1]);
            int whence = n > 2 ? (int)NumberOps.GetInt(a[s + 2]) : 0;
            return Value.FromInt(st.SeekTo(off, whence));
        }

        private static Value TellFn(Value self)
        {
            return Value.FromInt(SelfOf(self).SeekTo(0, 1));
        }

        private static Value FlushFn(Value self)
        {
            PyIOStream st = SelfOf(self);
            st.CheckOpen();
            if (!st._memory && st._handle >= 0)
            {
                int r = Fs.Flush(st._handle);
                if (r < 0) throw Rt.OSError(-r);
            }
            return Value.None;
        }

        private static Value CloseFn(Value self)
        {
            PyIOStream st = SelfOf(self);
            if (st._closed) return Value.None;
            st._closed = true;
            if (st._memory)
            {
                st._buf = new byte[0];
                st._base = 0;
                st._shared = false;
                st._len = 0;
                st._pos = 0;
            }
            else if (st._handle >= 0)
            {
                Fs.Close(st._handle);
            }
            return Value.None;
        }

        private static Value EnterFn(Value self)
        {
            return self;
        }

        private static Value ExitFn(Value[] a, int s, int n)
        {
            return CloseFn(a[s]);
        }

        private static Value GetValueFn(Value self)
        {
            PyIOStream st = SelfOf(self);
            st.CheckOpen();
            byte[] d = new byte[st._len];
            System.Array.Copy(st._buf, st._base, d, 0, st._len);
            return st.Wrap(d, d.Length);
        }

        private static Value FileNoFn(Value self)
        {
            return Value.FromInt(SelfOf(self)._fdShown);
        }

        // Iteration yields lines until an empty one.
        public override Value GetIter()
        {
            return this;
        }

        public override Value IterNext()
        {
            Value line = ReadLine(-1);
            PyStr s = line.Obj as PyStr;
            if (s != null ? s.Length == 0 : ((PyBytes)line.Obj).Length == 0) return Value.Null;
            return line;
        }
    }
}
#endif
