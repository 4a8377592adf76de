namespace NanoMpy
{
    // A module (mp_obj_module_t): its globals dict is its namespace.
    public sealed class PyModule : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = new PyType(Qstr.Intern("module"), PyType.ObjectType)); } }
#if MP_CPYTHON_COMPAT
        private static readonly int QDict = Qstr.Intern("__dict__");
#endif
        private static readonly int QFile = Qstr.Intern("__file__");

        public readonly int Name;
        public readonly PyDict Globals;

        public PyModule(int name, PyDict globals)
        {
            Name = name;
            Globals = globals;
        }

        public override PyType Type { get { return TypeObj; } }

        private static readonly int QGetAttr = Qstr.Intern("__getattr__");

        public override Value LoadAttr(int qstr)
        {
            Value v = Globals.GetQ(qstr);
#if MP_CPYTHON_COMPAT
            if (v.IsNull && qstr == QDict) return Globals;
#endif
            if (v.IsNull && qstr != QGetAttr)
            {
                // a module-level __getattr__(name) answers for missing attributes (MICROPY_MODULE_GETATTR)
                Value ga = Globals.GetQ(QGetAttr);
                if (!ga.IsNull) return Rt.Call1(ga, Qstr.Obj(qstr));
            }
            return v;
        }

        // A module written in C# (sys, math, ...) is read-only, as MicroPython's ROM modules are.
        public bool ReadOnly;

        public override bool StoreAttr(int qstr, Value value)
        {
            if (ReadOnly) return false;
            if (value.IsNull) return !Globals.Remove(Qstr.Obj(qstr)).IsNull;
            Globals.SetQ(qstr, value);
            return true;
        }

        // <module 'name'>, or <module 'name' from 'file'> when it came from a file (module_print).
        public override void Print(Printer p, int kind)
        {
            Value name = Globals.GetQ(Q.__name__);
            Value file = Globals.GetQ(QFile);
            p.Write("<module '");
            if (name.Obj is PyStr) Rt.Print(p, name, PrintKind.Str);
            p.Write("'");
            if (file.Obj is PyStr)
            {
                p.Write(" from '");
                Rt.Print(p, file, PrintKind.Str);
                p.Write("'");
            }
            p.Write(">");
        }
    }
}
