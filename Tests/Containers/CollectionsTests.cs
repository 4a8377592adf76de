using Xunit;
using static NanoMpy.Tests.Containers.Py;

namespace NanoMpy.Tests.Containers
{
    // collections through the C# API; expected lines are from Tests/programs/containers_collections.exp
    // (unix MicroPython).
    public class CollectionsTests
    {
        private static Value Attr(Value o, string name) => Rt.LoadAttr(o, Qstr.Intern(name));

        [Fact]
        public void NamedTupleDequeOrderedDict()
        {
            Value mod = ModuleTable.Extensible("collections");
            Value P = Rt.Call(Attr(mod, "namedtuple"), new[] { S("P"), S("x y") }, 0, 2, 0);
            Value p = CallKw(P, new[] { I(1) }, "y", I(2));
            Assert.Equal("P(x=1, y=2) 1 2 <class 'P'> <class 'P'> True",
                Line(p, Attr(p, "x"), Rt.Subscr(p, I(1), Value.Sentinel), P, Rt.TypeOf(p), Rt.BinaryOp(BinaryOpKind.Equal, p, Tuple(I(1), I(2)))));
            var e = Assert.Throws<PyException>(() => Rt.Call1(P, I(1)));
            Assert.Equal("P() takes 2 positional arguments but 1 were given", Str(e.Exc));

            Value deque = Attr(mod, "deque");
            Value d3 = Rt.Call(deque, new[] { List(I(1), I(2), I(3)), I(5) }, 0, 2, 0);
            Rt.Subscr(d3, I(1), I(9));
            Assert.Equal("[1, 9, 3] 3", Line(Rt.Call1(Builtin("list"), d3), Rt.Subscr(d3, I(-1), Value.Sentinel)));
            Call(d3, "appendleft", I(0));
            Call(d3, "appendleft", I(-1));
            Call(d3, "appendleft", I(-2));
            Assert.Equal("[-2, -1, 0, 1, 9] 5 -2 9 [-1, 0, 1]",
                Line(Rt.Call1(Builtin("list"), d3), Rt.UnaryOp(UnaryOpKind.Len, d3), Call(d3, "popleft"), Call(d3, "pop"),
                    Rt.Call1(Builtin("list"), d3)));

            Value O = Attr(mod, "OrderedDict");
            Value o2 = Rt.Call(O, new Value[0], 0, 0, 0);
            for (int i = 0; i < 20; i++) Rt.Subscr(o2, S((i * 7 % 13).ToString()), I(i));
            Assert.Equal("OrderedDict({'0': 13, '7': 14, '1': 15, '8': 16, '2': 17, '9': 18, '3': 19, '10': 7, '4': 8, '11': 9, '5': 10, '12': 11, '6': 12}) <class 'OrderedDict'>",
                Line(o2, Rt.TypeOf(o2)));
        }
    }
}
