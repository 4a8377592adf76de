#if MP_EXTRA_MODULES
// (only in builds with MP_EXTRA_MODULES: build/FeatureLevel.props)
namespace NanoMpy
{
    // struct (py/modstruct.c, py/binary.c): calcsize, pack, pack_into, unpack, unpack_from.
    //
    // Format: an optional byte order ('@' native with alignment, '<', '>', '!' = '>'; '=' is not accepted, as
    // in MicroPython), then items "[count]code": b B h H i I l L q Q e f d, s (count = length), x (pad),
    // P and O (an object, kept in a table: MicroPython stores its address). Native sizes are the 64-bit unix
    // port's (l, L, P, O: 8 bytes). Like MicroPython, pack accepts fewer values than the format has, and
    // unpack only needs the buffer to be big enough.
    public static class StructModule
    {
        // Objects packed with 'O': the packed value is the index + 1.
        private static readonly PyList Objects = new PyList(4);

        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("struct");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(Qstr.Intern("calcsize"), new PyBuiltin("calcsize", CalcSizeFn));
            g.SetQ(Qstr.Intern("pack"), new PyBuiltin("pack", 1, int.MaxValue, Pack));
            g.SetQ(Qstr.Intern("pack_into"), new PyBuiltin("pack_into", 3, int.MaxValue, PackInto));
            g.SetQ(Qstr.Intern("unpack"), new PyBuiltin("unpack", 2, 3, UnpackFrom));
            g.SetQ(Qstr.Intern("unpack_from"), new PyBuiltin("unpack_from", 2, 3, UnpackFrom));
            return new PyModule(name, g);
        }

        // The format text plus a terminating 0, as modstruct.c walks it.
        private static byte[] Format(Value v)
        {
            if (!(v.Obj is PyStr || v.Obj is PyBytes)) throw SeqArgs.BadImplicitConversion(v);
            byte[] d;
            int off, len;
            SeqArgs.GetData(v, out d, out off, out len);
            byte[] f = new byte[len + 1];
            System.Array.Copy(d, off, f, 0, len);
            return f;
        }

        private static int ByteOrder(byte[] f, ref int i)
        {
            int t = f[i];
            if (t == '!') t = '>';
            else if (t != '@' && t != '=' && t != '<' && t != '>') return '@';
            i++;
            return t;
        }

        private static bool IsDigit(int c) { return c >= '0' && c <= '9'; }

        private static long Count(byte[] f, ref int i)
        {
            long n = 0;
            while (IsDigit(f[i]))
            {
                n = n * 10 + (f[i] - '0');
                if (n > int.MaxValue) throw Rt.OverflowError("overflow converting long int to machine word");
                i++;
            }
            return n;
        }

        // mp_binary_get_size: size and alignment of one item; ValueError("bad typecode") otherwise.
        private static int ItemSize(int order, int code, out int align)
        {
            int size = 0;
            align = 1;
            if (order == '<' || order == '>')
            {
                switch (code)
                {
                    case 'b': case 'B': size = 1; break;
                    case 'h': case 'H': case 'e': size = 2; break;
                    case 'i': case 'I': case 'l': case 'L': case 'f': size = 4; break;
                    case 'q': case 'Q': case 'd': case 'P': case 'O': size = 8; break;
                }
            }
            else if (order == '@')
            {
                switch (code)
                {
                    case 'b': case 'B': size = 1; break;
                    case 'h': case 'H': case 'e': size = 2; break;
                    case 'i': case 'I': case 'f': size = 4; break;
                    case 'l': case 'L': case 'q': case 'Q': case 'd': case 'P': case 'O': size = 8; break;
                }
                align = size;
            }
            if (size == 0) throw Rt.ValueError("bad typecode");
            return size;
        }

        // Total size and number of values (calc_size_items).
        private static int CalcSize(byte[] f, out long total)
        {
            int i = 0;
            int order = ByteOrder(f, ref i);
            long size = 0;
            int items = 0;
            for (; f[i] != 0; i++)
            {
                long cnt = 1;
                if (IsDigit(f[i])) cnt = Count(f, ref i);
                int code = f[i];
                if (code == 'x')
                {
                    size += cnt;
                }
                else if (code == 's')
                {
                    items++;
                    size += cnt;
                }
                else
                {
                    items += (int)cnt;
                    int align;
                    int sz = ItemSize(order, code, out align);
                    while (cnt-- > 0)
                    {
                        size = (size + align - 1) & ~(long)(align - 1);
                        size += sz;
                    }
                }
                if (f[i] == 0) break;
            }
            total = size;
            return items;
        }

        private static Value CalcSizeFn(Value fmt)
        {
            long total;
            CalcSize(Format(fmt), out total);
            return Value.FromInt(total);
        }

        private static Value Pack(Value[] a, int s, int n)
        {
            byte[] f = Format(a[s]);
            long total;
            CalcSize(f, out total);
            SeqOps.CheckAllocation(total);
            byte[] r = new byte[total];
            PackInto(f, r, 0, a, s + 1, n - 1);
            return new PyBytes(r, 0, r.Length);
        }

        private static Value PackInto(Value[] a, int s, int n)
        {
            byte[] f = Format(a[s]);
            byte[] d;
            int off, len;
            if (!(a[s + 1].Obj is PyByteArray || a[s + 1].Obj is PyArray || a[s + 1].Obj is PyMemoryView))
            {
                throw Rt.TypeError("object with buffer protocol required");
            }
            SeqArgs.GetBuffer(a[s + 1], out d, out off, out len);
            long offset = NumberOps.GetInt(a[s + 2]);
            if (offset < 0)
            {
                offset += len;
                if (offset < 0) throw Rt.ValueError("buffer too small");
            }
            long total;
            CalcSize(f, out total);
            if (offset + total > len) throw Rt.ValueError("buffer too small");
            PackInto(f, d, off + (int)offset, a, s + 3, n - 3);
            return Value.None;
        }

