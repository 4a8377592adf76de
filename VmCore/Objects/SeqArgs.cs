namespace NanoMpy
{
    // Argument helpers shared by str, bytes, bytearray and memoryview: int conversion, index checking, access
    // to the raw bytes of text/binary objects and making results of the same type as self.
    public static class SeqArgs
    {
        // mp_obj_get_int: int or bool, else TypeError.
        public static long ToInt(Value v)
        {
            if (v.IsSmallInt) return v.Bits;
            if (v.Obj is PyBool) return ((PyBool)v.Obj).B ? 1 : 0;
            if (v.Obj is PyBigInt) throw Rt.OverflowError("overflow converting long int to machine word");
            throw Rt.TypeError("can't convert " + Rt.TypeNameOf(v) + " to int");
        }

        public static bool IsInt(Value v)
        {
            return v.IsSmallInt || v.Obj is PyBool || v.Obj is PyBigInt;
        }

        // mp_get_index: an item index into len items (negative counts from the end); IndexError outside.
        public static int Index(PyType type, int len, Value index)
        {
            if (!IsInt(index))
            {
                throw Rt.TypeError(type.NameStr + " indices must be integers, not " + Rt.TypeNameOf(index));
            }
            long i = ToInt(index);
            if (i < 0) i += len;
            if (i < 0 || i >= len) throw Rt.IndexError(type.NameStr + " index out of range");
            return (int)i;
        }

        // Raw bytes of a str, bytes or bytearray (the objects str methods accept as self); false otherwise.
        public static bool GetData(Value v, out byte[] data, out int off, out int len)
        {
            PyObject o = v.Obj;
            PyInstance inst = o as PyInstance;
            if (inst != null && inst.NativeBase != null) o = inst.NativeBase;
            PyStr s = o as PyStr;
            if (s != null) { data = s.Data; off = s.Offset; len = s.Length; return true; }
            PyBytes b = o as PyBytes;
            if (b != null) { data = b.Data; off = b.Offset; len = b.Length; return true; }
#if MP_BYTEARRAY
            PyByteArray a = o as PyByteArray;
            if (a != null) { data = a.Data; off = 0; len = a.Count; return true; }
#endif
            data = null;
            off = 0;
            len = 0;
            return false;
        }

        // Buffer protocol for reading (mp_get_buffer with MP_BUFFER_READ): str, bytes, bytearray, memoryview.
        public static bool GetBuffer(Value v, out byte[] data, out int off, out int len)
        {
            if (GetData(v, out data, out off, out len)) return true;
#if MP_ARRAY
            PyMemoryView m = v.Obj as PyMemoryView;
            if (m != null) { m.GetBytes(out data, out off, out len); return true; }
            PyArray a = v.Obj as PyArray;
            if (a != null) { data = a.Data; off = 0; len = a.ByteLength; return true; }
#endif
            return false;
        }

#if MP_IO
        // A buffer whose bytes may change under a reader (bytearray, array, memoryview), which a copy must not share.
        public static bool IsMutableBuffer(Value v)
        {
            PyObject o = v.Obj;
            return IsByteArray(v)
#if MP_ARRAY
                || o is PyArray || o is PyMemoryView
#endif
                ;
        }
#endif

        public static bool IsByteArray(Value v)
        {
#if MP_BYTEARRAY
            return v.Obj is PyByteArray;
#else
            return false;
#endif
        }

        // bytearray's kind as bytes (the two mix freely as arguments); other kinds as they are.
        public static PyType BytesKind(PyType kind)
        {
#if MP_BYTEARRAY
            if (kind == PyByteArray.TypeObj) return PyBytes.TypeObj;
#endif
            return kind;
        }

        // Typecode of a buffer: an array's or memoryview's own, 'B' for the byte types.
        public static int BufferTypeCode(Value v)
        {
#if MP_ARRAY
            if (v.Obj is PyArray) return ((PyArray)v.Obj).TypeCode;
            if (v.Obj is PyMemoryView) return ((PyMemoryView)v.Obj).TypeCode;
#endif
            return 'B';
        }

#if MP_ARRAY
        // Typed items of an array or memoryview: typecode, bytes from off, item count.
        public static void GetTyped(Value v, out int tc, out byte[] data, out int off, out int count)
        {
            PyArray a = v.Obj as PyArray;
            if (a != null) { tc = a.TypeCode; data = a.Data; off = 0; count = a.Count; return; }
            PyMemoryView m = (PyMemoryView)v.Obj;
            int len;
            m.GetBytes(out data, out off, out len);
            tc = m.TypeCode;
            count = len / m.ItemSize;
        }
#endif

#if MP_BYTEARRAY || MP_ARRAY
        // Comparison of a bytearray/array/memoryview (typecode ltc, bytes a) with rhs (array_binary_op):
        // False when rhs has no buffer; bytewise when the typecodes match up to signedness (and, for
        // ordering, are unsigned) and are not float; otherwise NotImplementedError, as MicroPython.
        public static Value CompareTyped(int op, int ltc, byte[] a, int ao, int al, Value rhs)
        {
            byte[] d;
            int off, len;
            if (!GetBuffer(rhs, out d, out off, out len)) return Value.False;
            bool unsigned = false;
            int l = ForComparison(ltc, ref unsigned);
            int r = ForComparison(BufferTypeCode(rhs), ref unsigned);
            if (l == r && l != 'f' && l != 'd' && (op == BinaryOpKind.Equal || unsigned))
            {
                return Value.FromBool(CompareBytes(op, a, ao, al, d, off, len));
            }
            throw Rt.Raise(ExcTypes.NotImplementedError, null);
        }

        private static int ForComparison(int tc, ref bool unsigned)
        {
            if (tc <= 'Z')
            {
                unsigned = true;
                return tc + 32;
            }
            return tc;
        }

        // Source of a slice assignment into items of itemSize bytes: an array, bytearray or memoryview of
        // the same item size, or bytes when items are bytes.
        public static void GetSliceSource(Value v, int itemSize, out byte[] data, out int off, out int len)
        {
            int srcSize;
#if MP_ARRAY
            if (v.Obj is PyArray) srcSize = ((PyArray)v.Obj).ItemSize;
            else if (v.Obj is PyMemoryView) srcSize = ((PyMemoryView)v.Obj).ItemSize;
            else
#endif
            if (IsByteArray(v) || v.Obj is PyBytes) srcSize = 1;
            else throw Rt.NotImplementedError("array/bytes required on right side");
            if (srcSize != itemSize) throw Rt.ValueError("lhs and rhs should be compatible");
            GetBuffer(v, out data, out off, out len);
        }
#endif

        public static void GetBufferRaise(Value v, out byte[] data, out int off, out int len)
        {
            if (!GetBuffer(v, out data, out off, out len)) throw Rt.TypeError("object with buffer protocol required");
        }

        // The str/bytes/bytearray kind of self (a user subclass counts as its built-in base).
        public static PyType KindOf(Value v)
        {
            PyObject o = v.Obj;
            PyInstance inst = o as PyInstance;
            if (inst != null && inst.NativeBase != null) o = inst.NativeBase;
            if (o is PyStr) return PyStr.TypeObj;
#if MP_BYTEARRAY
            if (o is PyByteArray) return PyByteArray.TypeObj;
#endif
            if (o is PyBytes) return PyBytes.TypeObj;
            return null;
        }

        // str_check_arg_type: arguments must match self's kind (bytes and bytearray mix freely).
        public static void CheckArg(PyType selfKind, Value arg)
        {
            PyType k = KindOf(arg);
#if MP_BYTEARRAY
            if (k == PyByteArray.TypeObj) k = PyBytes.TypeObj;
            if (selfKind == PyByteArray.TypeObj) selfKind = PyBytes.TypeObj;
#endif
            if (k != selfKind) throw BadImplicitConversion(arg);
        }

        // A method of a built-in type called with a self of another type (runtime.c's self check).
        public static PyException WrongSelf(string typeName, Value self)
        {
            return Rt.TypeError("argument should be a '" + typeName + "' not a '" + Rt.TypeNameOf(self) + "'");
        }

        public static PyException BadImplicitConversion(Value arg)
        {
            string n = Rt.TypeNameOf(arg);
            return Rt.TypeError("can't convert '" + n + "' object to " + (n == "str" ? "bytes" : "str") + " implicitly");
        }

        // A new object of the given kind holding a copy of data[off .. off+len).
        public static Value NewOfKind(PyType kind, byte[] data, int off, int len)
        {
            byte[] b = new byte[len];
            System.Array.Copy(data, off, b, 0, len);
            return Wrap(kind, b, len);
        }

        // Wraps a buffer that the caller hands over (not copied); bytearray keeps it as its storage.
        public static Value Wrap(PyType kind, byte[] b, int len)
        {
            if (kind == PyStr.TypeObj) return len == 0 ? PyStr.Empty : new PyStr(b, 0, len);
#if MP_BYTEARRAY
            if (kind == PyByteArray.TypeObj) return new PyByteArray(b, len);
#endif
            return len == 0 ? PyBytes.Empty : new PyBytes(b, 0, len);
        }

        public static Value Empty(PyType kind)
        {
            if (kind == PyStr.TypeObj) return PyStr.Empty;
#if MP_BYTEARRAY
            if (kind == PyByteArray.TypeObj) return new PyByteArray(new byte[0], 0);
#endif
            return PyBytes.Empty;
        }

        // The items of a list or tuple without iterating, else null (count 0).
        public static Value[] ItemsOf(Value v, out int count)
        {
            PyList l = v.Obj as PyList;
            if (l != null) { count = l.Count; return l.Items; }
            PyTuple t = v.Obj as PyTuple;
            if (t != null) { count = t.Items.Length; return t.Items; }
            count = 0;
            return null;
        }

        public static Value FromPrinter(PyType kind, Printer p)
        {
            return Wrap(kind, p.ToArray(), p.Length);
        }

        // Index in bytes of the first occurrence of needle in hay[start..end), searching forwards (dir 1) or
        // backwards (dir -1); -1 when absent (find_subbytes).
        public static int Find(byte[] hay, int start, int end, byte[] nd, int noff, int nlen, int dir)
        {
            int hlen = end - start;
            if (hlen < nlen) return -1;
            int i = dir > 0 ? start : end - nlen;
            int last = dir > 0 ? end - nlen : start;
            while (true)
            {
                int k = 0;
                while (k < nlen && hay[i + k] == nd[noff + k]) k++;
                if (k == nlen) return i;
                if (i == last) return -1;
                i += dir;
            }
        }

        public static bool BytesEqual(byte[] a, int ao, int al, byte[] b, int bo, int bl)
        {
            if (al != bl) return false;
            for (int i = 0; i < al; i++)
            {
                if (a[ao + i] != b[bo + i]) return false;
            }
            return true;
        }

        // Lexicographic byte comparison (mp_seq_cmp_bytes) for <, <=, >, >=, ==.
        public static bool CompareBytes(int op, byte[] a, int ao, int al, byte[] b, int bo, int bl)
        {
            if (op == BinaryOpKind.Equal) return BytesEqual(a, ao, al, b, bo, bl);
            int n = al < bl ? al : bl;
            int c = 0;
            for (int i = 0; i < n && c == 0; i++) c = a[ao + i] - b[bo + i];
            if (c == 0) c = al - bl;
            switch (op)
            {
                case BinaryOpKind.Less: return c < 0;
                case BinaryOpKind.LessEqual: return c <= 0;
                case BinaryOpKind.More: return c > 0;
                default: return c >= 0;
            }
        }
    }
}
