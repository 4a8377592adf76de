namespace NanoMpy
{
    // Numbers: the int, float, complex and bool constructors, int's to_bytes/from_bytes, and the built-ins
    // abs, divmod, pow, round, bin, oct, hex (py/objint.c, objfloat.c, objcomplex.c, objbool.c, modbuiltins.c).
    public static class NumberBuiltins
    {
        private static void CheckArgs(int nPos, int nKw, int min, int max)
        {
            if (nKw != 0)
            {
                throw Rt.TypeError("function doesn't take keyword arguments");
            }
            if (nPos < min || nPos > max)
            {
                throw Rt.ArgCountError(min, max, nPos);
            }
        }

        // ---- constructors ----

        // int(), int(x), int(text, base).
        public static Value MakeInt(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            CheckArgs(nPos, nKw, 0, 2);
            if (nPos == 0)
            {
                return Value.Zero;
            }
            Value x = args[start];
            byte[] data;
            int off;
            int len;
            if (nPos == 1)
            {
                Value r = IntMaybe(x);
                if (!r.IsNull)
                {
                    return r;
                }
                if (NumberOps.TryGetBuffer(x, out data, out off, out len))
                {
                    return ParseInt(data, off, len, 10);
                }
                if (x.IsFloat)
                {
                    return FloatOps.ToInt(x.Float);
                }
                throw Rt.TypeError("can't convert " + Rt.TypeNameOf(x) + " to int");
            }
            if (!(x.Obj is PyStr || Rt.TypeOf(x).Name == Q.bytes) || !NumberOps.TryGetBuffer(x, out data, out off, out len))
            {
                throw Rt.TypeError("can't convert '" + Rt.TypeNameOf(x) + "' object to str implicitly");
            }
            return ParseInt(data, off, len, NumberOps.GetInt(args[start + 1]));
        }

        // The __int__-style conversion int(x) tries first (MP_UNARY_OP_INT_MAYBE); Null when x has none.
        private static Value IntMaybe(Value x)
        {
            if (NumberOps.IsInt(x))
            {
                return x.Obj is PyBool ? Value.FromInt(((PyBool)x.Obj).B ? 1 : 0) : x;
            }
#if MP_COMPLEX
            if (x.IsObj && !(x.Obj is PyComplex))
#else
            if (x.IsObj)
#endif
            {
                return x.Obj.UnaryOp(UnaryOpKind.IntMaybe);
            }
            return Value.Null;
        }

        // mp_parse_num_integer for int(text, base), raising MicroPython's ValueErrors.
        public static Value ParseInt(byte[] data, int off, int len, long radix)
        {
            if ((radix != 0 && radix < 2) || radix > 36)
            {
                throw Rt.ValueError("int() arg 2 must be >= 2 and <= 36");
            }
            long small;
            BigInt big;
            int valStart;
            int errBase;
            if (!BigInt.ParseInt(data, off, off + len, (int)radix, out small, out big, out valStart, out errBase))
            {
                Printer p = new Printer();
                p.Write("invalid syntax for integer with base ");
                p.WriteInt(errBase);
                p.Write(": ");
                PrintQuoted(p, data, valStart, off + len - valStart);
                throw Rt.ValueError(p.ToString());
            }
            return big != null ? PyBigInt.Make(big) : Value.FromInt(small);
        }

        // mp_str_print_quoted in its bytes form (bytes >= 0x80 escaped), as int()'s error message shows text.
        private static void PrintQuoted(Printer p, byte[] data, int off, int len)
        {
            bool single = false;
            bool dbl = false;
            for (int i = off; i < off + len && !dbl; i++)
            {
                if (data[i] == '\'') single = true;
                else if (data[i] == '"') dbl = true;
            }
            byte quote = single && !dbl ? (byte)'"' : (byte)'\'';
            p.WriteByte(quote);
            for (int i = off; i < off + len; i++)
            {
                byte c = data[i];
                if (c == quote)
                {
                    p.WriteByte((byte)'\\');
                    p.WriteByte(quote);
                }
                else if (c == '\\')
                {
                    p.Write("\\\\");
                }
                else if (c >= 0x20 && c < 0x7F)
                {
                    p.WriteByte(c);
                }
                else if (c == '\n')
                {
                    p.Write("\\n");
                }
                else if (c == '\r')
                {
                    p.Write("\\r");
                }
                else if (c == '\t')
                {
                    p.Write("\\t");
                }
                else
                {
                    p.Write("\\x");
                    p.WriteByte((byte)HexDigit(c >> 4));
                    p.WriteByte((byte)HexDigit(c & 15));
                }
            }
            p.WriteByte(quote);
        }

        private static char HexDigit(int d)
        {
            return (char)(d < 10 ? '0' + d : 'a' + d - 10);
        }

        // float(), float(x).
        public static Value MakeFloat(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            CheckArgs(nPos, nKw, 0, 1);
            if (nPos == 0)
            {
                return Value.FromFloat(0.0);
            }
            Value x = args[start];
            byte[] data;
            int off;
            int len;
            if (NumberOps.TryGetBuffer(x, out data, out off, out len))
            {
                double d;
                if (!FloatParse.TryParse(data, off, off + len, out d))
                {
                    throw Rt.ValueError("invalid syntax for number");
                }
                return Value.FromFloat(d);
            }
            if (x.IsFloat)
            {
                return x;
            }
            return Value.FromFloat(NumberOps.GetFloat(x));
        }

#if MP_COMPLEX
        // complex(), complex(x), complex(real, imag).
        public static Value MakeComplex(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            CheckArgs(nPos, nKw, 0, 2);
            if (nPos == 0)
            {
                return new PyComplex(0, 0);
            }
            Value x = args[start];
            double re;
            double im;
            if (nPos == 1)
            {
                PyStr s = x.Obj as PyStr;
                if (s != null)
                {
                    if (FloatParse.ParseDecimal(s.Data, s.Offset, s.Offset + s.Length, true, true, out re, out im) == FloatParse.Invalid)
                    {
                        throw Rt.ValueError("invalid syntax for number");
                    }
                    return new PyComplex(re, im);
                }
                if (x.Obj is PyComplex)
                {
                    return x;
                }
                NumberOps.GetComplex(x, out re, out im);
                return new PyComplex(re, im);
            }
            PyComplex c1 = x.Obj as PyComplex;
            if (c1 != null)
            {
                re = c1.Real;
                im = c1.Imag;
            }
            else
            {
                re = NumberOps.GetFloat(x);
                im = 0;
            }
            Value y = args[start + 1];
            PyComplex c2 = y.Obj as PyComplex;
            if (c2 != null)
            {
                re -= c2.Imag;
                im += c2.Real;
            }
            else
            {
                im += NumberOps.GetFloat(y);
            }
            return new PyComplex(re, im);
        }
#endif

        // bool(), bool(x).
        public static Value MakeBool(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            CheckArgs(nPos, nKw, 0, 1);
            if (nPos == 0)
            {
                return Value.False;
            }
            return Value.FromBool(Rt.IsTrue(args[start]));
        }

        // ---- int methods ----

        // int.from_bytes(bytes, byteorder='big', signed=False): a class method, so reached either as
        // int.from_bytes(b, ...) or with an int or type first. MicroPython ignores `signed`.
        public static Value FromBytes(Value[] args, int start, int n)
        {
            if (args[start].Obj is PyType || NumberOps.IsInt(args[start]))
            {
                if (n < 2)
                {
                    throw Rt.ArgCountError(2, 4, n);
                }
                start++;
                n--;
            }
            if (n > 3)
            {
                throw Rt.ArgCountError(2, 4, n + 1);
            }
            byte[] data;
            int off;
            int len;
            if (!NumberOps.TryGetBuffer(args[start], out data, out off, out len))
            {
                throw Rt.TypeError("object with buffer protocol required");
            }
            bool bigEndian = n < 2 || !IsLittle(args[start + 1]);
#if MP_LONGINT
            BigInt v = BigInt.FromBytes(data, off, len, bigEndian);
            return PyBigInt.Make(v);
#else
            // int_from_bytes without long ints: the bytes into a machine word, then a small int or the overflow
            ulong u = 0;
            for (int k = 0; k < len; k++) u = (u << 8) | data[bigEndian ? off + k : off + len - 1 - k];
            if (u > long.MaxValue) throw Rt.OverflowError("small int overflow");
            return Value.FromInt((long)u);
#endif
        }

        // int.to_bytes(length=1, byteorder='big', signed=False): negative values are always written in
        // two's complement (MicroPython ignores `signed`); OverflowError "buffer too small".
        public static Value ToBytes(Value[] args, int start, int n)
        {
            Value self = args[start];
            if (!NumberOps.IsInt(self))
            {
                throw Rt.TypeError("can't convert " + Rt.TypeNameOf(self) + " to int");
            }
            long dlen = n < 2 ? 1 : NumberOps.GetInt(args[start + 1]);
            if (dlen < 0)
            {
                throw Rt.ValueError(null);
            }
            bool bigEndian = n < 3 || !IsLittle(args[start + 2]);
            if (dlen > (1L << 26))
            {
                throw Rt.MemoryError("memory allocation failed, allocating " + dlen + " bytes");
            }
            byte[] r;
            PyBigInt b = self.Obj as PyBigInt;
            if (b != null)
            {
                r = b.Big.ToBytes((int)dlen, bigEndian);
            }
            else
            {
                long v = self.Obj is PyBool ? (((PyBool)self.Obj).B ? 1 : 0) : self.Bits;
                r = BigInt.LongToBytes(v, (int)dlen, bigEndian);
            }
            if (r == null)
            {
                throw Rt.OverflowError("buffer too small");
            }
            return new PyBytes(r, 0, r.Length);
        }

        private static bool IsLittle(Value v)
        {
            PyStr s = v.Obj as PyStr;
            return s != null && s.QstrIfInterned == Q.little;
        }

        // ---- functions ----

        public static Value Abs(Value x)
        {
            return Rt.UnaryOp(UnaryOpKind.Abs, x);
        }

        public static Value DivMod(Value a, Value b)
        {
            return Rt.BinaryOp(BinaryOpKind.DivMod, a, b);
        }

        public static Value Pow(Value[] args, int start, int n)
        {
            if (n == 2)
            {
                return Rt.BinaryOp(BinaryOpKind.Power, args[start], args[start + 1]);
            }
            return IntOps.Pow3(args[start], args[start + 1], args[start + 2]);
        }

        // round(x), round(x, ndigits): ints round to a multiple of 10**-ndigits with ties to even; floats
        // use nearbyint (ties to even) on x * 10**ndigits as MicroPython does.
        public static Value Round(Value[] args, int start, int n)
        {
            Value x = args[start];
            if (x.IsSmallInt || x.Obj is PyBigInt)
            {
                if (n == 1)
                {
                    return x;
                }
#if MP_BUILTINS_EXTRAS
                long digits = NumberOps.GetInt(args[start + 1]);
                if (digits >= 0)
                {
                    return x;
                }
                return RoundInt(x, digits);
#else
                throw Rt.Raise(ExcTypes.NotImplementedError, null); // MICROPY_PY_BUILTINS_ROUND_INT
#endif
            }
            double val = NumberOps.GetFloat(x);
            if (n > 1)
            {
                long digits = NumberOps.GetInt(args[start + 1]);
                double mult = Float32.Round(System.Math.Pow(10, Float32.FromLong(digits)));
                return Value.FromFloat(NearbyInt(Float32.Round(val * mult)) / mult);
            }
            return FloatOps.ToInt(NearbyInt(val));
        }

#if MP_BUILTINS_EXTRAS
        private static Value RoundInt(Value x, long digits)
        {
            Value mult = Rt.BinaryOp(BinaryOpKind.Power, Value.FromInt(10), Value.FromInt(-digits));
            Value half = Rt.BinaryOp(BinaryOpKind.FloorDivide, mult, Value.FromInt(2));
            Value modulo = Rt.BinaryOp(BinaryOpKind.Modulo, x, mult);
            Value rounded = Rt.BinaryOp(BinaryOpKind.Subtract, x, modulo);
            if (Rt.IsTrue(Rt.BinaryOp(BinaryOpKind.More, half, modulo)))
            {
                return rounded;
            }
            if (Rt.IsTrue(Rt.BinaryOp(BinaryOpKind.More, modulo, half)))
            {
                return Rt.BinaryOp(BinaryOpKind.Add, rounded, mult);
            }
            Value floor = Rt.BinaryOp(BinaryOpKind.FloorDivide, x, mult);
            if (Rt.IsTrue(Rt.BinaryOp(BinaryOpKind.And, floor, Value.FromInt(1))))
            {
                return Rt.BinaryOp(BinaryOpKind.Add, rounded, mult);
            }
            return rounded;
        }
#endif

        // C nearbyint in the default rounding mode: to nearest, ties to even.
        public static double NearbyInt(double v)
        {
            if (double.IsNaN(v) || double.IsInfinity(v) || v >= 4503599627370496.0 || v <= -4503599627370496.0)
            {
                return v; // already integral (or not a number)
            }
            double f = System.Math.Floor(v);
            double diff = v - f;
            double r;
            if (diff > 0.5)
            {
                r = f + 1;
            }
            else if (diff < 0.5)
            {
                r = f;
            }
            else
            {
                r = (f / 2 == System.Math.Floor(f / 2)) ? f : f + 1;
            }
            return r == 0 ? FloatOps.CopySign(0.0, v) : r;
        }

        public static Value Bin(Value x)
        {
            if (!NumberOps.IsInt(x))
            {
                throw Rt.ValueError("unknown format code 'b' for object of type '" + Rt.TypeNameOf(x) + "'");
            }
            return Prefixed(x, 2, "0b");
        }

        public static Value Oct(Value x)
        {
            return Prefixed(AsInt(x), 8, "0o");
        }

        public static Value Hex(Value x)
        {
            return Prefixed(AsInt(x), 16, "0x");
        }

        // '%#x' / '%#o' accept an int, bool or anything with __int__.
        private static Value AsInt(Value x)
        {
            if (NumberOps.IsInt(x))
            {
                return x;
            }
            return Value.FromInt(NumberOps.GetInt(x));
        }

        private static Value Prefixed(Value x, int radix, string prefix)
        {
#if MP_LONGINT
            BigInt v = NumberOps.ToBigInt(x);
            string digits = v.Abs().ToString(radix);
            return PyStr.FromString((v.Sign < 0 ? "-" : "") + prefix + digits);
#else
            // only small ints: the digits of the magnitude as an unsigned word (long.MinValue's too)
            long s = x.Obj is PyBool ? (((PyBool)x.Obj).B ? 1 : 0) : NumberOps.GetInt(x);
            ulong m = s < 0 ? (ulong)(-s) : (ulong)s;
            char[] buf = new char[64];
            int i = buf.Length;
            do
            {
                int d = (int)(m % (ulong)radix);
                buf[--i] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
                m /= (ulong)radix;
            }
            while (m != 0);
            return PyStr.FromString((s < 0 ? "-" : "") + prefix + new string(buf, i, buf.Length - i));
#endif
        }
    }
}
