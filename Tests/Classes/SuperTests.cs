using System;
using NanoMpy;
using Xunit;
using static NanoMpy.Tests.Classes.Kit;

namespace NanoMpy.Tests.Classes
{
    public class SuperTests
    {
        [Fact]
        public void ZeroArgSuperFindsBaseMethod()
        {
            PyType a = Class("A", "f", Fn(x => I(1)));
            PyType b = null;
            b = Class("B", new[] { a }, "f", Fn(x =>
            {
                Rt.LoadSuperMethod(b, x[0], Q("f"), out Value m, out Value s);
                return I(10 + Rt.Call1(m, s).Int);
            }));
            Assert.Equal(11, CallM(New(b), "f").Int);
        }

        [Fact]
        public void SuperInitOfClassWithoutBasesIsObjectInit()
        {
            // class C: __init__(self): super().__init__()  -> works
            PyType c = null;
            c = Class("C", "__init__", Fn(x =>
            {
                Rt.LoadSuperMethod(c, x[0], NanoMpy.Q.__init__, out Value m, out Value s);
                return Rt.Call1(m, s);
            }));
            Assert.IsType<PyInstance>(New(c).Obj);
        }

        [Fact]
        public void SuperInMultipleInheritanceSearchesBasesInOrder()
        {
            PyType a = Class("A", "f", Fn(x => I(1)));
            PyType b = Class("B", "f", Fn(x => I(2)));
            PyType c = Class("C", new[] { a, b });
            Value o = New(c);
            Assert.True(Rt.SuperLookup(c, o, Q("f"), out Value m, out Value s));
            Assert.Equal(1, Rt.Call1(m, s).Int);
            Assert.False(Rt.SuperLookup(c, o, Q("nope"), out m, out s));
            Assert.Equal("'super' object has no attribute 'nope'",
                Raises(() => Rt.LoadSuperMethod(c, o, Q("nope"), out m, out s)).Args.Items[0].Obj.ToString());
        }

        [Fact]
        public void LoadMethodOnSuperObjectUsesSuperLookup()
        {
            // super(Dog, d).__init__('x') reaches Animal.__init__, not object.__init__
            PyType animal = Class("Animal", "__init__", Fn(x => { Set(x[0], "name", x[1]); return Value.None; }));
            PyType dog = Class("Dog", new[] { animal });
            Value d = Rt.NewInstance(dog);
            Value sup = New(PySuper.TypeObj, dog, d);
            Assert.True(CallM(sup, "__init__", I(4)).IsNone);
            Assert.Equal(4, Get(d, "name").Int);
            Assert.Equal("'super' object has no attribute 'zz'", Raises(() => CallM(sup, "zz")).Args.Items[0].Obj.ToString());
        }

        [Fact]
        public void ExplicitSuperObjectAndClassmethod()
        {
            // class Cm: @classmethod make(cls); class Cm2(Cm); super(Cm2, Cm2()).make() -> Cm2
            PyType cm = Class("Cm", "make", (Value)new PyClassMethod(Fn(x => x[0])));
            PyType cm2 = Class("Cm2", new[] { cm }, "m2", I(0));
            PyType sub = Class("Cm3", new[] { cm2 });
            Value sup = New(PySuper.TypeObj, sub, New(sub));
            Assert.Same(sub, CallM(sup, "make").Obj);
            Assert.Equal(Value.Null.Obj, Rt.LoadAttrMaybe(sup, Q("zz")).Obj);
            Assert.StartsWith("<super: <class 'Cm3'>, <Cm3 object at ", Repr(sup));
            Assert.Same(ExcTypes.TypeError, Raises(() => New(PySuper.TypeObj, cm2, I(1))).ExcType);
        }
    }
}
