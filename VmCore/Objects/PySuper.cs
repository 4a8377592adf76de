namespace NanoMpy
{
    // super(T, obj): attribute lookup starting after T in obj's class hierarchy. The VM's
    // LOAD_SUPER_METHOD does the same lookup without making this object (Rt.LoadSuperMethod).
    public sealed class PySuper : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        public readonly Value Cls;
        public readonly Value Self;

        public PySuper(Value cls, Value obj)
        {
            Cls = cls;
            Self = obj;
        }

        public override PyType Type { get { return TypeObj; } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Q.super, PyType.ObjectType);
            t.MakeNew = Make;
            return t;
        }

        // The compiler turns super() into super(__class__, self), so two arguments are required.
        private static Value Make(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos != 2) throw Rt.ArgCountError(2, 2, nPos);
            Value cls = args[start];
            Value obj = args[start + 1];
            PyType ot = obj.Obj as PyType;
            if (ot == null || Rt.TypeOf(obj) != PyType.TypeType) ot = Rt.TypeOf(obj);
            if (!(cls.Obj is PyType) || !Rt.IsSubclass(ot, cls)) throw Rt.Raise(ExcTypes.TypeError, null);
            return new PySuper(cls, obj);
        }

        public override Value LoadAttr(int qstr)
        {
            Value m, s;
            if (!Rt.SuperLookup(Cls, Self, qstr, out m, out s)) return Value.Null;
            if (s.IsNull) return m;
            return new PyBoundMethod(m, s);
        }

        public override void Print(Printer p, int kind)
        {
            p.Write("<super: ");
            Rt.Print(p, Cls, PrintKind.Str);
            p.Write(", ");
            Rt.Print(p, Self, PrintKind.Str);
            p.Write(">");
        }
    }
}
