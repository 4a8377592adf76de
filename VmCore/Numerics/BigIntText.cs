namespace NanoMpy
{
    // BigInt <-> text in radix 2..36: str(), hex()/oct()/bin() digits and int(text, base).
    // Without MP_LONGINT (MICROPY_LONGINT_IMPL_NONE) only the small-int parser is here: a value past it raises
    // as mp_obj_new_int_from_str_len does there.
    public sealed partial class BigInt
    {
#if MP_LONGINT
        public override string ToString()
        {
            return ToString(10, false);
        }

        public string ToString(int radix)
        {
            return ToString(radix, false);
        }

        // Digits in radix 2..36 with a leading '-' for negatives and no prefix; upper selects 'A'-'Z'.
        public string ToString(int radix, bool upper)
        {
            if (_sign == 0)
            {
                return "0";
            }
            // Largest power of radix that fits a uint: each division by it yields `per` digits.
            uint chunk = (uint)radix;
            int per = 1;
            while ((ulong)chunk * (uint)radix <= 0xFFFFFFFFUL)
            {
                chunk *= (uint)radix;
                per++;
            }
            int maxDigits = (int)((long)BitLength() * 1000 / (BitsPerDigitTimes1000(radix))) + per + 2;
            char[] buf = new char[maxDigits + 1];
            int pos = buf.Length;
            uint[] work = new uint[_mag.Length];
            System.Array.Copy(_mag, work, _mag.Length);
            int n = work.Length;
            char letter = upper ? 'A' : 'a';
            while (n > 0)
            {
                uint rem = DivSmallInto(work, n, chunk, work);
                while (n > 0 && work[n - 1] == 0)
                {
                    n--;
                }
                // Full chunks get leading zeros; the most significant one does not.
                for (int k = 0; k < per && (n > 0 || rem != 0); k++)
                {
                    uint d = rem % (uint)radix;
                    rem /= (uint)radix;
                    buf[--pos] = d < 10 ? (char)('0' + d) : (char)(letter + (d - 10));
                }
            }
            if (_sign < 0)
            {
                buf[--pos] = '-';
            }
            return new string(buf, pos, buf.Length - pos);
        }

        // floor(log2(radix) * 1000): a lower bound, so the digit-count estimate is an upper bound.
        private static int BitsPerDigitTimes1000(int radix)
        {
            int bits = 0;
            int v = radix;
            while (v > 1)
            {
                v >>= 1;
                bits++;
            }
            return bits * 1000;
        }

#endif

        // MicroPython's unichar_isspace on ASCII: space, \t \n \v \f \r.
        public static bool IsSpaceByte(int c)
        {
            return c == ' ' || (c >= 9 && c <= 13);
        }

#if MP_LONGINT
        // int(text, radix) on a .NET string (tests and host tools); null when invalid.
        public static BigInt Parse(string text, int radix)
        {
            byte[] b = AsciiBytes(text);
            long small;
            BigInt big;
            int valStart;
            int errBase;
            if (!ParseInt(b, 0, b.Length, radix, out small, out big, out valStart, out errBase))
            {
                return null;
            }
            return big != null ? big : FromLong(small);
        }

#endif

        // Non-ASCII characters become 0xFF, which is never a digit or a space.
        internal static byte[] AsciiBytes(string text)
        {
            byte[] b = new byte[text.Length];
            for (int i = 0; i < b.Length; i++)
            {
                char c = text[i];
                b[i] = c < 128 ? (byte)c : (byte)0xFF;
            }
            return b;
        }

        // MicroPython's mp_parse_num_integer on text[start..end): whitespace, sign, a 0x/0o/0b prefix
        // (allowed with base 0 or the matching base), then digits where '_' is skipped anywhere.
        // A value fitting a long comes back in small (big null), else in big.
        // Quirk kept on purpose: MicroPython parses a value that reaches 2**62 again with its big-int
        // parser, which does not skip '_', so int("1_000_000_000_000_000_000") is a ValueError there.
        // On failure, valStart and errBase give the text and base its ValueError message shows:
        // "invalid syntax for integer with base %d: %r" % (errBase, text[valStart:end]).
        public static bool ParseInt(byte[] text, int start, int end, int radix, out long small, out BigInt big,
            out int valStart, out int errBase)
        {
            small = 0;
            big = null;
            int i = start;
            bool neg = false;
            while (i < end && IsSpaceByte(text[i]))
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
            int b = radix;
            if (end - i > 1 && text[i] == '0')
            {
                int c = text[i + 1] | 0x20;
                if (c == 'x' && (b == 0 || b == 16))
                {
                    b = 16;
                    i += 2;
                }
                else if (c == 'o' && (b == 0 || b == 8))
                {
                    b = 8;
                    i += 2;
                }
                else if (c == 'b' && (b == 0 || b == 2))
                {
                    b = 2;
                    i += 2;
                }
                else if (b == 0)
                {
                    b = 1; // base 0 with a leading 0: only zeros are valid
                }
            }
            else if (b == 0)
            {
                b = 10;
            }
            valStart = i;
            errBase = b == 1 ? 0 : b;

            long val = 0;
            bool overflow = false;
            for (; i < end; i++)
            {
                int dig = DigitValue(text[i]);
                if (text[i] == (byte)'_')
                {
                    continue;
                }
                if (dig < 0 || dig >= b)
                {
                    break;
                }
                // MicroPython's small ints hold 63 bits: at 2**62 it switches to the big-int parser.
                if (val > ((1L << 62) - 1 - dig) / b)
                {
                    overflow = true;
                    break;
                }
                val = val * b + dig;
            }

            if (overflow)
            {
#if !MP_LONGINT
                throw Rt.OverflowError("long int not supported in this build");
#else
                uint[] mag = new uint[(end - valStart) * 6 / 32 + 2];
                int n = 0;
                for (i = valStart; i < end; i++)
                {
                    int dig = DigitValue(text[i]);
                    if (dig < 0 || dig >= b)
                    {
                        break;
                    }
                    n = MulAddSmall(mag, n, (uint)b, (uint)dig);
                }
                BigInt v = Make(neg ? -1 : 1, mag);
                long asLong;
                if (v.TryToLong(out asLong))
                {
                    small = asLong;
                }
                else
                {
                    big = v;
                }
#endif
            }
            else
            {
                if (i == valStart)
                {
                    return false;
                }
                small = neg ? -val : val;
            }
            while (i < end && IsSpaceByte(text[i]))
            {
                i++;
            }
            if (i != end)
            {
                small = 0;
                big = null;
                return false;
            }
            return true;
        }

        // 0-35 for [0-9A-Za-z], else -1.
        private static int DigitValue(int c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }
            if (c >= 'a' && c <= 'z')
            {
                return c - 'a' + 10;
            }
            if (c >= 'A' && c <= 'Z')
            {
                return c - 'A' + 10;
            }
            return -1;
        }

#if MP_LONGINT
        // mag[0..n) = mag * m + a; returns the new used length (mag has room).
        private static int MulAddSmall(uint[] mag, int n, uint m, uint a)
        {
            ulong carry = a;
            for (int k = 0; k < n; k++)
            {
                carry += (ulong)mag[k] * m;
                mag[k] = (uint)carry;
                carry >>= 32;
            }
            if (carry != 0)
            {
                mag[n++] = (uint)carry;
            }
            return n;
        }
#endif
    }
}
