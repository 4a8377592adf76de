using System.Collections.Generic;
using Xunit;
using static NanoMpy.Tests.Containers.Py;

namespace NanoMpy.Tests.Containers
{
    // list.sort/sorted with MicroPython's unstable quicksort (data/gen_sort.py) and slicing of list, tuple
    // and range, slice assignment/deletion, insert and pop (data/gen_slices.py).
    public class SortSliceTests
    {
        private static string TypeNameOf(PyException e) => e.Exc.ExcType.NameStr;

        [Fact]
        public void SortMatchesMicroPythonQuicksort()
        {
            var rnd = new Lcg(777);
            var o = new List<string>();
            Value sorted = Builtin("sorted");
            Value list = Builtin("list");
            Value mod4 = Fn(p => Rt.BinaryOp(BinaryOpKind.Modulo, Rt.Subscr(p, I(0), Value.Sentinel), I(4)));
            Value second = Fn(p => Rt.Subscr(p, I(1), Value.Sentinel));
            Value neg = Fn(x => Rt.UnaryOp(UnaryOpKind.Negative, x));
            foreach (int n in new[] { 0, 1, 2, 3, 5, 8, 13, 30, 100 })
            {
                foreach (int m in new[] { 3, 10, 1000 })
                {
                    var items = new Value[n];
                    for (int i = 0; i < n; i++) items[i] = I(rnd.Next() % m);
                    Value l = List(items);
                    o.Add(Line(Rt.Call1(sorted, l)));
                    o.Add(Line(CallKw(sorted, new[] { l }, "reverse", Value.True)));
                    var pairs = new Value[n];
                    for (int i = 0; i < n; i++) pairs[i] = Tuple(items[i], I(i));
                    Value pl = List(pairs);
                    o.Add(Line(Rt.Call1(list, Rt.Call(PyMap.TypeObj, new[] { second, CallKw(sorted, new[] { pl }, "key", mod4) }, 0, 2, 0))));
                    o.Add(Line(Rt.Call1(list, Rt.Call(PyMap.TypeObj,
                        new[] { second, CallKw(sorted, new[] { pl }, "key", mod4, "reverse", Value.True) }, 0, 2, 0))));
                    Value l2 = Rt.Call1(list, l);
                    CallKw(Rt.LoadAttr(l2, Q.sort), new Value[0], "key", neg);
                    o.Add(Line(l2));
                }
            }
            Assert.Equal(Expected("sort.exp"), o.ToArray());
        }

        [Fact]
        public void SlicingAssignmentDeletionInsertPop()
        {
            long?[] idx = { null, -7, -5, -3, -1, 0, 1, 2, 4, 5, 7 };
            long?[] steps = { null, 1, 2, 3, -1, -2, -4 };
            Value[] baseItems = { I(0), I(1), I(2), I(3), I(4) };
            Value range = Rt.Call(PyRange.TypeObj, new[] { I(10), I(20), I(2) }, 0, 3, 0);
            var o = new List<string>();
            string Show(long? v) => v.HasValue ? v.Value.ToString() : "None";
            foreach (long? i in idx)
            {
                foreach (long? j in idx)
                {
                    foreach (long? k in steps)
                    {
                        Value sl = Slice(N(i), N(j), N(k));
                        var outs = new List<string>();
                        foreach (Value seq in new[] { List(baseItems), Tuple(baseItems), range })
                        {
                            try
                            {
                                outs.Add(Repr(Rt.Subscr(seq, sl, Value.Sentinel)));
                            }
                            catch (PyException e)
                            {
                                outs.Add(TypeNameOf(e));
                            }
                        }
                        o.Add(Show(i) + " " + Show(j) + " " + Show(k) + " " + string.Join(" ", outs));
                    }
                }
            }
            Value[][] vals = { new Value[0], new[] { I(9) }, new[] { I(9), I(8) }, new[] { I(9), I(8), I(7), I(6), I(5), I(4) } };
            foreach (long? i in idx)
            {
                foreach (long? j in idx)
                {
                    foreach (Value[] v in vals)
                    {
                        Value a = List(baseItems);
                        Rt.Subscr(a, Slice(N(i), N(j), Value.None), List(v));
                        Value b = List(baseItems);
                        Rt.Subscr(b, Slice(N(i), N(j), Value.None), Value.Null);
                        o.Add(Show(i) + " " + Show(j) + " " + Line(a, b));
                    }
                }
            }
            for (int i = -7; i < 7; i++)
            {
                Value a = List(baseItems);
                Call(a, "insert", I(i), S("x"));
                Value b = List(baseItems);
                string r;
                try
                {
                    Call(b, "pop", I(i));
                    r = Str(b);
                }
                catch (PyException e)
                {
                    r = Str(e.Exc);
                }
                o.Add(i + " " + Str(a) + " " + r);
            }
            Assert.Equal(Expected("slices.exp"), o.ToArray());
        }
    }
}
