#if MP_LONGINT
// (only in builds with MP_LONGINT: build/FeatureLevel.props; BigIntNone.cs stands in without it)
using System;

namespace NanoMpy
{
    // Immutable arbitrary-precision integer: sign + little-endian uint magnitude (no leading zero words).
    // nanoFramework has no BigInteger, so this is our own. Where MicroPython's mpz has observable quirks
    // (float conversion, hash, 3-arg pow, to_bytes) the methods reproduce them; see the notes on each.
    // Text conversion (ToString/Parse) lives in BigIntText.cs, bytes in BigIntBytes.cs.
    public sealed partial class BigInt
    {
        // -1, 0 or +1; zero has an empty magnitude.
        private readonly int _sign;
        private readonly uint[] _mag;

        private static readonly uint[] EmptyMag = new uint[0];

        public static readonly BigInt Zero = new BigInt(0, EmptyMag);
        public static readonly BigInt One = new BigInt(1, new uint[] { 1 });
        public static readonly BigInt MinusOne = new BigInt(-1, new uint[] { 1 });

        // mag must already be trimmed; sign is forced to 0 for an empty magnitude.
        private BigInt(int sign, uint[] mag)
        {
            _sign = mag.Length == 0 ? 0 : sign;
            _mag = mag;
        }

        // Takes ownership of mag (may be untrimmed).
        private static BigInt Make(int sign, uint[] mag)
        {
            int n = mag.Length;
            while (n > 0 && mag[n - 1] == 0)
            {
                n--;
            }
            if (n == 0)
            {
                return Zero;
            }
            if (n != mag.Length)
            {
                uint[] t = new uint[n];
                Array.Copy(mag, t, n);
                mag = t;
            }
            return new BigInt(sign, mag);
        }

        public int Sign { get { return _sign; } }
        public bool IsZero { get { return _sign == 0; } }
        public bool IsNegative { get { return _sign < 0; } }

        // Number of 32-bit words of the magnitude.
        public int WordCount { get { return _mag.Length; } }

        public static BigInt FromLong(long v)
        {
            if (v == 0)
            {
                return Zero;
            }
            int sign = 1;
            ulong u = (ulong)v;
            if (v < 0)
            {
                sign = -1;
                u = (ulong)(-v); // also right for long.MinValue: the bit pattern is 2^63
            }
            return FromMagnitude(sign, u);
        }

        public static BigInt FromULong(ulong u)
        {
            return FromMagnitude(1, u);
        }

        private static BigInt FromMagnitude(int sign, ulong u)
        {
            if (u == 0)
            {
                return Zero;
            }
            if ((u >> 32) == 0)
            {
                return new BigInt(sign, new uint[] { (uint)u });
            }
            return new BigInt(sign, new uint[] { (uint)u, (uint)(u >> 32) });
        }

        // Truncates toward zero (int(float)). d must be finite; the caller raises for inf/nan.
        public static BigInt FromDouble(double d)
        {
            long bits = BitConverter.DoubleToInt64Bits(d);
            int sign = bits < 0 ? -1 : 1;
            int exp = (int)((bits >> 52) & 0x7FF);
            ulong frac = (ulong)bits & 0xFFFFFFFFFFFFFUL;
            if (exp < 1023)
            {
                return Zero; // |d| < 1, including subnormals and zeros
            }
            ulong mant = frac | (1UL << 52);
            int shift = exp - 1075; // value = mant * 2^shift
            if (shift <= 0)
            {
                return FromMagnitude(sign, mant >> -shift);
            }
            return FromMagnitude(sign, mant).Shl(shift);
        }

        public bool FitsLong
        {
            get
            {
                long dummy;
                return TryToLong(out dummy);
            }
        }

        public bool TryToLong(out long value)
        {
            value = 0;
            if (_mag.Length > 2)
            {
                return false;
            }
            ulong u = Low64();
            if (_sign >= 0)
            {
                if (u > (ulong)long.MaxValue)
                {
                    return false;
                }
                value = (long)u;
                return true;
            }
            if (u > 0x8000000000000000UL)
            {
                return false;
            }
            value = (long)(0 - u);
            return true;
        }

