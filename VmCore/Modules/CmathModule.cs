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
                Value.FromFloat(System.Math.Sqrt(re * re + im * im)),
                Value.FromFloat(System.Math.Atan2(im, re)),
            });
        }

        private static Value Rect(Value rIn, Value phiIn)
        {
            double r = NumberOps.GetFloat(rIn);
            double phi = NumberOps.GetFloat(phiIn);
            return new PyComplex(r * System.Math.Cos(phi), r * System.Math.Sin(phi));
        }

        private static Value Exp(Value z)
        {
            double re, im;
            NumberOps.GetComplex(z, out re, out im);
            double e = System.Math.Exp(re);
            return new PyComplex(e * System.Math.Cos(im), e * System.Math.Sin(im));
        }

        private static Value Log(Value z)
        {
            double re, im;
            NumberOps.GetComplex(z, out re, out im);
            return new PyComplex(0.5 * System.Math.Log(re * re + im * im), System.Math.Atan2(im, re));
        }

        private static Value Log10(Value z)
        {
            double re, im;
            NumberOps.GetComplex(z, out re, out im);
            return new PyComplex(0.5 * System.Math.Log10(re * re + im * im), 0.4342944819032518 * System.Math.Atan2(im, re));
        }

        private static Value Sqrt(Value z)
        {
            double re, im;
            NumberOps.GetComplex(z, out re, out im);
            double sqrtAbs = System.Math.Pow(re * re + im * im, 0.25);
            double theta = 0.5 * System.Math.Atan2(im, re);
            return new PyComplex(sqrtAbs * System.Math.Cos(theta), sqrtAbs * System.Math.Sin(theta));
        }

        private static Value Cos(Value z)
        {
            double re, im;
            NumberOps.GetComplex(z, out re, out im);
            return new PyComplex(System.Math.Cos(re) * System.Math.Cosh(im), -System.Math.Sin(re) * System.Math.Sinh(im));
        }

        private static Value Sin(Value z)
        {
            double re, im;
            NumberOps.GetComplex(z, out re, out im);
            return new PyComplex(System.Math.Sin(re) * System.Math.Cosh(im), System.Math.Cos(re) * System.Math.Sinh(im));
        }
    }
}
#endif
