using System;
using System.Collections.Generic;
using Xunit;

namespace NanoMpy.Tests.Numerics
{
    public class BigIntTests
    {
        private static BigInt P(string s)
        {
            BigInt v = BigInt.Parse(s, 10);
            Assert.NotNull(v);
            return v;
        }

        private static string Run(string[] r)
        {
            switch (r[0])
            {
                case "add": return BigInt.Add(P(r[1]), P(r[2])).ToString();
                case "sub": return BigInt.Sub(P(r[1]), P(r[2])).ToString();
                case "mul": return BigInt.Mul(P(r[1]), P(r[2])).ToString();
                case "and": return BigInt.And(P(r[1]), P(r[2])).ToString();
                case "or": return BigInt.Or(P(r[1]), P(r[2])).ToString();
                case "xor": return BigInt.Xor(P(r[1]), P(r[2])).ToString();
                case "cmp": return BigInt.Compare(P(r[1]), P(r[2])).ToString();
                case "floordiv": return BigInt.FloorDiv(P(r[1]), P(r[2])).ToString();
                case "mod": return BigInt.Mod(P(r[1]), P(r[2])).ToString();
                case "neg": return P(r[1]).Neg().ToString();
                case "invert": return P(r[1]).Not().ToString();
                case "shl": return P(r[1]).Shl(int.Parse(r[2])).ToString();
                case "shr": return P(r[1]).Shr(int.Parse(r[2])).ToString();
                case "hash": return P(r[1]).Hash().ToString();
                case "float":
                    {
                        BigInt v = P(r[1]);
                        return v.BitLength() > 1020 ? "OVF" : TestData.Hex(v.ToDouble());
                    }
                case "hex": return P(r[1]).ToString(16);
                case "HEX": return P(r[1]).ToString(16, true);
                case "oct": return P(r[1]).ToString(8);
                case "bin": return P(r[1]).ToString(2);
                case "pow": return P(r[1]).Pow(int.Parse(r[2])).ToString();
                case "modpow": return P(r[1]).ModPow(P(r[2]), P(r[3])).ToString();
                case "parse":
                    {
                        BigInt v = BigInt.Parse(r[1], int.Parse(r[2]));
                        return v == null ? "ERR" : v.ToString();
                    }
                case "fromfloat": return BigInt.FromDouble(TestData.Bits(r[1])).ToString();
                case "tobytes":
                    {
                        BigInt v = P(r[1]);
                        int n = int.Parse(r[2]);
                        bool big = r[3] == "big";
                        long l;
                        byte[] b = v.TryToLong(out l) ? BigInt.LongToBytes(l, n, big) : v.ToBytes(n, big);
                        // MicroPython's b''.hex() prints as b'' (it returns the empty bytes object itself)
                        return b == null ? "OVF" : (b.Length == 0 ? "b''" : Convert.ToHexString(b).ToLowerInvariant());
                    }
                case "frombytes":
                    {
                        byte[] b = Convert.FromHexString(r[1]);
                        return BigInt.FromBytes(b, 0, b.Length, r[2] == "big").ToString();
                    }
            }
            throw new InvalidOperationException("unknown op " + r[0]);
        }

        [Fact]
        public void OperationsMatchMicroPython()
        {
            var failures = new List<string>();
            int n = 0;
            foreach (string[] row in TestData.Lines("bigint.txt"))
            {
                n++;
                string got = Run(row);
                string want = row[row.Length - 1];
                if (got != want) failures.Add(string.Join(" ", row, 0, row.Length - 1) + ": expected " + want + " got " + got);
            }
            Assert.True(n > 10000);
            Assert.True(failures.Count == 0, failures.Count + " failures:\n" + string.Join("\n", failures.GetRange(0, Math.Min(30, failures.Count))));
        }

        [Fact]
        public void PrintsTwoToTheTenThousandQuickly()
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            string s = BigInt.FromLong(2).Pow(10000).ToString();
            Assert.Equal(3011, s.Length);
            // the digits themselves are checked against MicroPython in bigint.txt ("pow 2 10000")
            Assert.True(sw.ElapsedMilliseconds < 2000);
            Assert.Equal(BigInt.FromLong(2).Pow(10000).ToString(), BigInt.Parse(s, 10).ToString());
        }