        // Low 64 bits of the magnitude.
        private ulong Low64()
        {
            ulong u = 0;
            if (_mag.Length > 0)
            {
                u = _mag[0];
            }
            if (_mag.Length > 1)
            {
                u |= (ulong)_mag[1] << 32;
            }
            return u;
        }

        // Low 64 bits of the two's complement value (Python's x & (2**64-1), as a bit pattern).
        public long TruncatedLong()
        {
            ulong u = Low64();
            return _sign < 0 ? (long)(0 - u) : (long)u;
        }

        // MicroPython's mpz_as_float: a Horner sum over the 32-bit digits, rounding at each step. That is
        // not always correctly rounded, but float(big) and mixed big-int/float arithmetic must match it.
        public double ToDouble()
        {
            if (Float32.Single)
            {
                // mpz_as_float in float: each step rounds to float32
                float fv = 0;
                for (int i = _mag.Length - 1; i >= 0; i--)
                {
                    fv = (float)((float)(fv * 4294967296.0f) + (float)_mag[i]);
                }
                return _sign < 0 ? -fv : fv;
            }
            double val = 0;
            for (int i = _mag.Length - 1; i >= 0; i--)
            {
                val = val * 4294967296.0 + _mag[i];
            }
            return _sign < 0 ? -val : val;
        }

        // MicroPython's hash of an int: mpz_hash gives the low word of the value, then it is stored as a
        // 63-bit small int, which drops the top bit. Used for dict/set ordering.
        public long Hash()
        {
            return HashLong(TruncatedLong());
        }

        // The same rule for an int that fits a long (MicroPython keeps ints beyond 62 bits in an mpz).
        public static long HashLong(long v)
        {
            return (v << 1) >> 1;
        }

        public int BitLength()
        {
            int n = _mag.Length;
            if (n == 0)
            {
                return 0;
            }
            return (n - 1) * 32 + BitLen32(_mag[n - 1]);
        }

        private static int BitLen32(uint x)
        {
            int n = 0;
            while (x != 0)
            {
                n++;
                x >>= 1;
            }
            return n;
        }

        private static int LeadingZeros32(uint x)
        {
            return 32 - BitLen32(x);
        }

        // ---- comparison ----

        public static int Compare(BigInt a, BigInt b)
        {
            if (a._sign != b._sign)
            {
                return a._sign < b._sign ? -1 : 1;
            }
            int c = CompareMag(a._mag, b._mag);
            return a._sign < 0 ? -c : c;
        }

        public int CompareTo(long v)
        {
            long mine;
            if (TryToLong(out mine))
            {
                return mine < v ? -1 : (mine > v ? 1 : 0);
            }
            return _sign; // outside the long range, so its sign decides
        }

        public bool EqualsValue(BigInt other)
        {
            return Compare(this, other) == 0;
        }

        private static int CompareMag(uint[] a, uint[] b)
        {
            if (a.Length != b.Length)
            {
                return a.Length < b.Length ? -1 : 1;
            }
            for (int i = a.Length - 1; i >= 0; i--)
            {
                if (a[i] != b[i])
                {
                    return a[i] < b[i] ? -1 : 1;
                }
            }
            return 0;
        }

        // ---- add / sub / neg ----

        public BigInt Neg()
        {
            if (_sign == 0)
            {
                return this;
            }
            return new BigInt(-_sign, _mag);
        }

        public BigInt Abs()
        {
            return _sign < 0 ? new BigInt(1, _mag) : this;
        }

        public static BigInt Add(BigInt a, BigInt b)
        {
            return AddSigned(a, b._sign, b._mag);
        }

        public static BigInt Sub(BigInt a, BigInt b)
        {
            return AddSigned(a, -b._sign, b._mag);
        }

        private static BigInt AddSigned(BigInt a, int bSign, uint[] bMag)
        {
            if (bSign == 0)
            {
                return a;
            }
            if (a._sign == 0)
            {
                return new BigInt(bSign, bMag);
            }
            if (a._sign == bSign)
            {
                return Make(bSign, AddMag(a._mag, bMag));
            }
            int c = CompareMag(a._mag, bMag);
            if (c == 0)
            {
                return Zero;
            }
            if (c > 0)
            {
                return Make(a._sign, SubMag(a._mag, bMag));
            }
            return Make(bSign, SubMag(bMag, a._mag));
        }

