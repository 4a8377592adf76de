namespace NanoMpy
{
    // int arithmetic: a long fast path that allocates nothing and moves to BigInt on overflow, and the
    // big-int path, whose results come back as small ints whenever they fit (PyBigInt.Make).
    // Semantics and messages follow py/runtime.c (small ints) and py/objint_mpz.c (big ints).
    public static class IntOps
    {
        // Largest big int we agree to build: MicroPython would run out of heap well before this; we raise
        // its MemoryError instead of trying.
        private const long MaxBits = 1L << 28;

        public static Value Small(int op, long x, long y)
        {
            switch (op)
            {
                case BinaryOpKind.Or: return Value.FromInt(x | y);
                case BinaryOpKind.Xor: return Value.FromInt(x ^ y);
                case BinaryOpKind.And: return Value.FromInt(x & y);
                case BinaryOpKind.LShift:
                    if (y < 0) throw NegativeShift(y);
                    if (x == 0) return Value.FromInt(0);
                    if (y < 63 && x <= (long.MaxValue >> (int)y) && x >= (long.MinValue >> (int)y))
                    {
                        return Value.FromInt(x << (int)y);
                    }
                    return ShiftLeftBig(BigInt.FromLong(x), y);
                case BinaryOpKind.RShift:
                    if (y < 0) throw NegativeShift(y);
                    return Value.FromInt(x >> (y > 63 ? 63 : (int)y));
                case BinaryOpKind.Add:
                    {
                        long r = x + y;
                        if (((x ^ r) & (y ^ r)) < 0) return PyBigInt.Make(BigInt.Add(BigInt.FromLong(x), BigInt.FromLong(y)));
                        return Value.FromInt(r);
                    }
                case BinaryOpKind.Subtract:
                    {
                        long r = x - y;
                        if (((x ^ y) & (x ^ r)) < 0) return PyBigInt.Make(BigInt.Sub(BigInt.FromLong(x), BigInt.FromLong(y)));
                        return Value.FromInt(r);
                    }
                case BinaryOpKind.Multiply:
                    {
                        long r;
                        if (MulOverflows(x, y, out r)) return PyBigInt.Make(BigInt.Mul(BigInt.FromLong(x), BigInt.FromLong(y)));
                        return Value.FromInt(r);
                    }
                case BinaryOpKind.FloorDivide:
                    if (y == 0) throw DivideByZero();
                    if (y == -1) return x == long.MinValue ? PyBigInt.Make(BigInt.FromLong(x).Neg()) : Value.FromInt(-x);
                    return Value.FromInt(FloorDiv(x, y));
                case BinaryOpKind.TrueDivide:
                    if (y == 0) throw DivideByZero();
                    return Value.FromFloat(Float32.FromLong(x) / Float32.FromLong(y));
                case BinaryOpKind.Modulo:
                    if (y == 0) throw DivideByZero();
                    return Value.FromInt(y == -1 ? 0 : FloorMod(x, y));
                case BinaryOpKind.Power:
                    if (y < 0) return FloatOps.Binary(op, Float32.FromLong(x), Float32.FromLong(y)); // negative exponent: a float result
                    return Power(x, y);
                case BinaryOpKind.DivMod:
                    {
                        if (y == 0) throw DivideByZero();
                        Value q = y == -1 ? Small(BinaryOpKind.FloorDivide, x, y) : Value.FromInt(FloorDiv(x, y));
                        Value m = Value.FromInt(y == -1 ? 0 : FloorMod(x, y));
                        return new PyTuple(new Value[] { q, m });
                    }
                case BinaryOpKind.Less: return Value.FromBool(x < y);
                case BinaryOpKind.More: return Value.FromBool(x > y);
                case BinaryOpKind.LessEqual: return Value.FromBool(x <= y);
                case BinaryOpKind.MoreEqual: return Value.FromBool(x >= y);
                case BinaryOpKind.Equal: return Value.FromBool(x == y);
            }
            return Value.Null;
        }

        public static long FloorDiv(long x, long y)
        {
            long q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0)))
            {
                q--;
            }
            return q;
        }

        public static long FloorMod(long x, long y)
        {
            long m = x % y;
            if (m != 0 && ((m < 0) != (y < 0)))
            {
                m += y;
            }
            return m;
        }

        // x * y in r; true when it does not fit a long.
        private static bool MulOverflows(long x, long y, out long r)
        {
            r = x * y;
            if ((x < 0x80000000L && x > -0x80000000L && y < 0x80000000L && y > -0x80000000L) || x == 0)
            {
                return false;
            }
            if ((x == -1 && y == long.MinValue) || (y == -1 && x == long.MinValue))
            {
                return true;
            }
            return r / x != y;
        }

        private static Value Power(long x, long y)
        {
            long ans = 1;
            long b = x;
            long e = y;
            while (e > 0)
            {
                if ((e & 1) != 0)
                {
                    long t;
                    if (MulOverflows(ans, b, out t)) return BigPower(BigInt.FromLong(x), y);
                    ans = t;
                }
                e >>= 1;
                if (e == 0)
                {
                    break;
                }
                long sq;
                if (MulOverflows(b, b, out sq)) return BigPower(BigInt.FromLong(x), y);
                b = sq;
            }
            return Value.FromInt(ans);
        }

