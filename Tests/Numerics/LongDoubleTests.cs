using System;
using System.Numerics;
using Xunit;

namespace NanoMpy.Tests.Numerics
{
    // LongDouble against exact rational arithmetic: every operation must be the exact result rounded to a
    // 64-bit significand, ties to even (what the x87 does with its default precision control).
    public class LongDoubleTests
    {
        private static (BigInteger num, BigInteger den) Exact(LongDouble x)
        {
            BigInteger m = x.M;
            return x.E >= 0 ? (m << x.E, BigInteger.One) : (m, BigInteger.One << -x.E);
        }

        // Round num/den (> 0) to a 64-bit significand, nearest even; returns (M, E).
        private static (ulong, int) RoundRef(BigInteger num, BigInteger den)
        {
            int e = (int)(num.GetBitLength() - den.GetBitLength()) - 64;
            while (true)
            {
                BigInteger n = e >= 0 ? num : num << -e;
                BigInteger d = e >= 0 ? den << e : den;
                BigInteger q = BigInteger.DivRem(n, d, out BigInteger r);
                if (q >= (BigInteger.One << 64)) { e++; continue; }
                if (q < (BigInteger.One << 63)) { e--; continue; }
                BigInteger twice = r * 2;
                if (twice > d || (twice == d && !q.IsEven)) q++;
                if (q == (BigInteger.One << 64)) { q >>= 1; e++; }
                return ((ulong)q, e);
            }
        }

        private static LongDouble Random(Random rnd)
        {
            ulong m = (ulong)rnd.NextInt64() | 0x8000000000000000UL;
            if (rnd.Next(4) == 0) m = 0x8000000000000000UL | (ulong)(uint)rnd.Next(16);
            if (rnd.Next(4) == 0) m = ulong.MaxValue - (ulong)(uint)rnd.Next(16);
            var x = LongDouble.FromULong(m);
            x.E += rnd.Next(-200, 200);
            return x;
        }

        [Fact]
        public void MulDivAddAreCorrectlyRounded()
        {
            var rnd = new Random(99);
            for (int i = 0; i < 20000; i++)
            {
                LongDouble a = Random(rnd), b = Random(rnd);
                var (an, ad) = Exact(a);
                var (bn, bd) = Exact(b);
                Check(LongDouble.Mul(a, b), an * bn, ad * bd);
                Check(LongDouble.Div(a, b), an * bd, ad * bn);
                Check(LongDouble.Add(a, b), an * bd + bn * ad, ad * bd);
            }
        }

        private static void Check(LongDouble got, BigInteger num, BigInteger den)
        {
            var (m, e) = RoundRef(num, den);
            Assert.Equal(m, got.M);
            Assert.Equal(e, got.E);
        }

        [Fact]
        public void ToDoubleRoundsOnceFromSixtyFourBits()
        {
            var rnd = new Random(5);
            for (int i = 0; i < 20000; i++)
            {
                LongDouble x = Random(rnd);
                x.E = rnd.Next(-1140, 960);
                var (n, d) = Exact(x);
                // Reference: System.Double's correctly rounded conversion of the exact value (the value has
                // at most 64 significant bits, so parsing its exact decimal form rounds the same way).
                double want = (double)new BigRational(n, d);
                Assert.Equal(want, x.ToDouble());
            }
        }

        // Minimal exact rational -> double conversion (round to nearest even, subnormals, overflow).
        private readonly struct BigRational
        {
            private readonly BigInteger _n, _d;
            public BigRational(BigInteger n, BigInteger d) { _n = n; _d = d; }
            public static explicit operator double(BigRational r)
            {
                int e = (int)(r._n.GetBitLength() - r._d.GetBitLength());
                int shift = Math.Max(e, -1022) - 52; // value = q * 2^shift with 53-bit q (or fewer for subnormals)
                BigInteger n = shift >= 0 ? r._n : r._n << -shift;
                BigInteger d = shift >= 0 ? r._d << shift : r._d;
                BigInteger q = BigInteger.DivRem(n, d, out BigInteger rem);
                if (q >= (BigInteger.One << 53)) { return (double)new BigRational(r._n, r._d * 2) * 2; }
                BigInteger twice = rem * 2;
                if (twice > d || (twice == d && !q.IsEven)) q++;
                return Math.ScaleB((double)q, shift);
            }
        }
    }
}
