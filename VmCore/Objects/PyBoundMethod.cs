namespace NanoMpy
{
    // A method bound to its instance (mp_obj_bound_meth_t).
    public sealed class PyBoundMethod : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = new PyType(Qstr.Intern("bound_method"), PyType.ObjectType)); } }

        public readonly Value Method;
        public readonly Value Self;

        public PyBoundMethod(Value method, Value self)
        {
            Method = method;
            Self = self;
        }

        public override PyType Type { get { return TypeObj; } }

        public override Value Call(Value[] args, int start, int nPos, int nKw)
        {
#if MP_OPT_SPEED
            // a built-in method of fixed arity (list.insert bound to a name): no argument array
            PyBuiltin b = Method.Obj as PyBuiltin;
            Value r;
            if (b != null && nKw == 0 && b.TryCallSelf(Self, args, start, nPos, out r)) return r;
#endif
            int n = nPos + 2 * nKw;
            Value[] a = Value.NewArray(n + 1);
            a[0] = Self;
            System.Array.Copy(args, start, a, 1, n);
            return Rt.Call(Method, a, 0, nPos + 1, nKw);
        }

        // Equal when bound to the same object and the same function (bound_meth_binary_op).
        public override bool Eq(Value other)
        {
            PyBoundMethod o = other.Obj as PyBoundMethod;
            return o != null && Self.Is(o.Self) && Rt.Equal(Method, o.Method);
        }

        public override long Hash()
        {
            // by identity: the object bound to may itself be unhashable (a list's bound pop)
            return Rt.IdentityHash(Method.Obj) ^ (Self.IsObj ? Rt.IdentityHash(Self.Obj) : Self.Bits);
        }

        // Attributes are the function's (bound_meth_attr delegates).
        public override Value LoadAttr(int qstr)
        {
#if MP_CPYTHON_COMPAT
            if (qstr == Q.__class__) return TypeObj;
#endif
            return Rt.LoadAttrMaybe(Method, qstr);
        }

        // <bound_method ADDR SELF.METHOD> (MICROPY_ERROR_REPORTING_DETAILED).
        public override void Print(Printer p, int kind)
        {
            p.Write("<bound_method ");
            Rt.WriteAddress(p, this);
            p.Write(" ");
            Rt.Print(p, Self, PrintKind.Repr);
            p.Write(".");
            Rt.Print(p, Method, PrintKind.Repr);
            p.Write(">");
        }
    }
}
