namespace NanoMpy
{
    // float -> text exactly as MicroPython v1.27 (unix port, x86-64, double floats) prints it: repr/str
    // and the e/f/g/% conversions of '%' formatting, str.format and f-strings (py/formatfloat.c
    // mp_format_float and py/mpprint.c mp_print_float).
    //
    // The method: find the decimal exponent, scale the value by a power of ten in x87 long double
    // (LongDouble) and round it to an integer of n digits; lay the digits out for the format; for repr,
    // start at 6 digits and add one until the text parses back (with MicroPython's own parser) to the
    // same double. Because scaling, rounding and the parse-back check all use the same precision as the
    // C code, the output, including its occasional non-shortest answers, is the same.
    public static class FloatFormat
    {
        // MicroPython's PF_FLAG_* values (py/mpprint.h), so callers can pass flags straight through.
        public const int FlagLeftAdjust = 0x001;
        public const int FlagShowSign = 0x002;
        public const int FlagSpaceSign = 0x004;
        public const int FlagShowPrefix = 0x008;
        public const int FlagPadAfterSign = 0x010;
        public const int FlagCenterAdjust = 0x020;
        public const int FlagAddPercent = 0x040;
        public const int FlagAlwaysDecimal = 0x100;
        // The grouping character (',' or '_') sits in the flags from this bit up.
        public const int SeparatorShift = 9;

        // The precision value asking for the shortest round-trip text (MP_FLOAT_REPR_PREC).
        public const int ReprPrecision = 99;

        // mp_print_float formats into a 36-byte buffer and passes 33 as its size; a sign takes one more.
        private const int PrintBufSize = 33;
        private const int MaxMantissaDigits = 19;
        private const int SafeMantissaDigits = 16;
        private const int MinExpBufSize = 7; // room for "+9e+199"

        internal const int ModeE = 1;
        internal const int ModeG = 2;
        internal const int ModeF = 4;

        // repr(f) and str(f).
        public static string Repr(double f)
        {
            Printer p = new Printer();
            PrintRepr(p, f);
            return p.ToString();
        }

        public static void PrintRepr(Printer p, double f)
        {
            Print(p, f, 'g', FlagAlwaysDecimal, ' ', -1, ReprPrecision);
        }

        // One conversion of '%' formatting / str.format: fmt in e E f F g G %, prec < 0 for the default,
        // flags from the Flag* constants (sign, alignment, '=' padding), fill and width for padding.
        public static string Format(double f, char fmt, int prec, int flags, char fill, int width)
        {
            Printer p = new Printer();
            Print(p, f, fmt, flags, fill, width, prec);
            return p.ToString();
        }

        // mp_print_float.
        public static void Print(Printer p, double f, char fmt, int flags, char fill, int width, int prec)
        {
            if (fmt == '%')
            {
                f = Float32.Round(f * 100.0);
                fmt = 'f';
                flags |= FlagAddPercent;
            }
            char sign = '\0';
            if ((flags & FlagShowSign) != 0)
            {
                sign = '+';
            }
            else if ((flags & FlagSpaceSign) != 0)
            {
                sign = ' ';
            }
            byte[] buf = new byte[96];
            int len = FormatRaw(f, buf, PrintBufSize, fmt, prec, sign);
            if ((flags & FlagAlwaysDecimal) != 0 && IndexOf(buf, len, '.') < 0 && IndexOf(buf, len, 'e') < 0
                && IndexOf(buf, len, 'n') < 0)
            {
                buf[len++] = (byte)'.';
                buf[len++] = (byte)'0';
            }
            if ((flags & FlagAddPercent) != 0)
            {
                buf[len++] = (byte)'%';
            }
            int start = 0;
            if ((flags & FlagPadAfterSign) != 0 && len > 0 && buf[0] < '0')
            {
                // '=' alignment: the sign goes before the padding
                p.WriteByte(buf[0]);
                start = 1;
                width--;
            }
            PrintPadded(p, buf, start, len - start, flags, fill, width);
        }