        private static uint[] AddMag(uint[] a, uint[] b)
        {
            if (a.Length < b.Length)
            {
                uint[] t = a;
                a = b;
                b = t;
            }
            uint[] r = new uint[a.Length + 1];
            ulong carry = 0;
            int i = 0;
            for (; i < b.Length; i++)
            {
                carry += (ulong)a[i] + b[i];
                r[i] = (uint)carry;
                carry >>= 32;
            }
            for (; i < a.Length; i++)
            {
                carry += a[i];
                r[i] = (uint)carry;
                carry >>= 32;
            }
            r[i] = (uint)carry;
            return r;
        }

        // |a| >= |b| required.
        private static uint[] SubMag(uint[] a, uint[] b)
        {
            uint[] r = new uint[a.Length];
            long borrow = 0;
            int i = 0;
            for (; i < b.Length; i++)
            {
                long t = (long)a[i] - b[i] - borrow;
                r[i] = (uint)t;
                borrow = t < 0 ? 1 : 0;
            }
            for (; i < a.Length; i++)
            {
                long t = (long)a[i] - borrow;
                r[i] = (uint)t;
                borrow = t < 0 ? 1 : 0;
            }
            return r;
        }

        // ---- multiply ----

        public static BigInt Mul(BigInt a, BigInt b)
        {
            if (a._sign == 0 || b._sign == 0)
            {
                return Zero;
            }
            return Make(a._sign * b._sign, MulMag(a._mag, b._mag));
        }

        private static uint[] MulMag(uint[] a, uint[] b)
        {
            Vm.ChargeSteps(((long)a.Length * b.Length) >> 4);
            uint[] r = new uint[a.Length + b.Length];
            for (int i = 0; i < a.Length; i++)
            {
                ulong ai = a[i];
                if (ai == 0)
                {
                    continue;
                }
                ulong carry = 0;
                for (int j = 0; j < b.Length; j++)
                {
                    carry += ai * b[j] + r[i + j];
                    r[i + j] = (uint)carry;
                    carry >>= 32;
                }
                r[i + b.Length] = (uint)carry;
            }
            return r;
        }

        // ---- division ----

        // Floor division and modulo with Python signs (remainder has the divisor's sign).
        // b must not be zero: raising ZeroDivisionError is the caller's job.
        public static void FloorDivMod(BigInt a, BigInt b, out BigInt quo, out BigInt rem)
        {
            uint[] q;
            uint[] r;
            DivModMag(a._mag, b._mag, out q, out r);
            int qSign = a._sign * b._sign;
            BigInt qb = Make(qSign, q);
            BigInt rb = Make(a._sign, r);
            if (qSign < 0 && !rb.IsZero)
            {
                qb = Sub(qb, One);
                rb = Add(rb, b);
            }
            quo = qb;
            rem = rb;
        }

        public static BigInt FloorDiv(BigInt a, BigInt b)
        {
            BigInt q;
            BigInt r;
            FloorDivMod(a, b, out q, out r);
            return q;
        }

        public static BigInt Mod(BigInt a, BigInt b)
        {
            BigInt q;
            BigInt r;
            FloorDivMod(a, b, out q, out r);
            return r;
        }

        // Truncating magnitude division; b non-empty.
        private static void DivModMag(uint[] a, uint[] b, out uint[] q, out uint[] r)
        {
            if (CompareMag(a, b) < 0)
            {
                q = EmptyMag;
                r = a;
                return;
            }
            if (b.Length == 1)
            {
                q = new uint[a.Length];
                uint rs = DivSmallInto(a, a.Length, b[0], q);
                r = rs == 0 ? EmptyMag : new uint[] { rs };
                return;
            }
            KnuthDivide(a, b, out q, out r);
        }

        // q[0..n) = a[0..n) / d, returns the remainder. q may be a itself.
        private static uint DivSmallInto(uint[] a, int n, uint d, uint[] q)
        {
            ulong rem = 0;
            for (int i = n - 1; i >= 0; i--)
            {
                ulong cur = (rem << 32) | a[i];
                ulong qd = cur / d;
                q[i] = (uint)qd;
                rem = cur - qd * d;
            }
            return (uint)rem;
        }

