using Xunit;

namespace NanoMpy.Tests.Numerics
{
    // Single cases whose expected text was printed by MicroPython v1.27.0 (unix port).
    public class NumberEdgeTests
    {
        private static string Repr(Value v) => Rt.Repr(v).ToString();

        private static string Error(System.Action a)
        {
            try { a(); }
            catch (PyException e)
            {
                var args = e.Exc.Args.Items;
                return e.Exc.ExcType.NameStr + " " + (args.Length == 0 ? "" : Rt.StrOf(args[0]).ToString());
            }
            return "no error";
        }

        private static Value Int(string s) => PyBigInt.Make(BigInt.Parse(s, 10));

        [Fact]
        public void IntOfNonAsciiTextQuotesBytesInTheMessage()
        {
            // int('٣') -> ValueError invalid syntax for integer with base 10: '\xd9\xa3'
            Assert.Equal("ValueError invalid syntax for integer with base 10: '\\xd9\\xa3'",
                Error(() => NumberBuiltins.MakeInt(null, new Value[] { PyStr.FromString("\u0663") }, 0, 1, 0)));
            // int("it's") quotes with double quotes
            Assert.Equal("ValueError invalid syntax for integer with base 10: \"it's\"",
                Error(() => NumberBuiltins.MakeInt(null, new Value[] { PyStr.FromString("it's") }, 0, 1, 0)));
        }

        [Fact]
        public void ComplexRepr()
        {
            Assert.Equal("-0j", Repr(Rt.UnaryOp(UnaryOpKind.Negative, new PyComplex(0, 0))));
            Assert.Equal("(1+nanj)", Repr(new PyComplex(1, FloatParse.NaN)));
            Assert.Equal("(inf-infj)", Repr(new PyComplex(double.PositiveInfinity, double.NegativeInfinity)));
            Assert.Equal("1j", Repr(new PyComplex(-0.0, 1)));
            Assert.Equal("(-1.5+0j)", Repr(new PyComplex(-1.5, 0)));
            Assert.Equal(3L, Rt.Hash(new PyComplex(1, 2)));
        }

        [Fact]
        public void BigIntFloatMixing()
        {
            Value big1100 = PyBigInt.Make(BigInt.One.Shl(1100));
            Value big1099 = PyBigInt.Make(BigInt.One.Shl(1099));
            Assert.Equal("nan", Repr(Rt.BinaryOp(BinaryOpKind.TrueDivide, big1100, big1099)));
            Assert.Equal("inf", Repr(NumberBuiltins.MakeFloat(null, new[] { big1100 }, 0, 1, 0)));
            Assert.Equal("False", Repr(Rt.BinaryOp(BinaryOpKind.Less, big1100, Value.FromFloat(double.PositiveInfinity))));
            // 2**64 + 1 == 2.0**64 is True in MicroPython (the int is converted to float)
            Assert.True(Rt.Equal(Int("18446744073709551617"), Value.FromFloat(18446744073709551616.0)));
            Assert.Equal("1000000000000000019884624838656", Repr(NumberBuiltins.MakeInt(null, new[] { Value.FromFloat(1e30) }, 0, 1, 0)));
        }

        [Fact]
        public void SmallIntOverflowPromotesAndDemotes()
        {
            Value min = Value.FromInt(long.MinValue);
            Assert.Equal("9223372036854775808", Repr(Rt.BinaryOp(BinaryOpKind.FloorDivide, min, Value.FromInt(-1))));
            Assert.Equal("0", Repr(Rt.BinaryOp(BinaryOpKind.Modulo, min, Value.FromInt(-1))));
            Assert.Equal("9223372036854775808", Repr(Rt.BinaryOp(BinaryOpKind.Multiply, min, Value.FromInt(-1))));
            Assert.Equal("9223372036854775808", Repr(NumberBuiltins.Abs(min)));
            Value back = Rt.BinaryOp(BinaryOpKind.Subtract, Rt.BinaryOp(BinaryOpKind.Add, Value.FromInt(long.MaxValue), Value.FromInt(1)), Value.FromInt(1));
            Assert.True(back.IsSmallInt);
            Assert.Equal(long.MaxValue, back.Bits);
            Assert.Equal("12157665459056928801", Repr(Rt.BinaryOp(BinaryOpKind.Power, Value.FromInt(3), Value.FromInt(40))));
        }

