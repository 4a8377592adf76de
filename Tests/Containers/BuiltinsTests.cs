using System;
using System.Collections.Generic;
using System.Text;
using Xunit;
using static NanoMpy.Tests.Containers.Py;

namespace NanoMpy.Tests.Containers
{
    // Container built-ins, reprs and error messages (data/gen_builtins.py), print through Rt.Stdout.
    public class BuiltinsTests
    {
        // A built-in-like stream object (print(file=...) calls its write method).
        private sealed class Capture : PyObject
        {
            private static readonly PyType TypeObj = new PyType(Qstr.Intern("Capture"), PyType.ObjectType);
            public readonly StringBuilder Text = new StringBuilder();

            public override PyType Type => TypeObj;

            public override Value LoadAttr(int qstr)
            {
                if (qstr != Q.write) return Value.Null;
                return new PyBuiltin("write", new BuiltinFn1(s =>
                {
                    Text.Append(Str(s));
                    return Value.None;
                }));
            }
        }

        private static string Err(Func<Value> f)
        {
            try
            {
                return Repr(f());
            }
            catch (PyException e)
            {
                return e.Exc.ExcType.NameStr + ": " + Str(e.Exc);
            }
        }

        private static Value B(string name, params Value[] args) => Rt.Call(Builtin(name), args, 0, args.Length, 0);

        private static Value Range(params long[] a)
        {
            var v = new Value[a.Length];
            for (int i = 0; i < a.Length; i++) v[i] = I(a[i]);
            return B("range", v);
        }

        private static Value Dict(params Value[] kv)
        {
            var d = new PyDict(kv.Length / 2);
            for (int i = 0; i < kv.Length; i += 2) d.Set(kv[i], kv[i + 1]);
            return d;
        }

        private static Value Set(params Value[] items) => PySet.FromItems(items, 0, items.Length);

        private static Value Lst(Value v) => B("list", v);

        [Fact]
        public void BuiltinsReprsAndErrorsMatchMicroPython()
        {
            var o = new List<string>();
            var cap = new Capture();
            CallKw(Builtin("print"), new[] { I(1), S("a"), List(I(1), S("b")), Tuple(I(2)), Dict(I(3), S("c")), Set(I(4)) },
                "sep", S("|"), "end", S("!\n"), "file", (Value)cap);
            o.Add(cap.Text.ToString().TrimEnd('\n'));
            o.Add(Line(Lst(B("enumerate", S("ab"), I(5))), Lst(B("zip", List(I(1), I(2)), S("abc"))),
                Lst(B("reversed", List(I(1), I(2), I(3)))), Lst(B("filter", Value.None, List(I(0), I(1), S(""), S("x"))))));
            o.Add(Line(B("min", I(3), I(1), I(2)), B("max", List(I(4), I(9), I(2))),
                CallKw(Builtin("min"), new[] { List() }, "default", S("d")), B("sum", List(I(1), I(2), I(3)), I(10)),
                B("all", List(I(1), I(0))), B("any", List(I(0), I(1)))));
            o.Add(string.Join(" ", Err(() => B("min", List())), Err(() => B("next", B("iter", List()))),
                Err(() => B("len", I(5))), Err(() => B("iter", I(5)))));
            o.Add(Line(B("enumerate", List()), B("zip"), B("reversed", List()), B("iter", List()), B("iter", Tuple()),
                B("iter", Dict()), B("iter", Set()), Range(2, 9, 3), Range(4)));
            o.Add(Line(B("len", Range(0, 10, 3)), Rt.Subscr(Range(0, 10, 3), I(2), Value.Sentinel),
                Rt.Subscr(Range(10), Slice(Value.None, Value.None, I(-3)), Value.Sentinel), Lst(Range(5, 0, -2))));
            o.Add(string.Join(" ", Err(() => Range(1, 2, 0)), Err(() => Rt.Subscr(Range(3), I(3), Value.Sentinel)),
                Err(() => Rt.Subscr(List(I(1)), I(1), Value.Sentinel)), Err(() => Rt.Subscr(Tuple(I(1)), I(-2), Value.Sentinel))));
            o.Add(string.Join(" ", Err(() => Call(List(), "pop")), Err(() => Call(List(I(1)), "index", I(2))),
                Err(() => Call(Dict(), "popitem")), Err(() => Call(Set(), "pop"))));
            o.Add(string.Join(" ", Err(() => Rt.Subscr(Dict(), I(1), Value.Sentinel)), Err(() => Call(Set(I(1)), "remove", I(2))),
                Err(() => B("hash", List())), Err(() => B("hash", Dict())), Err(() => B("hash", Set()))));
            o.Add(string.Join(" ", Err(() => Rt.BinaryOp(BinaryOpKind.Add, List(I(1)), Tuple(I(1)))),
                Err(() => Rt.BinaryOp(BinaryOpKind.Less, List(I(1)), Tuple(I(1)))),
                Err(() => Rt.Subscr(List(I(1)), S("a"), Value.Sentinel)),
                Err(() => Rt.Subscr(Tuple(I(1)), Slice(Value.None, Value.None, I(2)), Value.Sentinel))));
            o.Add(string.Join(" ", Err(() => B("dict", List(Tuple(I(1), I(2), I(3))))),
                Err(() => Rt.LoadAttr(List(I(1), I(2), I(3)), Q.__setitem__))));
            Value l514 = List(I(5), I(1), I(4));
            o.Add(Line(CallKw(Builtin("sorted"), new[] { l514 }, "reverse", Value.True), B("sorted", S("hello")),
                Rt.BinaryOp(BinaryOpKind.Multiply, List(I(1), I(2)), I(2)), Rt.BinaryOp(BinaryOpKind.Multiply, I(2), Tuple(I(1), I(2))),
                Rt.BinaryOp(BinaryOpKind.Multiply, List(I(1)), I(-3)), Rt.BinaryOp(BinaryOpKind.Add, Tuple(I(1), I(2)), Tuple(I(3)))));
            o.Add(Line(Rt.BinaryOp(BinaryOpKind.Less, List(I(1), I(2)), List(I(1), I(2), I(0))),
                Rt.BinaryOp(BinaryOpKind.MoreEqual, Tuple(I(1), I(2)), Tuple(I(1), I(2))),
                Rt.BinaryOp(BinaryOpKind.More, List(I(3)), List(I(2), I(9))),
                Rt.BinaryOp(BinaryOpKind.Equal, List(I(1), I(2)), List(I(1), I(2))),
                Rt.BinaryOp(BinaryOpKind.Equal, Tuple(I(1)), List(I(1))),
                Rt.BinaryOp(BinaryOpKind.Equal, Dict(I(1), I(2)), Dict(I(1), I(2))),
                Rt.BinaryOp(BinaryOpKind.Equal, Set(I(1)), Set(I(1)))));
            o.Add(Line(I(0), B("hash", I(5)), B("hash", Value.True), B("hash", S("abc")), B("id", I(7)), B("id", I(-3))));
            Assert.Equal(Expected("builtins.exp"), o.ToArray());
        }
    }
}
