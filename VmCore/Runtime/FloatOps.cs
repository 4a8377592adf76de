namespace NanoMpy
{
    // float and complex arithmetic with MicroPython's rules and messages (py/objfloat.c
    // mp_obj_float_binary_op, py/objcomplex.c mp_obj_complex_binary_op).
    public static class FloatOps
    {
        public static Value Binary(int op, double x, double y)
        {
            switch (op)
            {
                case BinaryOpKind.Add: return Value.FromFloat(x + y);
                case BinaryOpKind.Subtract: return Value.FromFloat(x - y);
                case BinaryOpKind.Multiply: return Value.FromFloat(x * y);
                case BinaryOpKind.FloorDivide:
                    {
                        if (y == 0) throw IntOps.DivideByZero();
                        double q;
                        double m;
                        DivMod(x, y, out q, out m);
                        return Value.FromFloat(q);
                    }
                case BinaryOpKind.TrueDivide:
                    if (y == 0) throw IntOps.DivideByZero();
                    return Value.FromFloat(x / y);
                case BinaryOpKind.Modulo:
                    {
                        if (y == 0) throw IntOps.DivideByZero();
                        double m = x % y; // C fmod
                        if (m == 0)
                        {
                            m = CopySign(0.0, y);
                        }
                        else if ((m < 0) != (y < 0))
                        {
                            m += y;
                        }
                        return Value.FromFloat(m);
                    }
                case BinaryOpKind.Power:
                    if (x == 0 && y < 0 && !double.IsInfinity(y)) throw IntOps.DivideByZero();
                    if (x < 0 && y != System.Math.Floor(y) && !double.IsNaN(y))
                    {
#if MP_COMPLEX
                        return ComplexPower(x, 0, y, 0);
#else
                        throw Rt.ValueError("complex values not supported");
#endif
                    }
                    return Value.FromFloat(System.Math.Pow(x, y));
                case BinaryOpKind.DivMod:
                    {
                        if (y == 0) throw IntOps.DivideByZero();
                        double q;
                        double m;
                        DivMod(x, y, out q, out m);
                        return new PyTuple(new Value[] { Value.FromFloat(q), Value.FromFloat(m) });
                    }
                case BinaryOpKind.Less: return Value.FromBool(x < y);
                case BinaryOpKind.More: return Value.FromBool(x > y);
                case BinaryOpKind.Equal: return Value.FromBool(x == y);
                case BinaryOpKind.LessEqual: return Value.FromBool(x <= y);
                case BinaryOpKind.MoreEqual: return Value.FromBool(x >= y);
            }
            return Value.Null;
        }

        // mp_obj_float_divmod: x == q*y + m with m of y's sign, following CPython's float divmod.
        private static void DivMod(double x, double y, out double q, out double m)
        {
            // R: each step rounds to float32 in single mode, as the C code's float arithmetic does
            double mod = x % y;
            double div = R(R(x - mod) / y);
            if (mod == 0)
            {
                mod = CopySign(0.0, y);
            }
            else if ((mod < 0) != (y < 0))
            {
                mod = R(mod + y);
                div = R(div - 1.0);
            }
            double floordiv;
            if (div == 0)
            {
                floordiv = CopySign(0.0, x / y);
            }
            else
            {
                floordiv = System.Math.Floor(div);
                if (R(div - floordiv) > 0.5)
                {
                    floordiv += 1.0;
                }
            }
            q = floordiv;
            m = mod;
        }

#if MP_COMPLEX
        // complex op rhs, where the left operand is (lr, li); Null when rhs is not a number.
        public static Value Complex(int op, double lr, double li, Value rhs)
        {
            double rr;
            double ri;
            if (!NumberOps.TryGetComplex(rhs, out rr, out ri))
            {
                return Value.Null;
            }
            switch (op)
            {
                case BinaryOpKind.Add: return new PyComplex(lr + rr, li + ri);
                case BinaryOpKind.Subtract: return new PyComplex(lr - rr, li - ri);
                case BinaryOpKind.Multiply: return Multiply(lr, li, rr, ri);
                case BinaryOpKind.FloorDivide:
                    throw Rt.TypeError("can't truncate-divide a complex number");
                case BinaryOpKind.TrueDivide:
                    if (ri == 0)
                    {
                        if (rr == 0) throw Rt.ZeroDivisionError("complex divide by zero");
                        return new PyComplex(lr / rr, li / rr);
                    }
                    if (rr == 0)
                    {
                        return new PyComplex(li / ri, -lr / ri);
                    }
                    {
                        double lenSq = R(R(rr * rr) + R(ri * ri));
                        return Multiply(lr, li, R(rr / lenSq), R(ri / -lenSq));
                    }
                case BinaryOpKind.Power: return ComplexPower(lr, li, rr, ri);
                case BinaryOpKind.Equal: return Value.FromBool(lr == rr && li == ri);
            }
            return Value.Null;
        }

        internal static Value Multiply(double lr, double li, double rr, double ri)
        {
            double real = R(lr * rr) - R(li * ri);
            double imag = R(lr * ri) + R(li * rr);
            return new PyComplex(real, imag);
        }

        // z1 ** z2 = exp(z2 * ln(z1)), computed the way objcomplex.c does.
        private static Value ComplexPower(double lr, double li, double rr, double ri)
        {
            double abs1 = R(System.Math.Sqrt(R(R(lr * lr) + R(li * li))));
            if (abs1 == 0)
            {
                if (ri == 0 && rr >= 0)
                {
                    return new PyComplex(rr == 0 ? 1 : 0, li);
                }
                throw Rt.ZeroDivisionError("0.0 to a complex power");
            }
            double ln1 = R(System.Math.Log(abs1));
            double arg1 = R(System.Math.Atan2(li, lr));
            double x3 = R(R(rr * ln1) - R(ri * arg1));
            double y3 = R(R(ri * ln1) + R(rr * arg1));
            double expX3 = R(System.Math.Exp(x3));
            return new PyComplex(expX3 * R(System.Math.Cos(y3)), expX3 * R(System.Math.Sin(y3)));
        }
#endif

        private static double R(double d)
        {
            return Float32.Round(d);
        }

        public static bool SignBit(double d)
        {
            return System.BitConverter.DoubleToInt64Bits(d) < 0;
        }

        public static double CopySign(double mag, double sign)
        {
            long m = System.BitConverter.DoubleToInt64Bits(mag) & 0x7FFFFFFFFFFFFFFFL;
            long s = System.BitConverter.DoubleToInt64Bits(sign) & unchecked((long)0x8000000000000000UL);
            return System.BitConverter.Int64BitsToDouble(m | s);
        }

        // MicroPython's float hash before the small-int truncation: the C cast (mp_int_t)val, which on
        // x86-64 gives the "integer indefinite" value for NaN, infinities and out-of-range values.
        public static long RawHash(double d)
        {
            if (double.IsNaN(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0)
            {
                return long.MinValue;
            }
            return (long)d;
        }

        // int(f) (mp_obj_new_int_from_float), with MicroPython's errors for inf and nan.
        public static Value ToInt(double f)
        {
            if (double.IsNaN(f))
            {
                throw Rt.ValueError("can't convert NaN to int");
            }
            if (double.IsInfinity(f))
            {
                throw Rt.OverflowError("can't convert inf to int");
            }
            if (f > -9.2e18 && f < 9.2e18)
            {
                return Value.FromInt((long)f);
            }
            return PyBigInt.Make(BigInt.FromDouble(f));
        }
    }
}
