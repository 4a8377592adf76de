namespace NanoMpy
{
    // Printing built-ins (py/modbuiltins.c): print, repr, and __repl_print__, which the REPL's compiled
    // expression statements call.
    public static class PrintBuiltins
    {
#if MP_IO
        private static readonly int QFile = Qstr.Intern("file");
#endif
        private static readonly byte[] Space = new byte[] { (byte)' ' };
        private static readonly byte[] Newline = new byte[] { (byte)'\n' };
        private static Printer _stdoutPrinter;
        private static IByteSink _stdoutSink;

#if MP_IO
        // print(*objects, sep=' ', end='\n', file=sys.stdout)
        // A stream written in Python (an io.IOBase subclass): each piece goes to its write() as a bytearray, as
        // MicroPython's stream protocol calls it.
        private static Value PrintToPython(Value[] args, int start, int nPos, Value file, byte[] sepData, int sepOff,
            int sepLen, byte[] endData, int endOff, int endLen)
        {
            Value write = Rt.LoadAttr(file, Q.write);
            for (int i = 0; i < nPos; i++)
            {
                if (i > 0) WritePiece(write, sepData, sepOff, sepLen);
                Printer p = new Printer();
                Rt.Print(p, args[start + i], PrintKind.Str);
                WritePiece(write, p.Buffer, 0, p.Length);
            }
            WritePiece(write, endData, endOff, endLen);
            return Value.None;
        }

        private static void WritePiece(Value write, byte[] d, int off, int len)
        {
            if (len == 0) return;
            byte[] b = new byte[len];
            System.Array.Copy(d, off, b, 0, len);
            Rt.Call1(write, new PyByteArray(b, len));
        }

        // A user subclass of a native stream (io.StringIO...).
        private static PyObject SelfStream(Value v)
        {
            PyInstance inst = v.Obj as PyInstance;
            return inst == null ? null : inst.NativeBase as PyIOStream;
        }
#endif

        public static Value Print(Value[] args, int start, int nPos, int nKw)
        {
            Value sep = Value.Null, end = Value.Null;
#if MP_IO
            Value file = Value.Null;
#endif
            for (int i = 0; i < nKw; i++)
            {
                int q = Builtins.KwName(args[start + nPos + 2 * i]);
                Value v = args[start + nPos + 2 * i + 1];
                if (q == Q.sep) sep = v;
                else if (q == Q.end) end = v;
#if MP_IO
                else if (q == QFile) file = v;
#endif
                else throw Rt.TypeError("extra keyword arguments given");
            }
            byte[] sepData = Space, endData = Newline;
            int sepOff = 0, sepLen = 1, endOff = 0, endLen = 1;
            if (!sep.IsNull) StrData(sep, out sepData, out sepOff, out sepLen);
            if (!end.IsNull) StrData(end, out endData, out endOff, out endLen);
            Value write = Value.Null;
            // without io (MICROPY_PY_IO, _SYS_STDFILES) print has no file argument and writes to the console
#if MP_IO
            if (!file.IsNull && Rt.TypeOf(file).IsUser && Rt.TypeOf(file).IsSubclassOf(IoModule.IOBaseType))
            {
                return PrintToPython(args, start, nPos, file, sepData, sepOff, sepLen, endData, endOff, endLen);
            }
            if (!file.IsNull)
            {
                if (Rt.TypeOf(file).IsUser && SelfStream(file) == null) throw Rt.Raise(ExcTypes.OSError, "stream operation not supported");
                write = Rt.LoadAttrMaybe(file, Q.write);
                if (write.IsNull) throw Rt.Raise(ExcTypes.OSError, "stream operation not supported");
            }
#endif
            // The console printer is reused; a print nested in a __str__/__repr__ gets its own.
            Printer p;
            if (write.IsNull)
            {
                p = _stdoutPrinter != null && _stdoutSink == Rt.Stdout ? _stdoutPrinter : new Printer(Rt.Stdout);
                _stdoutPrinter = null;
            }
            else
            {
                p = new Printer();
            }
            try
            {
                for (int i = 0; i < nPos; i++)
                {
                    if (i > 0) p.WriteBytes(sepData, sepOff, sepLen);
                    Value v = args[start + i];
                    // User __str__ may print: write what precedes it first, as MicroPython does.
                    if (write.IsNull && v.Obj is PyInstance) p.Flush();
                    Rt.Print(p, v, PrintKind.Str);
                }
                p.WriteBytes(endData, endOff, endLen);
                if (!write.IsNull) Rt.Call1(write, new PyStr(p.ToArray(), 0, p.Length));
            }
            finally
            {
                if (write.IsNull)
                {
                    // Also on an exception: MicroPython has written the parts before it.
                    p.Flush();
                    p.Clear();
                    _stdoutPrinter = p;
                    _stdoutSink = Rt.Stdout;
                }
            }
            return Value.None;
        }

        // mp_obj_str_get_data: str or bytes.
        private static void StrData(Value v, out byte[] data, out int off, out int len)
        {
            if (v.Obj is PyStr || v.Obj is PyBytes)
            {
                SeqArgs.GetData(v, out data, out off, out len);
                return;
            }
            throw Rt.TypeError("can't convert '" + Rt.TypeNameOf(v) + "' object to str implicitly");
        }

        public static Value Repr(Value v)
        {
            return Rt.Repr(v);
        }

        // What the REPL's compiled expression statements call: repr of a non-None value and a newline.
        public static Value ReplPrint(Value v)
        {
            if (v.IsNone) return Value.None;
            Printer p = new Printer(Vm.Board.Stdout);
            Rt.Print(p, v, PrintKind.Repr);
            p.WriteByte((byte)'\n');
            p.Flush();
            return Value.None;
        }
    }
}
