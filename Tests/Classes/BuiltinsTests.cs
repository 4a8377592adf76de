using System;
using NanoMpy;
using Xunit;
using static NanoMpy.Tests.Classes.Kit;

namespace NanoMpy.Tests.Classes
{
    public class BuiltinsTests
    {
        private static string Msg(PyBaseException e) => e.Args.Items[0].Obj.ToString();
        private static Value B(string name) => Builtins.Dict.GetQ(Q(name));
        private static Value Call(string name, params Value[] a) => Rt.Call(B(name), a, 0, a.Length, 0);

        [Fact]
        public void IsInstanceAndIsSubclassAsMicroPython()
        {
            // isinstance(True, int) False; issubclass(bool, int) False; isinstance(1, (str, int)) True
            Assert.Same(PyBool.FalseObj, Call("isinstance", Value.True, PyInt.TypeObj).Obj);
            Assert.Same(PyBool.FalseObj, Call("issubclass", PyBool.TypeObj, PyInt.TypeObj).Obj);
            Assert.Same(PyBool.TrueObj, Call("isinstance", I(1), Tuple(PyStr.TypeObj, PyInt.TypeObj)).Obj);
            PyType a = Class("A");
            Assert.Same(PyBool.TrueObj, Call("issubclass", a, PyType.ObjectType).Obj);
            Assert.Same(PyBool.TrueObj, Call("isinstance", a, PyType.TypeType).Obj);
            Assert.Same(PyBool.TrueObj, Call("isinstance", a, PyType.ObjectType).Obj);
            Assert.Same(PyBool.TrueObj, Call("isinstance", New(Class("B", new[] { a })), a).Obj);
            Assert.Same(PyBool.TrueObj, Call("issubclass", ExcTypes.KeyError, Tuple(ExcTypes.TypeError, ExcTypes.LookupError)).Obj);
            Assert.Equal("issubclass() arg 1 must be a class", Msg(Raises(() => Call("issubclass", I(1), PyInt.TypeObj))));
            Assert.Equal("issubclass() arg 2 must be a class or a tuple of classes", Msg(Raises(() => Call("isinstance", I(1), I(5)))));
        }

        [Fact]
        public void TypeBuiltin()
        {
            Assert.Same(PyInt.TypeObj, Call("type", I(1)).Obj);
            Assert.Same(PyType.TypeType, Call("type", PyInt.TypeObj).Obj);
            // T = type('T', (object,), {'x': 5}); T.x, T().x, T.__name__ -> 5 5 T
            PyDict d = new PyDict();
            d.SetQ(Q("x"), I(5));
            Value t = Call("type", S("T"), Tuple(PyType.ObjectType), d);
            Assert.Equal(5, Get(t, "x").Int);
            Assert.Equal(5, Get(New((PyType)t.Obj), "x").Int);
            Assert.Equal("T", Get(t, "__name__").Obj.ToString());
            Assert.Equal("<class 'T'>", Repr(t));
            Assert.Equal("type takes 1 or 3 arguments", Msg(Raises(() => Call("type", I(1), I(2)))));
            Assert.Equal("can't create 'function' instances", Msg(Raises(() => New(PyBuiltin.TypeObj))));
        }

        [Fact]
        public void ObjectBuiltin()
        {
            Value o = Call("object");
            Assert.Equal("<object>", Repr(o));
            Assert.Same(PyType.ObjectType, Rt.TypeOf(o));
            Assert.Equal("function takes 0 positional arguments but 1 were given", Msg(Raises(() => Call("object", I(1)))));
            Assert.Equal("arg must be user-type", Msg(Raises(() => Rt.Call1(Get(PyType.ObjectType, "__new__"), PyInt.TypeObj))));
        }

