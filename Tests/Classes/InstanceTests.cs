using System;
using System.Text.RegularExpressions;
using NanoMpy;
using Xunit;
using static NanoMpy.Tests.Classes.Kit;

namespace NanoMpy.Tests.Classes
{
    // Special-method dispatch on user instances; expected values from the unix port v1.27.
    public class InstanceTests
    {
        private static string Msg(PyBaseException e) => e.Args.Items[0].Obj.ToString();

        [Fact]
        public void InitMustReturnNone()
        {
            // class N: __init__(self): return 5  ->  TypeError: __init__() should return None, not 'int'
            PyType n = Class("N", "__init__", Fn(x => I(5)));
            PyBaseException e = Raises(() => New(n));
            Assert.Same(ExcTypes.TypeError, e.ExcType);
            Assert.Equal("__init__() should return None, not 'int'", Msg(e));
        }

        [Fact]
        public void InitReceivesArguments()
        {
            PyType p = Class("P", "__init__", Fn(x => { Rt.StoreAttr(x[0], Q("v"), I(x[1].Int + x[2].Int)); return Value.None; }));
            Assert.Equal(5, Get(New(p, I(2), I(3)), "v").Int);
        }

        [Fact]
        public void NewReturningOtherTypeSkipsInit()
        {
            // class Nw: __new__(cls, *a) returns 5; Nw(1, 2) -> 5 (no __init__)
            bool initRan = false;
            Value clsSeen = Value.Null;
            PyType nw = Class("Nw",
                "__new__", Fn(x => { clsSeen = x[0]; return I(x.Length + 2); }),
                "__init__", Fn(x => { initRan = true; return Value.None; }));
            Assert.Equal(5, New(nw, I(1), I(2)).Int);
            Assert.Same(nw, clsSeen.Obj);
            Assert.False(initRan);
            Assert.IsType<PyStaticMethod>(nw.Locals.GetQ(NanoMpy.Q.__new__).Obj);
        }

        [Fact]
        public void NewViaObjectNewThenInit()
        {
            // __new__: o = super().__new__(cls); o.v = 3; return o; __init__ sees v == 3
            PyType t = null;
            long seen = 0;
            t = Class("Nw2",
                "__new__", Fn(x =>
                {
                    Rt.LoadSuperMethod(t, x[0], NanoMpy.Q.__new__, out Value m, out Value s);
                    Value o = s.IsNull ? Rt.Call1(m, x[0]) : Rt.Call2(m, s, x[0]);
                    Rt.StoreAttr(o, Q("v"), I(3));
                    return o;
                }),
                "__init__", Fn(x => { seen = Get(x[0], "v").Int; return Value.None; }));
            Value inst = New(t);
            Assert.Same(t, Rt.TypeOf(inst));
            Assert.Equal(3, seen);
        }

        [Fact]
        public void CallDunder()
        {
            // class C: __call__(self, a, b=2): a + b    C()(1) == 3
            PyType c = Class("C", "__call__", Fn(x => I(x[1].Int + (x.Length > 2 ? x[2].Int : 2))));
            Assert.Equal(3, Rt.Call1(New(c), I(1)).Int);
            Assert.Equal("'A' object isn't callable", Msg(Raises(() => Rt.Call0(New(Class("A"))))));
        }

        [Fact]
        public void CallableBuiltin()
        {
            // callable(Multiplier(2)) True, callable(Money(1)) False (no __call__)
            Value callable = Builtins.Dict.GetQ(Q("callable"));
            Assert.Same(PyBool.TrueObj, Rt.Call1(callable, New(Class("M", "__call__", Fn(x => I(1))))).Obj);
            Assert.Same(PyBool.FalseObj, Rt.Call1(callable, New(Class("Money"))).Obj);
            Assert.Same(PyBool.TrueObj, Rt.Call1(callable, PyInt.TypeObj).Obj);
            Assert.Same(PyBool.TrueObj, Rt.Call1(callable, callable).Obj);
            Assert.Same(PyBool.FalseObj, Rt.Call1(callable, I(1)).Obj);
        }

        [Fact]
        public void IterAndNext()
        {
            // __iter__ returns self, __next__ counts to 3 then raises StopIteration: list(It()) == [1, 2, 3]
            PyType it = Class("It",
                "__iter__", Fn(x => x[0]),
                "__next__", Fn(x =>
                {
                    long i = Get(x[0], "i").Int + 1;
                    Set(x[0], "i", I(i));
                    if (i > 3) throw Rt.StopIteration();
                    return I(i);
                }));
            Value o = New(it);
            Set(o, "i", I(0));
            Value iter = Rt.GetIter(o);
            long sum = 0;
            int n = 0;
            for (Value v = Rt.IterNext(iter); !v.IsNull; v = Rt.IterNext(iter)) { sum += v.Int; n++; }
            Assert.Equal(3, n);
            Assert.Equal(6, sum);
            PyType a = Class("A");
            Assert.Equal("'A' object isn't iterable", Msg(Raises(() => Rt.GetIter(New(a)))));
            Assert.Equal("'A' object isn't an iterator", Msg(Raises(() => Rt.IterNext(New(a)))));
        }

