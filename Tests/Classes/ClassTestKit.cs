using System;
using NanoMpy;

namespace NanoMpy.Tests.Classes
{
    // Stand-in for a Python function: binds self when found on a class (TypeFlags.BindsSelf), like the VM's
    // function objects; positional arguments only, keywords are passed as trailing (name, value) pairs.
    public sealed class PyFn : PyObject
    {
        public static readonly PyType TypeObj = MakeType();
        private readonly Func<Value[], Value> _f;

        public PyFn(Func<Value[], Value> f) { _f = f; }

        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("function"), PyType.ObjectType);
            t.Flags = TypeFlags.BindsSelf;
            return t;
        }

        public override PyType Type { get { return TypeObj; } }

        public override Value Call(Value[] args, int start, int nPos, int nKw)
        {
            Value[] a = new Value[nPos + 2 * nKw];
            Array.Copy(args, start, a, 0, a.Length);
            return _f(a);
        }
    }

    public static class Kit
    {
        static Kit()
        {
            // Builtins registration sets up type/object constructors.
            _ = Builtins.Dict;
        }

        public static Value I(long v) => Value.FromInt(v);
        public static Value S(string s) => PyStr.FromString(s);
        public static int Q(string s) => Qstr.Intern(s);

        public static Value Fn(Func<Value[], Value> f) => new PyFn(f);

        // class name(bases): members (name, value) pairs.
        public static PyType Class(string name, PyType[] bases, params object[] members)
        {
            PyDict d = new PyDict();
            for (int i = 0; i < members.Length; i += 2)
            {
                d.SetQ(Qstr.Intern((string)members[i]), (Value)members[i + 1]);
            }
            Value[] b = new Value[bases.Length];
            for (int i = 0; i < b.Length; i++) b[i] = bases[i];
            return Rt.NewType(S(name), new PyTuple(b), d);
        }

        public static PyType Class(string name, params object[] members) => Class(name, new PyType[0], members);

        public static Value New(PyType t, params Value[] args) => Rt.Call(t, args, 0, args.Length, 0);

        public static Value CallM(Value obj, string name, params Value[] args)
        {
            Rt.LoadMethod(obj, Q(name), out Value m, out Value self);
            if (self.IsNull) return Rt.Call(m, args, 0, args.Length, 0);
            Value[] a = new Value[args.Length + 1];
            a[0] = self;
            Array.Copy(args, 0, a, 1, args.Length);
            return Rt.Call(m, a, 0, a.Length, 0);
        }

        public static Value Get(Value obj, string name) => Rt.LoadAttr(obj, Q(name));
        public static void Set(Value obj, string name, Value v) => Rt.StoreAttr(obj, Q(name), v);

        public static string Repr(Value v) => Print(v, PrintKind.Repr);
        public static string Str(Value v) => Print(v, PrintKind.Str);

        public static string Print(Value v, int kind)
        {
            Printer p = new Printer();
            Rt.Print(p, v, kind);
            return p.ToString();
        }

        public static PyBaseException Raises(Action a)
        {
            try
            {
                a();
            }
            catch (PyException e)
            {
                return e.Exc;
            }
            throw new Exception("no Python exception raised");
        }

        // "TypeError: message" as the traceback's last line shows it.
        public static string ExcLine(PyBaseException e) => Print(e, PrintKind.Exc);

        public static Value Tuple(params Value[] items) => new PyTuple(items);
    }
}
