#if MP_EXTRA_MODULES
// (only in builds with MP_EXTRA_MODULES: build/FeatureLevel.props)
namespace NanoMpy
{
    // IEEE 754 binary16 ('e' in struct): conversion from and to float, rounding to nearest even as a C
    // _Float16 cast does.
    public static class HalfFloat
    {
        public static double Decode(int h)
        {
            int sign = (h >> 15) & 1;
            int exp = (h >> 10) & 0x1f;
            int frac = h & 0x3ff;
            double v;
            if (exp == 0) v = frac * (1.0 / (1 << 24));             // subnormal: frac * 2**-24
            else if (exp == 31) v = frac == 0 ? double.PositiveInfinity : double.NaN;
            else v = (1024 + frac) * Pow2(exp - 25);               // (1 + frac/1024) * 2**(exp-15)
            return sign != 0 ? -v : v;
        }

        private static double Pow2(int e)
        {
            return System.BitConverter.Int64BitsToDouble((long)(e + 1023) << 52);
        }

        public static int Encode(float f)
        {
            double x = f;
            int sign = 0;
            if (x < 0 || (x == 0 && LibmExtras.SignBit(x)))
            {
                sign = 0x8000;
                x = -x;
            }
            if (double.IsNaN(x)) return sign | 0x7e00;
            if (double.IsInfinity(x)) return sign | 0x7c00;
            if (x == 0) return sign;
            // scale to an integer count of the result's unit in the last place, then round half to even
            int e;
            LibmExtras.Frexp(x, out e); // x = m * 2**e, 0.5 <= m < 1
            int exp = e - 1 + 15;       // biased exponent if normal
            double units;
            if (exp <= 0)
            {
                units = x * (1 << 24); // subnormal: units of 2**-24
                long r = RoundEven(units);
                return sign | (int)r;  // r == 1024 becomes the smallest normal, which is the same bits
            }
            units = x * Pow2(10 - (e - 1)); // 1024 .. 2048 for the significand
            long s = RoundEven(units);
            if (s == 2048)
            {
                s = 1024;
                exp++;
            }
            if (exp >= 31) return sign | 0x7c00;
            return sign | (exp << 10) | (int)(s - 1024);
        }

        private static long RoundEven(double v)
        {
            double fl = System.Math.Floor(v);
            double diff = v - fl;
            long r = (long)fl;
            if (diff > 0.5 || (diff == 0.5 && (r & 1) != 0)) r++;
            return r;
        }
    }
}
#endif