        private static int IndexOf(byte[] buf, int len, char c)
        {
            for (int i = 0; i < len; i++)
            {
                if (buf[i] == c)
                {
                    return i;
                }
            }
            return -1;
        }

        // mp_print_strn: text padded to width with fill, right-aligned unless the flags say left or
        // centre. Zero fill with a grouping separator in the flags pads with grouped zeros the way
        // MicroPython does.
        public static void PrintPadded(Printer p, byte[] text, int off, int len, int flags, char fill, int width)
        {
            int pad = width - len;
            int group = (flags >> SeparatorShift) & 0xFF;
            string pattern = null; // grouped zero padding: chunks cut from a fixed pattern
            int patStart = 0;
            int patSize = 0;
            if (fill == '0' && group != 0)
            {
                if (group == '_')
                {
                    pattern = "0000_000";
                    patSize = 5;
                }
                else
                {
                    pattern = "000,00";
                    patSize = 4;
                }
                if (width % patSize == 0)
                {
                    // never start with a separator: one extra leading zero
                    pad++;
                    width++;
                }
                patStart = patSize - 1 - width % patSize;
            }
            int leftPad;
            int rightPad;
            if ((flags & FlagCenterAdjust) != 0)
            {
                leftPad = pad / 2;
                rightPad = pad - leftPad;
            }
            else if ((flags & FlagLeftAdjust) != 0)
            {
                leftPad = 0;
                rightPad = pad;
            }
            else
            {
                leftPad = pad;
                rightPad = 0;
            }
            WritePad(p, leftPad, fill, pattern, patStart, patSize);
            if (len > 0)
            {
                p.WriteBytes(text, off, len);
            }
            WritePad(p, rightPad, fill, pattern, patStart, patSize);
        }

        private static void WritePad(Printer p, int n, char fill, string pattern, int patStart, int patSize)
        {
            if (n <= 0)
            {
                return;
            }
            if (pattern == null)
            {
                char c = fill == '\0' ? ' ' : fill;
                for (int i = 0; i < n; i++)
                {
                    p.WriteChar(c);
                }
                return;
            }
            // Each chunk restarts at the same place in the pattern, as the C code writes it.
            while (n > 0)
            {
                int chunk = n > patSize ? patSize : n;
                for (int i = 0; i < chunk; i++)
                {
                    p.WriteByte((byte)pattern[patStart + i]);
                }
                n -= chunk;
            }
        }

        // mp_format_float: writes the text of f into buf (sign first when negative or when sign is '+'
        // or ' '), honouring the limits a buffer of bufSize bytes imposes. Returns the length.
        public static int FormatRaw(double fEntry, byte[] buf, int bufSize, char fmt, int prec, char sign)
        {
            return FormatRaw(fEntry, buf, bufSize, fmt, prec, sign, Float32.Single);
        }

#if MP_COMPILER
        // '%.{digits-1}e' of f by the double-precision formatter whatever the mode: the exact leading digits.
        public static string DoubleDigits(double f, int digits)
        {
            byte[] buf = new byte[96];
            int len = FormatRaw(f, buf, PrintBufSize, 'e', digits - 1, '\0', false);
            char[] c = new char[len];
            for (int i = 0; i < len; i++) c[i] = (char)buf[i];
            return new string(c);
        }
#endif

