#if MP_COMPLEX
// (only in builds with MP_COMPLEX: build/FeatureLevel.props)
namespace NanoMpy
{
    // cmath (py/modcmath.c): e, pi, phase, polar, rect, exp, log, log10, sqrt, cos, sin, computed with
    // MicroPython's own formulas so the last digits agree.
    public static class CmathModule
    {
        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("cmath");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(Qstr.Intern("e"), Value.FromFloat(System.Math.E));
            g.SetQ(Qstr.Intern("pi"), Value.FromFloat(System.Math.PI));
            g.SetQ(Qstr.Intern("phase"), new PyBuiltin("phase", Phase));
            g.SetQ(Qstr.Intern("polar"), new PyBuiltin("polar", Polar));
            g.SetQ(Qstr.Intern("rect"), new PyBuiltin("rect", Rect));
            g.SetQ(Qstr.Intern("exp"), new PyBuiltin("exp", Exp));
            g.SetQ(Qstr.Intern("log"), new PyBuiltin("log", Log));
            g.SetQ(Qstr.Intern("log10"), new PyBuiltin("log10", Log10));
            g.SetQ(Qstr.Intern("sqrt"), new PyBuiltin("sqrt", Sqrt));
            g.SetQ(Qstr.Intern("cos"), new PyBuiltin("cos", Cos));
            g.SetQ(Qstr.Intern("sin"), new PyBuiltin("sin", Sin));
            return new PyModule(name, g);
        }

        private static Value Phase(Value z)
        {
            double re, im;
            NumberOps.GetComplex(z, out re, out im);
            return Value.FromFloat(System.Math.Atan2(im, re));
        }

        private static Value Polar(Value z)
        {
            double re, im;
            NumberOps.GetComplex(z, out re, out im);
            return new PyTuple(new Value[]
            {
                Value.FromFloat(System.Math.Sqrt(Sq(re, im))),
                Value.FromFloat(System.Math.Atan2(im, re)),
            });
        }

        private static Value Rect(Value rIn, Value phiIn)
        {
            double r = NumberOps.GetFloat(rIn);
            double phi = NumberOps.GetFloat(phiIn);
            return new PyComplex(r * R(System.Math.Cos(phi)), r * R(System.Math.Sin(phi)));
        }

        private static Value Exp(Value z)
        {
            double re, im;
            NumberOps.GetComplex(z, out re, out im);
            double e = R(System.Math.Exp(re));
            return new PyComplex(e * R(System.Math.Cos(im)), e * R(System.Math.Sin(im)));
        }

        private static Value Log(Value z)
        {
            double re, im;
            NumberOps.GetComplex(z, out re, out im);
            return new PyComplex(0.5 * R(System.Math.Log(Sq(re, im))), System.Math.Atan2(im, re));
        }

        private static Value Log10(Value z)
        {
            double re, im;
            NumberOps.GetComplex(z, out re, out im);
            return new PyComplex(0.5 * R(System.Math.Log10(Sq(re, im))), R(0.4342944819032518) * R(System.Math.Atan2(im, re)));
        }

        private static Value Sqrt(Value z)
        {
            double re, im;
            NumberOps.GetComplex(z, out re, out im);
            double sqrtAbs = R(System.Math.Pow(Sq(re, im), 0.25));
            double theta = 0.5 * R(System.Math.Atan2(im, re));
            return new PyComplex(sqrtAbs * R(System.Math.Cos(theta)), sqrtAbs * R(System.Math.Sin(theta)));
        }

        private static Value Cos(Value z)
        {
            double re, im;
            NumberOps.GetComplex(z, out re, out im);
            return new PyComplex(R(System.Math.Cos(re)) * R(System.Math.Cosh(im)), -R(System.Math.Sin(re)) * R(System.Math.Sinh(im)));
        }

        private static Value Sin(Value z)
        {
            double re, im;
            NumberOps.GetComplex(z, out re, out im);
            return new PyComplex(R(System.Math.Sin(re)) * R(System.Math.Cosh(im)), R(System.Math.Cos(re)) * R(System.Math.Sinh(im)));
        }

        // Single precision: each C library call and operation of modcmath.c rounds to float.
        private static double R(double d)
        {
            return Float32.Round(d);
        }

        private static double Sq(double re, double im)
        {
            return R(R(re * re) + R(im * im));
        }
    }
}
#endif
