#if MP_MATH || MP_EXTRA_MODULES
// (only in builds with MP_MATH or MP_EXTRA_MODULES, which use it: build/FeatureLevel.props)
namespace NanoMpy
{
    // The C99 <math.h> functions MicroPython's math module calls that nanoFramework's System.Math lacks
    // (expm1, log2, acosh, asinh, atanh, erf, erfc, tgamma, lgamma, copysign, fmod, ldexp, frexp, modf).
    // They follow C's special-value rules (NaN/inf in, NaN/inf out) because modmath.c turns a NaN or inf
    // result from a finite argument into "math domain error". Accuracy is within a few units in the last
    // place, far inside what programs print.
    public static class LibmExtras
    {
        private const double Ln2 = 0.69314718055994530942;
        private const double SqrtPi = 1.77245385090551602730;

        public static bool IsFinite(double x)
        {
            return !double.IsNaN(x) && !double.IsInfinity(x);
        }

        public static bool SignBit(double x)
        {
            return System.BitConverter.DoubleToInt64Bits(x) < 0;
        }

        public static double CopySign(double x, double y)
        {
            long bx = System.BitConverter.DoubleToInt64Bits(x) & long.MaxValue;
            long sy = System.BitConverter.DoubleToInt64Bits(y) & long.MinValue;
            return System.BitConverter.Int64BitsToDouble(bx | sy);
        }

        // x * 2**e without intermediate overflow.
        public static double Ldexp(double x, long e)
        {
            if (x == 0 || !IsFinite(x)) return x;
            if (e > 5000) e = 5000;
            if (e < -5000) e = -5000;
            while (e > 1000)
            {
                x *= Pow2(1000);
                e -= 1000;
            }
            while (e < -1000)
            {
                x *= Pow2(-1000);
                e += 1000;
            }
            if (e < -1022)
            {
                // two steps so a subnormal result is rounded once
                x *= Pow2(-1022);
                e += 1022;
            }
            return x * Pow2((int)e);
        }

        private static double Pow2(int e)
        {
            return System.BitConverter.Int64BitsToDouble((long)(e + 1023) << 52);
        }

        // x = m * 2**e with 0.5 <= |m| < 1 (m = x and e = 0 for 0, inf and nan).
        public static double Frexp(double x, out int e)
        {
            e = 0;
            if (x == 0 || !IsFinite(x)) return x;
            long bits = System.BitConverter.DoubleToInt64Bits(x);
            int exp = (int)((bits >> 52) & 0x7ff);
            if (exp == 0)
            {
                // subnormal: scale into the normal range first
                x *= Pow2(54);
                bits = System.BitConverter.DoubleToInt64Bits(x);
                exp = (int)((bits >> 52) & 0x7ff);
                e = -54;
            }
            e += exp - 1022;
            bits = (bits & unchecked((long)0x800fffffffffffffUL)) | (1022L << 52);
            return System.BitConverter.Int64BitsToDouble(bits);
        }

        // Fractional part (sign of x) and integral part.
        public static double Modf(double x, out double intPart)
        {
            if (double.IsNaN(x))
            {
                intPart = x;
                return x;
            }
            if (double.IsInfinity(x))
            {
                intPart = x;
                return CopySign(0.0, x);
            }
            intPart = System.Math.Truncate(x);
            return CopySign(x - intPart, x);
        }

        // C fmod: x - n*y with n = trunc(x/y), exactly; the result has the sign of x.
        public static double Fmod(double x, double y)
        {
            if (double.IsNaN(x) || double.IsNaN(y) || double.IsInfinity(x) || y == 0) return double.NaN;
            if (double.IsInfinity(y)) return x;
            double r = System.Math.IEEERemainder(x, y);
            if (r != 0 && SignBit(r) != SignBit(x))
            {
                r += SignBit(x) ? -System.Math.Abs(y) : System.Math.Abs(y);
            }
            if (r == 0) return CopySign(0.0, x);
            return r;
        }
#if MP_MATH_EXTRAS

        public static double Log2(double x)
        {
            if (x > 0 && IsFinite(x))
            {
                int e;
                double m = Frexp(x, out e);
                if (m == 0.5) return e - 1;  // exact for powers of two
            }
            return System.Math.Log(x) / Ln2;
        }

        public static double Expm1(double x)
        {
            if (double.IsNaN(x)) return x;
            if (double.IsPositiveInfinity(x)) return x;
            if (double.IsNegativeInfinity(x)) return -1;
            if (System.Math.Abs(x) < 1e-5) return x + x * x / 2 + x * x * x / 6;
            double u = System.Math.Exp(x);
            if (double.IsInfinity(u)) return u;
            if (u == 1.0) return x;
            double um1 = u - 1.0;
            if (um1 == -1.0) return -1;
            // Kahan: the rounding error of u cancels against that of log(u)
            return um1 * x / System.Math.Log(u);
        }

        private static double Log1p(double x)
        {
            double u = 1.0 + x;
            if (u == 1.0) return x;
            return System.Math.Log(u) * x / (u - 1.0);
        }

        public static double Acosh(double x)
        {
            if (double.IsNaN(x) || x < 1) return double.NaN;
            if (double.IsInfinity(x)) return x;
            if (x > 1e8) return System.Math.Log(x) + Ln2;
            double t = x - 1;
            return Log1p(t + System.Math.Sqrt(2 * t + t * t));
        }

