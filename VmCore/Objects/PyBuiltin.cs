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
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = new PyType(Qstr.Intern("function"), PyType.ObjectType)); } }

        public readonly int Name;
        public readonly int MinArgs;
        public readonly int MaxArgs;   // int.MaxValue: unbounded
        // One delegate field and its kind rather than a field per signature: a board's heap holds a few
        // hundred of these from boot, at 12 bytes a field (docs/DEVICE-MEMORY.md).
        private readonly System.Delegate _f;
        private readonly int _kind;

        private const int Kind0 = 0, Kind1 = 1, Kind2 = 2, Kind3 = 3, KindVar = 4, KindKw = 5;

        public PyBuiltin(string name, BuiltinFn0 f) : this(name, 0, 0, f, Kind0) { }
        public PyBuiltin(string name, BuiltinFn1 f) : this(name, 1, 1, f, Kind1) { }
        public PyBuiltin(string name, BuiltinFn2 f) : this(name, 2, 2, f, Kind2) { }
        public PyBuiltin(string name, BuiltinFn3 f) : this(name, 3, 3, f, Kind3) { }
        public PyBuiltin(string name, int min, int max, BuiltinFnVar f) : this(name, min, max, f, KindVar) { }
        // Takes keywords; checks its own arguments.
        public PyBuiltin(string name, BuiltinFnKw f) : this(name, 0, int.MaxValue, f, KindKw) { }

        private PyBuiltin(string name, int min, int max, System.Delegate f, int kind)
        {
            Name = Qstr.Intern(name);
            MinArgs = min;
            MaxArgs = max;
            _f = f;
            _kind = kind;
        }

        public override PyType Type { get { return TypeObj; } }

        public override Value Call(Value[] args, int start, int nPos, int nKw)
        {
            int kind = _kind;
            if (kind == KindKw) return ((BuiltinFnKw)_f)(args, start, nPos, nKw);
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos < MinArgs || nPos > MaxArgs) throw Rt.ArgCountError(MinArgs, MaxArgs, nPos);
            switch (kind)
            {
                case KindVar: return ((BuiltinFnVar)_f)(args, start, nPos);
                case Kind0: return ((BuiltinFn0)_f)();
                case Kind1: return ((BuiltinFn1)_f)(args[start]);
                case Kind2: return ((BuiltinFn2)_f)(args[start], args[start + 1]);
                default: return ((BuiltinFn3)_f)(args[start], args[start + 1], args[start + 2]);
            }
        }

#if MP_OPT_SPEED
        // A call with self before the nPos positional arguments args[start ..] and no keywords (a bound
        // method's), without an argument array when the function takes a fixed number of arguments; false when
        // it takes a variable number (the caller then makes the array).
        public bool TryCallSelf(Value self, Value[] args, int start, int nPos, out Value result)
        {
            int kind = _kind;
            if (kind > Kind3 || nPos + 1 != kind)
            {
                result = Value.Null;
                return false;
            }
            if (kind == Kind1) result = ((BuiltinFn1)_f)(self);
            else if (kind == Kind2) result = ((BuiltinFn2)_f)(self, args[start]);
            else result = ((BuiltinFn3)_f)(self, args[start], args[start + 1]);
            return true;
        }
#endif

        // Fast paths for the VM and for C# callers (no argument array).
        public Value Call1(Value a)
        {
            if (_kind == Kind1) return ((BuiltinFn1)_f)(a);
            Value[] args = new Value[] { a };
            return Call(args, 0, 1, 0);
        }

        public Value Call2(Value a, Value b)
        {
            if (_kind == Kind2) return ((BuiltinFn2)_f)(a, b);
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
