namespace NanoMpy
{
    // Software model of the x87 80-bit `long double` (64-bit significand, round to nearest even).
    //
    // Why: MicroPython's unix port on x86-64 formats and parses floats with MICROPY_FLOAT_FORMAT_IMPL_EXACT,
    // whose arithmetic runs in long double (py/formatfloat.c, py/parsenum.c). Its results, including the
    // cases where it is not correctly rounded, depend on that precision, so to print and parse byte for
    // byte the same we redo those few operations with the same precision and rounding.
    //
    // Only non-negative values occur in those code paths. value = M * 2^E with M normalized (top bit
    // set), or zero (M == 0), or infinity. Values below the extended normal range flush to zero: every
    // caller converts the result to double afterwards, where such values are 0 anyway.
    public sealed class LongDouble
    {
        public ulong M;
        public int E;
        public bool Inf;

        // Exponent range of the x87 format, for the binary exponent of the top bit.
        private const int MaxExp = 16383;
        private const int MinExp = -16382;

        public bool IsZero { get { return M == 0 && !Inf; } }

        public static LongDouble FromULong(ulong v)
        {
            LongDouble r = new LongDouble();
            if (v == 0)
            {
                return r;
            }
            int lz = LeadingZeros64(v);
            r.M = v << lz;
            r.E = -lz;
            return r;
        }

        // d must be finite and >= 0 (the conversion is exact).
        public static LongDouble FromDouble(double d)
        {
            LongDouble r = new LongDouble();
            long bits = System.BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFFL;
            int exp = (int)(bits >> 52);
            ulong frac = (ulong)bits & 0xFFFFFFFFFFFFFUL;
            if (exp == 0x7FF)
            {
                r.Inf = true;
                return r;
            }
            if (exp == 0)
            {
                if (frac == 0)
                {
                    return r;
                }
                r = FromULong(frac);
                r.E -= 1074;
                return r;
            }
            r.M = (frac | (1UL << 52)) << 11;
            r.E = exp - 1075 - 11;
            return r;
        }

        public static LongDouble Mul(LongDouble a, LongDouble b)
        {
            if (a.Inf || b.Inf)
            {
                return Infinity();
            }
            if (a.M == 0 || b.M == 0)
            {
                return new LongDouble();
            }
            ulong hi;
            ulong lo;
            Mul64(a.M, b.M, out hi, out lo);
            return RoundPack(hi, lo, a.E + b.E);
        }

        public static LongDouble Div(LongDouble a, LongDouble b)
        {
            if (a.Inf)
            {
                return Infinity(); // inf / finite; inf / inf does not occur in the callers
            }
            if (b.Inf || a.M == 0)
            {
                return new LongDouble();
            }
            // Quotient of the significands (a ratio in (1/2, 2)) to 66 bits, from weight 2^0 down: the
            // integer bit, two 32-bit digits and one more bit; the remainder gives the sticky bit.
            ulong d = b.M;
            ulong qInt = a.M >= d ? 1UL : 0UL;
            ulong r = a.M - (qInt != 0 ? d : 0);
            ulong f1 = DivDigit(ref r, d);
            ulong f2 = DivDigit(ref r, d);
            ulong bit = r >= d - r ? 1UL : 0UL;
            if (bit != 0)
            {
                r -= d - r;
            }
            ulong sticky = r != 0 ? 1UL : 0UL;
            // (qInt, f1, f2, bit, sticky) as one 67-bit number = a.M / b.M * 2^66
            ulong qHi = (qInt << 2) | (f1 >> 30);
            ulong qLo = (f1 << 34) | (f2 << 2) | (bit << 1) | sticky;
            return RoundPack(qHi, qLo, a.E - b.E - 66);
        }

        // floor(r * 2^32 / d) for r < d with d's top bit set; r becomes the remainder. Knuth's estimate
        // from the top 32 bits of d is at most two too large.
        private static ulong DivDigit(ref ulong r, ulong d)
        {
            ulong qhat = r / (d >> 32);
            if (qhat > 0xFFFFFFFFUL)
            {
                qhat = 0xFFFFFFFFUL;
            }
            // n = r * 2^32 as (nHi, nLo); p = qhat * d
            ulong nHi = r >> 32;
            ulong nLo = r << 32;
            ulong pHi;
            ulong pLo;
            Mul64(qhat, d, out pHi, out pLo);
            while (pHi > nHi || (pHi == nHi && pLo > nLo))
            {
                qhat--;
                if (pLo < d)
                {
                    pHi--;
                }
                pLo -= d;
            }
            r = nLo - pLo; // the remainder is below d, so the low word holds it exactly
            return qhat;
        }

        public static LongDouble Add(LongDouble a, LongDouble b)
        {
            if (a.Inf || b.Inf)
            {
                return Infinity();
            }
            if (a.M == 0)
            {
                return b;
            }
            if (b.M == 0)
            {
                return a;
            }
            if (a.E < b.E)
            {
                LongDouble t = a;
                a = b;
                b = t;
            }
            // 128-bit accumulator: a in the high word, b aligned below it with a sticky bit.
            int d = a.E - b.E;
            ulong hi = a.M;
            ulong lo = 0;
            ulong bHi;
            ulong bLo;
            if (d == 0)
            {
                bHi = b.M;
                bLo = 0;
            }
            else if (d < 64)
            {
                bHi = b.M >> d;
                bLo = b.M << (64 - d);
            }
            else if (d < 128)
            {
                bHi = 0;
                bLo = b.M >> (d - 64);
                if (d > 64 && (b.M << (128 - d)) != 0)
                {
                    bLo |= 1;
                }
            }
            else
            {
                bHi = 0;
                bLo = 1; // far below: only matters as sticky
            }
            ulong newLo = lo + bLo;
            ulong carry = newLo < lo ? 1UL : 0UL;
            ulong sum = hi + bHi;
            bool overflow = sum < hi;
            ulong newHi = sum + carry;
            overflow = overflow || newHi < sum;
            int exp = a.E - 64;
            if (overflow)
            {
                // 129-bit sum: shift right once, keeping the dropped bit as sticky
                ulong dropped = newLo & 1;
                newLo = (newLo >> 1) | (newHi << 63) | dropped;
                newHi = (newHi >> 1) | 0x8000000000000000UL;
                exp++;
            }
            return RoundPack(newHi, newLo, exp);
        }

