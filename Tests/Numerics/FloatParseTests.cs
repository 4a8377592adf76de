using System.Collections.Generic;
using Xunit;

namespace NanoMpy.Tests.Numerics
{
    public class FloatParseTests
    {
        [Fact]
        public void FloatOfTextMatchesMicroPythonBitForBit()
        {
            var failures = new List<string>();
            int n = 0;
            foreach (string[] row in TestData.Lines("float_parse.txt"))
            {
                n++;
                double v;
                bool ok = FloatParse.TryParse(row[0], out v);
                string got = ok ? TestData.Hex(v) : "ERR";
                if (got != row[1]) failures.Add("[" + row[0] + "]: expected " + row[1] + " got " + got);
            }
            Assert.True(n > 2000);
            Assert.True(failures.Count == 0, failures.Count + " failures:\n" + string.Join("\n", failures.GetRange(0, System.Math.Min(40, failures.Count))));
        }

        [Theory]
        // Expected values from MicroPython v1.27.0: complex('...') and literal-style parsing.
        [InlineData("1+2j", true, 1.0, 2.0)]
        [InlineData("  -1.5-2.5j  ", true, -1.5, -2.5)]
        [InlineData("3j", true, 0.0, 3.0)]
        [InlineData("j", true, 0.0, 1.0)]
        [InlineData("-j", true, 0.0, -1.0)]
        [InlineData("2", true, 2.0, 0.0)]
        [InlineData("1e3+1e-3j", true, 1000.0, 0.001)]
        [InlineData("inf+nanj", true, double.PositiveInfinity, double.NaN)]
        public void ComplexTextParses(string text, bool valid, double re, double im)
        {
            byte[] b = System.Text.Encoding.ASCII.GetBytes(text);
            double r, i;
            int kind = FloatParse.ParseDecimal(b, 0, b.Length, true, true, out r, out i);
            Assert.Equal(valid, kind == FloatParse.Complex);
            Assert.Equal(re, r);
            Assert.Equal(im, i);
        }

        [Theory]
        [InlineData("1+2")]
        [InlineData("1j+2")]
        [InlineData("1+2j+3j")]
        [InlineData("")]
        [InlineData("+j+j")]
        public void InvalidComplexTextIsRejected(string text)
        {
            byte[] b = System.Text.Encoding.ASCII.GetBytes(text);
            double r, i;
            Assert.Equal(FloatParse.Invalid, FloatParse.ParseDecimal(b, 0, b.Length, true, true, out r, out i));
        }

        [Fact]
        public void WhitespaceAroundFloatsIsAccepted()
        {
            // MicroPython: float('\t\n 2.5 \r\x0b\x0c') == 2.5
            double v;
            Assert.True(FloatParse.TryParse("\t\n 2.5 \r\x0b\x0c", out v));
            Assert.Equal(2.5, v);
        }
    }
}
