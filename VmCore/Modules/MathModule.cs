#if MP_MATH
// (only in builds with MP_MATH: build/FeatureLevel.props)
namespace NanoMpy
{
    // math (py/modmath.c) as the unix port builds it: constants e, pi, tau, inf, nan; the C library functions,
    // special functions, factorial and isclose. A NaN or inf result from finite arguments is
    // ValueError("math domain error"), exactly as modmath.c decides it.
    public static class MathModule
    {
        private delegate double Fn1(double x);
        private delegate double Fn2(double x, double y);

        private static PyDict _g;

        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            _g = g;
            int name = Qstr.Intern("math");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(Qstr.Intern("e"), Value.FromFloat(System.Math.E));
            g.SetQ(Qstr.Intern("pi"), Value.FromFloat(System.Math.PI));
#if MP_MATH_EXTRAS
            g.SetQ(Qstr.Intern("tau"), Value.FromFloat(2 * System.Math.PI));
            g.SetQ(Qstr.Intern("inf"), Value.FromFloat(double.PositiveInfinity));
            g.SetQ(Qstr.Intern("nan"), Value.FromFloat(double.NaN));
#endif
            One("sqrt", System.Math.Sqrt);
            Two("pow", System.Math.Pow);
            One("exp", System.Math.Exp);
#if MP_MATH_EXTRAS
            One("expm1", LibmExtras.Expm1);
#endif
            g.SetQ(Qstr.Intern("log"), new PyBuiltin("log", 1, 2, Log));
#if MP_MATH_EXTRAS
            One("log2", LibmExtras.Log2);
            One("log10", System.Math.Log10);
            One("cosh", System.Math.Cosh);
            One("sinh", System.Math.Sinh);
            One("tanh", System.Math.Tanh);
            One("acosh", LibmExtras.Acosh);
            One("asinh", LibmExtras.Asinh);
            One("atanh", LibmExtras.Atanh);
#endif
            One("cos", System.Math.Cos);
            One("sin", System.Math.Sin);
            One("tan", System.Math.Tan);
            One("acos", System.Math.Acos);
            One("asin", System.Math.Asin);
            One("atan", System.Math.Atan);
            Two("atan2", System.Math.Atan2);
            g.SetQ(Qstr.Intern("ceil"), new PyBuiltin("ceil", Ceil));
            Two("copysign", LibmExtras.CopySign);
            One("fabs", System.Math.Abs);
            g.SetQ(Qstr.Intern("floor"), new PyBuiltin("floor", Floor));
            Two("fmod", LibmExtras.Fmod);
            g.SetQ(Qstr.Intern("frexp"), new PyBuiltin("frexp", Frexp));
            g.SetQ(Qstr.Intern("ldexp"), new PyBuiltin("ldexp", Ldexp));
            g.SetQ(Qstr.Intern("modf"), new PyBuiltin("modf", Modf));
            g.SetQ(Qstr.Intern("isfinite"), new PyBuiltin("isfinite", IsFinite));
            g.SetQ(Qstr.Intern("isinf"), new PyBuiltin("isinf", IsInf));
            g.SetQ(Qstr.Intern("isnan"), new PyBuiltin("isnan", IsNan));
#if MP_MATH_EXTRAS
            g.SetQ(Qstr.Intern("isclose"), new PyBuiltin("isclose", IsClose));
#endif
            g.SetQ(Qstr.Intern("trunc"), new PyBuiltin("trunc", Trunc));
            g.SetQ(Qstr.Intern("radians"), new PyBuiltin("radians", Radians));
            g.SetQ(Qstr.Intern("degrees"), new PyBuiltin("degrees", Degrees));
#if MP_MATH_EXTRAS
            g.SetQ(Qstr.Intern("factorial"), new PyBuiltin("factorial", Factorial));
            One("erf", LibmExtras.Erf);
            One("erfc", LibmExtras.Erfc);
            One("gamma", LibmExtras.Gamma);
            One("lgamma", LibmExtras.LGamma);
#endif
            _g = null;
            return new PyModule(name, g);
        }

        private static PyException DomainError()
        {
            return Rt.ValueError("math domain error");
        }

        private static void One(string name, Fn1 f)
        {
            _g.SetQ(Qstr.Intern(name), new PyBuiltin(name, delegate (Value x)
            {
                double a = NumberOps.GetFloat(x);
                double r = Float32.Round(f(a)); // single precision: expf(100) is inf
                if ((double.IsNaN(r) && !double.IsNaN(a)) || (double.IsInfinity(r) && !double.IsInfinity(a))) throw DomainError();
                return Value.FromFloat(r);
            }));
        }

        private static void Two(string name, Fn2 f)
        {
            _g.SetQ(Qstr.Intern(name), new PyBuiltin(name, delegate (Value x, Value y)
            {
                double a = NumberOps.GetFloat(x);
                double b = NumberOps.GetFloat(y);
                double r = Float32.Round(f(a, b));
                if ((double.IsNaN(r) && !double.IsNaN(a) && !double.IsNaN(b))
                    || (double.IsInfinity(r) && !double.IsInfinity(a) && !double.IsInfinity(b)))
                {
                    throw DomainError();
                }
                return Value.FromFloat(r);
            }));
        }

