namespace NanoMpy
{
    // Single-precision floats (MICROPY_FLOAT_IMPL_FLOAT, as MicroPython's ESP32 and STM32 ports use). Floats
    // stay doubles in Value and PyComplex, but in single mode every result is rounded to the nearest float32,
    // so each value is exactly a float32 value. This file has the float32 helpers and the parser the C code
    // uses for single precision (py/parsenum.c with MICROPY_FLOAT_FORMAT_IMPL_APPROX: a 32-bit mantissa,
    // scaling through the exponent bits and powf(5, n)).
    public static class Float32
    {
        // The interpreter's float precision, set by MpState.Init from MpConfig.SingleFloat; one static
        // read on the hot path.
        public static bool Single;

        // d rounded to float32 in single mode.
        public static double Round(double d)
        {
            return Single ? (double)(float)d : d;
        }

        // A small int converted to float: C converts it straight to float (one rounding, not via double).
        public static double FromLong(long v)
        {
            return Single ? (double)(float)v : (double)v;
        }

        // The IEEE bits of a float32 value held as a double (without BitConverter.GetBytes's allocation).
        public static int Bits(double d)
        {
            long b = System.BitConverter.DoubleToInt64Bits(d);
            int sign = (int)((b >> 32) & unchecked((int)0x80000000));
            int exp = (int)((b >> 52) & 0x7FF);
            long frac = b & 0xFFFFFFFFFFFFFL;
            if (exp == 0x7FF)
            {
                int f = (int)(frac >> 29);
                if (frac != 0 && f == 0) f = 1;
                return sign | 0x7F800000 | f;
            }
            if (exp == 0)
            {
                return sign; // zero (a double subnormal is below every float32)
            }
            int e = exp - 1023;
            if (e >= -126)
            {
                return sign | ((e + 127) << 23) | (int)(frac >> 29);
            }
            int shift = -97 - e; // float32 subnormal: units of 2**-149
            if (shift > 52) return sign;
            return sign | (int)((frac | 0x10000000000000L) >> shift);
        }

        public static double FromBits(int bits)
        {
            long sign = bits < 0 ? unchecked((long)0x8000000000000000UL) : 0;
            int exp = (bits >> 23) & 0xFF;
            long frac = bits & 0x7FFFFF;
            if (exp == 0xFF)
            {
                return System.BitConverter.Int64BitsToDouble(sign | 0x7FF0000000000000L | (frac << 29));
            }
            if (exp == 0)
            {
                double v = frac * 1.4012984643248171e-45; // 2**-149
                return sign != 0 ? -v : v;
            }
            return System.BitConverter.Int64BitsToDouble(sign | ((long)(exp - 127 + 1023) << 52) | (frac << 29));
        }

        // powf(5, n) (glibc's powf gives the correctly rounded value, which is the double pow rounded).
        private static float Pow5(int n)
        {
            return (float)System.Math.Pow(5, n);
        }

        // mp_decimal_exp for float: num * 10^decExp as 2^decExp added to the exponent bits (wrapping within
        // the 8-bit field, as the C bitfield does) then times or divided by 5^|decExp|.
        public static float DecimalExp(float num, int decExp)
        {
            if (decExp == 0 || num == 0)
            {
                return num;
            }
            int bits = Bits(num);
            int exp = (((bits >> 23) & 0xFF) + decExp) & 0xFF;
            float res = (float)FromBits((bits & unchecked((int)0x807FFFFF)) | (exp << 23));
            if (decExp < 0 && decExp >= -10)
            {
                res = (float)(res / Pow5(-decExp));
            }
            else
            {
                res = (float)(res * Pow5(decExp));
            }
            return res;
        }

#if MP_COMPILER
        // Text for a float constant that the compiler hands to the loader (the .mpy form of a constant is its
        // decimal text): in single mode repr may not read back exactly (subnormals: repr(2.0**-149) is
        // '2.44318106e-44'), while MicroPython's compiler keeps the parsed value itself; so the shortest of repr
        // and the exact 6..17-digit forms that this parser reads back as v.
        // imag: the imaginary part of a complex constant, which complex_print writes without the ".0".
        public static string ConstText(double v, bool imag)
        {
            string r = imag ? FloatFormat.Format(v, 'g', FloatFormat.ReprPrecision, 0, ' ', -1) : FloatFormat.Repr(v);
            if (!Single || ReadsBack(r, v)) return r;
            for (int digits = 6; digits <= 17; digits++)
            {
                string t = FloatFormat.DoubleDigits(v, digits);
                if (ReadsBack(t, v)) return t;
            }
            // The parser's scaling can be an ulp off for every nearby short text: search the 9- and 10-digit
            // mantissas around v's for one it reads as v. Odd ones only: the parser drops trailing zeros, which
            // changes its scaling, and over mantissas without them it is monotonic.
            string sign = v < 0 ? "-" : "";
            double a = v < 0 ? -v : v;
            for (int digits = 9; digits <= 10; digits++)
            {
                string dd = FloatFormat.DoubleDigits(a, digits); // d.ddd...de[+-]XX
                int ePos = dd.IndexOf('e');
                if (ePos != digits + 1) continue;
                long m = dd[0] - '0';
                for (int i = 2; i < ePos; i++) m = m * 10 + (dd[i] - '0');
                int exp = 0;
                for (int i = ePos + 2; i < dd.Length; i++) exp = exp * 10 + (dd[i] - '0');
                if (dd[ePos + 1] == '-') exp = -exp;
                exp -= digits - 1;
                long lo = (m - 20000) / 2; // candidates 2i + 1
                long hi = (m + 20000) / 2;
                if (lo < 0) lo = 0;
                while (lo < hi)
                {
                    long mid = lo + (hi - lo) / 2;
                    if (ParseAbs(2 * mid + 1, exp) < a) lo = mid + 1;
                    else hi = mid;
                }
                if (ParseAbs(2 * lo + 1, exp) == a) return sign + (2 * lo + 1) + "e" + exp;
            }
            return r;
        }

        private static double ParseAbs(long m, int exp)
        {
            double d;
            FloatParse.TryParse(m + "e" + exp, out d);
            return d;
        }

        private static bool ReadsBack(string text, double v)
        {
            double back;
            if (!FloatParse.TryParse(text, out back)) return false;
            back = (double)(float)back;
            return System.BitConverter.DoubleToInt64Bits(back) == System.BitConverter.DoubleToInt64Bits(v)
                || (double.IsNaN(back) && double.IsNaN(v));
        }
#endif

        // Past it a decimal digit only counts as a zero: 10 * MantissaMax + 9 still fits 32 bits (parsenum.c).
        public const uint MantissaMax = 0x19999998U;
    }
}
