import math, cmath
print(math.e, math.pi, math.tau, math.inf, -math.inf, math.nan)
vals = [-3.5, -1.0, -0.5, 0.0, 0.25, 1.0, 2.0, 7.25, 100.0]
names = ["sqrt", "exp", "expm1", "log", "log2", "log10", "cos", "sin", "tan", "acos", "asin", "atan", "cosh", "sinh",
         "tanh", "acosh", "asinh", "atanh", "fabs", "erf", "erfc", "gamma", "lgamma", "radians", "degrees"]
for n in names:
    f = getattr(math, n)
    out = []
    for v in vals:
        try:
            out.append("%.10g" % f(v))
        except ValueError as e:
            out.append(str(e))
        except OverflowError as e:
            out.append("OverflowError")
    print(n, " ".join(out))
for n in ["ceil", "floor", "trunc"]:
    f = getattr(math, n)
    print(n, [f(v) for v in vals], f(1e20), type(f(2.5)))
    for bad in [math.inf, math.nan]:
        try:
            f(bad)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
print([math.frexp(v) for v in [0.0, 1.0, -3.0, 0.1, 1e300, 5e-324]])
print([math.modf(v) for v in [0.0, -0.0, 2.5, -2.5, -1.0, math.inf]])
print(math.ldexp(0.75, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, 1023), math.ldexp(-2.5, 0))
print(math.copysign(2, -0.0), math.copysign(-3, 1), math.fmod(7.5, 2), math.fmod(-7.5, 2), math.fmod(7, -3), math.fmod(0.5, math.inf))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-8, 1/3) if False else 0, math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.log(8, 2), math.log(100, 10), math.log(math.e), math.log2(1024), math.log10(1000))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.factorial(0), math.factorial(5), math.factorial(20), math.factorial(30))
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (2, 1)), (math.acos, (2,)), (math.factorial, (-1,)),
                (math.gamma, (0,)), (math.gamma, (-2,)), (math.lgamma, (-1,)), (math.fmod, (1, 0)), (math.exp, (1000,)),
                (math.isclose, (1, 2)), (math.sqrt, ("x",))]:
    try:
        print(f(*args))
    except (ValueError, ZeroDivisionError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
print(cmath.e, cmath.pi)
for z in [1j, 1 + 1j, -2.5, 3 - 4j, complex(0.5, -0.25)]:
    print(z, "%.10g" % cmath.phase(z), ["%.10g" % x for x in cmath.polar(z)])
    for n in ["exp", "log", "log10", "sqrt", "cos", "sin"]:
        r = getattr(cmath, n)(z)
        print(" ", n, "%.10g %.10g" % (r.real, r.imag))
r = cmath.rect(2, math.pi / 6)
print("%.10g %.10g" % (r.real, r.imag))
