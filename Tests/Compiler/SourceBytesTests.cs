using System;
using Xunit;

namespace NanoMpy.Tests
{
    // Source text keeps its bytes (Utf8.DecodeSource/EncodeSource): mpy-cross's lexer reads bytes, so a
    // string literal or name with bytes that are not UTF-8 reaches the .mpy unchanged
    // (Tests/Compiler/cases/invalid_utf8.py checks that against mpy-cross's output).
    public class SourceBytesTests
    {
        [Fact]
        public void AnyBytesRoundTrip()
        {
            var rng = new Random(20261202);
            for (int n = 0; n < 20000; n++)
            {
                byte[] b = new byte[rng.Next(12)];
                // bias towards the bytes that make or break UTF-8 sequences
                for (int i = 0; i < b.Length; i++) b[i] = rng.Next(3) == 0 ? (byte)rng.Next(256) : (byte)(0x80 + rng.Next(0x78));
                string s = Utf8.DecodeSource(b, 0, b.Length);
                Assert.Equal(Convert.ToHexString(b), Convert.ToHexString(Utf8.EncodeSource(s)));
            }
        }

        // expected: the chars as hex (attribute strings cannot hold lone surrogates)
        [Theory]
        [InlineData("C3A9", "E9")]                    // well-formed: decoded
        [InlineData("F09F9880", "D83D DE00")]         // four bytes: a surrogate pair
        [InlineData("FF", "DCFF")]                    // never valid
        [InlineData("C080", "DCC0 DC80")]             // overlong
        [InlineData("EDA080", "DCED DCA0 DC80")]      // an encoded surrogate
        [InlineData("F4908080", "DCF4 DC90 DC80 DC80")] // past U+10FFFF
        [InlineData("E282", "DCE2 DC82")]             // truncated
        public void MalformedBytesBecomeEscapes(string hex, string expected)
        {
            byte[] b = Convert.FromHexString(hex);
            string s = Utf8.DecodeSource(b, 0, b.Length);
            string[] codes = new string[s.Length];
            for (int i = 0; i < s.Length; i++) codes[i] = ((int)s[i]).ToString("X2");
            Assert.Equal(expected, string.Join(" ", codes));
        }
    }
}
