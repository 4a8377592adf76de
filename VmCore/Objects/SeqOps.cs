namespace NanoMpy
{
    // Helpers shared by list, tuple and range (py/sequence.c's role): lexicographic comparison, count/index,
    // item printing, slicing bounds.
    public static class SeqOps
    {
        // mp_seq_cmp_objs: op is Equal, Less, LessEqual, More or MoreEqual.
        public static bool Compare(int op, Value[] a, int alen, Value[] b, int blen)
        {
            if (op == BinaryOpKind.Equal && alen != blen) return false;
            if (op == BinaryOpKind.Less || op == BinaryOpKind.LessEqual)
            {
                Value[] t = a; a = b; b = t;
                int tl = alen; alen = blen; blen = tl;
                op = op == BinaryOpKind.Less ? BinaryOpKind.More : BinaryOpKind.MoreEqual;
            }
            int n = alen < blen ? alen : blen;
            for (int i = 0; i < n; i++)
            {
                if (Rt.Equal(a[i], b[i])) continue;
                if (op == BinaryOpKind.Equal) return false;
                return Rt.BinaryOp(op, a[i], b[i]).Obj == PyBool.TrueObj;
            }
            if (alen != blen) return alen > blen;
            return op != BinaryOpKind.More;
        }

        // The items of a list or tuple (a user subclass's built-in part included) without iterating, else null.
        public static Value[] ItemsOf(Value v, out int count)
        {
            PyObject o = v.Obj;
            PyInstance inst = o as PyInstance;
            if (inst != null && inst.NativeBase != null) o = inst.NativeBase;
            PyList l = o as PyList;
            if (l != null) { count = l.Count; return l.Items; }
            PyTuple t = o as PyTuple;
            if (t != null) { count = t.Items.Length; return t.Items; }
            count = 0;
            return null;
        }

        public static Value Count(Value[] items, int len, Value x)
        {
            long n = 0;
            for (int i = 0; i < len; i++)
            {
                if (Rt.Equal(items[i], x)) n++;
            }
            return Value.FromInt(n);
        }

        // mp_seq_index_obj: args[start] is self, then value, optional start and stop.
        public static Value Index(PyType type, Value[] items, int len, Value[] args, int start, int n)
        {
            int from = 0, to = len;
            if (n >= 3)
            {
                from = ClampIndex(type, len, args[start + 2]);
                if (n >= 4) to = ClampIndex(type, len, args[start + 3]);
            }
            Value x = args[start + 1];
            for (int i = from; i < to; i++)
            {
                if (Rt.Equal(items[i], x)) return Value.FromInt(i);
            }
            throw Rt.ValueError("object not in sequence");
        }

        // mp_get_index with is_slice: negative counts from the end, then clamped to 0..len.
        public static int ClampIndex(PyType type, int len, Value index)
        {
            if (!SeqArgs.IsInt(index))
            {
                throw Rt.TypeError(type.NameStr + " indices must be integers, not " + Rt.TypeNameOf(index));
            }
            long i = SeqArgs.ToInt(index);
            if (i < 0) i += len;
            if (i < 0) i = 0;
            else if (i > len) i = len;
            return (int)i;
        }

        public static void PrintItems(Printer p, Value[] items, int len)
        {
            for (int i = 0; i < len; i++)
            {
                if (i > 0) p.Write(", ");
                Rt.Print(p, items[i], PrintKind.Repr);
            }
        }

        // Repetition count of seq * n (mp_obj_get_int_maybe); false when n is not an int.
        public static bool RepeatCount(Value n, out long count)
        {
            count = 0;
            if (!SeqArgs.IsInt(n)) return false;
            count = SeqArgs.ToInt(n);
            return true;
        }

        // The MemoryError MicroPython raises when a single allocation of bytes fails; none when it fits.
        public static void CheckAllocation(long bytes)
        {
            if (Heap.TooBig(bytes)) throw AllocationFailed((ulong)bytes);
        }

        // The longest .NET array: a request past it fails whatever the heap bound (-X heapsize) allows.
        private const long MaxArrayLength = 0x7FFFFFC7;

        // m_malloc_fail's MemoryError; the size as C prints a size_t (computed in ulong, it wraps as there).
        public static PyException AllocationFailed(ulong bytes)
        {
            return Rt.MemoryError("memory allocation failed, allocating " + bytes.ToString() + " bytes");
        }

        // A buffer of len * times bytes (str/bytes repetition, bytes(n), bytearray(n)...); extra: what
        // MicroPython allocates beyond them (1: the NUL that ends a str or bytes), for its MemoryError size.
        public static byte[] NewBytes(long len, long times, int extra)
        {
            ulong bytes = (ulong)len * (ulong)times + (ulong)extra;
            if (len < 0 || times < 0 || len != 0 && times > (long.MaxValue - extra) / len) throw AllocationFailed(bytes);
            long n = len * times;
            if (n > MaxArrayLength || Heap.TooBig(n + extra)) throw AllocationFailed(bytes);
            try
            {
                return new byte[(int)n];
            }
            catch (System.OutOfMemoryException)
            {
                throw AllocationFailed(bytes);
            }
        }

        // items repeated times (seq * n); headerBytes: the object header MicroPython allocates with the items
        // (tuple: 16, list: 0), for the MemoryError message.
        public static Value[] Repeat(Value[] items, int len, long times, int headerBytes)
        {
            if (times <= 0 || len == 0) return Value.NewArray(0);
            ulong bytes = (ulong)headerBytes + 8UL * (ulong)len * (ulong)times;
            if (times > long.MaxValue / 8 / len)
            {
                // MicroPython reports sizes up to 2^64; past that its size_t wraps (and the unix port crashes)
                if ((ulong)times <= (ulong.MaxValue - (ulong)headerBytes) / 8 / (ulong)len) throw AllocationFailed(bytes);
                throw Rt.OverflowError("small int overflow");
            }
            CheckAllocation(headerBytes + 8 * len * times);
            if (len * times > MaxArrayLength) throw AllocationFailed(bytes);
            int t = (int)times;
            Value[] r;
            try
            {
                r = Value.NewArray(len * t);
            }
            catch (System.OutOfMemoryException)
            {
                throw AllocationFailed(bytes);
            }
            for (int i = 0; i < t; i++) System.Array.Copy(items, 0, r, i * len, len);
            return r;
        }

        // mp_seq_extract_slice over bounds from PySlice.SeqIndices.
        public static Value[] Extract(Value[] items, int start, int stop, int step, out int count)
        {
            long n = 0;
            if (step < 0)
            {
                if (start >= stop) n = ((long)start - stop) / -(long)step + 1;
            }
            else if (start < stop)
            {
                n = ((long)stop - start + step - 1) / step;
            }
            Value[] r = Value.NewArray(n < 4 ? 4 : (int)n);
            for (int i = 0; i < n; i++) r[i] = items[start + (long)i * step];
            count = (int)n;
            return r;
        }
    }
}