        [Fact]
        public void GetItemSequenceIterationAndContains()
        {
            // class G: __getitem__(i): IndexError past 2 else i*10; list(G()) == [0, 10, 20]; 20 in G()
            PyType g = Class("G", "__getitem__", Fn(x =>
            {
                if (x[1].Int > 2) throw Rt.IndexError(null);
                return I(x[1].Int * 10);
            }));
            Value o = New(g);
            Value iter = Rt.GetIter(o);
            Assert.Equal(0, Rt.IterNext(iter).Int);
            Assert.Equal(10, Rt.IterNext(iter).Int);
            Assert.Equal(20, Rt.IterNext(iter).Int);
            Assert.True(Rt.IterNext(iter).IsNull);
            Assert.True(Rt.BinaryOp(BinaryOpKind.In, I(20), o).Obj == PyBool.TrueObj);
            Assert.Equal(10, Rt.Subscr(o, I(1), Value.Sentinel).Int);
        }

        [Fact]
        public void SetItemDelItemContains()
        {
            PyList log = new PyList(4);
            PyType c = Class("C",
                "__setitem__", Fn(x => { log.Append(x[1]); log.Append(x[2]); return I(99); }),
                "__delitem__", Fn(x => { log.Append(x[1]); return I(98); }),
                "__contains__", Fn(x => I(x[1].Int)));
            Value o = New(c);
            Assert.True(Rt.Subscr(o, I(1), I(2)).IsNone);
            Assert.True(Rt.Subscr(o, I(3), Value.Null).IsNone);
            Assert.Equal(3, log.Count);
            Assert.True(Rt.Contains(o, I(5)));
            Assert.False(Rt.Contains(o, I(0)));
            Assert.Same(PyBool.TrueObj, Rt.BinaryOp(BinaryOpKind.In, I(7), o).Obj);
        }

        [Fact]
        public void LenAndBool()
        {
            // class L0: __len__ -> 0: bool(L0()) False, len 0; class BB: __bool__ -> 1: bool(BB()) False
            Value l0 = New(Class("L0", "__len__", Fn(x => I(0))));
            Assert.False(Rt.IsTrue(l0));
            Assert.Equal(0, Rt.UnaryOp(UnaryOpKind.Len, l0).Int);
            Assert.False(Rt.IsTrue(New(Class("BB", "__bool__", Fn(x => I(1))))));
            Assert.True(Rt.IsTrue(New(Class("BT", "__bool__", Fn(x => Value.True)))));
            Assert.True(Rt.IsTrue(New(Class("Plain"))));
            Assert.Equal("object of type 'Plain' has no len()", Msg(Raises(() => Rt.UnaryOp(UnaryOpKind.Len, New(Class("Plain"))))));
        }

        [Fact]
        public void EqualityRules()
        {
            PyType plain = Class("Plain");
            Value x = New(plain), y = New(plain);
            Assert.True(Rt.Equal(x, x));
            Assert.False(Rt.Equal(x, y));
            Assert.Same(PyBool.TrueObj, Rt.BinaryOp(BinaryOpKind.NotEqual, x, y).Obj);
            // AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5  ->  True True False
            PyType always = Class("AlwaysEq", "__eq__", Fn(a => Value.True));
            Assert.Same(PyBool.TrueObj, Rt.BinaryOp(BinaryOpKind.Equal, New(always), I(5)).Obj);
            Assert.Same(PyBool.TrueObj, Rt.BinaryOp(BinaryOpKind.Equal, I(5), New(always)).Obj);
            Assert.Same(PyBool.FalseObj, Rt.BinaryOp(BinaryOpKind.NotEqual, New(always), I(5)).Obj);
            // class Ne: __eq__ -> 5: (Ne() == 1, Ne() != 1) == (5, False)
            PyType ne = Class("Ne", "__eq__", Fn(a => I(5)));
            Assert.Equal(5, Rt.BinaryOp(BinaryOpKind.Equal, New(ne), I(1)).Int);
            Assert.Same(PyBool.FalseObj, Rt.BinaryOp(BinaryOpKind.NotEqual, New(ne), I(1)).Obj);
            PyType both = Class("Both", "__eq__", Fn(a => Value.True), "__ne__", Fn(a => Value.True));
            Assert.Same(PyBool.TrueObj, Rt.BinaryOp(BinaryOpKind.NotEqual, New(both), I(1)).Obj);
        }

