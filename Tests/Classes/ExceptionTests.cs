using System;
using System.Linq;
using NanoMpy;
using Xunit;
using static NanoMpy.Tests.Classes.Kit;

namespace NanoMpy.Tests.Classes
{
    // Exception objects; expected text from the unix port v1.27.
    public class ExceptionTests
    {
        private static string Msg(PyBaseException e) => e.Args.Items[0].Obj.ToString();

        [Fact]
        public void BuiltinsHaveExactlyTheUnixPortExceptions()
        {
            string[] unix =
            {
                "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "EOFError", "Exception",
                "GeneratorExit", "ImportError", "IndentationError", "IndexError", "KeyError", "KeyboardInterrupt",
                "LookupError", "MemoryError", "NameError", "NotImplementedError", "OSError", "OverflowError",
                "RuntimeError", "StopIteration", "SyntaxError", "SystemExit", "TypeError", "ValueError",
                "ZeroDivisionError", "StopAsyncIteration", "UnicodeError", "ViperTypeError",
            };
            Assert.Equal(unix.OrderBy(s => s, StringComparer.Ordinal), Enumerable.Range(0, ExcTypes.Count).Select(i => ExcTypes.At(i).NameStr).OrderBy(s => s, StringComparer.Ordinal));
            foreach (string n in unix) Assert.IsType<PyType>(Builtins.Dict.GetQ(Q(n)).Obj);
            Assert.True(ExcTypes.ViperTypeError.IsSubclassOf(ExcTypes.TypeError));
        }

        [Fact]
        public void StrAndReprOfBuiltinExceptions()
        {
            // ValueError() -> '' / ValueError(); ValueError(1) -> 1 / ValueError(1,); (1, 2) / ValueError(1, 2)
            Assert.Equal("", Str(New(ExcTypes.ValueError)));
            Assert.Equal("ValueError()", Repr(New(ExcTypes.ValueError)));
            Assert.Equal("1", Str(New(ExcTypes.ValueError, I(1))));
            Assert.Equal("ValueError(1,)", Repr(New(ExcTypes.ValueError, I(1))));
            Assert.Equal("(1, 2)", Str(New(ExcTypes.ValueError, I(1), I(2))));
            Assert.Equal("ValueError(1, 2)", Repr(New(ExcTypes.ValueError, I(1), I(2))));
            Assert.Equal("5", Str(New(ExcTypes.KeyError, I(5))));
            Assert.Equal("None", Str(New(ExcTypes.Exception, Value.None)));
        }

        [Fact]
        public void OSErrorErrnoText()
        {
            // OSError(2) -> [Errno 2] ENOENT; OSError(2, 7) -> [Errno 2] ENOENT: 7; OSError(999) -> 999
            Assert.Equal("[Errno 2] ENOENT", Str(New(ExcTypes.OSError, I(2))));
            Assert.Equal("[Errno 2] ENOENT: 7", Str(New(ExcTypes.OSError, I(2), I(7))));
            Assert.Equal("999", Str(New(ExcTypes.OSError, I(999))));
            Assert.Equal("(2, 7, 3)", Str(New(ExcTypes.OSError, I(2), I(7), I(3))));
            Assert.Equal("OSError(2,)", Repr(New(ExcTypes.OSError, I(2))));
            // class Ex2(OSError): pass; str(Ex2(2)) -> [Errno 2] ENOENT, repr Ex2(2,)
            PyType ex2 = Class("Ex2", new[] { ExcTypes.OSError });
            Assert.Equal("[Errno 2] ENOENT", Str(New(ex2, I(2))));
            Assert.Equal("Ex2(2,)", Repr(New(ex2, I(2))));
            Assert.Equal("OSError: [Errno 110] ETIMEDOUT", ExcLine((PyBaseException)New(ExcTypes.OSError, I(110)).Obj));
        }

        [Fact]
        public void ValueAndErrnoAttributes()
        {
            // StopIteration(5).value 5, StopIteration().value None, OSError(5).errno 5, ValueError(3).value 3
            Assert.Equal(5, Get(New(ExcTypes.StopIteration, I(5)), "value").Int);
            Assert.True(Get(New(ExcTypes.StopIteration), "value").IsNone);
            Assert.Equal(5, Get(New(ExcTypes.OSError, I(5)), "errno").Int);
            Assert.Equal(3, Get(New(ExcTypes.ValueError, I(3)), "value").Int);
            Assert.Equal(2, ((PyTuple)Get(New(ExcTypes.ValueError, I(3), I(4)), "args").Obj).Count);
        }

        [Fact]
        public void BuiltinExceptionsRejectAttributesAndKeywords()
        {
            Value e = New(ExcTypes.ValueError);
            Assert.Equal("'ValueError' object has no attribute 'x'", Msg(Raises(() => Set(e, "x", I(1)))));
            Set(e, "__traceback__", Value.None);
            PyBaseException k = Raises(() => Rt.Call(ExcTypes.ValueError, new[] { S("a"), I(1) }, 0, 0, 1));
            Assert.Equal("function doesn't take keyword arguments", Msg(k));
        }

