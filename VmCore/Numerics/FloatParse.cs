namespace NanoMpy
{
    // Text -> float exactly as MicroPython v1.27 (unix port, x86-64) parses it: py/parsenum.c
    // mp_parse_num_decimal and mp_parse_float_internal. That parser is not always correctly rounded (it
    // keeps at most ~19 significant digits and scales by powers of ten in x87 long double); we follow it
    // step by step with LongDouble so float('...') and float literals give the same bits.
    public static class FloatParse
    {
        // C's nan(""): a positive quiet NaN (.NET's double.NaN has the sign bit set).
        public static readonly double NaN = System.BitConverter.Int64BitsToDouble(0x7FF8000000000000L);

        // Results of ParseDecimal.
        public const int Invalid = 0;
        public const int Real = 1;
        public const int Complex = 2;

        // Largest mantissa that can take another decimal digit without overflowing 64 bits.
        private const ulong MantissaMax = 0x1999999999999998UL;

        // float(text): false when the text is not a valid float.
        public static bool TryParse(string text, out double value)
        {
            byte[] b = BigInt.AsciiBytes(text);
            return TryParse(b, 0, b.Length, out value);
        }

        public static bool TryParse(byte[] text, int start, int end, out double value)
        {
            double imag;
            return ParseDecimal(text, start, end, false, false, out value, out imag) == Real;
        }

        // mp_parse_num_decimal: allowImag accepts a trailing 'j' (literal syntax), forceComplex parses a
        // complex('a+bj') argument. Returns Invalid ("invalid syntax for number"), Real, or Complex.
        public static int ParseDecimal(byte[] text, int start, int end, bool allowImag, bool forceComplex,
            out double real, out double imag)
        {
            real = 0;
            imag = 0;
            int i = start;
            bool haveReal = false;
            bool haveImag = false;
            double decReal = 0;
            while (true)
            {
                bool neg = false;
                double val = 0;
                while (i < end && BigInt.IsSpaceByte(text[i]))
                {
                    i++;
                }
                if (i < end)
                {
                    if (text[i] == '+')
                    {
                        i++;
                    }
                    else if (text[i] == '-')
                    {
                        i++;
                        neg = true;
                    }
                }
                int valStart = i;
                if (i + 2 < end && Lower(text[i]) == 'i' && Lower(text[i + 1]) == 'n' && Lower(text[i + 2]) == 'f')
                {
                    i += 3;
                    val = double.PositiveInfinity;
                    if (i + 4 < end && Lower(text[i]) == 'i' && Lower(text[i + 1]) == 'n' && Lower(text[i + 2]) == 'i'
                        && Lower(text[i + 3]) == 't' && Lower(text[i + 4]) == 'y')
                    {
                        i += 5;
                    }
                }
                else if (i + 2 < end && Lower(text[i]) == 'n' && Lower(text[i + 1]) == 'a' && Lower(text[i + 2]) == 'n')
                {
                    i += 3;
                    val = NaN;
                }
                else
                {
                    i = ParseUnsigned(text, i, end, out val);
                    if (i < 0)
                    {
                        return Invalid;
                    }
                }
                if (allowImag && i < end && Lower(text[i]) == 'j')
                {
                    if (i == valStart)
                    {
                        val = 1; // "j" means "1j"
                    }
                    i++;
                    haveImag = true;
                }
                if (neg)
                {
                    val = -val;
                }
                if (i == valStart)
                {
                    return Invalid;
                }
                while (i < end && BigInt.IsSpaceByte(text[i]))
                {
                    i++;
                }
                if (i != end)
                {
                    if (forceComplex && !haveReal && !haveImag)
                    {
                        // Only a real part so far: keep parsing for the imaginary part.
                        decReal = val;
                        haveReal = true;
                        continue;
                    }
                    return Invalid;
                }
                if (haveReal && !haveImag)
                {
                    return Invalid;
                }
                if (haveReal || haveImag)
                {
                    real = decReal;
                    imag = val;
                    return Complex;
                }
                if (forceComplex)
                {
                    real = val;
                    return Complex;
                }
                real = val;
                return Real;
            }
        }

        private static int Lower(byte c)
        {
            return c | 0x20;
        }

        // mp_parse_float_internal: an unsigned decimal (digits, '.', exponent, '_' anywhere) from
        // text[start..end). Returns the index after it, or -1 for an exponent marker with nothing after it.
        // Stops at the first character that does not belong (the caller checks what follows).
        public static int ParseUnsigned(byte[] text, int start, int end, out double res)
        {
            return ParseUnsigned(text, start, end, Float32.Single, out res);
        }

        // The same in the given precision: single (MICROPY_FLOAT_IMPL_FLOAT) keeps a mantissa of 32 bits and
        // scales it in float, as the C code does with mp_float_t = float; double keeps 64 bits, scaled in long
        // double.
        public static int ParseUnsigned(byte[] text, int start, int end, bool single, out double res)
        {
            ulong max = single ? Float32.MantissaMax : MantissaMax;
            const int InIntg = 0;
            const int InFrac = 1;
            const int InExp = 2;
            int state = InIntg;
            bool expNeg = false;
            ulong mantissa = 0;
            int expVal = 0;
            int expExtra = 0;
            int zerosIntg = 0;
            int zerosFrac = 0;
            int i = start;
            res = 0;
            while (i < end)
            {
                int dig = text[i++];
                if (dig >= '0' && dig <= '9')
                {
                    dig -= '0';
                    if (state == InExp)
                    {
                        // Saturate rather than overflow: the result is inf or 0 anyway.
                        if (expVal < (int.MaxValue / 2 - 9) / 10)
                        {
                            expVal = 10 * expVal + dig;
                        }
                    }
                    else if (dig == 0 || mantissa >= max)
                    {
                        // Zeros are deferred (dropped if nothing follows); past MantissaMax every digit
                        // only counts as a zero.
                        if (state == InIntg)
                        {
                            zerosIntg++;
                        }
                        else
                        {
                            zerosFrac++;
                        }
                    }
                    else
                    {
                        for (; zerosIntg > 0; zerosIntg--)
                        {
                            mantissa = AcceptDigit(mantissa, max, 0, ref expExtra, InIntg);
                        }
                        for (; zerosFrac > 0; zerosFrac--)
                        {
                            mantissa = AcceptDigit(mantissa, max, 0, ref expExtra, InFrac);
                        }
                        mantissa = AcceptDigit(mantissa, max, dig, ref expExtra, state);
                    }
                }
                else if (state == InIntg && dig == '.')
                {
                    state = InFrac;
                }
                else if (state != InExp && (dig | 0x20) == 'e')
                {
                    state = InExp;
                    if (i < end)
                    {
                        if (text[i] == '+')
                        {
                            i++;
                        }
                        else if (text[i] == '-')
                        {
                            i++;
                            expNeg = true;
                        }
                    }
                    if (i == end)
                    {
                        return -1;
                    }
                }
                else if (dig == '_')
                {
                    continue;
                }
                else
                {
                    i--;
                    break;
                }
            }
            if (expNeg)
            {
                expVal = -expVal;
            }
            expVal += expExtra + zerosIntg;
            res = single ? (double)Float32.DecimalExp((float)mantissa, expVal) : DecimalExp(LongDouble.FromULong(mantissa), expVal).ToDouble();
            return i;
        }

        private static ulong AcceptDigit(ulong mantissa, ulong max, int dig, ref int expExtra, int state)
        {
            if (mantissa < max)
            {
                if (state == 1)
                {
                    expExtra--;
                }
                return 10 * mantissa + (ulong)dig;
            }
            if (state == 0)
            {
                expExtra++;
            }
            return mantissa;
        }

        // mp_decimal_exp: num * 10^decExp by binary powering of 10 in long double precision. The powers
        // 10^(2^k) are always the same chain of squarings, so they are computed once.
        public static LongDouble DecimalExp(LongDouble num, int decExp)
        {
            if (decExp == 0 || num.IsZero)
            {
                return num;
            }
            bool negExp = decExp < 0;
            if (negExp)
            {
                decExp = -decExp;
            }
            LongDouble res = num;
            for (int k = 0; decExp != 0; k++)
            {
                if ((decExp & 1) != 0)
                {
                    LongDouble expo = PowerOfTen(k);
                    res = negExp ? LongDouble.Div(res, expo) : LongDouble.Mul(res, expo);
                }
                decExp >>= 1;
            }
            return res;
        }

        // 10^(2^k) as MicroPython's squaring loop computes it; infinity from k = 13 on.
        private static LongDouble PowerOfTen(int k)
        {
            if (_powers == null) _powers = MakePowers();
            if (k < _powers.Length)
            {
                return _powers[k];
            }
            return LongDouble.Infinity();
        }

        private static LongDouble[] _powers; // made on first use: nanoCLR would make it at start-up

        private static LongDouble[] MakePowers()
        {
            LongDouble[] p = new LongDouble[14];
            p[0] = LongDouble.FromULong(10);
            for (int k = 1; k < p.Length; k++)
            {
                p[k] = LongDouble.Mul(p[k - 1], p[k - 1]);
            }
            return p;
        }
    }
}
