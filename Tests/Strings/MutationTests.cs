using NanoMpy;
using Xunit;

namespace NanoMpy.Tests.Strings
{
    // bytearray / memoryview mutation and str/bytes iteration through the C# API; expected values are the
    // output of data/mutation.py on the unix MicroPython v1.27 binary.
    [Collection("Warnings")]
    public class MutationTests
    {
        private static Value L(string literal) { return PyLiteral.Parse(literal); }
        private static string R(Value v) { return PyLiteral.Repr(v); }
        private static Value Sl(long a, long b) { return new PySlice(Value.FromInt(a), Value.FromInt(b), Value.None); }
        private static Value SlFrom(long a) { return new PySlice(Value.FromInt(a), Value.None, Value.None); }
        private static Value SlTo(long b) { return new PySlice(Value.None, Value.FromInt(b), Value.None); }
        private static Value Get(Value o, Value i) { return Rt.Subscr(o, i, Value.Sentinel); }
        private static void Set(Value o, Value i, Value v) { Rt.Subscr(o, i, v); }
        private static Value I(long i) { return Value.FromInt(i); }

        private static Value Call(Value o, string name, params Value[] args)
        {
            return Rt.Call(Rt.LoadAttr(o, Qstr.Intern(name)), args, 0, args.Length, 0);
        }

        private static Value Make(PyType t, params Value[] args) { return Rt.Call(t, args, 0, args.Length, 0); }

        [Fact]
        public void ByteArrayMutation()
        {
            Value ba = L("bytearray(b'hello')");
            Set(ba, I(0), I(72));
            Call(ba, "append", I(33));
            Call(ba, "extend", L("b' ok'"));
            Assert.Equal("bytearray(b'Hello! ok')", R(ba));
            Set(ba, Sl(1, 3), L("b'EL'"));
            Assert.Equal("bytearray(b'HELlo! ok')", R(ba));
            Assert.Equal("bytearray(b'Llo! ok')", R(Get(ba, SlFrom(2))));
            Assert.Equal("b'HE'", R(Make(PyBytes.TypeObj, Get(ba, SlTo(2)))));
            Set(ba, Sl(0, 1), L("b'JJ'"));
            Assert.Equal("bytearray(b'JJELlo! ok')", R(ba));
            Set(ba, Sl(0, 1), L("b''"));
            Assert.Equal("bytearray(b'JELlo! ok')", R(ba));
            Set(ba, I(-1), I(300));
            Set(ba, I(0), I(-1));
            Assert.Equal("bytearray(b'\\xffELlo! o,')", R(ba));
            Value same = Rt.BinaryOp(BinaryOpKind.InplaceAdd, ba, L("b'+'"));
            Assert.True(same.Is(ba));
            Call(ba, "extend", L("[1, 2]"));
            Call(ba, "extend", L("bytearray(b'z')"));
            Assert.Equal("bytearray(b'\\xffELlo! o,+\\x01\\x02z')", R(ba));
            Assert.Equal(13, Rt.UnaryOp(UnaryOpKind.Len, ba).Int);
            Set(ba, Sl(1, 2), L("bytearray(b'QQ')"));
            Set(ba, Sl(1, 2), Make(PyMemoryView.TypeObj, L("b'ZZ'")));
            Assert.Equal("bytearray(b'\\xffZZQLlo! o,+\\x01\\x02z')", R(ba));
        }

        [Fact]
        public void ByteArraySliceAssignFromItself()
        {
            Value b2 = L("bytearray(b'abc')");
            Set(b2, Sl(0, 3), b2);
            Set(b2, Sl(1, 1), b2);
            Assert.Equal("bytearray(b'aabcbc')", R(b2));
        }