        // Knuth's algorithm D (TAOCP 4.3.1) on 32-bit digits; b has at least 2 words, a >= b.
        private static void KnuthDivide(uint[] a, uint[] b, out uint[] quo, out uint[] rem)
        {
            int n = b.Length;
            int m = a.Length;
            Vm.ChargeSteps(((long)(m - n + 1) * n) >> 4);
            int s = LeadingZeros32(b[n - 1]);
            uint[] vn = new uint[n];
            uint[] un = new uint[m + 1];
            ShiftLeftInto(b, n, s, vn);
            un[m] = ShiftLeftInto(a, m, s, un);
            uint[] q = new uint[m - n + 1];
            ulong vTop = vn[n - 1];
            ulong vNext = vn[n - 2];
            for (int j = m - n; j >= 0; j--)
            {
                ulong num = ((ulong)un[j + n] << 32) | un[j + n - 1];
                ulong qhat = num / vTop;
                ulong rhat = num - qhat * vTop;
                while (qhat > 0xFFFFFFFFUL || qhat * vNext > ((rhat << 32) | un[j + n - 2]))
                {
                    qhat--;
                    rhat += vTop;
                    if (rhat > 0xFFFFFFFFUL)
                    {
                        break;
                    }
                }
                // un[j..j+n] -= qhat * vn
                long borrow = 0;
                ulong carry = 0;
                for (int i = 0; i < n; i++)
                {
                    ulong p = qhat * vn[i] + carry;
                    carry = p >> 32;
                    long t = (long)un[i + j] - (long)(uint)p - borrow;
                    un[i + j] = (uint)t;
                    borrow = t < 0 ? 1 : 0;
                }
                long top = (long)un[j + n] - (long)carry - borrow;
                un[j + n] = (uint)top;
                if (top < 0)
                {
                    // qhat was one too large (rare): add the divisor back
                    qhat--;
                    ulong c = 0;
                    for (int i = 0; i < n; i++)
                    {
                        c += (ulong)un[i + j] + vn[i];
                        un[i + j] = (uint)c;
                        c >>= 32;
                    }
                    un[j + n] = (uint)(un[j + n] + c);
                }
                q[j] = (uint)qhat;
            }
            uint[] r = new uint[n];
            for (int i = 0; i < n; i++)
            {
                r[i] = s == 0 ? un[i] : (un[i] >> s) | (un[i + 1] << (32 - s));
            }
            quo = q;
            rem = r;
        }

        // dst[0..n) = src[0..n) << s (s < 32); returns the bits shifted out of the top.
        private static uint ShiftLeftInto(uint[] src, int n, int s, uint[] dst)
        {
            if (s == 0)
            {
                Array.Copy(src, dst, n);
                return 0;
            }
            uint carry = 0;
            for (int i = 0; i < n; i++)
            {
                uint w = src[i];
                dst[i] = (w << s) | carry;
                carry = w >> (32 - s);
            }
            return carry;
        }

        // ---- powers ----

        // this ** exp, exp >= 0.
        public BigInt Pow(int exp)
        {
            BigInt result = One;
            BigInt x = this;
            while (exp > 0)
            {
                if ((exp & 1) != 0)
                {
                    result = Mul(result, x);
                }
                exp >>= 1;
                if (exp > 0)
                {
                    x = Mul(x, x);
                }
            }
            return result;
        }

        // pow(this, exp, mod) as MicroPython's mpz_pow3_inpl computes it, quirks included: a zero base, a
        // negative exponent or a modulus of +-1 give 0; a zero exponent gives 1 without reducing by mod.
        // Reductions are floor modulo, so a nonzero result has the modulus's sign. mod must not be zero.
        public BigInt ModPow(BigInt exp, BigInt mod)
        {
            if (_sign == 0 || exp._sign < 0 || (mod._mag.Length == 1 && mod._mag[0] == 1))
            {
                return Zero;
            }
            BigInt dest = One;
            if (exp._sign == 0)
            {
                return dest;
            }
            BigInt x = this;
            int bits = exp.BitLength();
            for (int i = 0; i < bits; i++)
            {
                if (exp.TestMagBit(i))
                {
                    dest = Mod(Mul(dest, x), mod);
                }
                if (i + 1 < bits)
                {
                    x = Mod(Mul(x, x), mod);
                }
            }
            return dest;
        }

