namespace NanoMpy
{
    // A function defined in Python bytecode (mp_obj_fun_bc_t, and mp_obj_closure_t when Closure is set):
    // its code, the globals of its module, positional defaults, keyword-only defaults and closed-over cells.
    public sealed class PyFunction : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = new PyType(Qstr.Intern("function"), PyType.ObjectType)); } }
        private static PyType _closureTypeObj;
        public static PyType ClosureTypeObj { get { return _closureTypeObj ?? (_closureTypeObj = new PyType(Qstr.Intern("closure"), PyType.ObjectType)); } }
        // A generator function's type is MicroPython's "generator" (mp_type_gen_wrap).
        private static PyType _genFunTypeObj;
        public static PyType GenFunTypeObj { get { return _genFunTypeObj ?? (_genFunTypeObj = new PyType(Qstr.Intern("generator"), PyType.ObjectType)); } }

        // Two fields, as a function object is made for every def of an imported module. _code is its descriptor
        // once decoded (RawCode), else its module (ModuleContext) with _pos naming the function there, so that a
        // function never called costs no descriptor; and a function with cells (a closure), defaults or globals
        // other than its module's keeps one of those two in a Closed or Extras object there instead.
        private object _code;
        private readonly int _pos;

        // A closure's cells (the usual extra: a closure is made on every run of its def).
        private sealed class Closed
        {
            public object Code;     // RawCode or ModuleContext, as _code would be
            public Value[] Cells;
        }

        private sealed class Extras
        {
            public object Code;     // the same
            public Value[] Defaults;
            public PyDict KwDefaults;
            public Value[] Closure;
            public PyDict Globals;  // null: the module's
        }

        // The function of ctx at pos (its kind_len's position) without defaults or closure (MAKE_FUNCTION).
        public PyFunction(ModuleContext ctx, int pos, PyDict globals) : this(ctx, pos, globals, Value.Null, Value.Null, null)
        {
        }

        // The function of ctx at pos (MAKE_FUNCTION*); defTuple: a tuple or None/Null; kwDict: a dict or None/Null.
        public PyFunction(ModuleContext ctx, int pos, PyDict globals, Value defTuple, Value kwDict, Value[] closure)
        {
            RawCode rc = ctx.Cached(pos);
            object code = rc != null ? (object)rc : ctx;
            _pos = pos;
            PyTuple t = defTuple.Obj as PyTuple;
            PyDict kw = kwDict.Obj as PyDict;
            PyDict own = ctx.Globals == globals ? null : globals;
            if (t == null && kw == null && own == null)
            {
                if (closure == null)
                {
                    _code = code;
                    return;
                }
                Closed c = new Closed();
                c.Code = code;
                c.Cells = closure;
                _code = c;
                return;
            }
            Extras x = new Extras();
            x.Code = code;
            if (t != null) x.Defaults = t.Items;
            x.KwDefaults = kw;
            x.Closure = closure;
            x.Globals = own;
            _code = x;
        }

        public RawCode Code
        {
            get
            {
                object c = _code;
                RawCode rc = c as RawCode;
                if (rc != null) return rc;
                Extras x = c as Extras;
                if (x != null && (rc = x.Code as RawCode) != null) return rc;
                return Decode();
            }
        }

        // The descriptor when _code is not one: a wrapper's (a function with defaults is called as often as any),
        // decoded on first use.
        private RawCode Decode()
        {
            object c = _code;
            Extras x = c as Extras;
            Closed cl = x == null ? c as Closed : null;
            if (x != null) c = x.Code;
            else if (cl != null) c = cl.Code;
            RawCode rc = c as RawCode;
            if (rc != null) return rc;
            rc = ((ModuleContext)c).CodeAt(_pos);
            if (x != null) x.Code = rc;
            else if (cl != null) cl.Code = rc;
            else _code = rc;
            return rc;
        }

        public PyDict Globals
        {
            get
            {
                Extras x = _code as Extras;
                if (x != null && x.Globals != null) return x.Globals;
                return Code.Context.Globals;
            }
        }

#if MP_OPT_SPEED
        // The descriptor of a function with no cells, defaults or globals of its own (its module's), once
        // decoded; else null. Small enough to inline in a call, where Code is a call of its own.
        public RawCode PlainCode { get { return _code as RawCode; } }

        // Globals for the caller that has the descriptor at hand (rc: Code).
        public PyDict GlobalsOf(RawCode rc)
        {
            Extras x = _code as Extras;
            if (x != null && x.Globals != null) return x.Globals;
            return rc.Context.Globals;
        }
#endif

        // PyCell values passed as the leading arguments, or null.
        public Value[] Closure
        {
            get
            {
                object c = _code;
                Closed cl = c as Closed;
                if (cl != null) return cl.Cells;
                Extras x = c as Extras;
                return x != null ? x.Closure : null;
            }
        }

        // Positional defaults (NDefPosArgs of them), or null.
        public Value[] Defaults
        {
            get
            {
                Extras x = _code as Extras;
                return x == null ? null : x.Defaults;
            }
        }

        // Keyword-only defaults, or null.
        public PyDict KwDefaults
        {
            get
            {
                Extras x = _code as Extras;
                return x == null ? null : x.KwDefaults;
            }
        }

        public override PyType Type
        {
            get
            {
                if (Closure != null) return ClosureTypeObj;
                if ((Code.ScopeFlags & ScopeFlag.Generator) != 0) return GenFunTypeObj;
                return TypeObj;
            }
        }

        public override Value Call(Value[] args, int start, int nPos, int nKw)
        {
            return Vm.CallFunction(this, args, start, nPos, nKw);
        }

#if MP_CPYTHON_COMPAT
        // __name__ and __globals__ (MICROPY_PY_FUNCTION_ATTRS), __class__ (MICROPY_CPYTHON_COMPAT)
        private static readonly int QGlobals = Qstr.Intern("__globals__");

        public override Value LoadAttr(int qstr)
        {
            if (qstr == Q.__name__) return Qstr.Obj(Code.Name);
            if (qstr == Q.__class__) return Type;
            if (qstr == QGlobals) return Globals;
            return Value.Null;
        }
#endif

        public override void Print(Printer p, int kind)
        {
            if ((Code.ScopeFlags & ScopeFlag.Generator) != 0 && Closure == null)
            {
                p.Write("<generator>");
                return;
            }
            if (Closure != null) p.Write("<closure ");
#if MP_CPYTHON_COMPAT
            p.Write("<function ");
            p.Write(Qstr.Str(Code.Name));
            p.Write(" at 0x");
            p.Write(Rt.IdentityHash(this).ToString("x"));
            p.Write(">");
#else
            p.Write("<function>"); // fun_bc_print is MICROPY_CPYTHON_COMPAT's: the type's name alone
#endif
            if (Closure != null)
            {
                p.Write(" at ");
                p.Write(Rt.IdentityHash(this).ToString("x"));
                p.Write(", n_closed=");
                p.WriteInt(Closure.Length);
                p.Write(" >");
            }
        }
    }
}
