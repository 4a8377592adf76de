namespace NanoMpy
{
    // Flags of the padded printers (py/mpprint.h PF_FLAG_*); bits from SepShift up hold the grouping char.
    public static class PadFlags
    {
        public const int LeftAdjust = 0x001;
        public const int ShowSign = 0x002;
        public const int SpaceSign = 0x004;
        public const int ShowPrefix = 0x008;
        public const int PadAfterSign = 0x010;
        public const int CenterAdjust = 0x020;
        public const int AddPercent = 0x040;
        public const int ShowOctalLetter = 0x080;
        public const int SepShift = 9;
    }

    // Padded output of text, ints and floats with MicroPython's exact padding rules (py/mpprint.c), used by
    // str.format and the % operator. Floats are laid out by FloatFormat, big-int digits by BigInt.
    public static class FormatPrint
    {
        // Zero padding that continues a grouped number: patterns read cyclically from a start offset.
        private static readonly byte[] CommaPad = { (byte)'0', (byte)'0', (byte)'0', (byte)',', (byte)'0', (byte)'0' };
        private static readonly byte[] UnderscorePad = { (byte)'0', (byte)'0', (byte)'0', (byte)'0', (byte)'_', (byte)'0', (byte)'0', (byte)'0' };

        // mp_print_strn: s padded with fill to width (left, right or centred by flags).
        public static void Strn(Printer p, byte[] s, int off, int len, int flags, byte fill, int width)
        {
            int pad = width - len;
            int grouping = flags >> PadFlags.SepShift;
            byte[] pattern = null;
            int size = 1, first = 0;
            if (fill == '0' && grouping != 0)
            {
                pattern = grouping == '_' ? UnderscorePad : CommaPad;
                size = grouping == '_' ? 5 : 4;
                // Never start with a separator: one more zero instead.
                if (width % size == 0) { pad++; width++; }
                first = size - 1 - width % size;
            }
            if (fill == 0) fill = (byte)' ';
            int left = 0, right = 0;
            if ((flags & PadFlags.CenterAdjust) != 0) { left = pad / 2; right = pad - left; }
            else if ((flags & PadFlags.LeftAdjust) != 0) right = pad;
            else left = pad;
            for (int j = 0; j < left; j++) p.WriteByte(pattern == null ? fill : pattern[first + j % size]);
            p.WriteBytes(s, off, len);
            for (int j = 0; j < right; j++) p.WriteByte(pattern == null ? fill : pattern[first + j % size]);
        }

        public static void Strn(Printer p, string s, int flags, byte fill, int width)
        {
            byte[] b = Utf8.Encode(s);
            Strn(p, b, 0, b.Length, flags, fill, width);
        }

        // mp_print_mp_int: an int in base 2/8/10/16 with sign, prefix, grouping, precision (minimum digits
        // for %-format) and padding.
        public static void Int(Printer p, Value x, int numBase, char baseChar, int flags, byte fill, int width, int prec)
        {
            if (!(x.IsSmallInt || x.Obj is PyBigInt)) x = Value.FromInt(SeqArgs.ToInt(x));
            if ((flags & (PadFlags.LeftAdjust | PadFlags.CenterAdjust)) == 0 && fill == '0')
            {
                if (prec > width) width = prec;
                prec = 0;
            }
            bool negative;
            string digits = Digits(x, numBase, baseChar, out negative);
            string prefix = "";
            if (!negative)
            {
                if ((flags & PadFlags.ShowSign) != 0) prefix = "+";
                else if ((flags & PadFlags.SpaceSign) != 0) prefix = " ";
            }
            if ((flags & PadFlags.ShowPrefix) != 0)
            {
                if (numBase == 2) prefix += baseChar == 'A' ? "0B" : "0b";
                else if (numBase == 8) prefix += (flags & PadFlags.ShowOctalLetter) != 0 ? (baseChar == 'A' ? "0O" : "0o") : "0";
                else if (numBase == 16) prefix += baseChar == 'A' ? "0X" : "0x";
            }
            char comma = (char)(flags >> PadFlags.SepShift);
            if (comma != 0) digits = Group(digits, comma, numBase == 10 ? 3 : 4);
            if (prec > 1) flags |= PadFlags.PadAfterSign;
            string body;
            bool sign = false;
            if ((flags & PadFlags.PadAfterSign) != 0)
            {
                body = digits;
                sign = negative;
            }
            else
            {
                body = (negative ? "-" : "") + prefix + digits;
            }
            int spacesBefore = 0, spacesAfter = 0;
            if (prec > 1)
            {
                int precWidth = body.Length < prec ? prec : body.Length;
                if ((flags & PadFlags.PadAfterSign) != 0)
                {
                    if (sign) precWidth++;
                    precWidth += prefix.Length;
                }
                if (precWidth < width)
                {
                    if ((flags & PadFlags.LeftAdjust) != 0) spacesAfter = width - precWidth;
                    else spacesBefore = width - precWidth;
                }
                fill = (byte)'0';
                flags &= ~PadFlags.LeftAdjust;
            }
            for (int i = 0; i < spacesBefore; i++) p.WriteByte((byte)' ');
            if ((flags & PadFlags.PadAfterSign) != 0)
            {
                if (sign) { p.WriteByte((byte)'-'); width--; }
                if (prefix.Length > 0) { p.Write(prefix); width -= prefix.Length; }
            }
            if (prec > 1) width = prec;
            Strn(p, body, flags, fill, width);
            for (int i = 0; i < spacesAfter; i++) p.WriteByte((byte)' ');
        }

        // Inserts sep every n digits from the right.
        private static string Group(string digits, char sep, int n)
        {
            int len = digits.Length;
            if (len <= n) return digits;
            char[] r = new char[len + (len - 1) / n];
            int j = r.Length;
            for (int i = len - 1, k = 0; i >= 0; i--, k++)
            {
                if (k > 0 && k % n == 0) r[--j] = sep;
                r[--j] = digits[i];
            }
            return new string(r);
        }

        // Magnitude digits of an int and its sign.
        private static string Digits(Value x, int numBase, char baseChar, out bool negative)
        {
            if (x.Obj is PyBigInt) return BigIntDigits(x, numBase, baseChar, out negative);
            long v = x.Bits;
            negative = v < 0;
            ulong u = negative ? (ulong)(-(v + 1)) + 1 : (ulong)v;
            if (u == 0) return "0";
            char[] buf = new char[64];
            int j = 64;
            while (u != 0)
            {
                int d = (int)(u % (ulong)numBase);
                u /= (ulong)numBase;
                buf[--j] = (char)(d < 10 ? '0' + d : baseChar + d - 10);
            }
            return new string(buf, j, 64 - j);
        }

        // mp_print_float: a float in format e/E/f/F/g/G with sign flags, '%' suffix and padding (our flag
        // values are MicroPython's, as FloatFormat's are).
        public static void Float(Printer p, double f, char fmt, int flags, byte fill, int width, int prec)
        {
            FloatFormat.Print(p, f, fmt, flags, (char)fill, width, prec);
        }

        // mp_obj_get_float for format arguments.
        public static double ToDouble(Value v)
        {
            if (v.IsFloat) return v.Float;
            if (v.IsSmallInt) return Float32.FromLong(v.Bits);
            if (v.Obj is PyBool) return ((PyBool)v.Obj).B ? 1 : 0;
            if (v.Obj is PyBigInt) return ((PyBigInt)v.Obj).Big.ToDouble();
            return NumberOps.GetFloat(v); // __float__, else TypeError "can't convert X to float"
        }

        // Digits of a big int's magnitude in base numBase (letters from baseChar).
        private static string BigIntDigits(Value x, int numBase, char baseChar, out bool negative)
        {
            BigInt big = ((PyBigInt)x.Obj).Big;
            negative = big.IsNegative;
            return big.Abs().ToString(numBase, baseChar == 'A');
        }
    }
}