        [Fact]
        public void ByteArrayErrors()
        {
            Value ba = L("bytearray(b'abc')");
            var e = Assert.Throws<PyException>(() => Rt.Subscr(ba, I(0), Value.Null));
            Assert.Equal("'bytearray' object doesn't support item deletion", Rt.StrOf(e.Exc).ToString());
            e = Assert.Throws<PyException>(() => Set(ba, Sl(1, 2), L("[1]")));
            Assert.Equal("array/bytes required on right side", Rt.StrOf(e.Exc).ToString());
            e = Assert.Throws<PyException>(() => Call(ba, "extend", I(1)));
            Assert.Equal("'int' object isn't iterable", Rt.StrOf(e.Exc).ToString());
            e = Assert.Throws<PyException>(() => Call(ba, "append", L("b'a'")));
            Assert.Equal("can't convert bytes to int", Rt.StrOf(e.Exc).ToString());
            e = Assert.Throws<PyException>(() => Rt.BinaryOp(BinaryOpKind.In, I(1), ba));
            Assert.Equal("NotImplementedError", e.Exc.ExcType.NameStr);
            e = Assert.Throws<PyException>(() => Set(L("b'abc'"), I(0), I(1)));
            Assert.Equal("'bytes' object doesn't support item assignment", Rt.StrOf(e.Exc).ToString());
            e = Assert.Throws<PyException>(() => Set(L("'abc'"), I(0), L("'x'")));
            Assert.Equal("'str' object doesn't support item assignment", Rt.StrOf(e.Exc).ToString());
        }

        [Fact]
        public void MemoryViewWritesThroughAndFollowsGrowth()
        {
            Value m = L("bytearray(b'abcdefgh')");
            Value mv = Make(PyMemoryView.TypeObj, m);
            Set(mv, I(0), I(65));
            Set(mv, Sl(1, 3), L("b'BC'"));
            Value sub = Get(mv, SlFrom(4));
            Set(sub, I(0), I(69));
            Assert.Equal("bytearray(b'ABCdEfgh')", R(m));
            Assert.Equal(4, Rt.UnaryOp(UnaryOpKind.Len, sub).Int);
            Assert.Equal("b'Efgh'", R(Make(PyBytes.TypeObj, sub)));
            Assert.Equal(104, Get(sub, I(-1)).Int);
            Assert.Equal("'4142436445666768'", R(Call(mv, "hex")));
            Call(m, "extend", L("b'XYZ'"));
            Assert.Equal(8, Rt.UnaryOp(UnaryOpKind.Len, mv).Int);
            Assert.Equal("b'ABCdEfgh'", R(Make(PyBytes.TypeObj, mv)));
            Assert.Equal("b'ABCdEfghXYZ'", R(Make(PyBytes.TypeObj, Make(PyMemoryView.TypeObj, m))));
            Assert.Equal("<memoryview>", R(mv));
        }

        [Fact]
        public void MemoryViewErrors()
        {
            Value ro = Make(PyMemoryView.TypeObj, L("b'readonly'"));
            var e = Assert.Throws<PyException>(() => Set(ro, I(0), I(1)));
            Assert.Equal("TypeError", e.Exc.ExcType.NameStr);
            e = Assert.Throws<PyException>(() => Get(ro, I(8)));
            Assert.Equal("memoryview index out of range", Rt.StrOf(e.Exc).ToString());
            Value mv = Make(PyMemoryView.TypeObj, L("bytearray(b'abc')"));
            e = Assert.Throws<PyException>(() => Set(mv, Sl(0, 2), L("b'x'")));
            Assert.Equal("lhs and rhs should be compatible", Rt.StrOf(e.Exc).ToString());
            e = Assert.Throws<PyException>(() => Make(PyMemoryView.TypeObj, I(1)));
            Assert.Equal("object with buffer protocol required", Rt.StrOf(e.Exc).ToString());
            Assert.Equal("b'abc'", R(Make(PyBytes.TypeObj, Make(PyMemoryView.TypeObj, L("'abc'")))));
        }

