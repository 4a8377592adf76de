namespace NanoMpy
{
    // Exception objects (py/objexcept.c's role): matching, attributes, printing and tracebacks.
    public static partial class Rt
    {
        // `except T` matching: value is the raised exception, type a class or a tuple of classes. Anything
        // else (or a tuple item tried before a match) that is not an exception class is a TypeError.
        public static bool ExceptionMatches(Value value, Value type)
        {
            PyType vt = value.Obj is PyType ? (PyType)value.Obj : TypeOf(value);
            PyTuple tup = type.Obj as PyTuple;
            if (tup != null)
            {
                for (int i = 0; i < tup.Items.Length; i++)
                {
                    if (MatchOne(value, vt, tup.Items[i])) return true;
                }
                return false;
            }
            return MatchOne(value, vt, type);
        }

        private static bool MatchOne(Value value, PyType vt, Value type)
        {
            PyType et = type.Obj as PyType;
            if (et == null || !ExcTypes.IsException(et))
            {
                throw TypeError("unsupported types for : '" + TypeNameOf(value) + "', '" + TypeNameOf(type) + "'");
            }
            return IsSubclassFast(vt, et);
        }

        public static Value ExceptionLoadAttr(PyBaseException e, int qstr)
        {
            if (e.ExcType.IsUser) return InstanceLoadAttr(e, qstr);
            Value v = NativeExceptionAttr(e, qstr);
            if (!v.IsNull) return v;
            return BindFromType(e.ExcType, e, qstr);
        }

        // args, and value/errno (args[0] or None), which MicroPython gives every exception.
        internal static Value NativeExceptionAttr(PyBaseException e, int qstr)
        {
            if (qstr == Q.args) return e.Args;
            if (qstr == Q.value || qstr == ClassQ.Errno)
            {
                return e.Args.Items.Length == 0 ? Value.None : e.Args.Items[0];
            }
            return Value.Null;
        }

        // Built-in exceptions only accept `e.__traceback__ = None` (clears the traceback); instances of
        // user exception classes store attributes like any instance.
        public static bool ExceptionStoreAttr(PyBaseException e, int qstr, Value value)
        {
            if (e.ExcType.IsUser) return InstanceStoreAttr(e, qstr, value);
            if (qstr == ClassQ.Traceback && value.IsNone)
            {
                e.TracebackLen = 0;
                return true;
            }
            return false;
        }

        // str(e): nothing, the single argument, or the args tuple; repr(e): Name(args); kind Exc (the
        // traceback's last line): "Name: " then the str form.
        public static void PrintException(PyBaseException e, Printer p, int kind)
        {
            if (e.ExcType.IsUser)
            {
                InstancePrint(e, p, kind);
                return;
            }
            if (kind != PrintKind.Str) p.Write(e.ExcType.NameStr);
            PrintNativeException(e, p, kind, false);
        }

        // mp_obj_exception_print after the type name (printed by the caller unless kind is Str).
        internal static void PrintNativeException(PyBaseException e, Printer p, int kind, bool isSubclass)
        {
            if (kind == PrintKind.Exc) p.Write(": ");
            Value[] a = e.Args.Items;
            // The errno form applies to OSError itself and to user subclasses (whose built-in part is an
            // OSError), as in MicroPython.
            if (kind == PrintKind.Str || kind == PrintKind.Exc)
            {
                if (a.Length == 0) return;
#if MP_ERRNO
                // "[Errno 2] ENOENT" needs the errno names: without the errno module MicroPython prints the args.
                if ((e.ExcType.IsUser ? e.ExcType.NativeBase : e.ExcType) == ExcTypes.OSError && a.Length < 3 && a[0].IsSmallInt)
                {
                    string name = ErrnoName(a[0].Bits);
                    if (name != null)
                    {
                        p.Write("[Errno ");
                        p.WriteInt(a[0].Bits);
                        p.Write("] ");
                        p.Write(name);
                        if (a.Length > 1)
                        {
                            p.Write(": ");
                            Print(p, a[1], PrintKind.Str);
                        }
                        return;
                    }
                }
#endif
                if (a.Length == 1)
                {
                    Print(p, a[0], PrintKind.Str);
                    return;
                }
            }
            p.Write("(");
            for (int i = 0; i < a.Length; i++)
            {
                if (i > 0) p.Write(", ");
                Print(p, a[i], PrintKind.Repr);
            }
            if (a.Length == 1) p.Write(",");
            p.Write(")");
        }

#if MP_ERRNO
        // The errno names MicroPython's errno module knows (unix port values).
        public static string ErrnoName(long errno)
        {
            switch (errno)
            {
                case 1: return "EPERM";
                case 2: return "ENOENT";
                case 5: return "EIO";
                case 9: return "EBADF";
                case 11: return "EAGAIN";
                case 12: return "ENOMEM";
                case 13: return "EACCES";
                case 17: return "EEXIST";
                case 19: return "ENODEV";
                case 21: return "EISDIR";
                case 22: return "EINVAL";
                case 95: return "EOPNOTSUPP";
                case 98: return "EADDRINUSE";
                case 103: return "ECONNABORTED";
                case 104: return "ECONNRESET";
                case 105: return "ENOBUFS";
                case 107: return "ENOTCONN";
                case 110: return "ETIMEDOUT";
                case 111: return "ECONNREFUSED";
                case 113: return "EHOSTUNREACH";
                case 114: return "EALREADY";
                case 115: return "EINPROGRESS";
            }
            return null;
        }
#endif

        // mp_obj_print_exception: the traceback (outermost frame first; frames appended entries as the
        // exception unwound, innermost first) then "Name: message" and a newline.
        public static void PrintTraceback(Printer p, PyBaseException e)
        {
            if (e.TracebackLen > 0)
            {
                p.Write("Traceback (most recent call last):\n");
                int[] tb = e.Traceback;
                for (int i = e.TracebackLen - 3; i >= 0; i -= 3)
                {
                    p.Write("  File \"");
                    WriteQstr(p, tb[i]);
                    p.Write("\", line ");
                    p.WriteInt(tb[i + 1]);
                    if (tb[i + 2] == 0)
                    {
                        p.Write("\n");
                    }
                    else
                    {
                        p.Write(", in ");
                        WriteQstr(p, tb[i + 2]);
                        p.Write("\n");
                    }
                }
            }
            Print(p, e, PrintKind.Exc);
            p.Write("\n");
        }

        private static void WriteQstr(Printer p, int q)
        {
            p.WriteBytes(Qstr.Data(q), Qstr.Offset(q), Qstr.Length(q));
        }
    }
}
