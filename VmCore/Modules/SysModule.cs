namespace NanoMpy
{
    // The sys module as the unix port of MicroPython v1.27.0 has it: argv, path, modules, exit,
    // stdin/stdout/stderr, print_exception, implementation, version, version_info, maxsize, byteorder,
    // platform.
    public static class SysModule
    {
        public static readonly PyDict Modules = PyDict.NewNamespace(3); // MICROPY_LOADED_MODULES_DICT_SIZE
        public static readonly PyList Path = new PyList(4);
        public static readonly PyList Argv = new PyList(4);
        private static PyModule _module;

        // Made on first import, as ModuleTable's modules are.
        public static PyModule Module
        {
            get
            {
                if (_module == null)
                {
                    _module = Make();
                    _portSet = false;
                    ShowPort();
                }
                return _module;
            }
        }

        private static readonly int QWrite = Qstr.Intern("write");

        private static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("sys");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            PyModule m = new PyModule(name, g);
            Set(g, "argv", Argv);
            Set(g, "path", Path);
            Set(g, "modules", Modules);
            Set(g, "exit", new PyBuiltin("exit", 0, 1, Exit));
            Set(g, "print_exception", new PyBuiltin("print_exception", 1, 2, PrintExceptionFn));
#if MP_IO
            Set(g, "stdin", new PyStream(0));
            Set(g, "stdout", new PyStream(1));
            Set(g, "stderr", new PyStream(2));
#endif
            Set(g, "implementation", Implementation(null));
            Set(g, "version", PyStr.FromString("3.4.0; MicroPython v1.27.0 on 2026-11-23"));
            Set(g, "version_info", new PyTuple(new Value[] { Value.FromInt(3), Value.FromInt(4), Value.FromInt(0) }));
#if MP_SYS_EXTRAS
            Set(g, "maxsize", Value.FromInt(long.MaxValue));
#endif
            Set(g, "byteorder", PyStr.FromString("little"));
            Set(g, "platform", PyStr.FromString("linux"));
            Set(g, "executable", PyStr.FromString(_executable));
#if MP_SYS_EXTRAS
            Set(g, "ps1", PyStr.FromString(">>> "));
            Set(g, "ps2", PyStr.FromString("... "));
            Set(g, "exc_info", new PyBuiltin("exc_info", ExcInfo));
            Set(g, "atexit", new PyBuiltin("atexit", AtExit));
#endif
            return m;
        }

        // The unix port's (port null), or a board's: its machine and build names, .mpy version 6 sub-version 3
        // with no native architecture (the VM runs bytecode only), and no _thread (boards built without threads
        // leave it out).
        private static PyAttrTuple Implementation(IBoardPort port)
        {
            bool unix = port == null;
            Value[] v = new Value[unix ? 6 : 5];
            v[0] = PyStr.FromString("micropython");
            v[1] = new PyTuple(new Value[] { Value.FromInt(1), Value.FromInt(27), Value.FromInt(0), PyStr.FromString("") });
            v[2] = PyStr.FromString(unix ? "linux [GCC 12.2.0] version" : port.Machine);
            v[3] = Value.FromInt(unix ? 2822 : 6 | (3 << 8));
            v[4] = PyStr.FromString(unix ? "standard" : port.Build);
            if (unix) v[5] = PyStr.FromString("unsafe");
            return new PyAttrTuple(new string[] { "name", "version", "_machine", "_mpy", "_build", "_thread" }, v);
        }

        // An attrtuple (os.uname's result).
        public static PyObject AttrTuple(string[] names, Value[] values)
        {
            return new PyAttrTuple(names, values);
        }

        // sys.platform and sys.implementation of the board port in BoardPort.Current, or the unix port's.
        private static IBoardPort _portShown;
        private static bool _portSet;

        private static void ShowPort()
        {
            IBoardPort port = BoardPort.Current;
            if (_portSet && port == _portShown) return;
            _portSet = true;
            _portShown = port;
            PyDict g = Module.Globals;
            Set(g, "platform", PyStr.FromString(port != null ? port.Platform : "linux"));
            Set(g, "implementation", Implementation(port));
        }

        // The function sys.atexit registered (Null: none); the host calls it when the program ends.
        public static Value ExitFunc = Value.Null;

        private static string _executable = "";

        public static void SetExecutable(string path)
        {
            _executable = path;
            if (_module != null) _module.Globals.SetQ(Qstr.Intern("executable"), PyStr.FromString(path));
        }

        // sys's attribute called name, or Null (also when no program has imported sys yet, so that reading
        // sys.ps1 does not make the module).
        public static Value AttrIfMade(string name)
        {
            return _module == null ? Value.Null : _module.Globals.GetQ(Qstr.Intern(name));
        }

#if MP_SYS_EXTRAS
        // sys.exc_info(): (type, value, None) of the exception being handled, else three Nones.
        private static Value ExcInfo()
        {
            PyBaseException e = Vm.CurrentException;
            if (e == null) return new PyTuple(new Value[] { Value.None, Value.None, Value.None });
            return new PyTuple(new Value[] { e.ExcType, e, Value.None });
        }

        // sys.atexit(func): registers func (replacing any earlier one) and returns the previous one.
        private static Value AtExit(Value func)
        {
            Value prev = ExitFunc.IsNull ? Value.None : ExitFunc;
            ExitFunc = func;
            return prev;
        }
#endif

        private static void Set(PyDict g, string name, Value v)
        {
            g.SetQ(Qstr.Intern(name), v);
        }

        // A new interpreter (MpState.Init): no module loaded, the given argv and path, sys itself made again on
        // its next import (a program may have changed sys.ps1, say).
        public static void Reset(string[] argv, string[] path)
        {
            Modules.Clear();
            ClearList(Argv);
            ClearList(Path);
            ExitFunc = Value.Null;
            _module = null;
            _portSet = false;
            _portShown = null;
            for (int i = 0; i < argv.Length; i++) Argv.Append(PyStr.FromString(argv[i]));
            for (int i = 0; i < path.Length; i++) Path.Append(PyStr.FromString(path[i]));
        }

        private static void ClearList(PyList l)
        {
            Value.Clear(l.Items, 0, l.Count);
            l.Count = 0;
        }

        private static Value Exit(Value[] args, int start, int n)
        {
            if (n == 0) throw new PyException(new PyBaseException(ExcTypes.SystemExit, PyTuple.Empty));
            throw Rt.RaiseWith(ExcTypes.SystemExit, args[start]);
        }

        private static Value PrintExceptionFn(Value[] args, int start, int n)
        {
            // the stream is checked first (mp_get_stream_raise), as MicroPython does
            if (n > 1 && (!args[start + 1].IsObj || Rt.LoadAttrMaybe(args[start + 1], QWrite).IsNull))
            {
                throw Rt.Raise(ExcTypes.OSError, "stream operation not supported");
            }
            PyBaseException e = args[start].Obj as PyBaseException;
            if (e == null) throw Rt.TypeError("print_exception expects an exception");
            Printer p = new Printer();
            Vm.PrintException(p, e);
            if (n > 1) Rt.Call1(Rt.LoadAttr(args[start + 1], QWrite), new PyStr(p.ToArray(), 0, p.Length));
            else WriteTo(1, p.Buffer, 0, p.Length);
            return Value.None;
        }

        // Writes to the board's stdout (fd 1) or stderr (fd 2).
        public static void WriteTo(int fd, byte[] data, int off, int len)
        {
            IBoard b = Vm.Board;
            if (b == null) return;
            IByteSink sink = fd == 2 ? b.Stderr : b.Stdout;
            if (sink != null) sink.Write(data, off, len);
        }

#if MP_IO
        // sys.stdin/stdout/stderr: write(s) sends str or bytes data to the console.
        private sealed class PyStream : PyObject
        {
            private static PyType _typeObj;
            private static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }
            private readonly int _fd;

            public PyStream(int fd)
            {
                _fd = fd;
            }

            public override PyType Type { get { return TypeObj; } }

            private static PyType MakeType()
            {
                PyType t = new PyType(Qstr.Intern("TextIOWrapper"), PyType.ObjectType);
                t.FillOnFirstUse(FillMethods);
                return t;
            }

            // Methods made on first use of the type (PyType.FillOnFirstUse).
            private static void FillMethods(PyType t)
            {
                t.AddMethod(new PyBuiltin("write", WriteFn));
                t.AddMethod(new PyBuiltin("flush", FlushFn));
                t.AddMethod(new PyBuiltin("fileno", FileNoFn));
                t.AddMethod(new PyBuiltin("read", 1, 2, ReadFn));
                t.AddMethod(new PyBuiltin("readinto", 2, 3, ReadIntoFn));
                t.AddMethod(new PyBuiltin("readline", 1, 2, ReadLineFn));
                t.AddMethod(new PyBuiltin("readlines", 1, 2, ReadLinesFn));
            }

            private PyIOStream _text;

            // sys.stdin.read/readinto/readline/readlines: the stream methods over the console's input
            private static Value Forward(string method, Value[] a, int s, int n)
            {
                PyStream st = (PyStream)a[s].Obj;
                if (st._text == null) st._text = PyIOStream.ConsoleText(st._fd);
                Value f = Rt.LoadAttr(st._text, Qstr.Intern(method));
                Value[] rest = Value.NewArray(n - 1);
                for (int i = 1; i < n; i++) rest[i - 1] = a[s + i];
                return Rt.Call(f, rest, 0, n - 1, 0);
            }

            private static Value ReadFn(Value[] a, int s, int n) { return Forward("read", a, s, n); }
            private static Value ReadIntoFn(Value[] a, int s, int n) { return Forward("readinto", a, s, n); }
            private static Value ReadLineFn(Value[] a, int s, int n) { return Forward("readline", a, s, n); }
            private static Value ReadLinesFn(Value[] a, int s, int n) { return Forward("readlines", a, s, n); }

            private static Value FileNoFn(Value self)
            {
                return Value.FromInt(((PyStream)self.Obj)._fd);
            }

            private static Value WriteFn(Value self, Value data)
            {
                PyStream st = (PyStream)self.Obj;
                PyStr s = data.Obj as PyStr;
                if (s != null)
                {
                    WriteTo(st._fd, s.Data, s.Offset, s.Length);
                    return Value.FromInt(s.Length);
                }
                PyBytes b = data.Obj as PyBytes;
                if (b != null)
                {
                    WriteTo(st._fd, b.Data, b.Offset, b.Length);
                    return Value.FromInt(b.Length);
                }
                throw Rt.TypeError("object with buffer protocol required");
            }

            private static Value FlushFn(Value self)
            {
                return Value.None;
            }

            private static readonly int QBuffer = Qstr.Intern("buffer");
            private PyIOStream _buffer;

            // sys.stdout.buffer and friends: the binary FileIO on the same fd.
            public override Value LoadAttr(int qstr)
            {
                if (qstr == QBuffer)
                {
                    if (_buffer == null) _buffer = PyIOStream.Console(_fd);
                    return _buffer;
                }
                return Rt.GenericLoadAttr(this, qstr);
            }

            public override void Print(Printer p, int kind)
            {
                p.Write("<io.TextIOWrapper ");
                p.WriteInt(_fd);
                p.Write(">");
            }
        }
