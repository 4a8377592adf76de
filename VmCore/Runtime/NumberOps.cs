namespace NanoMpy
{
    // Arithmetic on int (small and big), bool, float and complex: the entry points Rt calls for numeric
    // operands (py/runtime.c mp_binary_op/mp_unary_op for small ints, objint_mpz.c, objfloat.c,
    // objcomplex.c, objbool.c), and the conversions other code uses (mp_obj_get_int/float/complex).
    // The int cases live in IntOps, the float and complex ones in FloatOps.
    public static class NumberOps
    {
        // ---- binary operations ----

        // Null when the operands are not numbers this op handles (Rt then tries the reflected form and
        // raises MicroPython's TypeError).
        // Two numbers with an unsupported op raise here, with the message MicroPython's dispatch produces.
        public static Value BinaryOp(int op, Value a, Value b)
        {
            if (a.Obj is PyBool && b.IsObj && !Rt.IsNumber(b))
            {
                // bool_binary_op: the whole operation again with the int 0/1 (reflection and messages too)
                return Rt.BinaryOp(op, Value.FromInt(((PyBool)a.Obj).B ? 1 : 0), b);
            }
            Value r = Compute(op, a, b);
            if (r.IsNull && Rt.IsNumber(a) && Rt.IsNumber(b))
            {
                throw Unsupported(op, a, b);
            }
            return r;
        }

        private static Value Compute(int op, Value a, Value b)
        {
            if (op >= BinaryOpKind.InplaceOr && op <= BinaryOpKind.InplacePower)
            {
                op += BinaryOpKind.InplaceToPlain; // numbers are immutable: x op= y is x = x op y
            }
            PyObject ao = a.Obj;
            if (ao is PyBool)
            {
                a = Value.FromInt(((PyBool)ao).B ? 1 : 0); // bool_binary_op: True/False act as 1/0
                ao = Value.IntTag;
            }
            if (ao == Value.IntTag)
            {
                PyObject bo = b.Obj;
                if (bo == Value.IntTag)
                {
                    return IntOps.Small(op, a.Bits, b.Bits);
                }
                if (bo == Value.FloatTag)
                {
                    return FloatOps.Binary(op, Float32.FromLong(a.Bits), b.Float);
                }
                if (bo is PyBool)
                {
                    return IntOps.Small(op, a.Bits, ((PyBool)bo).B ? 1 : 0);
                }
                if (bo is PyBigInt)
                {
                    return IntOps.Big(op, BigInt.FromLong(a.Bits), b);
                }
#if MP_COMPLEX
                if (bo is PyComplex)
                {
                    return FloatOps.Complex(op, Float32.FromLong(a.Bits), 0, b);
                }
#endif
                return IntOps.ExtraCases(op, a, b);
            }
            if (ao == Value.FloatTag)
            {
#if MP_COMPLEX
                if (b.Obj is PyComplex)
                {
                    return FloatOps.Complex(op, a.Float, 0, b);
                }
#endif
                double y;
                if (!TryGetFloat(b, out y))
                {
                    return Value.Null;
                }
                return FloatOps.Binary(op, a.Float, y);
            }
            PyBigInt ab = ao as PyBigInt;
            if (ab != null)
            {
                PyObject bo = b.Obj;
                if (bo == Value.IntTag || bo is PyBool || bo is PyBigInt)
                {
                    return IntOps.Big(op, ab.Big, b);
                }
                if (bo == Value.FloatTag)
                {
                    return FloatOps.Binary(op, ab.Big.ToDouble(), b.Float);
                }
#if MP_COMPLEX
                if (bo is PyComplex)
                {
                    return FloatOps.Complex(op, ab.Big.ToDouble(), 0, b);
                }
#endif
                return IntOps.ExtraCases(op, a, b);
            }
#if MP_COMPLEX
            PyComplex ac = ao as PyComplex;
            if (ac != null)
            {
                return FloatOps.Complex(op, ac.Real, ac.Imag, b);
            }
#endif
            return Value.Null;
        }

        // The TypeError of mp_binary_op for two numbers and an op they do not support: which operator
        // and type names it reports depends on the path MicroPython takes (small-int fast path, bool
        // acting as int, the reflected attempt on the right operand), followed here step by step.
        private static PyException Unsupported(int op, Value a, Value b)
        {
            if (a.Obj is PyBool)
            {
                a = Value.FromInt(1); // bool_binary_op re-dispatches with the int
            }
#if MP_COMPLEX
            if (a.IsSmallInt && (b.IsSmallInt || b.IsFloat || b.Obj is PyComplex))
#else
            if (a.IsSmallInt && (b.IsSmallInt || b.IsFloat))
#endif
            {
                return UnsupportedError(op, a, b); // fast path, original operator
            }
            if (IsInt(a) && b.Obj is PyBool)
            {
                return Unsupported(op, a, Value.FromInt(1)); // int_binary_op_extra_cases: bool as int
            }
            int plain = op;
            if (op >= BinaryOpKind.InplaceOr && op <= BinaryOpKind.InplacePower)
            {
                plain = op + BinaryOpKind.InplaceToPlain;
            }
            if (plain >= BinaryOpKind.Or && plain <= BinaryOpKind.Power && b.Obj is PyBool)
            {
                // the reflected op reaches bool_binary_op, which re-dispatches (int, a) and fails there
                return Unsupported(plain + BinaryOpKind.PlainToReverse, Value.FromInt(1), a);
            }
            return UnsupportedError(plain, a, b);
        }

        private static PyException UnsupportedError(int op, Value a, Value b)
        {
            return Rt.TypeError("unsupported types for " + Qstr.Str(OpNames.Binary[op]) + ": '" + Rt.TypeNameOf(a)
                + "', '" + Rt.TypeNameOf(b) + "'");
        }

        // ---- unary operations ----

        public static Value UnaryOp(int op, Value a)
        {
            PyObject o = a.Obj;
            if (o is PyBool)
            {
                if (op == UnaryOpKind.Len)
                {
                    return Value.Null;
                }
                a = Value.FromInt(((PyBool)o).B ? 1 : 0); // bool_unary_op: as the int 0/1
                o = Value.IntTag;
            }
            if (o == Value.IntTag)
            {
                long v = a.Bits;
                switch (op)
                {
                    case UnaryOpKind.Bool: return Value.FromBool(v != 0);
                    case UnaryOpKind.Hash: return Value.FromInt(BigInt.HashLong(v));
                    case UnaryOpKind.Positive:
                    case UnaryOpKind.IntMaybe:
                        return a;
                    case UnaryOpKind.Negative:
                        return v == long.MinValue ? PyBigInt.Make(BigInt.FromLong(v).Neg()) : Value.FromInt(-v);
                    case UnaryOpKind.Abs:
                        if (v >= 0) return a;
                        return v == long.MinValue ? PyBigInt.Make(BigInt.FromLong(v).Neg()) : Value.FromInt(-v);
                    case UnaryOpKind.Invert: return Value.FromInt(~v);
                    case UnaryOpKind.FloatMaybe: return Value.FromFloat(Float32.FromLong(v));
                }
                return Value.Null;
            }
            if (o == Value.FloatTag)
            {
                double d = a.Float;
                switch (op)
                {
                    case UnaryOpKind.Bool: return Value.FromBool(d != 0);
                    case UnaryOpKind.Hash: return Value.FromInt(BigInt.HashLong(FloatOps.RawHash(d)));
                    case UnaryOpKind.Positive:
                    case UnaryOpKind.FloatMaybe:
                        return a;
                    case UnaryOpKind.Negative: return Value.FromFloat(-d);
                    case UnaryOpKind.Abs: return FloatOps.SignBit(d) ? Value.FromFloat(-d) : a;
                }
                return Value.Null;
            }
            PyBigInt b = o as PyBigInt;
            if (b != null)
            {
                switch (op)
                {
                    case UnaryOpKind.Bool: return Value.True; // never zero
                    case UnaryOpKind.Hash: return Value.FromInt(b.Big.Hash());
                    case UnaryOpKind.Positive:
                    case UnaryOpKind.IntMaybe:
                        return a;
                    case UnaryOpKind.Negative: return PyBigInt.Make(b.Big.Neg());
                    case UnaryOpKind.Invert: return PyBigInt.Make(b.Big.Not());
                    case UnaryOpKind.Abs: return b.Big.Sign < 0 ? PyBigInt.Make(b.Big.Neg()) : a;
                    case UnaryOpKind.FloatMaybe: return Value.FromFloat(b.Big.ToDouble());
                }
                return Value.Null;
            }
#if MP_COMPLEX
            PyComplex c = o as PyComplex;
            if (c != null)
            {
                switch (op)
                {
                    case UnaryOpKind.Bool: return Value.FromBool(c.Real != 0 || c.Imag != 0);
                    case UnaryOpKind.Hash: return Value.FromInt(Hash(a));
                    case UnaryOpKind.Positive:
                    case UnaryOpKind.ComplexMaybe:
                        return a;
                    case UnaryOpKind.Negative: return new PyComplex(-c.Real, -c.Imag);
                    case UnaryOpKind.Abs: return Value.FromFloat(System.Math.Sqrt(Float32.Round(Float32.Round(c.Real * c.Real) + Float32.Round(c.Imag * c.Imag))));
                }
                return Value.Null;
            }
#endif
            return Value.Null;
        }

        // ---- equality, hash, printing ----

        // Python == for two numbers.
        public static bool Equal(Value a, Value b)
        {
            if (a.Obj is PyBool) a = Value.FromInt(((PyBool)a.Obj).B ? 1 : 0);
            if (b.Obj is PyBool) b = Value.FromInt(((PyBool)b.Obj).B ? 1 : 0);
            if (a.IsSmallInt && b.IsSmallInt)
            {
                return a.Bits == b.Bits;
            }
            if (IsInt(a) && IsInt(b))
            {
                // a big int is never equal to a small one
                PyBigInt x = a.Obj as PyBigInt;
                PyBigInt y = b.Obj as PyBigInt;
                return x != null && y != null && BigInt.Compare(x.Big, y.Big) == 0;
            }
#if MP_COMPLEX
            if (a.Obj is PyComplex || b.Obj is PyComplex)
            {
                double ar, ai, br, bi;
                if (!TryGetComplex(a, out ar, out ai) || !TryGetComplex(b, out br, out bi))
                {
                    return false;
                }
                return ar == br && ai == bi;
            }
#endif
            double fa, fb;
            if (!TryGetFloat(a, out fa) || !TryGetFloat(b, out fb))
            {
                return false;
            }
            return fa == fb;
        }

        // hash() of a number, as MicroPython computes it (equal numbers hash alike).
        public static long Hash(Value v)
        {
            PyObject o = v.Obj;
            if (o == Value.IntTag) return BigInt.HashLong(v.Bits);
            if (o == Value.FloatTag) return BigInt.HashLong(FloatOps.RawHash(v.Float));
            if (o is PyBool) return ((PyBool)o).B ? 1 : 0;
            PyBigInt b = o as PyBigInt;
            if (b != null) return b.Big.Hash();
#if MP_COMPLEX
            PyComplex c = o as PyComplex;
            if (c != null) return BigInt.HashLong(FloatOps.RawHash(c.Real) ^ FloatOps.RawHash(c.Imag));
#endif
            return o.Hash();
        }

        public static void Print(Printer p, Value v, int kind)
        {
            if (v.IsSmallInt)
            {
                p.WriteInt(v.Bits);
                return;
            }
            if (v.IsFloat)
            {
                FloatFormat.PrintRepr(p, v.Float);
                return;
            }
            v.Obj.Print(p, kind);
        }

        // ---- classification and conversions ----

        // int or bool (mp_obj_is_int plus bool).
        public static bool IsInt(Value v)
        {
            PyObject o = v.Obj;
            return o == Value.IntTag || o is PyBool || o is PyBigInt;
        }

#if MP_LONGINT
        // The BigInt of an int or bool.
        public static BigInt ToBigInt(Value v)
        {
            PyBigInt b = v.Obj as PyBigInt;
            if (b != null) return b.Big;
            if (v.Obj is PyBool) return ((PyBool)v.Obj).B ? BigInt.One : BigInt.Zero;
            return BigInt.FromLong(v.Bits);
        }
#endif

        // mp_obj_get_float_maybe: int, bool, float, or an object whose __float__ gives a float.
        public static bool TryGetFloat(Value v, out double d)
        {
            PyObject o = v.Obj;
            if (o == Value.FloatTag)
            {
                d = v.Float;
                return true;
            }
            if (o == Value.IntTag)
            {
                d = Float32.FromLong(v.Bits);
                return true;
            }
            d = 0;
            if (o == null || o == Value.SentinelTag)
            {
                return false;
            }
            if (o is PyBool)
            {
                d = ((PyBool)o).B ? 1 : 0;
                return true;
            }
            PyBigInt b = o as PyBigInt;
            if (b != null)
            {
                d = b.Big.ToDouble();
                return true;
            }
#if MP_COMPLEX
            if (o is PyComplex)
            {
                return false;
            }
#endif
            Value r = o.UnaryOp(UnaryOpKind.FloatMaybe);
            if (r.IsFloat)
            {
                d = r.Float;
                return true;
            }
            return false;
        }

        // mp_obj_get_float: TypeError "can't convert X to float".
        public static double GetFloat(Value v)
        {
            double d;
            if (!TryGetFloat(v, out d))
            {
                throw Rt.TypeError("can't convert " + Rt.TypeNameOf(v) + " to float");
            }
            return d;
        }

#if MP_COMPLEX
        // mp_obj_get_complex_maybe.
        public static bool TryGetComplex(Value v, out double re, out double im)
        {
            im = 0;
            if (TryGetFloat(v, out re))
            {
                return true;
            }
            PyComplex c = v.Obj as PyComplex;
            if (c == null && v.IsObj)
            {
                c = v.Obj.UnaryOp(UnaryOpKind.ComplexMaybe).Obj as PyComplex;
            }
            if (c != null)
            {
                re = c.Real;
                im = c.Imag;
                return true;
            }
            return false;
        }

        public static void GetComplex(Value v, out double re, out double im)
        {
            if (!TryGetComplex(v, out re, out im))
            {
                throw Rt.TypeError("can't convert " + Rt.TypeNameOf(v) + " to complex");
            }
        }
#endif

        // mp_obj_get_int_maybe: a machine-word int from int, bool or __int__; a big int raises
        // OverflowError as MicroPython does; false for other types.
        public static bool TryGetInt(Value v, out long i)
        {
            PyObject o = v.Obj;
            if (o == Value.IntTag)
            {
                i = v.Bits;
                return true;
            }
            i = 0;
            if (o is PyBool)
            {
                i = ((PyBool)o).B ? 1 : 0;
                return true;
            }
            if (o is PyBigInt)
            {
                throw Rt.OverflowError("overflow converting long int to machine word");
            }
#if MP_COMPLEX
            if (o == null || !v.IsObj || o is PyComplex)
#else
            if (o == null || !v.IsObj)
#endif
            {
                return false;
            }
            Value r = o.UnaryOp(UnaryOpKind.IntMaybe);
            if (r.IsNull)
            {
                return false;
            }
            return TryGetInt(r, out i);
        }

        // mp_obj_get_int_truncated: the low 64 bits of any int (a big int is not an OverflowError here).
        public static long GetIntTruncated(Value v)
        {
            if (v.Obj is PyBigInt)
            {
                Value low = Rt.BinaryOp(BinaryOpKind.And, v, Value.FromInt(0xFFFFFFFFL));
                Value high = Rt.BinaryOp(BinaryOpKind.And, Rt.BinaryOp(BinaryOpKind.RShift, v, Value.FromInt(32)), Value.FromInt(0xFFFFFFFFL));
                return (long)(((ulong)high.Bits << 32) | (ulong)low.Bits);
            }
            return GetInt(v);
        }

        // mp_obj_get_int: TypeError "can't convert X to int".
        public static long GetInt(Value v)
        {
            long i;
            if (!TryGetInt(v, out i))
            {
                throw Rt.TypeError("can't convert " + Rt.TypeNameOf(v) + " to int");
            }
            return i;
        }

        // Reading the bytes of a str or another buffer object (bytes, bytearray, memoryview) for int() and
        // float().
        public static bool TryGetBuffer(Value v, out byte[] data, out int off, out int len)
        {
            PyStr s = v.Obj as PyStr;
            if (s != null)
            {
                data = s.Data;
                off = s.Offset;
                len = s.Length;
                return true;
            }
            if (v.IsObj)
            {
                return SeqArgs.GetBuffer(v, out data, out off, out len);
            }
            data = null;
            off = 0;
            len = 0;
            return false;
        }
    }
}
