#if MP_EXTRA_MODULES
// (only in builds with MP_EXTRA_MODULES: build/FeatureLevel.props)
namespace NanoMpy
{
    // micropython.RingIO (py/objringio.c): a byte ring buffer with the stream methods any, read, readline,
    // readinto, write, close. RingIO(n) holds n bytes (n + 1 slots); RingIO(buffer) uses the buffer's bytes
    // in place and holds one byte less.
    public sealed class PyRingIO : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        private readonly byte[] _buf;
        private readonly int _off;
        private readonly int _size;
        private int _get;
        private int _put;

        private PyRingIO(byte[] buf, int off, int size)
        {
            _buf = buf;
            _off = off;
            _size = size;
        }

        public override PyType Type { get { return TypeObj; } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("RingIO"), PyType.ObjectType);
            t.MakeNew = MakeNew;
            t.FillOnFirstUse(FillMethods);
            return t;
        }

        // Methods made on first use of the type (PyType.FillOnFirstUse).
        private static void FillMethods(PyType t)
        {
            t.AddMethod(new PyBuiltin("any", AnyFn));
            t.AddMethod(new PyBuiltin("read", 1, 2, ReadFn));
            t.AddMethod(new PyBuiltin("readline", 1, 2, ReadLineFn));
            t.AddMethod(new PyBuiltin("readinto", 2, 3, ReadIntoFn));
            t.AddMethod(new PyBuiltin("write", WriteFn));
            t.AddMethod(new PyBuiltin("close", CloseFn));
        }

        private static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos != 1) throw Rt.ArgCountError(1, 1, nPos);
            byte[] d;
            int off, len;
            Value a = args[start];
            if (a.Obj is PyByteArray || a.Obj is PyArray || a.Obj is PyMemoryView)
            {
                SeqArgs.GetBuffer(a, out d, out off, out len);
            }
            else
            {
                long n = NumberOps.GetInt(a) + 1;
                if (n < 2 || n > 65535) throw Rt.Raise(ExcTypes.ValueError, null);
                len = (int)n;
                d = new byte[len];
                off = 0;
            }
            if (len < 2 || len > 65535) throw Rt.Raise(ExcTypes.ValueError, null);
            return new PyRingIO(d, off, len);
        }

        public override void Print(Printer p, int kind)
        {
            p.Write("<RingIO>");
        }

        private static PyRingIO SelfOf(Value v)
        {
            PyRingIO r = v.Obj as PyRingIO;
            if (r == null) throw Rt.TypeError("argument has wrong type");
            return r;
        }

        private int Avail { get { int n = _put - _get; return n < 0 ? n + _size : n; } }
        private int Free { get { return _size - 1 - Avail; } }

        private int GetByte()
        {
            int b = _buf[_off + _get];
            _get = _get + 1 == _size ? 0 : _get + 1;
            return b;
        }

        private void PutByte(byte b)
        {
            _buf[_off + _put] = b;
            _put = _put + 1 == _size ? 0 : _put + 1;
        }

        private static Value AnyFn(Value self) { return Value.FromInt(SelfOf(self).Avail); }

        private static Value ReadFn(Value[] a, int s, int n)
        {
            PyRingIO r = SelfOf(a[s]);
            long want = n > 1 && !a[s + 1].IsNone ? NumberOps.GetInt(a[s + 1]) : -1;
            int count = r.Avail;
            if (want >= 0 && want < count) count = (int)want;
            if (count == 0) return PyBytes.Empty;
            byte[] o = new byte[count];
            for (int i = 0; i < count; i++) o[i] = (byte)r.GetByte();
            return new PyBytes(o, 0, count);
        }

        private static Value ReadLineFn(Value[] a, int s, int n)
        {
            PyRingIO r = SelfOf(a[s]);
            long max = n > 1 && !a[s + 1].IsNone ? NumberOps.GetInt(a[s + 1]) : -1;
            Printer p = new Printer();
            while (r.Avail > 0 && (max < 0 || p.Length < max))
            {
                int b = r.GetByte();
                p.WriteByte((byte)b);
                if (b == '\n') break;
            }
            byte[] o = p.ToArray();
            return o.Length == 0 ? PyBytes.Empty : new PyBytes(o, 0, o.Length);
        }

        private static Value ReadIntoFn(Value[] a, int s, int n)
        {
            PyRingIO r = SelfOf(a[s]);
            byte[] d;
            int off, len;
            SeqArgs.GetBufferRaise(a[s + 1], out d, out off, out len);
            if (n > 2)
            {
                long lim = NumberOps.GetInt(a[s + 2]);
                if (lim < len) len = (int)lim;
            }
            int count = System.Math.Min(len, r.Avail);
            for (int i = 0; i < count; i++) d[off + i] = (byte)r.GetByte();
            return Value.FromInt(count);
        }

        private static Value WriteFn(Value self, Value data)
        {
            PyRingIO r = SelfOf(self);
            byte[] d;
            int off, len;
            SeqArgs.GetBufferRaise(data, out d, out off, out len);
            int count = System.Math.Min(len, r.Free);
            for (int i = 0; i < count; i++) r.PutByte(d[off + i]);
            return Value.FromInt(count);
        }

        private static Value CloseFn(Value self)
        {
            SelfOf(self);
            return Value.None;
        }
    }
}
#endif