        private static Value Ceil(Value x) { return FloatOps.ToInt(System.Math.Ceiling(NumberOps.GetFloat(x))); }
        private static Value Floor(Value x) { return FloatOps.ToInt(System.Math.Floor(NumberOps.GetFloat(x))); }
        private static Value Trunc(Value x) { return FloatOps.ToInt(System.Math.Truncate(NumberOps.GetFloat(x))); }

        private static Value IsFinite(Value x) { return Value.FromBool(LibmExtras.IsFinite(NumberOps.GetFloat(x))); }
        private static Value IsInf(Value x) { return Value.FromBool(double.IsInfinity(NumberOps.GetFloat(x))); }
        private static Value IsNan(Value x) { return Value.FromBool(double.IsNaN(NumberOps.GetFloat(x))); }

        // The factors are the C constants, folded in float in single mode.
        private static Value Radians(Value x) { return Value.FromFloat(NumberOps.GetFloat(x) * Float32.Round(Float32.Round(System.Math.PI) / 180.0)); }
        private static Value Degrees(Value x) { return Value.FromFloat(NumberOps.GetFloat(x) * Float32.Round(180.0 / Float32.Round(System.Math.PI))); }

        // log(x[, base])
        private static Value Log(Value[] a, int s, int n)
        {
            double x = NumberOps.GetFloat(a[s]);
            if (x <= 0) throw DomainError();
            double l = Float32.Round(System.Math.Log(x));
            if (n == 1) return Value.FromFloat(l);
            double b = NumberOps.GetFloat(a[s + 1]);
            if (b <= 0) throw DomainError();
            if (b == 1.0) throw Rt.ZeroDivisionError("divide by zero");
            return Value.FromFloat(l / Float32.Round(System.Math.Log(b)));
        }

        private static Value Frexp(Value x)
        {
            int e;
            double m = LibmExtras.Frexp(NumberOps.GetFloat(x), out e);
            return new PyTuple(new Value[] { Value.FromFloat(m), Value.FromInt(e) });
        }

        private static Value Ldexp(Value x, Value e)
        {
            double m = NumberOps.GetFloat(x);
            return Value.FromFloat(LibmExtras.Ldexp(m, NumberOps.GetInt(e)));
        }

        private static Value Modf(Value x)
        {
            double ip;
            double fp = LibmExtras.Modf(NumberOps.GetFloat(x), out ip);
            return new PyTuple(new Value[] { Value.FromFloat(fp), Value.FromFloat(ip) });
        }

#if MP_MATH_EXTRAS
        // isclose(a, b, *, rel_tol=1e-9, abs_tol=0)
        private static Value IsClose(Value[] args, int s, int nPos, int nKw)
        {
            if (nPos != 2) throw Rt.TypeError(nPos < 2 ? "function missing required positional argument" : "function takes 2 positional arguments but " + nPos + " were given");
            double relTol = Float32.Round(1e-9), absTol = 0;
            for (int i = 0; i < nKw; i++)
            {
                PyStr k = args[s + 2 + 2 * i].Obj as PyStr;
                string key = k == null ? "" : k.ToString();
                Value v = args[s + 3 + 2 * i];
                if (key == "rel_tol") relTol = NumberOps.GetFloat(v);
                else if (key == "abs_tol") absTol = NumberOps.GetFloat(v);
                else throw Rt.TypeError("unexpected keyword argument '" + key + "'");
            }
            double a = NumberOps.GetFloat(args[s]);
            double b = NumberOps.GetFloat(args[s + 1]);
            if (relTol < 0 || absTol < 0) throw DomainError();
            if (a == b) return Value.True;
            double diff = Float32.Round(System.Math.Abs(a - b));
            if (double.IsInfinity(diff)) return Value.False;
            if (diff <= absTol || diff <= Float32.Round(System.Math.Abs(relTol * a)) || diff <= Float32.Round(System.Math.Abs(relTol * b))) return Value.True;
            return Value.False;
        }

        private static Value Factorial(Value x)
        {
            long max = NumberOps.GetInt(x);
            if (max < 0) throw Rt.ValueError("negative factorial");
            if (max == 0) return Value.FromInt(1);
            return FactorialRange(1, max);
        }

        // Product of start..end by halves, so the big multiplications are balanced.
        private static Value FactorialRange(long start, long end)
        {
            if (start == end) return Value.FromInt(start);
            if (end - start == 1) return Rt.BinaryOp(BinaryOpKind.Multiply, Value.FromInt(start), Value.FromInt(end));
            long mid = start + ((end - start) >> 1);
            return Rt.BinaryOp(BinaryOpKind.Multiply, FactorialRange(start, mid), FactorialRange(mid + 1, end));
        }
#endif
    }
}
#endif