#if MP_LONGINT
        // x ** y for y >= 0 (y saturates at long.MaxValue; odd tells the parity of the real exponent).
        private static Value BigPower(BigInt x, long y)
        {
            return BigPower(x, y, (y & 1) != 0);
        }

        private static Value BigPower(BigInt x, long y, bool odd)
        {
            if (x.IsZero)
            {
                return Value.FromInt(y == 0 ? 1 : 0);
            }
            if (x.WordCount == 1 && x.BitLength() == 1)
            {
                // +-1
                return Value.FromInt(x.Sign < 0 && odd ? -1 : 1);
            }
            if (y > MaxBits || (long)x.BitLength() * y > MaxBits)
            {
                throw OutOfMemory((long)x.BitLength() * (y > MaxBits ? MaxBits : y));
            }
            return PyBigInt.Make(x.Pow((int)y));
        }

        private static Value ShiftLeftBig(BigInt x, long n)
        {
            if (x.IsZero)
            {
                return Value.FromInt(0);
            }
            if (n > MaxBits)
            {
                throw OutOfMemory(n);
            }
            return PyBigInt.Make(x.Shl((int)n));
        }

        // The big-int path: x op y where one side is a big int (y is an int or bool).
        public static Value Big(int op, BigInt x, Value yv)
        {
            BigInt y = NumberOps.ToBigInt(yv);
            switch (op)
            {
                case BinaryOpKind.TrueDivide:
                    if (y.IsZero) throw DivideByZero();
                    return Value.FromFloat(x.ToDouble() / y.ToDouble());
                case BinaryOpKind.Add: return PyBigInt.Make(BigInt.Add(x, y));
                case BinaryOpKind.Subtract: return PyBigInt.Make(BigInt.Sub(x, y));
                case BinaryOpKind.Multiply:
                    if ((long)x.BitLength() + y.BitLength() > MaxBits) throw OutOfMemory((long)x.BitLength() + y.BitLength());
                    return PyBigInt.Make(BigInt.Mul(x, y));
                case BinaryOpKind.FloorDivide:
                    if (y.IsZero) throw DivideByZero();
                    return PyBigInt.Make(BigInt.FloorDiv(x, y));
                case BinaryOpKind.Modulo:
                    if (y.IsZero) throw DivideByZero();
                    return PyBigInt.Make(BigInt.Mod(x, y));
                case BinaryOpKind.DivMod:
                    {
                        if (y.IsZero) throw DivideByZero();
                        BigInt q;
                        BigInt r;
                        BigInt.FloorDivMod(x, y, out q, out r);
                        return new PyTuple(new Value[] { PyBigInt.Make(q), PyBigInt.Make(r) });
                    }
                case BinaryOpKind.And: return PyBigInt.Make(BigInt.And(x, y));
                case BinaryOpKind.Or: return PyBigInt.Make(BigInt.Or(x, y));
                case BinaryOpKind.Xor: return PyBigInt.Make(BigInt.Xor(x, y));
                case BinaryOpKind.LShift:
                case BinaryOpKind.RShift:
                    {
                        long n;
                        if (!y.TryToLong(out n)) throw Rt.OverflowError("overflow converting long int to machine word");
                        if (n < 0) throw NegativeShift(n);
                        if (op == BinaryOpKind.LShift) return ShiftLeftBig(x, n);
                        if (n > x.BitLength()) return Value.FromInt(x.Sign < 0 ? -1 : 0);
                        return PyBigInt.Make(x.Shr((int)n));
                    }
                case BinaryOpKind.Power:
                    {
                        if (y.Sign < 0) return FloatOps.Binary(op, x.ToDouble(), y.ToDouble());
                        long n;
                        if (!y.TryToLong(out n)) n = long.MaxValue;
                        return BigPower(x, n, !y.Shr(1).Shl(1).EqualsValue(y));
                    }
                case BinaryOpKind.Less: return Value.FromBool(BigInt.Compare(x, y) < 0);
                case BinaryOpKind.More: return Value.FromBool(BigInt.Compare(x, y) > 0);
                case BinaryOpKind.LessEqual: return Value.FromBool(BigInt.Compare(x, y) <= 0);
                case BinaryOpKind.MoreEqual: return Value.FromBool(BigInt.Compare(x, y) >= 0);
                case BinaryOpKind.Equal: return Value.FromBool(BigInt.Compare(x, y) == 0);
            }
            return Value.Null;
        }
