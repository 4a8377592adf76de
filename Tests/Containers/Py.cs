using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace NanoMpy.Tests.Containers
{
    // Small helpers to drive the container objects from C# the way compiled code would, and to load the
    // expected output that the unix MicroPython printed for data/gen_*.py.
    internal static class Py
    {
        public static Value I(long v) => Value.FromInt(v);
        public static Value S(string s) => PyStr.FromString(s);

        public static string Repr(Value v) => Rt.Repr(v).ToString();
        public static string Str(Value v) => Rt.StrOf(v).ToString();

        public static Value Tuple(params Value[] items) => new PyTuple(items);

        public static Value List(params Value[] items) => PyList.Copy(items, 0, items.Length);

        public static Value Call(Value self, string method, params Value[] args)
        {
            Value m = Rt.LoadAttr(self, Qstr.Intern(method));
            return Rt.Call(m, args, 0, args.Length, 0);
        }

        // Calls with keyword arguments given as alternating name, value.
        public static Value CallKw(Value f, Value[] pos, params object[] kw)
        {
            var a = new List<Value>(pos);
            for (int i = 0; i < kw.Length; i += 2)
            {
                a.Add(Qstr.Obj(Qstr.Intern((string)kw[i])));
                a.Add((Value)kw[i + 1]);
            }
            return Rt.Call(f, a.ToArray(), 0, pos.Length, kw.Length / 2);
        }

        public static Value Builtin(string name) => Builtins.Dict.GetQ(Qstr.Intern(name));

        // print(*args) as text (without the newline).
        public static string Line(params Value[] items)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(' ');
                sb.Append(Str(items[i]));
            }
            return sb.ToString();
        }

        public static Value Fn(Func<Value, Value> f) => new PyBuiltin("f", new BuiltinFn1(f));

        public static string[] Expected(string name, [CallerFilePath] string path = "")
        {
            return File.ReadAllLines(Path.Combine(Path.GetDirectoryName(path)!, "data", name));
        }

        public static Value Slice(Value a, Value b, Value c) => new PySlice(a, b, c);

        public static Value N(long? v) => v.HasValue ? Value.FromInt(v.Value) : Value.None;
    }

    // The LCG the generator scripts use.
    internal sealed class Lcg
    {
        private long _seed;

        public Lcg(long seed)
        {
            _seed = seed;
        }

        public long Next()
        {
            _seed = (_seed * 1103515245 + 12345) & 0x7fffffff;
            return _seed;
        }
    }
}