        [Fact]
        public void Iteration()
        {
            long t = 0;
            Value it = Rt.GetIter(Make(PyMemoryView.TypeObj, L("b'\\x10\\x20\\x30'")));
            for (Value v = Rt.IterNext(it); !v.IsNull; v = Rt.IterNext(it)) t += v.Int;
            Assert.Equal(96, t);
            Value s = PyStr.Empty;
            it = Rt.GetIter(L("'a\\xe9\\u2713\\U0001f40d'"));
            for (Value c = Rt.IterNext(it); !c.IsNull; c = Rt.IterNext(it))
            {
                s = Rt.BinaryOp(BinaryOpKind.InplaceAdd, s, Rt.BinaryOp(BinaryOpKind.Add, c, L("'|'")));
            }
            Assert.Equal("'a|\\xe9|\\u2713|\\U0001f40d|'", R(s));
            Value x = L("'ab'");
            x = Rt.BinaryOp(BinaryOpKind.InplaceAdd, x, L("'cd'"));
            x = Rt.BinaryOp(BinaryOpKind.InplaceMultiply, x, I(2));
            Assert.Equal("'abcdabcd'", R(x));
        }

        [Fact]
        public void BytesConstantReferencesImageInPlace()
        {
            byte[] image = { 1, (byte)'x', (byte)'y', 2 };
            var b = new PyBytes(image, 1, 2);
            Assert.Equal("b'xy'", R(b));
            Assert.Same(image, b.Data);
            Assert.Equal(121, Get(b, I(1)).Int);
            var s = new PyStr(image, 1, 2);
            Assert.Equal(Rt.Hash(b), Rt.Hash(s));
        }

        [Fact]
        public void AsciiIterationAndIndexingShareOneCharStrs()
        {
            Value s = L("'abca'");
            Assert.Same(Get(s, I(0)).Obj, Get(s, I(3)).Obj);
            Value it = Rt.GetIter(s);
            Assert.Same(Rt.IterNext(it).Obj, Get(s, I(0)).Obj);
        }

        [Fact]
        public void TypesAreRegisteredAsBuiltins()
        {
            Assert.Same(PyStr.TypeObj, Builtins.Dict.GetQ(Q.str).Obj);
            Assert.Same(PyBytes.TypeObj, Builtins.Dict.GetQ(Q.bytes).Obj);
            Assert.Same(PyByteArray.TypeObj, Builtins.Dict.GetQ(Q.bytearray).Obj);
            Assert.Same(PyMemoryView.TypeObj, Builtins.Dict.GetQ(Qstr.Intern("memoryview")).Obj);
            Assert.Equal("<class 'str'>", R(PyStr.TypeObj));
            Assert.False(Builtins.Dict.GetQ(Qstr.Intern("format")).Obj is PyBuiltin);
        }
    }
}

namespace NanoMpy.Tests.Strings
{
    // The BytesWarning MicroPython's unix port prints on str/bytes equality (checked against its stderr).
    [Xunit.Collection("Warnings")]
    public class BytesWarningTests
    {
        private sealed class Capture : IByteSink
        {
            public readonly System.Text.StringBuilder Text = new System.Text.StringBuilder();
            public void Write(byte[] data, int off, int len) { Text.Append(System.Text.Encoding.UTF8.GetString(data, off, len)); }
        }

        [Xunit.Fact]
        public void StrBytesEqualityWarnsOnEachComparison()
        {
            var c = new Capture();
            Warnings.Sink = c;
            try
            {
                Xunit.Assert.False(Rt.Equal(PyStr.FromString("a"), new PyBytes(new byte[] { 97 }, 0, 1)));
                Xunit.Assert.False(Rt.Equal(new PyBytes(new byte[] { 97 }, 0, 1), PyStr.FromString("a")));
                Xunit.Assert.True(Rt.Equal(new PyBytes(new byte[] { 97 }, 0, 1), new PyByteArray(new byte[] { 97 }, 1)));
                Xunit.Assert.False(Rt.Equal(PyStr.FromString("a"), Value.FromInt(97)));
                Xunit.Assert.Equal("Warning: Comparison between bytes and str\nWarning: Comparison between bytes and str\n", c.Text.ToString());
            }
            finally
            {
                Warnings.Sink = null;
            }
        }
    }
}
