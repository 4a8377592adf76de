using System.Collections.Generic;
using Xunit;
using static NanoMpy.Tests.Containers.Py;

namespace NanoMpy.Tests.Containers
{
    // Iteration order of dict and set equals MicroPython's (data/gen_dict_order.py, gen_dict_literals.py).
    public class DictOrderTests
    {
        private static Lcg _rnd = new Lcg(12345);

        private static Value KeyOf(int kind, long n)
        {
            if (kind == 0 || (kind == 2 && n % 2 == 0))
            {
                if (n % 5 == 0) return I(-n);
                if (n % 7 == 0) return I(n * 1000003);
                return I(n);
            }
            return S("k" + n);
        }

        private static void RunDict(List<string> o, int kind, int space, int steps)
        {
            Value d = new PyDict();
            for (int step = 0; step < steps; step++)
            {
                long r = _rnd.Next();
                long op = r % 16;
                Value k = KeyOf(kind, (r >> 5) % space);
                if (op < 9) Rt.Subscr(d, k, I(step));
                else if (op < 13) Call(d, "pop", k, Value.None);
                else if (op == 13)
                {
                    if (Rt.IsTrue(d)) o.Add(Line(S("popitem"), Call(d, "popitem")));
                }
                else if (op == 14) Call(d, "setdefault", k, I(-step));
                else
                {
                    if (step % 3 == 0) d = Call(d, "copy");
                    else
                    {
                        PyDict lit = new PyDict(1);
                        lit.Set(k, I(step));
                        Call(d, "update", lit);
                    }
                }
                if (step % 20 == 19) o.Add(Line(d));
            }
            o.Add(Line(d));
            Value list = Builtin("list");
            o.Add(Line(Rt.Call1(list, Call(d, "keys")), Rt.Call1(list, Call(d, "values"))));
        }

        private static void RunSet(List<string> o, int kind, int space, int steps)
        {
            Value s = new PySet();
            for (int step = 0; step < steps; step++)
            {
                long r = _rnd.Next();
                long op = r % 16;
                Value k = KeyOf(kind, (r >> 5) % space);
                if (op < 9) Call(s, "add", k);
                else if (op < 13) Call(s, "discard", k);
                else if (op == 13)
                {
                    if (Rt.IsTrue(s)) o.Add(Line(S("pop"), Call(s, "pop")));
                }
                else if (op == 14) s = Call(s, "copy");
                else
                {
                    PySet lit = new PySet(1, false);
                    lit.Add(k);
                    s = Rt.BinaryOp(BinaryOpKind.Or, s, lit);
                }
                if (step % 20 == 19) o.Add(Line(s));
            }
            o.Add(Line(s));
        }

        [Fact]
        public void InsertDeleteSequencesIterateInMicroPythonOrder()
        {
            _rnd = new Lcg(12345);
            var o = new List<string>();
            for (int kind = 0; kind < 3; kind++)
            {
                foreach (int space in new[] { 6, 30, 200 })
                {
                    o.Add("dict " + kind + " " + space);
                    RunDict(o, kind, space, 400);
                    o.Add("set " + kind + " " + space);
                    RunSet(o, kind, space, 400);
                }
            }
            string[] exp = Expected("dict_order.exp");
            Assert.Equal(exp.Length, o.Count);
            for (int i = 0; i < exp.Length; i++) Assert.Equal(exp[i], o[i]);
        }

        private static PyDict Lit(params Value[] kv)
        {
            var d = new PyDict(kv.Length / 2);
            for (int i = 0; i < kv.Length; i += 2) d.Set(kv[i], kv[i + 1]);
            return d;
        }

        private static PySet SetLit(params Value[] items)
        {
            var s = new PySet(items.Length, false);
            foreach (Value v in items) s.Add(v);
            return s;
        }

        private static Value Range(long n) => Rt.Call1(Builtin("range"), I(n));