        private bool TestMagBit(int i)
        {
            int w = i >> 5;
            return w < _mag.Length && ((_mag[w] >> (i & 31)) & 1) != 0;
        }

        // ---- shifts ----

        public BigInt Shl(int n)
        {
            if (_sign == 0 || n == 0)
            {
                return this;
            }
            if (n < 0)
            {
                return Shr(-n);
            }
            int words = n >> 5;
            int bits = n & 31;
            uint[] r = new uint[_mag.Length + words + 1];
            r[_mag.Length + words] = ShiftLeftIntoOffset(_mag, bits, r, words);
            return Make(_sign, r);
        }

        private static uint ShiftLeftIntoOffset(uint[] src, int s, uint[] dst, int offset)
        {
            if (s == 0)
            {
                Array.Copy(src, 0, dst, offset, src.Length);
                return 0;
            }
            uint carry = 0;
            for (int i = 0; i < src.Length; i++)
            {
                uint w = src[i];
                dst[i + offset] = (w << s) | carry;
                carry = w >> (32 - s);
            }
            return carry;
        }

        // Arithmetic shift right: floor(this / 2^n), like Python for negatives.
        public BigInt Shr(int n)
        {
            if (_sign == 0 || n == 0)
            {
                return this;
            }
            if (n < 0)
            {
                return Shl(-n);
            }
            int words = n >> 5;
            int bits = n & 31;
            if (words >= _mag.Length)
            {
                return _sign < 0 ? MinusOne : Zero;
            }
            int len = _mag.Length - words;
            uint[] r = new uint[len];
            bool lost = false;
            for (int i = 0; i < words; i++)
            {
                if (_mag[i] != 0)
                {
                    lost = true;
                }
            }
            if (bits == 0)
            {
                Array.Copy(_mag, words, r, 0, len);
            }
            else
            {
                if ((_mag[words] << (32 - bits)) != 0)
                {
                    lost = true;
                }
                for (int i = 0; i < len; i++)
                {
                    uint lo = _mag[i + words] >> bits;
                    uint hi = i + words + 1 < _mag.Length ? _mag[i + words + 1] << (32 - bits) : 0;
                    r[i] = lo | hi;
                }
            }
            BigInt res = Make(_sign, r);
            if (_sign < 0 && lost)
            {
                res = Sub(res, One); // round toward minus infinity
            }
            return res;
        }

        // ---- bitwise, on Python's infinite two's complement ----

        public static BigInt And(BigInt a, BigInt b)
        {
            return Bitwise(a, b, 0);
        }

        public static BigInt Or(BigInt a, BigInt b)
        {
            return Bitwise(a, b, 1);
        }

        public static BigInt Xor(BigInt a, BigInt b)
        {
            return Bitwise(a, b, 2);
        }

        // ~x == -x - 1
        public BigInt Not()
        {
            return Sub(Neg(), One);
        }

        private static BigInt Bitwise(BigInt a, BigInt b, int op)
        {
            // One extra word holds the sign of the two's complement form.
            int n = (a._mag.Length > b._mag.Length ? a._mag.Length : b._mag.Length) + 1;
            uint[] x = ToTwos(a, n);
            uint[] y = ToTwos(b, n);
            uint[] r = new uint[n];
            for (int i = 0; i < n; i++)
            {
                r[i] = op == 0 ? (x[i] & y[i]) : (op == 1 ? (x[i] | y[i]) : (x[i] ^ y[i]));
            }
            return FromTwos(r);
        }

        private static uint[] ToTwos(BigInt v, int n)
        {
            uint[] r = new uint[n];
            Array.Copy(v._mag, r, v._mag.Length);
            if (v._sign < 0)
            {
                NegateInPlace(r);
            }
            return r;
        }

        private static BigInt FromTwos(uint[] r)
        {
            if ((r[r.Length - 1] & 0x80000000u) != 0)
            {
                NegateInPlace(r);
                return Make(-1, r);
            }
            return Make(1, r);
        }

        // Two's complement negation of a fixed-width word array.
        private static void NegateInPlace(uint[] r)
        {
            ulong carry = 1;
            for (int i = 0; i < r.Length; i++)
            {
                carry += (uint)~r[i];
                r[i] = (uint)carry;
                carry >>= 32;
            }
        }
    }
}
#endif