        [Fact]
        public void UserExceptionSubclasses()
        {
            // class E(Exception): pass; E(1, 2) -> str (1, 2), repr E(1, 2); E() -> '' / E()
            PyType e = Class("E", new[] { ExcTypes.Exception });
            Value x = New(e, I(1), I(2));
            Assert.IsType<PyBaseException>(x.Obj);
            Assert.Same(e, Rt.TypeOf(x));
            Assert.Equal("(1, 2)", Str(x));
            Assert.Equal("E(1, 2)", Repr(x));
            Assert.Equal("", Str(New(e)));
            Assert.Equal("E()", Repr(New(e)));
            Assert.Equal("E: 7", ExcLine((PyBaseException)New(e, I(7)).Obj));
            Assert.True(Rt.ExceptionMatches(x, ExcTypes.Exception));
            Assert.True(Rt.ExceptionMatches(x, Tuple(ExcTypes.KeyError, e)));
            Assert.False(Rt.ExceptionMatches(x, ExcTypes.ValueError));
            // except A: (A not an exception class) -> TypeError: unsupported types for : 'ValueError', 'type'
            Value ve = New(ExcTypes.ValueError);
            Assert.Equal("unsupported types for : 'ValueError', 'type'", Msg(Raises(() => Rt.ExceptionMatches(ve, Class("A")))));
            Assert.Equal("unsupported types for : 'ValueError', 'int'", Msg(Raises(() => Rt.ExceptionMatches(ve, Tuple(ExcTypes.KeyError, I(5))))));
            Assert.True(Rt.ExceptionMatches(ve, Tuple(ExcTypes.ValueError, I(5))));
        }

        [Fact]
        public void UserInitKeepsArgsAndAttributes()
        {
            // class F(Exception): __init__(self, x): self.x = x   F(3) -> str 3, repr F(3,), args (3,), x 3
            PyType f = Class("F", new[] { ExcTypes.Exception }, "__init__", Fn(a => { Set(a[0], "x", a[1]); return Value.None; }));
            Value o = New(f, I(3));
            Assert.Equal("3", Str(o));
            Assert.Equal("F(3,)", Repr(o));
            Assert.Equal(3, Get(o, "x").Int);
            Assert.Equal(1, ((PyTuple)Get(o, "args").Obj).Count);
            // class E2(Exception): __init__(self, a, b): super().__init__(7)  -> args (7,)
            PyType e2 = null;
            e2 = Class("E2", new[] { ExcTypes.Exception }, "__init__", Fn(a =>
            {
                Rt.LoadSuperMethod(e2, a[0], NanoMpy.Q.__init__, out Value m, out Value s);
                return Rt.Call2(m, s, I(7));
            }));
            Value o2 = New(e2, I(1), I(2));
            PyTuple args = (PyTuple)Get(o2, "args").Obj;
            Assert.Equal(1, args.Count);
            Assert.Equal(7, args.Items[0].Int);
            // class E3(Exception): __init__(self, a, b): pass -> args (1, 2)
            PyType e3 = Class("E3", new[] { ExcTypes.Exception }, "__init__", Fn(a => Value.None));
            Assert.Equal("(1, 2)", Str(New(e3, I(1), I(2))));
        }

        [Fact]
        public void UserStrAndRepr()
        {
            // class G(Exception): __str__ -> 'G!'  str G!, repr G(1,), traceback line "G: 1"
            PyType g = Class("G", new[] { ExcTypes.Exception }, "__str__", Fn(a => I(42)));
            Value o = New(g, I(1));
            Assert.Equal("42", Str(o));
            Assert.Equal("G(1,)", Repr(o));
            Assert.Equal("G: 1", ExcLine((PyBaseException)o.Obj));
            // class E(Exception): __repr__ -> 'RR'   repr RR, str 1, traceback line RR
            PyType r = Class("E", new[] { ExcTypes.Exception }, "__repr__", Fn(a => I(77)));
            Value ro = New(r, I(1));
            Assert.Equal("77", Repr(ro));
            Assert.Equal("1", Str(ro));
            Assert.Equal("77", ExcLine((PyBaseException)ro.Obj));
        }

        [Fact]
        public void TracebackFormat()
        {
            // def f(): raise TypeError(1) / def g(): f() / g()
            PyBaseException e = (PyBaseException)New(ExcTypes.TypeError, I(1)).Obj;
            int file = Q("tb.py");
            e.AddTraceback(file, 2, Q("f"));
            e.AddTraceback(file, 4, Q("g"));
            e.AddTraceback(file, 5, Q("<module>"));
            Printer p = new Printer();
            Rt.PrintTraceback(p, e);
            Assert.Equal(
                "Traceback (most recent call last):\n" +
                "  File \"tb.py\", line 5, in <module>\n" +
                "  File \"tb.py\", line 4, in g\n" +
                "  File \"tb.py\", line 2, in f\n" +
                "TypeError: 1\n", p.ToString());
            PyBaseException bare = (PyBaseException)New(ExcTypes.ValueError).Obj;
            p = new Printer();
            Rt.PrintTraceback(p, bare);
            Assert.Equal("ValueError: \n", p.ToString());
            bare.AddTraceback(file, 1, 0);
            p = new Printer();
            Rt.PrintTraceback(p, bare);
            Assert.Equal("Traceback (most recent call last):\n  File \"tb.py\", line 1\nValueError: \n", p.ToString());
        }
    }
}