        private static int FormatRaw(double fEntry, byte[] buf, int bufSize, char fmt, int prec, char sign, bool single)
        {
            double f = fEntry;
            int start = 0;
            bool isNaN = double.IsNaN(fEntry);
            if (!isNaN && System.BitConverter.DoubleToInt64Bits(fEntry) < 0)
            {
                f = -f;
                sign = '-';
            }
            if (sign != '\0')
            {
                buf[start++] = (byte)sign;
                bufSize--;
            }
            bool upper = fmt >= 'A' && fmt <= 'Z';
            if (isNaN || double.IsInfinity(f))
            {
                string word = isNaN ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
                for (int i = 0; i < 3; i++)
                {
                    buf[start + i] = (byte)word[i];
                }
                return start + 3;
            }

            char lower = (char)(fmt | 0x20);
            int mode = lower == 'f' ? ModeF : (lower == 'g' ? ModeG : ModeE);
            if (prec < 0)
            {
                prec = 6;
            }
            if (single)
            {
                return FloatFormat32.Format((float)f, buf, start, bufSize, mode, prec, upper);
            }
            int maxExpZeros = prec < bufSize - 3 ? prec : bufSize - 3;
            if (prec == ReprPrecision)
            {
                // repr: as many digits as needed, and exponent form from 1e16 on like CPython
                prec = MaxMantissaDigits;
                maxExpZeros = 16;
            }

            int e = DecimalExponent(f);

            // 'f' with a large exponent does not fit the buffer: MicroPython falls back to 'g'.
            if (mode == ModeF && e > 0 && e + prec + 2 > bufSize)
            {
                mode = ModeG;
                prec++;
            }

            // Significant digits to produce, and zeros to put before / after them.
            int maxDigits = prec;
            int leadZeros = 0;
            int trailZeros = 0;
            if (mode == ModeF)
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
            else if (mode != ModeG || maxDigits == 0)
            {
                maxDigits++;
            }
            if (maxDigits > MaxMantissaDigits)
            {
                trailZeros = maxDigits - MaxMantissaDigits;
                maxDigits = MaxMantissaDigits;
            }
            int overhead = mode == ModeF ? 3 : MinExpBufSize + 1;
            if (trailZeros > bufSize - maxDigits - overhead)
            {
                trailZeros = bufSize - maxDigits - overhead;
            }

            // Try a short rendering first; only use more digits when it does not read back exactly.
            int numDigits = SafeMantissaDigits < maxDigits ? SafeMantissaDigits : maxDigits;
            while (true)
            {
                int s = start;
                int extraZeros = trailZeros + (maxDigits - numDigits);
                int decExp;
                int dec = 0; // digits before the point, minus one; NoDot when the text has its point already
                if (f == 0)
                {
                    decExp = 0;
                }
                else if (mode == ModeF)
                {
                    decExp = numDigits - 1;
                    if (e < 0)
                    {
                        if (leadZeros > 0)
                        {
                            s = PutZeroPoint(buf, s, leadZeros);
                            decExp += leadZeros + 1;
                            dec = NoDot;
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
                ulong cap = 10;
                for (int n = 1; n < numDigits; n++)
                {
                    cap *= 10;
                }
                LongDouble scaled = FloatParse.DecimalExp(LongDouble.FromDouble(f), decExp);
                ulong mantissa = LongDouble.Add(scaled, Half).ToULongTrunc();
                int end = RenderDigits(mantissa, cap, buf, s, numDigits, maxExpZeros, extraZeros, dec, e, mode, upper);
                if (numDigits < maxDigits)
                {
                    double check;
                    FloatParse.ParseUnsigned(buf, start, end, out check);
                    if (check != f)
                    {
                        numDigits++;
                        continue;
                    }
                }
                return end;
            }
        }

        private static readonly LongDouble Half = LongDouble.Div(LongDouble.FromULong(1), LongDouble.FromULong(2));

        // Marks "the decimal point is already written" for RenderDigits (MicroPython uses 255).
        internal const int NoDot = 255;

        // floor(log10(f)) for f > 0 (0 for f == 0), found from the binary exponent and corrected against
        // powers of ten computed as MicroPython computes them.
        private static int DecimalExponent(double f)
        {
            if (f == 0)
            {
                return 0;
            }
            int binExp = (int)((System.BitConverter.DoubleToInt64Bits(f) >> 52) & 0x7FF) - 1023;
            int e = (int)(binExp * 0.3010299956639812);
            bool atLeastOne = f >= 1.0;
            int step = atLeastOne ? 1 : -1;
            int off = atLeastOne ? 1 : 0;
            while ((f >= PowerOfTen(e + off)) == atLeastOne)
            {
                e += step;
            }
            return e;
        }

        private static double PowerOfTen(int n)
        {
            return FloatParse.DecimalExp(LongDouble.FromULong(1), n).ToDouble();
        }

        // "0." followed by count zeros at buf[s]; returns the new end.
        internal static int PutZeroPoint(byte[] buf, int s, int count)
        {
            buf[s++] = (byte)'0';
            buf[s++] = (byte)'.';
            for (int i = 0; i < count; i++)
            {
                buf[s++] = (byte)'0';
            }
            return s;
        }

        // Lays out the integer mantissa (numDigits digits, one more if rounding carried) at buf[s]:
        // decimal point after dec+1 digits, then extraZeros zeros, then for 'g' the removal of trailing
        // zeros and the exponent-free form for small exponents, then the exponent. Returns the end.
        internal static int RenderDigits(ulong mantissa, ulong cap, byte[] buf, int s, int numDigits, int maxExpZeros,
            int extraZeros, int dec, int e, int mode, bool upper)
        {
            if (mantissa != 0 && mantissa >= cap)
            {
                // rounding produced one digit more
                if (mode == ModeF)
                {
                    numDigits++;
                    dec++;
                }
                else
                {
                    mantissa /= 10;
                    e++;
                }
            }
            if (mode == ModeG && e != 0)
            {
                if (e > 0)
                {
                    if (e < maxExpZeros)
                    {
                        // write 1.5e3 as 1500
                        dec += e;
                        if (dec >= numDigits)
                        {
                            extraZeros = dec - (numDigits - 1);
                        }
                        e = 0;
                    }
                }
                else if (e >= -4)
                {
                    // write 1.5e-3 as 0.0015, dropping mantissa zeros that the exponent would have shown
                    int zeros = -e - 1;
                    while (e < 0 && mantissa % 10 == 0)
                    {
                        mantissa /= 10;
                        numDigits--;
                        e++;
                    }
                    s = PutZeroPoint(buf, s, zeros);
                    dec = NoDot;
                    e = 0;
                }
            }

            bool hasDot = dec >= NoDot;
            bool dotInDigits = dec + 1 < numDigits;
            int digitsLen = numDigits + (dotInDigits ? 1 : 0);
            for (int digit = numDigits - 1; digit >= 0; digit--)
            {
                int pos = digit > dec ? digit + 1 : digit;
                buf[s + pos] = (byte)('0' + (int)(mantissa % 10));
                mantissa /= 10;
            }
            if (dotInDigits)
            {
                buf[s + dec + 1] = (byte)'.';
                hasDot = true;
            }
            s += digitsLen;

            if (extraZeros > 0)
            {
                // integer digits still missing before a point is due
                int intLeft = dec - (numDigits - 1);
                for (int i = 0; i < extraZeros; i++)
                {
                    if (intLeft == 0)
                    {
                        buf[s++] = (byte)'.';
                        hasDot = true;
                    }
                    intLeft--;
                    buf[s++] = (byte)'0';
                }
            }
            if (mode == ModeG && hasDot)
            {
                while (buf[s - 1] == '0')
                {
                    s--;
                }
                if (buf[s - 1] == '.')
                {
                    s--;
                }
            }
            if (e != 0 || mode == ModeE)
            {
                if (mode != ModeF)
                {
                    buf[s++] = (byte)(upper ? 'E' : 'e');
                    if (e >= 0)
                    {
                        buf[s++] = (byte)'+';
                    }
                    else
                    {
                        buf[s++] = (byte)'-';
                        e = -e;
                    }
                    if (e >= 100)
                    {
                        buf[s++] = (byte)('0' + e / 100);
                    }
                    buf[s++] = (byte)('0' + (e / 10) % 10);
                    buf[s++] = (byte)('0' + e % 10);
                }
            }
            return s;
        }
    }
}
