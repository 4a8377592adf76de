using System;
using NanoMpy;
using Xunit;
using static NanoMpy.Tests.Classes.Kit;

namespace NanoMpy.Tests.Classes
{
    // Expected values come from the unix port v1.27 (see each test's Python in the comment).
    public class ClassLookupTests
    {
        [Fact]
        public void DiamondResolvesDepthFirst()
        {
            // class A: f -> 'A'; class B(A); class C(A): f -> 'C'; class D(B, C); D().f() == 'A'
            PyType a = Class("A", "f", Fn(x => I(1)));
            PyType b = Class("B", new[] { a });
            PyType c = Class("C", new[] { a }, "f", Fn(x => I(3)));
            PyType d = Class("D", new[] { b, c });
            Assert.Equal(1, CallM(New(d), "f").Int);
            Assert.Equal("(<class 'B'>, <class 'C'>)", ReprTuple(Get(d, "__bases__")));
            Assert.Equal("(<class 'object'>,)", ReprTuple(Get(a, "__bases__")));
            Assert.Equal("()", ReprTuple(Get(PyType.ObjectType, "__bases__")));
            Assert.Equal("(<class 'object'>,)", ReprTuple(Get(PyBool.TypeObj, "__bases__")));
        }

        private static string ReprTuple(Value t)
        {
            PyTuple tup = (PyTuple)t.Obj;
            string s = "(";
            for (int i = 0; i < tup.Items.Length; i++) s += (i > 0 ? ", " : "") + Repr(tup.Items[i]);
            return s + (tup.Items.Length == 1 ? ",)" : ")");
        }

        [Fact]
        public void ObjectIsNotSearchedFromUserClasses()
        {
            // hasattr(A, '__init__') False, hasattr(A(), '__init__') False; object.__init__ exists
            PyType a = Class("A");
            Assert.True(Rt.LoadAttrMaybe(a, Q("__init__")).IsNull);
            Assert.True(Rt.LoadAttrMaybe(New(a), Q("__init__")).IsNull);
            Assert.False(Rt.LoadAttrMaybe(PyType.ObjectType, Q("__init__")).IsNull);
            PyType b = Class("B", new[] { PyType.ObjectType });
            Assert.True(Rt.LoadAttrMaybe(b, Q("__init__")).IsNull);
        }

        [Fact]
        public void InstanceDictShadowsClassAttributes()
        {
            PyType a = Class("A", "x", I(1));
            Value o = New(a);
            Assert.Equal(1, Get(o, "x").Int);
            Set(o, "x", I(2));
            Assert.Equal(2, Get(o, "x").Int);
            Assert.Equal(1, Get(a, "x").Int);
            Set(a, "y", I(5));
            Assert.Equal(5, Get(o, "y").Int);
        }

        [Fact]
        public void LoadMethodOnInstanceAllocatesNothing()
        {
            PyType a = Class("A", "m", Fn(x => x[0]));
            Value o = New(a);
            int q = Q("m");
            Rt.LoadMethod(o, q, out Value m0, out Value s0);
            Assert.True(s0.Is(o));
            Assert.IsType<PyFn>(m0.Obj);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++)
            {
                Rt.LoadMethod(o, q, out Value m, out Value s);
            }
            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        [Fact]
        public void LoadAttrBindsFunctionsAndBuiltinsOnUserClassesDoNotBind()
        {
            PyBuiltin len = new PyBuiltin("len1", v => I(7));
            PyType a = Class("A", "m", Fn(x => x[0]), "b", (Value)len);
            Value o = New(a);
            Value bm = Get(o, "m");
            Assert.IsType<PyBoundMethod>(bm.Obj);
            Assert.True(Rt.Call0(bm).Is(o));
            // class A: b = some_builtin; A().b is the builtin itself
            Assert.Same(len, Get(o, "b").Obj);
            // A.m is the plain function
            Assert.IsType<PyFn>(Get(a, "m").Obj);
        }

        [Fact]
        public void StaticAndClassMethods()
        {
            // A.c() -> A, A().c() -> A, B.c() -> B, A.s() -> 's'
            PyType a = Class("A",
                "c", (Value)new PyClassMethod(Fn(x => x[0])),
                "s", (Value)new PyStaticMethod(Fn(x => I(x.Length))));
            PyType b = Class("B", new[] { a });
            Assert.Same(a, CallM(a, "c").Obj);
            Assert.Same(a, CallM(New(a), "c").Obj);
            Assert.Same(b, CallM(b, "c").Obj);
            Assert.Same(b, CallM(New(b), "c").Obj);
            Assert.Equal(0, CallM(a, "s").Int);
            Assert.Equal(0, CallM(New(a), "s").Int);
            Assert.Same(b, Rt.Call0(Get(b, "c")).Obj);
            Assert.Equal("<class 'classmethod'>", Repr(Rt.TypeOf(((PyType)a).Locals.GetQ(Q("c")))));
        }