#else
        // Without long ints (MICROPY_LONGINT_IMPL_NONE) the callers' BigInt.FromLong has raised "small int
        // overflow" already (BigIntNone.cs) and no big int exists: nothing reaches these.
        private static Value BigPower(BigInt x, long y) { throw Rt.OverflowError("small int overflow"); }
        private static Value ShiftLeftBig(BigInt x, long n) { throw Rt.OverflowError("small int overflow"); }
        public static Value Big(int op, BigInt x, Value yv) { throw Rt.OverflowError("small int overflow"); }
#endif

        // mp_obj_int_binary_op_extra_cases: int * str/bytes/tuple/list is the sequence's repetition;
        // anything else with a non-number is unsupported here (Null).
        public static Value ExtraCases(int op, Value a, Value b)
        {
            if (op == BinaryOpKind.Multiply && b.IsObj)
            {
                PyType t = b.Obj.Type;
                if (t == PyStr.TypeObj || t == PyTuple.TypeObj || t == PyList.TypeObj || t.Name == Q.bytes)
                {
                    return Rt.BinaryOp(op, b, a);
                }
            }
            return Value.Null;
        }

        // pow(base, exp, mod) for ints (mp_obj_int_pow3).
        public static Value Pow3(Value b, Value e, Value m)
        {
#if !MP_LONGINT
            // MICROPY_PY_BUILTINS_POW3 is an extra feature (mp_obj_int_pow3 needs long ints): modbuiltins.c
            throw Rt.NotImplementedError("3-arg pow() not supported");
#else
            // mp_obj_is_int: bool does not count here
            if (b.Obj is PyBool || e.Obj is PyBool || m.Obj is PyBool || !NumberOps.IsInt(b) || !NumberOps.IsInt(e)
                || !NumberOps.IsInt(m))
            {
                throw Rt.TypeError("pow() with 3 arguments requires integers");
            }
            BigInt mod = NumberOps.ToBigInt(m);
            if (mod.IsZero)
            {
                throw Rt.ValueError("divide by zero");
            }
            return PyBigInt.Make(NumberOps.ToBigInt(b).ModPow(NumberOps.ToBigInt(e), mod));
#endif
        }

        public static PyException DivideByZero()
        {
            return Rt.ZeroDivisionError("divide by zero");
        }

        // -2**63 is a big int to MicroPython whose magnitude does not fit its machine word.
        private static PyException NegativeShift(long count)
        {
            if (count == long.MinValue) return Rt.OverflowError("overflow converting long int to machine word");
            return Rt.ValueError("negative shift count");
        }

#if MP_LONGINT
        private static PyException OutOfMemory(long bits)
        {
            return Rt.MemoryError("memory allocation failed, allocating " + (bits / 8 + 8) + " bytes");
        }
#endif
    }
}
