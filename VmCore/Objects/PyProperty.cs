#if MP_CORE_BUILTINS
// (only in builds with MP_CORE_BUILTINS: build/FeatureLevel.props)
namespace NanoMpy
{
    // property(fget, fset, fdel, doc) (py/objproperty.c). Instance attribute access calls the accessors;
    // getter/setter/deleter return a copy with one accessor replaced (the decorator forms).
    public sealed class PyProperty : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        public readonly Value Getter;
        public readonly Value Setter;
        public readonly Value Deleter;

        public PyProperty(Value getter, Value setter, Value deleter)
        {
            Getter = getter;
            Setter = setter;
            Deleter = deleter;
        }

        public override PyType Type { get { return TypeObj; } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("property"), PyType.ObjectType);
            t.MakeNew = Make;
            t.FillOnFirstUse(FillMethods);
            return t;
        }

        // Methods made on first use of the type (PyType.FillOnFirstUse).
        private static void FillMethods(PyType t)
        {
            t.AddMethod(new PyBuiltin("getter", WithGetter));
            t.AddMethod(new PyBuiltin("setter", WithSetter));
            t.AddMethod(new PyBuiltin("deleter", WithDeleter));
        }

        // property(fget=None, fset=None, fdel=None, doc=None); doc is discarded as in MicroPython.
        private static Value Make(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            Value[] vals = new Value[] { Value.None, Value.None, Value.None, Value.None };
            if (nPos > 4) throw Rt.TypeError("function takes 4 positional arguments but " + nPos + " were given");
            for (int i = 0; i < nPos; i++) vals[i] = args[start + i];
            for (int i = 0; i < nKw; i++)
            {
                Value k = args[start + nPos + 2 * i];
                string name = k.Obj is PyStr ? k.Obj.ToString() : "";
                int idx = name == "doc" ? 3 : -1;
                if (idx < 0) throw Rt.TypeError("unexpected keyword argument '" + name + "'");
                vals[idx] = args[start + nPos + 2 * i + 1];
            }
            return new PyProperty(vals[0], vals[1], vals[2]);
        }

        private static PyProperty Self(Value v)
        {
            PyProperty p = v.Obj as PyProperty;
            if (p == null) throw Rt.TypeError("descriptor requires a 'property' object");
            return p;
        }

        private static Value WithGetter(Value self, Value f)
        {
            PyProperty p = Self(self);
            return new PyProperty(f, p.Setter, p.Deleter);
        }

        private static Value WithSetter(Value self, Value f)
        {
            PyProperty p = Self(self);
            return new PyProperty(p.Getter, f, p.Deleter);
        }

        private static Value WithDeleter(Value self, Value f)
        {
            PyProperty p = Self(self);
            return new PyProperty(p.Getter, p.Setter, f);
        }
    }
}
#endif