        [Fact]
        public void PropertyGetterSetterDeleter()
        {
            Value log = new PyList(4);
            Value prop = new PyProperty(Fn(x => I(10)), Value.None, Value.None);
            prop = CallM(prop, "setter", Fn(x => { ((PyList)log.Obj).Append(x[1]); return Value.None; }));
            prop = CallM(prop, "deleter", Fn(x => { ((PyList)log.Obj).Append(I(-1)); return Value.None; }));
            PyType a = Class("A", "x", prop);
            Value o = New(a);
            Assert.Equal(10, Get(o, "x").Int);
            Set(o, "x", I(3));
            Rt.StoreAttr(o, Q("x"), Value.Null);
            PyList l = (PyList)log.Obj;
            Assert.Equal(2, l.Count);
            Assert.Equal(3, l.Items[0].Int);
            Assert.Equal(-1, l.Items[1].Int);
            Assert.Same(prop.Obj, Get(a, "x").Obj);
        }

        [Fact]
        public void ReadOnlyAndUnreadableProperties()
        {
            // a.x = 2 -> "'A' object has no attribute 'x'"; del a.x -> same; B().y -> "unreadable attribute"
            PyType a = Class("A", "x", (Value)new PyProperty(Fn(x => I(1)), Value.None, Value.None));
            Value o = New(a);
            Assert.Equal("'A' object has no attribute 'x'", Msg(Raises(() => Set(o, "x", I(2)))));
            Assert.Equal("'A' object has no attribute 'x'", Msg(Raises(() => Rt.StoreAttr(o, Q("x"), Value.Null))));
            PyType b = Class("B", "y", New(PyProperty.TypeObj, Value.None));
            PyBaseException e = Raises(() => Get(New(b), "y"));
            Assert.Same(ExcTypes.AttributeError, e.ExcType);
            Assert.Equal("unreadable attribute", Msg(e));
        }

        internal static string Msg(PyBaseException e) => e.Args.Items[0].Obj.ToString();

        [Fact]
        public void GetAttrFallbackOnlyWhenMissing()
        {
            // class GA: z = 1; __getattr__(self, k): k + '!'   GA().foo == 'foo!', GA().z == 1
            PyType ga = Class("GA", "z", I(1), "__getattr__", Fn(x => S(x[1].Obj.ToString() + "!")));
            Value o = New(ga);
            Assert.Equal("foo!", Get(o, "foo").Obj.ToString());
            Assert.Equal(1, Get(o, "z").Int);
        }

        [Fact]
        public void SetAttrInterceptsAndObjectSetAttrStores()
        {
            // __setattr__(self, k, v): object.__setattr__(self, k, v * 2); s.q = 4; s.q == 8
            Value objSetAttr = Get(PyType.ObjectType, "__setattr__");
            PyType sa = Class("SA", "__setattr__", Fn(x =>
                Rt.Call(objSetAttr, new[] { x[0], x[1], I(x[2].Int * 2) }, 0, 3, 0)));
            Value s = New(sa);
            Set(s, "q", I(4));
            Assert.Equal(8, Get(s, "q").Int);
        }

        [Fact]
        public void DataDescriptorGetAndSet()
        {
            // class D: __get__(self, obj, cls), __set__(self, obj, v); class U: d = D()
            Value seen = Value.Null;
            PyType d = Class("D",
                "__get__", Fn(x => Tuple(Rt.TypeOf(x[1]), x[2])),
                "__set__", Fn(x => { seen = x[2]; return Value.None; }));
            PyType u = Class("U", "d", New(d));
            Value o = New(u);
            PyTuple t = (PyTuple)Get(o, "d").Obj;
            Assert.Same(u, t.Items[0].Obj);
            Assert.Same(u, t.Items[1].Obj);
            Set(o, "d", I(9));
            Assert.Equal(9, seen.Int);
            Assert.True(Get(u, "d").Obj is PyInstance);
        }

        [Fact]
        public void TypeAttributes()
        {
            PyType a = Class("A", "x", I(1));
            Assert.Equal("A", Get(a, "__name__").Obj.ToString());
            Assert.Same(PyType.TypeType, Get(a, "__class__").Obj);
            Assert.Same(a, Get(New(a), "__class__").Obj);
            PyDict d = (PyDict)Get(a, "__dict__").Obj;
            Assert.Equal(1, d.GetQ(Q("x")).Int);
            Value o = New(a);
            Set(o, "y", I(2));
            Assert.Equal(2, ((PyDict)Get(o, "__dict__").Obj).GetQ(Q("y")).Int);
        }

        [Fact]
        public void AttributeErrorMessages()
        {
            PyType q = Class("Q");
            Value o = New(q);
            Assert.Equal("'Q' object has no attribute 'zz'", Msg(Raises(() => Get(o, "zz"))));
            Assert.Equal("type object 'Q' has no attribute 'zz'", Msg(Raises(() => Get(q, "zz"))));
            Assert.Equal("'Q' object has no attribute 'zz'", Msg(Raises(() => Rt.StoreAttr(o, Q("zz"), Value.Null))));
            Assert.Equal("'type' object has no attribute 'foo'", Msg(Raises(() => Set(PyInt.TypeObj, "foo", I(1)))));
            Value bare = New(PyType.ObjectType);
            Assert.Equal("'object' object has no attribute 'x'", Msg(Raises(() => Set(bare, "x", I(1)))));
            Assert.Equal("<object>", Repr(bare));
        }

        [Fact]
        public void SpecialMethodCannotBeAddedToSubclassedClass()
        {
            PyType a = Class("A");
            Class("B", new[] { a });
            PyBaseException e = Raises(() => Set(a, "p", (Value)new PyProperty(Value.None, Value.None, Value.None)));
            Assert.Equal("can't add special method to already-subclassed class", Msg(e));
        }
    }
}
