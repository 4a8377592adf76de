using System;
using NanoMpy;
using Xunit;
using static NanoMpy.Tests.Classes.Kit;

namespace NanoMpy.Tests.Classes
{
    // A built-in type for subclassing tests (stands in for list/dict until they have MakeNew).
    public sealed class Box : PyObject
    {
        public static readonly PyType TypeObj = MakeType();
        public long V;

        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("box"), PyType.ObjectType);
            t.MakeNew = (type, args, start, nPos, nKw) => new Box { V = nPos > 0 ? args[start].Int : 0 };
            t.AddMethod(new PyBuiltin("get", self => Value.FromInt(((Box)self.Obj).V)));
            return t;
        }

        public override PyType Type => TypeObj;
        public override Value BinaryOp(int op, Value rhs) =>
            op == BinaryOpKind.Add && rhs.IsSmallInt ? Value.FromInt(V + rhs.Int) : Value.Null;
        public override Value UnaryOp(int op) => op == UnaryOpKind.Len ? Value.FromInt(V) : Value.Null;
        public override Value Subscr(Value index, Value value) => value.IsSentinel ? Value.FromInt(V * index.Int) : Value.Null;
        public override void Print(Printer p, int kind) { p.Write("box("); p.WriteInt(V); p.Write(")"); }
        public override bool Eq(Value other) => other.Obj is Box b && b.V == V;
    }

    public class NativeBaseTests
    {
        [Fact]
        public void SubclassOfBuiltinDelegatesSlotsToItsBuiltinPart()
        {
            PyType sub = Class("Sub", new[] { Box.TypeObj }, "extra", I(1));
            Assert.Same(Box.TypeObj, sub.NativeBase);
            Value o = New(sub, I(4));
            PyInstance inst = (PyInstance)o.Obj;
            Assert.IsType<Box>(inst.Native.Obj);
            Assert.Equal(6, Rt.BinaryOp(BinaryOpKind.Add, o, I(2)).Int);
            Assert.Equal(4, Rt.UnaryOp(UnaryOpKind.Len, o).Int);
            Assert.Equal(12, Rt.Subscr(o, I(3), Value.Sentinel).Int);
            Assert.Equal("box(4)", Repr(o));
            // a built-in method found on the built-in base binds to the built-in part
            Assert.Equal(4, CallM(o, "get").Int);
            Assert.Equal(4, Rt.Call0(Get(o, "get")).Int);
            Assert.True(Rt.IsSubclass(sub, Box.TypeObj));
        }

        [Fact]
        public void UserMethodsOverrideBuiltinSlots()
        {
            PyType sub = Class("Sub2", new[] { Box.TypeObj }, "__add__", Fn(x => I(100)), "__repr__", Fn(x => I(5)));
            Value o = New(sub, I(4));
            Assert.Equal(100, Rt.BinaryOp(BinaryOpKind.Add, o, I(2)).Int);
            Assert.Equal("5", Repr(o));
        }

        [Fact]
        public void SuperInitConstructsTheBuiltinPart()
        {
            // class L(list): __init__(self, *a): super().__init__(*a); self.extra = 1
            PyType sub = null;
            sub = Class("Sub3", new[] { Box.TypeObj }, "__init__", Fn(x =>
            {
                Rt.LoadSuperMethod(sub, x[0], NanoMpy.Q.__init__, out Value m, out Value s);
                Rt.Call(m, new[] { s, I(x[1].Int * 2) }, 0, 2, 0);
                Rt.StoreAttr(x[0], Q("extra"), I(1));
                return Value.None;
            }));
            Value o = New(sub, I(5));
            Assert.Equal(10, ((Box)((PyInstance)o.Obj).Native.Obj).V);
            Assert.Equal(1, Get(o, "extra").Int);
        }

        [Fact]
        public void BuiltinMethodBeforeSuperInitRaises()
        {
            PyType sub = null;
            sub = Class("Sub4", new[] { Box.TypeObj }, "__init__", Fn(x => CallM(x[0], "get")));
            PyBaseException e = Raises(() => New(sub));
            Assert.Same(ExcTypes.AttributeError, e.ExcType);
            Assert.Equal("call super().__init__() first", e.Args.Items[0].Obj.ToString());
        }

        [Fact]
        public void LayoutConflictAndUnacceptableBase()
        {
            PyType a = Class("A", new[] { Box.TypeObj });
            PyType b = Class("B", new[] { Box.TypeObj });
            PyBaseException e = Raises(() => Class("C", new[] { a, b }));
            Assert.Equal("multiple bases have instance lay-out conflict", e.Args.Items[0].Obj.ToString());
            e = Raises(() => Class("F", new[] { PyBuiltin.TypeObj }));
            Assert.Equal("type 'function' isn't an acceptable base type", e.Args.Items[0].Obj.ToString());
        }
    }
}