        public static LongDouble Infinity()
        {
            LongDouble r = new LongDouble();
            r.Inf = true;
            return r;
        }

        // Truncating conversion to an unsigned 64-bit integer (the value must be below 2^64).
        public ulong ToULongTrunc()
        {
            if (M == 0 || E <= -64)
            {
                return 0;
            }
            if (E >= 0)
            {
                return M << E;
            }
            return M >> -E;
        }

        // Conversion to double with round to nearest even, subnormals and overflow to infinity.
        public double ToDouble()
        {
            if (Inf)
            {
                return double.PositiveInfinity;
            }
            if (M == 0)
            {
                return 0.0;
            }
            int topExp = E + 63; // binary exponent of the leading bit
            if (topExp > 1023)
            {
                return double.PositiveInfinity;
            }
            int keep = topExp >= -1022 ? 53 : topExp + 1075; // significant bits a double can hold here
            if (keep <= -1)
            {
                return 0.0; // below half the smallest subnormal
            }
            ulong mant = RoundShift(M, 64 - keep);
            long bits;
            if (topExp >= -1022)
            {
                if (mant == (1UL << 53))
                {
                    mant >>= 1;
                    topExp++;
                    if (topExp > 1023)
                    {
                        return double.PositiveInfinity;
                    }
                }
                bits = ((long)(topExp + 1023) << 52) | (long)(mant & 0xFFFFFFFFFFFFFUL);
            }
            else
            {
                // Subnormal: the rounded significand is the bit pattern; a carry into bit 52 yields the
                // smallest normal, which is the right encoding too.
                bits = (long)mant;
            }
            return System.BitConverter.Int64BitsToDouble(bits);
        }

        // Round m / 2^shift to nearest even; shift in [0, 65].
        private static ulong RoundShift(ulong m, int shift)
        {
            if (shift == 0)
            {
                return m;
            }
            if (shift >= 65)
            {
                return 0;
            }
            if (shift == 64)
            {
                return m > 0x8000000000000000UL ? 1UL : 0UL;
            }
            ulong q = m >> shift;
            ulong rem = m & ((1UL << shift) - 1);
            ulong half = 1UL << (shift - 1);
            if (rem > half || (rem == half && (q & 1) != 0))
            {
                q++;
            }
            return q;
        }

        // Normalize and round the 128-bit significand (hi:lo) * 2^exp to 64 bits.
        private static LongDouble RoundPack(ulong hi, ulong lo, int exp)
        {
            if (hi == 0 && lo == 0)
            {
                return new LongDouble();
            }
            int lz = hi != 0 ? LeadingZeros64(hi) : 64 + LeadingZeros64(lo);
            if (lz >= 64)
            {
                hi = lo << (lz - 64);
                lo = 0;
            }
            else if (lz > 0)
            {
                hi = (hi << lz) | (lo >> (64 - lz));
                lo <<= lz;
            }
            exp -= lz;
            // hi holds the 64 kept bits; lo the guard bit and the sticky rest.
            ulong half = 0x8000000000000000UL;
            if (lo > half || (lo == half && (hi & 1) != 0))
            {
                hi++;
                if (hi == 0)
                {
                    hi = 0x8000000000000000UL;
                    exp++;
                }
            }
            LongDouble r = new LongDouble();
            int e = exp + 64; // value = hi * 2^e
            int topExp = e + 63;
            if (topExp > MaxExp)
            {
                return Infinity();
            }
            if (topExp < MinExp)
            {
                return r;
            }
            r.M = hi;
            r.E = e;
            return r;
        }

        private static void Mul64(ulong a, ulong b, out ulong hi, out ulong lo)
        {
            ulong aLo = a & 0xFFFFFFFFUL;
            ulong aHi = a >> 32;
            ulong bLo = b & 0xFFFFFFFFUL;
            ulong bHi = b >> 32;
            ulong ll = aLo * bLo;
            ulong lh = aLo * bHi;
            ulong hl = aHi * bLo;
            ulong hh = aHi * bHi;
            ulong mid = (ll >> 32) + (lh & 0xFFFFFFFFUL) + (hl & 0xFFFFFFFFUL);
            lo = (mid << 32) | (ll & 0xFFFFFFFFUL);
            hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
        }

        private static int LeadingZeros64(ulong x)
        {
            if (x == 0)
            {
                return 64;
            }
            int n = 0;
            if ((x >> 32) == 0)
            {
                n += 32;
                x <<= 32;
            }
            if ((x >> 48) == 0)
            {
                n += 16;
                x <<= 16;
            }
            if ((x >> 56) == 0)
            {
                n += 8;
                x <<= 8;
            }
            if ((x >> 60) == 0)
            {
                n += 4;
                x <<= 4;
            }
            if ((x >> 62) == 0)
            {
                n += 2;
                x <<= 2;
            }
            if ((x >> 63) == 0)
            {
                n += 1;
            }
            return n;
        }
    }
}