        public static double Asinh(double x)
        {
            if (double.IsNaN(x) || double.IsInfinity(x) || x == 0) return x;
            double a = System.Math.Abs(x);
            double r;
            if (a > 1e8) r = System.Math.Log(a) + Ln2;
            else r = Log1p(a + a * a / (1 + System.Math.Sqrt(1 + a * a)));
            return x < 0 ? -r : r;
        }

        public static double Atanh(double x)
        {
            if (double.IsNaN(x)) return x;
            double a = System.Math.Abs(x);
            if (a > 1) return double.NaN;
            if (a == 1) return x > 0 ? double.PositiveInfinity : double.NegativeInfinity;
            if (x == 0) return x;
            double r = 0.5 * Log1p(2 * a / (1 - a));
            return x < 0 ? -r : r;
        }

        public static double Erf(double x)
        {
            if (double.IsNaN(x)) return x;
            if (double.IsInfinity(x)) return x > 0 ? 1 : -1;
            double a = System.Math.Abs(x);
            double r;
            if (a < 2.0) r = ErfSeries(a);
            else if (a > 6.0) r = 1.0;
            else r = 1.0 - ErfcFraction(a);
            return x < 0 ? -r : r;
        }

        public static double Erfc(double x)
        {
            if (double.IsNaN(x)) return x;
            if (double.IsPositiveInfinity(x)) return 0;
            if (double.IsNegativeInfinity(x)) return 2;
            if (x < 0.5) return 1.0 - Erf(x);
            if (x < 2.0) return 1.0 - ErfSeries(x);
            if (x > 27.3) return 0;
            return ErfcFraction(x);
        }

        // erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1)), for 0 <= x < 2.
        private static double ErfSeries(double x)
        {
            double x2 = x * x;
            double term = x;
            double sum = x;
            for (int n = 1; n < 200; n++)
            {
                term *= -x2 / n;
                double add = term / (2 * n + 1);
                sum += add;
                if (System.Math.Abs(add) < 1e-17 * System.Math.Abs(sum)) break;
            }
            return 2.0 / SqrtPi * sum;
        }

        // erfc(x) for x >= 2 by its continued fraction (modified Lentz).
        private static double ErfcFraction(double x)
        {
            // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
            const double tiny = 1e-300;
            double f = x;
            double c = x;
            double d = 0;
            for (int n = 1; n < 500; n++)
            {
                double an = n * 0.5;
                d = x + an * d;
                if (d == 0) d = tiny;
                c = x + an / c;
                if (c == 0) c = tiny;
                d = 1 / d;
                double delta = c * d;
                f *= delta;
                if (System.Math.Abs(delta - 1) < 1e-16) break;
            }
            return System.Math.Exp(-x * x) / SqrtPi / f;
        }

        private static readonly double[] Lanczos =
        {
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7,
        };

        public static double Gamma(double x)
        {
            if (double.IsNaN(x)) return x;
            if (double.IsPositiveInfinity(x)) return x;
            if (double.IsNegativeInfinity(x)) return double.NaN;
            if (x == 0) return CopySign(double.PositiveInfinity, x);
            if (x < 0 && x == System.Math.Floor(x)) return double.NaN;
            if (x > 171.7) return double.PositiveInfinity;
            if (x == System.Math.Floor(x) && x <= 23)
            {
                double fact = 1;
                for (int i = 2; i < (int)x; i++) fact *= i;
                return fact;
            }
            if (x < 0.5)
            {
                // reflection: gamma(x) gamma(1-x) = pi / sin(pi x)
                return System.Math.PI / (SinPi(x) * Gamma(1 - x));
            }
            if (x > 140)
            {
                // avoid overflow of the intermediate power
                double h = System.Math.Exp(LogGammaPositive(x) / 2);
                return h * h;
            }
            x -= 1;
            double a = Lanczos[0];
            double t = x + 7.5;
            for (int i = 1; i < 9; i++) a += Lanczos[i] / (x + i);
            return System.Math.Sqrt(2 * System.Math.PI) * System.Math.Pow(t, x + 0.5) * System.Math.Exp(-t) * a;
        }

        public static double LGamma(double x)
        {
            if (double.IsNaN(x)) return x;
            if (double.IsInfinity(x)) return double.PositiveInfinity;
            if (x <= 0 && x == System.Math.Floor(x)) return double.PositiveInfinity;
            if (x == 1 || x == 2) return 0;
            if (x < 0.5)
            {
                return System.Math.Log(System.Math.PI / System.Math.Abs(SinPi(x))) - LGamma(1 - x);
            }
            if (x < 15)
            {
                return System.Math.Log(System.Math.Abs(Gamma(x)));
            }
            return LogGammaPositive(x);
        }

        // log(gamma(x)) for x >= 0.5 from the Lanczos sum.
        private static double LogGammaPositive(double x)
        {
            x -= 1;
            double a = Lanczos[0];
            double t = x + 7.5;
            for (int i = 1; i < 9; i++) a += Lanczos[i] / (x + i);
            return 0.91893853320467274178 + (x + 0.5) * System.Math.Log(t) - t + System.Math.Log(a);
        }

        // sin(pi x) with the argument reduced first, so integers give exact zeros.
        private static double SinPi(double x)
        {
            double r = Fmod(x, 2.0);
            if (r < 0) r += 2.0;
            return System.Math.Sin(System.Math.PI * r);
        }
#endif
    }
}
#endif