        [Theory]
        // (text, base, expected) from MicroPython v1.27.0 int(text, base); "ERR" is a ValueError.
        [InlineData("1_000_000_000_000_000_000_000", 10, "ERR")]
        [InlineData("1_000", 10, "1000")]
        [InlineData("_1", 10, "1")]
        [InlineData("1__0", 10, "10")]
        [InlineData("  0x1f  ", 0, "31")]
        [InlineData("0x", 16, "ERR")]
        [InlineData("00", 0, "0")]
        [InlineData("012", 0, "ERR")]
        [InlineData("0b101", 0, "5")]
        [InlineData("-0o17", 8, "-15")]
        [InlineData("z", 36, "35")]
        [InlineData("123456789012345678901234567890", 10, "123456789012345678901234567890")]
        [InlineData("  -99999999999999999999999  ", 10, "-99999999999999999999999")]
        [InlineData("1\t", 10, "1")]
        [InlineData("", 10, "ERR")]
        [InlineData("-", 10, "ERR")]
        [InlineData("0x_1", 16, "1")]
        [InlineData("1_", 10, "1")]
        [InlineData("99999999999999999999_", 10, "ERR")]
        [InlineData(" 4611686018427387904", 10, "4611686018427387904")]
        [InlineData("4611686018427387903_0", 10, "ERR")]
        [InlineData("0X1F", 16, "31")]
        [InlineData("0b2", 0, "ERR")]
        [InlineData("9223372036854775808", 10, "9223372036854775808")]
        [InlineData("-9223372036854775808", 10, "-9223372036854775808")]
        public void ParseFollowsMicroPythonRules(string text, int radix, string expected)
        {
            BigInt v = BigInt.Parse(text, radix);
            Assert.Equal(expected, v == null ? "ERR" : v.ToString());
        }

        [Fact]
        public void ParseErrorReportsTextAndBaseForTheMessage()
        {
            // MicroPython: int("0x", 0) -> "invalid syntax for integer with base 16: ''"
            byte[] b = System.Text.Encoding.ASCII.GetBytes("0x");
            long small; BigInt big; int start; int errBase;
            Assert.False(BigInt.ParseInt(b, 0, b.Length, 0, out small, out big, out start, out errBase));
            Assert.Equal(2, start);
            Assert.Equal(16, errBase);
            // int("012", 0) -> "... with base 0: '012'"
            b = System.Text.Encoding.ASCII.GetBytes("012");
            Assert.False(BigInt.ParseInt(b, 0, b.Length, 0, out small, out big, out start, out errBase));
            Assert.Equal(0, start);
            Assert.Equal(0, errBase);
        }

        [Fact]
        public void LongConversionsAtTheBoundaries()
        {
            long v;
            Assert.True(BigInt.FromLong(long.MinValue).TryToLong(out v));
            Assert.Equal(long.MinValue, v);
            Assert.True(BigInt.FromLong(long.MaxValue).TryToLong(out v));
            Assert.Equal(long.MaxValue, v);
            Assert.False(BigInt.Add(BigInt.FromLong(long.MaxValue), BigInt.One).FitsLong);
            Assert.False(BigInt.Sub(BigInt.FromLong(long.MinValue), BigInt.One).FitsLong);
            Assert.Equal("-9223372036854775808", BigInt.FromLong(long.MinValue).ToString());
            Assert.Equal(long.MinValue, BigInt.FromLong(long.MinValue).TruncatedLong());
        }

        [Theory]
        // MicroPython v1.27.0: hash(v) for ints that MicroPython keeps as small ints or in an mpz
        [InlineData(4611686018427387904L, -4611686018427387904L)]
        [InlineData(4611686018427387903L, 4611686018427387903L)]
        [InlineData(-4611686018427387904L, -4611686018427387904L)]
        [InlineData(-4611686018427387905L, 4611686018427387903L)]
        [InlineData(9223372036854775807L, -1L)]
        [InlineData(-9223372036854775808L, 0L)]
        public void HashOfLongMatchesMicroPython(long v, long h)
        {
            Assert.Equal(h, BigInt.HashLong(v));
            Assert.Equal(h, BigInt.FromLong(v).Hash());
        }

        [Fact]
        public void OtherRadixesRoundTrip()
        {
            BigInt v = BigInt.FromLong(-3).Pow(201);
            for (int r = 2; r <= 36; r++)
            {
                string s = v.ToString(r);
                Assert.Equal(v.ToString(), BigInt.Parse(s, r).ToString());
            }
            Assert.Equal("-zz", BigInt.FromLong(-1295).ToString(36));
            Assert.Equal("0", BigInt.Zero.ToString(7));
        }
    }
}
