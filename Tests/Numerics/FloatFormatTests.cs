using System.Collections.Generic;
using Xunit;

namespace NanoMpy.Tests.Numerics
{
    public class FloatFormatTests
    {
        [Fact]
        public void ReprMatchesMicroPythonOverWideSample()
        {
            var failures = new List<string>();
            int n = 0;
            foreach (string[] row in TestData.Lines("float_repr.txt"))
            {
                double x = TestData.Bits(row[0]);
                n++;
                string got = FloatFormat.Repr(x);
                if (got != row[1]) failures.Add(row[0] + ": expected " + row[1] + " got " + got);
                string gotNeg = FloatFormat.Repr(-x);
                if (gotNeg != row[2]) failures.Add("-" + row[0] + ": expected " + row[2] + " got " + gotNeg);
            }
            Assert.True(n > 4000);
            Assert.True(failures.Count == 0, failures.Count + " failures:\n" + string.Join("\n", failures.GetRange(0, System.Math.Min(40, failures.Count))));
        }

        [Fact]
        public void PercentFormatsMatchMicroPython()
        {
            var failures = new List<string>();
            foreach (string[] row in TestData.Lines("float_format.txt"))
            {
                double x = TestData.Bits(row[0]);
                string got = FormatLikePython(row[1], x);
                if (got != row[2]) failures.Add(row[0] + " " + row[1] + ": expected [" + row[2] + "] got [" + got + "]");
            }
            Assert.True(failures.Count == 0, failures.Count + " failures:\n" + string.Join("\n", failures.GetRange(0, System.Math.Min(40, failures.Count))));
        }

        // Interprets the few '%' / '{}' specs the generator uses.
        private static string FormatLikePython(string spec, double x)
        {
            if (spec.StartsWith("{"))
            {
                // {:.4%} or {:%}
                int prec = spec == "{:.4%}" ? 4 : -1;
                return FloatFormat.Format(x, '%', prec, 0, ' ', -1);
            }
            int i = 1;
            int flags = 0;
            char fill = ' ';
            for (; ; i++)
            {
                char c = spec[i];
                if (c == '+') flags |= FloatFormat.FlagShowSign;
                else if (c == ' ') flags |= FloatFormat.FlagSpaceSign;
                else if (c == '-') flags |= FloatFormat.FlagLeftAdjust;
                else if (c == '#') flags |= FloatFormat.FlagShowPrefix;
                else if (c == '0') { fill = '0'; flags |= FloatFormat.FlagPadAfterSign; }
                else break;
            }
            int width = -1;
            while (char.IsDigit(spec[i]))
            {
                width = (width < 0 ? 0 : width * 10) + (spec[i] - '0');
                i++;
            }
            int precision = -1;
            if (spec[i] == '.')
            {
                i++;
                precision = 0;
                while (char.IsDigit(spec[i])) { precision = precision * 10 + (spec[i] - '0'); i++; }
            }
            char fmt = spec[i];
            string rest = spec.Substring(i + 1);
            return FloatFormat.Format(x, fmt, precision, flags, fill, width) + rest;
        }
    }
}