        [Fact]
        public void HashRules()
        {
            // class H: __hash__ -> 12345; hash(EqOnly()) -> TypeError unsupported type for __hash__: 'EqOnly'
            Assert.Equal(12345, Rt.Hash(New(Class("H", "__hash__", Fn(x => I(12345))))));
            PyBaseException e = Raises(() => Rt.Hash(New(Class("EqOnly", "__eq__", Fn(x => Value.True)))));
            Assert.Equal("unsupported type for __hash__: 'EqOnly'", Msg(e));
            Value d = New(Class("Default"));
            Assert.Equal(Rt.Hash(d), Rt.Hash(d));
            Assert.Equal(Rt.Hash(d), Rt.UnaryOp(UnaryOpKind.Hash, d).Int);
        }

        [Fact]
        public void BinaryOpsReflectedAndNotImplemented()
        {
            // class P: __add__ -> NotImplemented; class R: __radd__ -> 42; P() + R() == 42; 1 + R() == 42
            PyType p = Class("P", "__add__", Fn(x => PyNotImplemented.Instance));
            PyType r = Class("R", "__radd__", Fn(x => I(42)));
            Assert.Equal(42, Rt.BinaryOp(BinaryOpKind.Add, New(p), New(r)).Int);
            Assert.Equal(42, Rt.BinaryOp(BinaryOpKind.Add, I(1), New(r)).Int);
            Assert.Equal("unsupported types for __add__: 'P', 'int'", Msg(Raises(() => Rt.BinaryOp(BinaryOpKind.Add, New(p), I(1)))));
            Assert.Equal("unsupported types for __add__: 'P', 'int'", Msg(Raises(() => Rt.BinaryOp(BinaryOpKind.InplaceAdd, New(p), I(1)))));
            // __iadd__ absent falls back to __add__
            PyType v = Class("V", "__add__", Fn(x => I(Get(x[0], "n").Int + x[1].Int)), "n", I(10));
            Assert.Equal(13, Rt.BinaryOp(BinaryOpKind.InplaceAdd, New(v), I(3)).Int);
            PyType w = Class("W", "__iadd__", Fn(x => I(-1)), "__add__", Fn(x => I(1)));
            Assert.Equal(-1, Rt.BinaryOp(BinaryOpKind.InplaceAdd, New(w), I(3)).Int);
            Assert.Equal(1, Rt.BinaryOp(BinaryOpKind.Add, New(w), I(3)).Int);
        }

        [Fact]
        public void ComparisonsAreNotSwapped()
        {
            // class OnlyLt: __lt__; OnlyLt() > OnlyLt() -> unsupported types for __gt__: 'OnlyLt', 'OnlyLt'
            PyType o = Class("OnlyLt", "__lt__", Fn(x => Value.True));
            Assert.Same(PyBool.TrueObj, Rt.BinaryOp(BinaryOpKind.Less, New(o), New(o)).Obj);
            Assert.Equal("unsupported types for __gt__: 'OnlyLt', 'OnlyLt'",
                Msg(Raises(() => Rt.BinaryOp(BinaryOpKind.More, New(o), New(o)))));
            PyType plain = Class("Plain");
            Assert.Equal("unsupported types for __lt__: 'Plain', 'Plain'",
                Msg(Raises(() => Rt.BinaryOp(BinaryOpKind.Less, New(plain), New(plain)))));
        }

        [Fact]
        public void UnaryDunders()
        {
            PyType n = Class("N", "__neg__", Fn(x => I(-7)), "__int__", Fn(x => I(3)));
            Assert.Equal(-7, Rt.UnaryOp(UnaryOpKind.Negative, New(n)).Int);
            Assert.Equal(3, Rt.UnaryOp(UnaryOpKind.IntMaybe, New(n)).Int);
            Assert.Equal("unsupported type for __neg__: 'Plain'", Msg(Raises(() => Rt.UnaryOp(UnaryOpKind.Negative, New(Class("Plain"))))));
        }

        [Fact]
        public void PrintFallbacks()
        {
            // <A object at 7f1598c103a0>; __repr__ only: str uses it; __str__ only: repr is the default
            Assert.Matches(new Regex("^<A object at [0-9a-f]+>$"), Repr(New(Class("A"))));
            PyType r = Class("R", "__repr__", Fn(x => I(11)));
            Assert.Equal("11", Repr(New(r)));
            Assert.Equal("11", Str(New(r)));
            PyType s = Class("S", "__str__", Fn(x => I(12)));
            Assert.Equal("12", Str(New(s)));
            Assert.Matches(new Regex("^<S object at [0-9a-f]+>$"), Repr(New(s)));
        }
    }
}