        [Fact]
        public void LiteralsConstructorsAndSetOperations()
        {
            var o = new List<string>();
            Value list = Builtin("list");
            o.Add(Line(Lit(I(1), I(1), I(2), I(2), I(3), I(3))));
            o.Add(Line(Lit(S("a"), I(1), S("b"), I(2), S("c"), I(3), S("d"), I(4), S("e"), I(5))));
            o.Add(Line(Lit(I(10), I(1), I(20), I(2), I(30), I(3), I(5), I(4))));
            PyDict d = Lit(S("x"), I(1), S("y"), I(2));
            d.Set(S("z"), I(3));
            o.Add(Line(d));
            o.Add(Line(SetLit(I(3), I(1), I(2)), SetLit(I(100), I(7), I(13), I(2))));
            Value dictT = PyDict.TypeObj;
            o.Add(Line(CallKw(dictT, new Value[0], "a", I(1), "b", I(2), "c", I(3)),
                Rt.Call1(dictT, List(Tuple(I(5), I(1)), Tuple(I(3), I(2)), Tuple(I(9), I(3))))));
            o.Add(Line(Call(dictT, "fromkeys", List(I(7), I(3), I(11), I(2))), Call(dictT, "fromkeys", S("hello"), I(0))));
            o.Add(Line(Rt.Call1(PySet.TypeObj, List(I(9), I(8), I(7), I(6), I(5), I(4), I(3), I(2), I(1))),
                Rt.Call1(PySet.FrozenSetType, List(I(4), I(8), I(15), I(16), I(23), I(42)))));
            Value a = SetLit(I(1), I(2), I(3), I(4), I(5), I(6));
            Value b = SetLit(I(4), I(5), I(6), I(7), I(8), I(9));
            o.Add(Line(Rt.BinaryOp(BinaryOpKind.Or, a, b), Rt.BinaryOp(BinaryOpKind.And, a, b),
                Rt.BinaryOp(BinaryOpKind.Subtract, a, b), Rt.BinaryOp(BinaryOpKind.Xor, a, b),
                Rt.BinaryOp(BinaryOpKind.Subtract, b, a)));
            o.Add(Line(Call(a, "union", List(I(10), I(11))), Call(a, "intersection", List(I(6), I(5), I(1))),
                Call(a, "difference", List(I(1), I(2))), Call(a, "symmetric_difference", List(I(1), I(20)))));
            o.Add(Line(Rt.BinaryOp(BinaryOpKind.LessEqual, a, b),
                Rt.BinaryOp(BinaryOpKind.Less, a, Rt.BinaryOp(BinaryOpKind.Or, a, b)),
                Rt.BinaryOp(BinaryOpKind.MoreEqual, Rt.BinaryOp(BinaryOpKind.Or, a, b), b),
                Rt.BinaryOp(BinaryOpKind.Equal, a, SetLit(I(6), I(5), I(4), I(3), I(2), I(1))),
                Call(a, "isdisjoint", List(I(0), I(100))), Call(a, "issubset", Range(10))));
            Value fz = Rt.Call1(PySet.FrozenSetType, List(I(1), I(2)));
            o.Add(Line(Rt.BinaryOp(BinaryOpKind.Or, fz, SetLit(I(3))), Rt.BinaryOp(BinaryOpKind.Or, SetLit(I(3)), fz),
                Rt.BinaryOp(BinaryOpKind.And, fz, Rt.Call1(PySet.FrozenSetType, List(I(2), I(3)))),
                Rt.Call(PySet.TypeObj, new Value[0], 0, 0, 0), Rt.Call(PySet.FrozenSetType, new Value[0], 0, 0, 0)));
            o.Add(Line(Call(Lit(I(1), S("a"), I(2), S("b")), "items"), Call(Lit(I(1), S("a")), "keys"),
                Call(Lit(I(1), S("a")), "values")));
            string[] exp = Expected("dict_literals.exp");
            Assert.Equal(exp, o.ToArray());
        }
    }
}
