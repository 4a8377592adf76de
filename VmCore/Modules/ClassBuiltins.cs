namespace NanoMpy
{
    // Built-ins of the object model (py/modbuiltins.c, objtype.c, objobject.c): __build_class__, isinstance,
    // issubclass, callable, hash and id, and the constructors and methods of type and object.
    public static class ClassBuiltins
    {
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

        internal static Value BuildClass(Value[] args, int start, int n)
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

        internal static Value IsInstance(Value obj, Value cls)
        {
            return Value.FromBool(Rt.IsSubclass(Rt.TypeOf(obj), cls));
        }

        internal static Value IsSubclass(Value obj, Value cls)
        {
            PyType t = obj.Obj as PyType;
            if (t == null) throw Rt.TypeError("issubclass() arg 1 must be a class");
            return Value.FromBool(Rt.IsSubclass(t, cls));
        }

        internal static Value Callable(Value v)
        {
            return Value.FromBool(Rt.IsCallable(v));
        }

        public static Value Hash(Value v)
        {
            return Rt.UnaryOp(UnaryOpKind.Hash, v);
        }

        // A small int's id is its tagged word, as in MicroPython; other ids are identity hashes.
        public static Value Id(Value v)
        {
            if (v.IsSmallInt) return Value.FromInt((v.Bits << 1) | 1);
            if (v.IsObj) return Value.FromInt(Rt.IdentityHash(v.Obj) & 0x7FFFFFFF);
            return Value.FromInt(v.Bits & long.MaxValue);
        }
    }
}
