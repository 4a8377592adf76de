namespace NanoMpy
{
    // Built-ins contributed by the class work (object, type, isinstance, issubclass, super, property,
    // classmethod, staticmethod, getattr/setattr/hasattr/delattr, __build_class__, exception types,
    // NotImplemented), and the constructors and methods of type and object.
    public static class ClassBuiltins
    {
        // The names Make answers, in the order the builtins namespace lists them; the exception types follow.
        internal const string Names = "object type super property classmethod staticmethod NotImplemented "
            + "__build_class__ isinstance issubclass getattr setattr delattr hasattr callable";

        // The builtin called name, made now (Builtins keeps it), or Null when it is not one of these.
        internal static Value Make(string name)
        {
            switch (name)
            {
                case "object": return PyType.ObjectType;
                case "type": return PyType.TypeType;
                case "super": return PySuper.TypeObj;
                case "property": return PyProperty.TypeObj;
                case "classmethod": return PyClassMethod.TypeObj;
                case "staticmethod": return PyStaticMethod.TypeObj;
                case "NotImplemented": return PyNotImplemented.Instance;
                case "__build_class__": return new PyBuiltin("__build_class__", 2, int.MaxValue, BuildClass);
                case "isinstance": return new PyBuiltin("isinstance", IsInstance);
                case "issubclass": return new PyBuiltin("issubclass", IsSubclass);
                case "getattr": return new PyBuiltin("getattr", 2, 3, GetAttr);
                case "setattr": return new PyBuiltin("setattr", SetAttr);
                case "delattr": return new PyBuiltin("delattr", DelAttr);
                case "hasattr": return new PyBuiltin("hasattr", HasAttr);
                case "callable": return new PyBuiltin("callable", CallableFn);
                default:
                    PyType e = ExcTypes.ByName(name);
                    return e == null ? Value.Null : (Value)e;
            }
        }

        private static Value CallableFn(Value v)
        {
            return Value.FromBool(Rt.IsCallable(v));
        }

        public static bool Ready;

        // type and object's constructors and object's methods (also run by Rt.CallType if builtins have
        // not been set up yet).
        public static void InitCoreTypes()
        {
            if (Ready) return;
            Ready = true;
            PyType.TypeType.MakeNew = TypeMakeNew;
            PyType.ObjectType.MakeNew = ObjectMakeNew;
            PyType.ObjectType.AddMethod(new PyBuiltin("__init__", ObjectInit));
            PyType.ObjectType.Locals.SetQ(Q.__new__, new PyStaticMethod(new PyBuiltin("__new__", ObjectNew)));
            PyType.ObjectType.AddMethod(new PyBuiltin("__setattr__", ObjectSetAttr));
            PyType.ObjectType.AddMethod(new PyBuiltin("__delattr__", ObjectDelAttr));
        }

        private static Value BuildClass(Value[] args, int start, int n)
        {
            return Rt.BuildClass(args[start], args[start + 1], args, start + 2, n - 2);
        }

        // type(x) and type(name, bases, dict).
        private static Value TypeMakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos < 1 || nPos > 3) throw Rt.ArgCountError(1, 3, nPos);
            if (nPos == 1) return Rt.TypeOf(args[start]);
            if (nPos == 3) return Rt.NewType(args[start], args[start + 1], args[start + 2]);
            throw Rt.TypeError("type takes 1 or 3 arguments");
        }

        private static Value ObjectMakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos != 0) throw Rt.ArgCountError(0, 0, nPos);
            return new PyBareObject(type);
        }

        private static Value ObjectInit(Value self)
        {
            return Value.None;
        }

        // object.__new__(cls): a blank instance of a user class, without calling __init__.
        private static Value ObjectNew(Value cls)
        {
            PyType t = cls.Obj as PyType;
            if (t == null || !t.IsUser) throw Rt.TypeError("arg must be user-type");
            return Rt.NewInstance(t);
        }

        private static PyObject UserSelf(Value self, Value attr)
        {
            if (!Rt.IsUserObj(self)) throw Rt.TypeError("arg must be user-type");
            if (!(attr.Obj is PyStr)) throw Rt.Raise(ExcTypes.TypeError, null);
            return self.Obj;
        }

        private static Value ObjectSetAttr(Value self, Value attr, Value value)
        {
            PyObject o = UserSelf(self, attr);
            Rt.RawStoreAttr(o, ((PyStr)attr.Obj).Intern(), value);
            return Value.None;
        }

        private static Value ObjectDelAttr(Value self, Value attr)
        {
            PyObject o = UserSelf(self, attr);
            if (!Rt.RawStoreAttr(o, ((PyStr)attr.Obj).Intern(), Value.Null)) throw Rt.AttributeError("no such attribute");
            return Value.None;
        }

        private static Value IsInstance(Value obj, Value cls)
        {
            return Value.FromBool(Rt.IsSubclass(Rt.TypeOf(obj), cls));
        }

        private static Value IsSubclass(Value obj, Value cls)
        {
            PyType t = obj.Obj as PyType;
            if (t == null) throw Rt.TypeError("issubclass() arg 1 must be a class");
            return Value.FromBool(Rt.IsSubclass(t, cls));
        }

        private static int AttrName(Value name)
        {
            PyStr s = name.Obj as PyStr;
            if (s == null) throw Rt.TypeError("can't convert '" + Rt.TypeNameOf(name) + "' object to str implicitly");
            return s.Intern();
        }

        private static Value GetAttr(Value[] args, int start, int n)
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

        private static Value SetAttr(Value obj, Value name, Value value)
        {
            Rt.StoreAttr(obj, AttrName(name), value);
            return Value.None;
        }

        private static Value DelAttr(Value obj, Value name)
        {
            Rt.StoreAttr(obj, AttrName(name), Value.Null);
            return Value.None;
        }

        // Only AttributeError means "absent"; other exceptions propagate (mp_load_method_protected).
        private static Value HasAttr(Value obj, Value name)
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
    }
}