#endif

        // A tuple whose items are also attributes (MicroPython's attrtuple, e.g. sys.implementation).
        private sealed class PyAttrTuple : PyObject
        {
            private static PyType _typeObj;
            private static PyType TypeObj { get { return _typeObj ?? (_typeObj = new PyType(Q.tuple, PyType.ObjectType)); } }
            private readonly int[] _names;
            private readonly Value[] _values;

            // The first values.Length of names.
            public PyAttrTuple(string[] names, Value[] values)
            {
                _names = new int[values.Length];
                for (int i = 0; i < values.Length; i++) _names[i] = Qstr.Intern(names[i]);
                _values = values;
            }

            public override PyType Type { get { return TypeObj; } }

            public override Value LoadAttr(int qstr)
            {
                for (int i = 0; i < _names.Length; i++)
                {
                    if (_names[i] == qstr) return _values[i];
                }
                return Value.Null;
            }

            public override Value Subscr(Value index, Value value)
            {
                if (!value.IsSentinel || !index.IsSmallInt) return Value.Null;
                long i = index.Bits;
                if (i < 0) i += _values.Length;
                if (i < 0 || i >= _values.Length) throw Rt.IndexError("tuple index out of range");
                return _values[(int)i];
            }

            public override void Print(Printer p, int kind)
            {
                p.Write("(");
                for (int i = 0; i < _names.Length; i++)
                {
                    if (i > 0) p.Write(", ");
                    p.Write(Qstr.Str(_names[i]));
                    p.Write("=");
                    Rt.Print(p, _values[i], PrintKind.Repr);
                }
                p.Write(")");
            }
        }
    }
}
