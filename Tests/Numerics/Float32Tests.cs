using System;
using System.Collections.Generic;
using Xunit;

namespace NanoMpy.Tests.Numerics
{
    // Single-precision floats (Float32, FloatFormat32) against MicroPython's unix port built with
    // MICROPY_FLOAT_IMPL_FLOAT (data/float32.txt, from data/gen_float32.py): repr, '%' conversions and float().
    public class Float32Tests
    {
        private static double F32(string hex)
        {
            return BitConverter.Int32BitsToSingle(unchecked((int)uint.Parse(hex, System.Globalization.NumberStyles.HexNumber)));
        }

        // Runs body in single-precision mode (the interpreter's static setting), restoring double after.
        private static void InSingle(Action body)
        {
            bool was = Float32.Single;
            Float32.Single = true;
            try
            {
                body();
            }
            finally
            {
                Float32.Single = was;
            }
        }

        private static void Check(List<string> failures, int n)
        {
            Assert.True(n > 1000, "expected many cases, got " + n);
            Assert.True(failures.Count == 0, failures.Count + " failures:\n" + string.Join("\n", failures.GetRange(0, Math.Min(40, failures.Count))));
        }

        [Fact]
        public void ReprMatchesSinglePrecisionMicroPython()
        {
            var failures = new List<string>();
            int n = 0;
            InSingle(() =>
            {
                foreach (string[] row in TestData.Lines("float32.txt"))
                {
                    if (row[0] != "repr") continue;
                    n++;
                    double x = F32(row[1]);
                    string got = FloatFormat.Repr(x);
                    if (got != row[2]) failures.Add(row[1] + ": expected " + row[2] + " got " + got);
                    got = FloatFormat.Repr(-x);
                    if (got != row[3]) failures.Add("-" + row[1] + ": expected " + row[3] + " got " + got);
                }
            });
            Check(failures, n);
        }

        [Fact]
        public void PercentFormatsMatchSinglePrecisionMicroPython()
        {
            var failures = new List<string>();
            int n = 0;
            InSingle(() =>
            {
                foreach (string[] row in TestData.Lines("float32.txt"))
                {
                    if (row[0] != "fmt") continue;
                    n++;
                    string spec = row[2]; // %[.P]C
                    char conv = spec[spec.Length - 1];
                    int prec = spec.Length > 2 ? int.Parse(spec.Substring(2, spec.Length - 3)) : -1;
                    string got = FloatFormat.Format(F32(row[1]), conv, prec, 0, ' ', 0);
                    if (got != row[3]) failures.Add(row[1] + " " + spec + ": expected [" + row[3] + "] got [" + got + "]");
                }
            });
            Check(failures, n);
        }

        [Fact]
        public void ParseMatchesSinglePrecisionMicroPython()
        {
            var failures = new List<string>();
            int n = 0;
            InSingle(() =>
            {
                foreach (string[] row in TestData.Lines("float32.txt"))
                {
                    if (row[0] != "parse") continue;
                    n++;
                    double d;
                    string got = FloatParse.TryParse(row[1], out d) ? BitConverter.SingleToInt32Bits((float)d).ToString("x8") : "ERR";
                    if (got != row[2]) failures.Add(row[1] + ": expected " + row[2] + " got " + got);
                }
            });
            Check(failures, n);
        }

        // Literals compiled in single precision (the compiler passes constants to the loader as text, which
        // must read back as the parsed value even where repr does not).
        [Fact]
        public void LiteralsCompiledInSourceKeepTheirSinglePrecisionValue()
        {
            List<string[]> rows = TestData.Lines("float32_literals.txt");
            var src = new System.Text.StringBuilder("import struct\nfor x in [\n");
            foreach (string[] row in rows) src.Append(row[0]).Append(",\n");
            src.Append("]:\n print('%08x' % struct.unpack('<I', struct.pack('<f', x))[0])\n");
            var output = new System.IO.MemoryStream();
            int code = NanoMpy.Host.Cli.Run(new[] { "-X", "float=single", "-c", src.ToString() }, output, output);
            string[] got = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n');
            Assert.Equal(0, code);
            var failures = new List<string>();
            for (int i = 0; i < rows.Count; i++)
            {
                string g = i < got.Length ? got[i] : "<none>";
                if (g != rows[i][1]) failures.Add(rows[i][0] + ": expected " + rows[i][1] + " got " + g);
            }
            Check(failures, rows.Count);
        }

        [Fact]
        public void BitsRoundTripEveryKindOfFloat32()
        {
            var rng = new Random(5);
            for (int i = 0; i < 100000; i++)
            {
                int bits = i < 600 ? (i < 300 ? i : unchecked(i - 300 + (int)0x807FFF00)) : rng.Next() ^ (rng.Next() << 1);
                float f = BitConverter.Int32BitsToSingle(bits);
                if (float.IsNaN(f)) continue;
                Assert.Equal(bits, Float32.Bits(f));
                Assert.Equal(BitConverter.DoubleToInt64Bits(f), BitConverter.DoubleToInt64Bits(Float32.FromBits(bits)));
            }
        }

        [Fact]
        public void DoubleModeIsUntouched()
        {
            Assert.False(Float32.Single);
            Assert.Equal(0.1, Float32.Round(0.1));
            Assert.Equal("0.1", FloatFormat.Repr(0.1));
        }
    }
}