        private static void PackInto(byte[] f, byte[] d, int p, Value[] a, int s, int n)
        {
            int i = 0;
            int order = ByteOrder(f, ref i);
            int pBase = p;
            int k = 0;
            while (k < n)
            {
                if (f[i] == 0) break;
                long cnt = 1;
                if (IsDigit(f[i])) cnt = Count(f, ref i);
                int code = f[i];
                if (code == 'x')
                {
                    for (long j = 0; j < cnt; j++) d[p++] = 0;
                }
                else if (code == 's')
                {
                    byte[] src;
                    int soff, slen;
                    SeqArgs.GetBufferRaise(a[s + k++], out src, out soff, out slen);
                    long copy = slen < cnt ? slen : cnt;
                    System.Array.Copy(src, soff, d, p, (int)copy);
                    for (long j = copy; j < cnt; j++) d[p + (int)j] = 0;
                    p += (int)cnt;
                }
                else
                {
                    while (cnt-- > 0 && k < n) p = SetVal(order, code, a[s + k++], d, pBase, p);
                }
                if (f[i] != 0) i++;
            }
        }

        private static Value UnpackFrom(Value[] a, int s, int n)
        {
            byte[] f = Format(a[s]);
            long total;
            int items = CalcSize(f, out total);
            byte[] d;
            int off, len;
            SeqArgs.GetBufferRaise(a[s + 1], out d, out off, out len);
            long offset = 0;
            if (n > 2)
            {
                offset = NumberOps.GetInt(a[s + 2]);
                if (offset < 0)
                {
                    offset += len;
                    if (offset < 0) throw Rt.ValueError("buffer too small");
                }
            }
            if (offset + total > len) throw Rt.ValueError("buffer too small");
            int p = off + (int)offset;
            int pBase = p;
            Value[] res = Value.NewArray(items);
            int i = 0;
            int order = ByteOrder(f, ref i);
            for (int k = 0; k < items;)
            {
                long cnt = 1;
                if (IsDigit(f[i])) cnt = Count(f, ref i);
                int code = f[i];
                if (code == 'x')
                {
                    p += (int)cnt;
                }
                else if (code == 's')
                {
                    byte[] b = new byte[cnt];
                    System.Array.Copy(d, p, b, 0, (int)cnt);
                    res[k++] = cnt == 0 ? (Value)PyBytes.Empty : new PyBytes(b, 0, b.Length);
                    p += (int)cnt;
                }
                else
                {
                    while (cnt-- > 0) res[k++] = GetVal(order, code, d, pBase, ref p);
                }
                i++;
            }
            return new PyTuple(res);
        }

        private static bool IsSigned(int code)
        {
            return code >= 'a' && code <= 'z';
        }

        private static Value GetVal(int order, int code, byte[] d, int pBase, ref int p)
        {
            int align;
            int size = ItemSize(order, code, out align);
            if (order == '@')
            {
                p = pBase + (((p - pBase) + align - 1) & ~(align - 1));
                order = '<';
            }
            ulong u = 0;
            if (order == '>')
            {
                for (int j = 0; j < size; j++) u = (u << 8) | d[p + j];
            }
            else
            {
                for (int j = size - 1; j >= 0; j--) u = (u << 8) | d[p + j];
            }
            p += size;
            switch (code)
            {
                case 'O':
                    {
                        long idx = (long)u - 1;
                        if (idx < 0 || idx >= Objects.Count) return Value.None;
                        return Objects.Items[idx];
                    }
                case 'e':
                    return Value.FromFloat(HalfFloat.Decode((int)u));
                case 'f':
                    {
                        byte[] b = new byte[4];
                        for (int j = 0; j < 4; j++) b[j] = (byte)(u >> (8 * j));
                        return Value.FromFloat(System.BitConverter.ToSingle(b, 0));
                    }
                case 'd':
                    return Value.FromFloat(System.BitConverter.Int64BitsToDouble((long)u));
            }
            if (IsSigned(code))
            {
                int shift = 64 - 8 * size;
                return Value.FromInt(((long)u << shift) >> shift);
            }
            if (u <= long.MaxValue) return Value.FromInt((long)u);
            return PyBigInt.Make(BigInt.FromULong(u));
        }

        private static int SetVal(int order, int code, Value v, byte[] d, int pBase, int p)
        {
            int align;
            int size = ItemSize(order, code, out align);
            if (order == '@')
            {
                p = pBase + (((p - pBase) + align - 1) & ~(align - 1));
                order = '<';
            }
            bool big = order == '>';
            ulong u;
            switch (code)
            {
                case 'O':
                    Objects.Append(v);
                    u = (ulong)Objects.Count;
                    break;
                case 'e':
                    u = (ulong)HalfFloat.Encode((float)NumberOps.GetFloat(v));
                    break;
                case 'f':
                    {
                        byte[] b = System.BitConverter.GetBytes((float)NumberOps.GetFloat(v));
                        u = (uint)(b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24));
                        break;
                    }
                case 'd':
                    u = (ulong)System.BitConverter.DoubleToInt64Bits(NumberOps.GetFloat(v));
                    break;
                default:
                    // a big int packs as the low bytes of its two's complement value (mp_obj_int_to_bytes_impl)
                    u = (ulong)NumberOps.GetIntTruncated(v);
                    break;
            }
            for (int j = 0; j < size; j++)
            {
                byte b = (byte)(u >> (8 * j));
                if (big) d[p + size - 1 - j] = b;
                else d[p + j] = b;
            }
            return p + size;
        }
    }
}
#endif
