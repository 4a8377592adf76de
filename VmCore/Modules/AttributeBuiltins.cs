namespace NanoMpy
{
    // Attribute access by name (py/modbuiltins.c): getattr, setattr, delattr, hasattr, and dir, which lists
    // the names an object or the current scope has.
    public static class AttributeBuiltins
    {
        private static int AttrName(Value name)
        {
            PyStr s = name.Obj as PyStr;
            if (s == null) throw Rt.TypeError("can't convert '" + Rt.TypeNameOf(name) + "' object to str implicitly");
            return s.Intern();
        }

        internal static Value GetAttr(Value[] args, int start, int n)
        {
            int q = AttrName(args[start + 1]);
            if (n == 2) return Rt.LoadAttr(args[start], q);
            // With a default, an AttributeError raised while looking (e.g. by __getattr__) gives the default.
            try
            {
                Value v = Rt.LoadAttrMaybe(args[start], q);
                return v.IsNull ? args[start + 2] : v;
            }
            catch (PyException e)
            {
                if (e.Exc.ExcType.IsSubclassOf(ExcTypes.AttributeError)) return args[start + 2];
                throw;
            }
        }

        internal static Value SetAttr(Value obj, Value name, Value value)
        {
            Rt.StoreAttr(obj, AttrName(name), value);
            return Value.None;
        }

#if MP_CORE_BUILTINS
        internal static Value DelAttr(Value obj, Value name)
        {
            Rt.StoreAttr(obj, AttrName(name), Value.Null);
            return Value.None;
        }
#endif

        // Only AttributeError means "absent"; other exceptions propagate (mp_load_method_protected).
        internal static Value HasAttr(Value obj, Value name)
        {
            int q = AttrName(name);
            try
            {
                return Value.FromBool(!Rt.LoadAttrMaybe(obj, q).IsNull);
            }
            catch (PyException e)
            {
                if (e.Exc.ExcType.IsSubclassOf(ExcTypes.AttributeError)) return Value.False;
                throw;
            }
        }

        private static bool DefinedBelowObject(PyType t, int q)
        {
            if (t == PyType.ObjectType) return false;
            if (!t.Locals.GetQ(q).IsNull) return true;
            for (int i = 0; i < t.Bases.Length; i++)
            {
                if (DefinedBelowObject(t.Bases[i], q)) return true;
            }
            return false;
        }

        // dir(obj): every qstr that loads as an attribute, in qstr order (mp_builtin_dir); dir(): the names of
        // the current scope (the VM keeps its locals, else its globals).
        public static Value Dir(Value[] args, int start, int n)
        {
            PyList r = new PyList(16);
            if (n == 0)
            {
                // the names of the local namespace, in its order
                PyDict d = Vm.Locals ?? Vm.Globals;
                if (d == null) return r;
                Value k, v;
                for (int pos = d.Next(0, out k, out v); pos >= 0; pos = d.Next(pos, out k, out v)) r.Append(k);
                return r;
            }
            Value obj = args[start];
            if (obj.Obj is PyInstance)
            {
                // an instance's __dir__ answers for it (not a class's)
                Value dm = Rt.LoadAttrMaybe(obj, Qstr.Intern("__dir__"));
                if (!dm.IsNull) return Rt.Call0(dm);
            }
            PyType t = Rt.TypeOf(obj);
            int count = Qstr.Count;
            for (int q = Q.empty + 1; q < count; q++)
            {
                // MicroPython's built-in types don't inherit object's methods (only __class__ is generic).
                if (!t.IsUser && !(obj.Obj is PyType) && !PyType.ObjectType.Locals.GetQ(q).IsNull && !DefinedBelowObject(t, q)) continue;
                Value a;
                try
                {
                    a = Rt.LoadAttrMaybe(obj, q);
                }
                catch (PyException)
                {
                    continue;
                }
                if (!a.IsNull) r.Append(Qstr.Obj(q));
            }
            return r;
        }
    }
}
