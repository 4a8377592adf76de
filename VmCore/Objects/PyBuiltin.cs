namespace NanoMpy
{
    public delegate Value BuiltinFn0();
    public delegate Value BuiltinFn1(Value a);
    public delegate Value BuiltinFn2(Value a, Value b);
    public delegate Value BuiltinFn3(Value a, Value b, Value c);
    // Positional arguments args[start .. start+n), n already checked against MinArgs..MaxArgs.
    public delegate Value BuiltinFnVar(Value[] args, int start, int n);
    // Raw call layout of PyObject.Call: positional, then (name, value) keyword pairs.
    public delegate Value BuiltinFnKw(Value[] args, int start, int nPos, int nKw);

    // A function implemented in C# (mp_obj_fun_builtin_*). Methods of built-in types are PyBuiltins whose
    // first argument is self; LOAD_METHOD calls them without making a bound method.
    public sealed class PyBuiltin : PyObject
    {
        public static readonly PyType TypeObj = new PyType(Qstr.Intern("function"), PyType.ObjectType);

        public readonly int Name;
        public readonly int MinArgs;
        public readonly int MaxArgs;   // int.MaxValue: unbounded
        private readonly BuiltinFn0 _f0;
        private readonly BuiltinFn1 _f1;
        private readonly BuiltinFn2 _f2;
        private readonly BuiltinFn3 _f3;
        private readonly BuiltinFnVar _fv;
        private readonly BuiltinFnKw _fk;

        public PyBuiltin(string name, BuiltinFn0 f) : this(name, 0, 0) { _f0 = f; }
        public PyBuiltin(string name, BuiltinFn1 f) : this(name, 1, 1) { _f1 = f; }
        public PyBuiltin(string name, BuiltinFn2 f) : this(name, 2, 2) { _f2 = f; }
        public PyBuiltin(string name, BuiltinFn3 f) : this(name, 3, 3) { _f3 = f; }
        public PyBuiltin(string name, int min, int max, BuiltinFnVar f) : this(name, min, max) { _fv = f; }
        // Takes keywords; checks its own arguments.
        public PyBuiltin(string name, BuiltinFnKw f) : this(name, 0, int.MaxValue) { _fk = f; }

        private PyBuiltin(string name, int min, int max)
        {
            Name = Qstr.Intern(name);
            MinArgs = min;
            MaxArgs = max;
        }

        public override PyType Type { get { return TypeObj; } }

        public bool TakesKeywords { get { return _fk != null; } }

        public override Value Call(Value[] args, int start, int nPos, int nKw)
        {
            if (_fk != null) return _fk(args, start, nPos, nKw);
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos < MinArgs || nPos > MaxArgs) throw Rt.ArgCountError(MinArgs, MaxArgs, nPos);
            if (_fv != null) return _fv(args, start, nPos);
            switch (nPos)
            {
                case 0: return _f0();
                case 1: return _f1(args[start]);
                case 2: return _f2(args[start], args[start + 1]);
                default: return _f3(args[start], args[start + 1], args[start + 2]);
            }
        }

        // Fast paths for the VM and for C# callers (no argument array).
        public Value Call1(Value a)
        {
            if (_f1 != null) return _f1(a);
            Value[] args = new Value[] { a };
            return Call(args, 0, 1, 0);
        }

        public Value Call2(Value a, Value b)
        {
            if (_f2 != null) return _f2(a, b);
            Value[] args = new Value[] { a, b };
            return Call(args, 0, 2, 0);
        }

        // MicroPython prints every built-in function as <function>.
        public override void Print(Printer p, int kind)
        {
            p.Write("<function>");
        }
    }
}