        [Fact]
        public void AttrBuiltins()
        {
            PyType q = Class("Q");
            Value o = New(q);
            Assert.Equal(7, Call("getattr", o, S("zz"), I(7)).Int);
            Assert.Same(PyBool.FalseObj, Call("hasattr", o, S("zz")).Obj);
            Call("setattr", o, S("zz"), I(8));
            Assert.Equal(8, Call("getattr", o, S("zz")).Int);
            Assert.Same(PyBool.TrueObj, Call("hasattr", o, S("zz")).Obj);
            Call("delattr", o, S("zz"));
            Assert.Same(PyBool.FalseObj, Call("hasattr", o, S("zz")).Obj);
            Assert.Equal("'Q' object has no attribute 'zz'", Msg(Raises(() => Call("delattr", o, S("zz")))));
            Assert.Equal("'Q' object has no attribute 'zz'", Msg(Raises(() => Call("getattr", o, S("zz")))));
            // __getattr__ raising AttributeError: hasattr False, getattr with a default gives the default
            PyType ga = Class("GA", "__getattr__", Fn(x => throw Rt.AttributeError("no")));
            Assert.Same(PyBool.FalseObj, Call("hasattr", New(ga), S("a")).Obj);
            Assert.Equal(3, Call("getattr", New(ga), S("a"), I(3)).Int);
            Assert.Same(ExcTypes.AttributeError, Raises(() => Call("getattr", New(ga), S("a"))).ExcType);
            // hasattr lets other exceptions through
            PyType boom = Class("Boom", "__getattr__", Fn(x => throw Rt.ValueError("x")));
            Assert.Same(ExcTypes.ValueError, Raises(() => Call("hasattr", New(boom), S("a"))).ExcType);
        }

        // The namespace holds what list(builtins.__dict__) gives on MicroPython 1.27.0's unix port, but __name__
        // (the module's attribute here), help and input, which nanoMpy does not have.
        [Fact]
        public void NamespaceHoldsTheUnixPortsBuiltins()
        {
            const string unix = "__build_class__ __import__ __repl_print__ bool bytes bytearray complex dict enumerate filter "
                + "float frozenset int list map memoryview object property range reversed set slice str super "
                + "tuple type zip classmethod staticmethod Ellipsis NotImplemented abs all any bin callable "
                + "compile chr delattr dir divmod eval exec execfile getattr setattr globals hasattr hash hex "
                + "id isinstance issubclass iter len locals max min next oct open ord pow print repr round "
                + "sorted sum BaseException ArithmeticError AssertionError AttributeError EOFError Exception "
                + "GeneratorExit ImportError IndentationError IndexError KeyboardInterrupt KeyError LookupError "
                + "MemoryError NameError NotImplementedError OSError OverflowError RuntimeError "
                + "StopAsyncIteration StopIteration SyntaxError SystemExit TypeError UnicodeError ValueError "
                + "ViperTypeError ZeroDivisionError";
            string[] names = unix.Split(' ');
            PyDict d = Builtins.Dict;
            foreach (string n in names) Assert.False(d.GetQ(Q(n)).IsNull, n);
            Assert.Same(PyBool.TypeObj, d.GetQ(Q("bool")).Obj);
            Assert.Same(ExcTypes.ViperTypeError, d.GetQ(Q("ViperTypeError")).Obj);
        }

        [Fact]
        public void NotImplementedAndClassBuiltinsRegistered()
        {
            Assert.Equal("NotImplemented", Repr(B("NotImplemented")));
            Assert.Equal("<class ''>", Repr(Rt.TypeOf(B("NotImplemented"))));
            Assert.Equal("<class 'super'>", Repr(B("super")));
            Assert.Equal("<class 'property'>", Repr(B("property")));
            Assert.Equal("<class 'classmethod'>", Repr(B("classmethod")));
            Assert.Equal("<class 'staticmethod'>", Repr(B("staticmethod")));
            Assert.Equal("<class 'object'>", Repr(B("object")));
            Assert.Equal("<class 'type'>", Repr(B("type")));
            Assert.IsType<PyBuiltin>(B("__build_class__").Obj);
        }

        [Fact]
        public void BuildClassRunsBodyWithFreshLocals()
        {
            // a runner that calls the body with the fresh locals (the VM's, Vm.RunClassBody, is put back after)
            Rt.ClassBodyRunner vmRunner = Rt.RunClassBody;
            Rt.RunClassBody = (body, locals) => Rt.Call1(body, locals);
            try
            {
                Value body = new PyBuiltin("body", l => { ((PyDict)l.Obj).SetQ(Q("k"), I(3)); return Value.None; });
                PyType a = Class("A");
                Value cls = Rt.Call(B("__build_class__"), new[] { body, S("K"), (Value)a }, 0, 3, 0);
                Assert.Equal("<class 'K'>", Repr(cls));
                Assert.Equal(3, Get(cls, "k").Int);
                Assert.True(((PyType)cls.Obj).IsUser);
                Assert.Same(a, ((PyType)cls.Obj).Bases[0]);
            }
            finally
            {
                Rt.RunClassBody = vmRunner;
            }
        }
    }
}