        [Fact]
        public void MessagesForZeroDivisionAndShifts()
        {
            Assert.Equal("ZeroDivisionError divide by zero", Error(() => Rt.BinaryOp(BinaryOpKind.TrueDivide, Value.FromInt(1), Value.FromInt(0))));
            Assert.Equal("ZeroDivisionError complex divide by zero", Error(() => Rt.BinaryOp(BinaryOpKind.TrueDivide, new PyComplex(0, 1), Value.FromInt(0))));
            Assert.Equal("ZeroDivisionError 0.0 to a complex power", Error(() => Rt.BinaryOp(BinaryOpKind.Power, new PyComplex(0, 0), Value.FromInt(-1))));
            Assert.Equal("TypeError can't truncate-divide a complex number", Error(() => Rt.BinaryOp(BinaryOpKind.FloorDivide, new PyComplex(0, 1), Value.FromInt(2))));
            Assert.Equal("ValueError negative shift count", Error(() => Rt.BinaryOp(BinaryOpKind.LShift, Value.FromInt(1), Value.FromInt(-1))));
            Assert.Equal("OverflowError overflow converting long int to machine word",
                Error(() => Rt.BinaryOp(BinaryOpKind.RShift, Value.FromInt(1), Int("1180591620717411303424"))));
            Assert.Equal("ValueError divide by zero", Error(() => NumberBuiltins.Pow(new[] { Value.FromInt(2), Value.FromInt(3), Value.FromInt(0) }, 0, 3)));
        }

        [Fact]
        public void FromBytesIsReachedThroughTheTypeOrAnInstance()
        {
            Value data = PyStr.FromString("\u0001\u0002");
            Value little = Qstr.Obj(Q.little);
            // int.from_bytes(b'\x01\x02', 'little') == 513; (5).from_bytes(b'\x01\x02') == 258
            Assert.Equal("513", Repr(NumberBuiltins.FromBytes(new[] { data, little }, 0, 2)));
            Assert.Equal("258", Repr(NumberBuiltins.FromBytes(new[] { Value.FromInt(5), data }, 0, 2)));
            Assert.Equal("TypeError function missing 1 required positional arguments",
                Error(() => NumberBuiltins.FromBytes(new[] { Value.FromInt(5) }, 0, 1)));
            Assert.Equal("TypeError function expected at most 4 arguments, got 5",
                Error(() => NumberBuiltins.FromBytes(new[] { data, little, Value.False, Value.FromInt(1) }, 0, 4)));
            Assert.Equal("TypeError object with buffer protocol required",
                Error(() => NumberBuiltins.FromBytes(new[] { Value.FromInt(5), Value.FromInt(1) }, 0, 2)));
        }

        private static Value _sink;

        private static void ArithmeticLoop()
        {
            Value acc = Value.FromInt(0);
            Value f = Value.FromFloat(0.5);
            for (int i = 0; i < 10000; i++)
            {
                acc = Rt.BinaryOp(BinaryOpKind.Add, acc, Value.FromInt(i));
                acc = Rt.BinaryOp(BinaryOpKind.FloorDivide, acc, Value.FromInt(3));
                f = Rt.BinaryOp(BinaryOpKind.Multiply, f, Value.FromInt(1));
                Rt.BinaryOp(BinaryOpKind.Less, acc, f);
                Rt.Equal(acc, f);
                Rt.Hash(f);
            }
        }

        [Fact]
        public void SmallIntArithmeticAllocatesNothing()
        {
            ArithmeticLoop(); // first run: the JIT's own allocations (tiering) are not the VM's
            long before = System.GC.GetAllocatedBytesForCurrentThread();
            ArithmeticLoop();
            long bytes = System.GC.GetAllocatedBytesForCurrentThread() - before;
            if (!NanoMpy.Tests.Vm.AllocationTests.DeviceValues)
            {
                Assert.Equal(0, bytes);
                return;
            }
            // Device values: at most one object per int outside the cache (the loop's FromInt(i), the add and
            // the floor division) and per float result (the multiply); compare, equality and hash make none.
            long a0 = System.GC.GetAllocatedBytesForCurrentThread();
            _sink = Value.FromFloat(1.5); // kept, so the JIT cannot put it on the stack
            long one = System.GC.GetAllocatedBytesForCurrentThread() - a0;
            Assert.True(bytes <= 10000 * 4 * one, bytes + " bytes for 10,000 iterations, " + one + " bytes an object");
        }
    }
}
