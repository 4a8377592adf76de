namespace NanoMpy
{
    // mp_format_float for single precision (MICROPY_FLOAT_IMPL_FLOAT, whose default is
    // MICROPY_FLOAT_FORMAT_IMPL_APPROX): at most 9 significant digits, a 32-bit decimal mantissa scaled in
    // float arithmetic, then a parse-back check and, when the text does not read back to the same float, a
    // dichotomic search over the last digits. FloatFormat does everything before (sign, inf, nan) and the
    // layout of the digits (RenderDigits); this is the part that differs from the double path.
    public static class FloatFormat32
    {
        private const int MaxMantissaDigits = 9;
        private const int SafeMantissaDigits = 6;
        private const int MinExpBufSize = 6; // room for "+9e+99"

        // f >= 0 and finite; buf[start..] receives the digits, bufSize excludes the sign. Returns the end.
        public static int Format(float f, byte[] buf, int start, int bufSize, int mode, int prec, bool upper)
        {
            int maxExpZeros = prec < bufSize - 3 ? prec : bufSize - 3;
            if (prec == FloatFormat.ReprPrecision)
            {
                prec = MaxMantissaDigits;
                maxExpZeros = 16;
            }
            bool isZero = Float32.Bits(f) == 0;
            int e = DecimalExponent(f);
            if (mode == FloatFormat.ModeF && e > 0 && e + prec + 2 > bufSize)
            {
                mode = FloatFormat.ModeG;
                prec++;
            }
            int maxDigits = prec;
            int leadZeros = 0;
            int trailZeros = 0;
            if (mode == FloatFormat.ModeF)
            {
                if (maxDigits > bufSize - 3)
                {
                    maxDigits = bufSize - 3;
                }
                if (e < 0)
                {
                    if (maxDigits > 2 && e < -2)
                    {
                        leadZeros = (-e < maxDigits ? -e : maxDigits) - 2;
                        maxDigits -= leadZeros;
                    }
                    else
                    {
                        maxDigits++;
                    }
                }
                else
                {
                    maxDigits += e + 1;
                }
            }
            else if (mode != FloatFormat.ModeG || maxDigits == 0)
            {
                maxDigits++;
            }
            if (maxDigits > MaxMantissaDigits)
            {
                trailZeros = maxDigits - MaxMantissaDigits;
                maxDigits = MaxMantissaDigits;
            }
            int overhead = mode == FloatFormat.ModeF ? 3 : MinExpBufSize + 1;
            if (trailZeros > bufSize - maxDigits - overhead)
            {
                trailZeros = bufSize - maxDigits - overhead;
            }

            int numDigits = SafeMantissaDigits < maxDigits ? SafeMantissaDigits : maxDigits;
            while (true)
            {
                int s = start;
                int extraZeros = trailZeros + (maxDigits - numDigits);
                int decExp;
                int dec = 0;
                if (isZero)
                {
                    decExp = 0;
                }
                else if (mode == FloatFormat.ModeF)
                {
                    decExp = numDigits - 1;
                    if (e < 0)
                    {
                        if (leadZeros > 0)
                        {
                            s = FloatFormat.PutZeroPoint(buf, s, leadZeros);
                            decExp += leadZeros + 1;
                            dec = FloatFormat.NoDot;
                        }
                    }
                    else
                    {
                        decExp -= e;
                        dec = e;
                    }
                }
                else
                {
                    decExp = numDigits - e - 1;
                }
                uint cap = 10;
                for (int n = 1; n < numDigits; n++)
                {
                    cap *= 10;
                }
                // No wider float: the last one or two digits come from an integer multiply.
                uint mantissa = 1;
                if (numDigits > SafeMantissaDigits && decExp > 1)
                {
                    if (numDigits > SafeMantissaDigits + 1 && decExp > 2)
                    {
                        mantissa = 100;
                        decExp -= 2;
                    }
                    else
                    {
                        mantissa = 10;
                        decExp -= 1;
                    }
                }
                float scaled = Float32.DecimalExp(f, decExp);
                mantissa = unchecked(mantissa * (uint)(long)(float)(scaled + 0.5f));
                int end = FloatFormat.RenderDigits(mantissa, cap, buf, s, numDigits, maxExpZeros, extraZeros, dec, e, mode, upper);

                // The scaling may be off by a unit or more: search for a text that reads back to f.
                float diff = Diff(buf, start, end, f);
                if (IsZero(diff))
                {
                    return end;
                }
                float bestDiff = diff;
                uint bestMantissa = mantissa;
                uint errRange = 1;
                if (numDigits > SafeMantissaDigits)
                {
                    errRange <<= 3 * (numDigits - SafeMantissaDigits);
                }
                int maxRuns = 3 + 3 * (MaxMantissaDigits - SafeMantissaDigits);
                bool more = false;
                while (maxRuns-- > 0)
                {
                    if (Float32.Bits(diff) < 0)
                    {
                        mantissa = unchecked(mantissa + errRange);
                    }
                    else
                    {
                        mantissa = unchecked(mantissa - errRange);
                    }
                    end = FloatFormat.RenderDigits(mantissa, cap, buf, s, numDigits, maxExpZeros, extraZeros, dec, e, mode, upper);
                    diff = Diff(buf, start, end, f);
                    if (IsZero(diff))
                    {
                        break;
                    }
                    float delta = (float)(System.Math.Abs(diff) - System.Math.Abs(bestDiff));
                    if (Float32.Bits(delta) < 0 || (IsZero(delta) && mantissa % 10 == 0))
                    {
                        bestDiff = diff;
                        bestMantissa = mantissa;
                    }
                    if (errRange > 1)
                    {
                        errRange >>= 1;
                    }
                    else
                    {
                        if (numDigits < maxDigits)
                        {
                            numDigits++;
                            more = true;
                            break;
                        }
                        if (mantissa != bestMantissa)
                        {
                            end = FloatFormat.RenderDigits(bestMantissa, cap, buf, s, numDigits, maxExpZeros, extraZeros, dec, e, mode, upper);
                        }
                        break;
                    }
                }
                if (!more)
                {
                    return end;
                }
            }
        }

        // float(text) - f, in float.
        private static float Diff(byte[] buf, int start, int end, float f)
        {
            double check;
            FloatParse.ParseUnsigned(buf, start, end, true, out check);
            return (float)((float)check - f);
        }

        // fp_iszero: all bits clear (-0.0 is not zero here).
        private static bool IsZero(float x)
        {
            return Float32.Bits(x) == 0;
        }

        // The decimal exponent as the C code finds it: the binary exponent times log10(2) in float, then
        // corrected against powers of ten made by mp_decimal_exp.
        private static int DecimalExponent(float f)
        {
            int bits = Float32.Bits(f);
            if (bits == 0)
            {
                return 0;
            }
            int expval = ((bits >> 23) & 0xFF) - 127;
            int e = (int)(float)(expval * 0.3010299956639812f);
            bool positive = bits >= 0x3f800000;
            int off = positive ? 1 : 0;
            float uBase = Float32.DecimalExp(1.0f, e + off);
            while ((f >= uBase) == positive)
            {
                e += positive ? 1 : -1;
                uBase = Float32.DecimalExp(1.0f, e + off);
            }
            return e;
        }
    }
}
