namespace NanoMpy
{
    // Constructor of a built-in type: the args follow PyObject.Call's layout (type is the class being made,
    // which may be a user subclass of the built-in).
    public delegate Value MakeNewFn(PyType type, Value[] args, int start, int nPos, int nKw);

    // Fills a built-in type's namespace with its methods (PyType.FillOnFirstUse).
    public delegate void TypeFillFn(PyType t);

    // A type object (mp_obj_type_t). A built-in type is a static property of its object class (PyList.TypeObj,
    // ...), made on first use and kept in a field: MicroPython's types are in ROM, and nanoCLR would run a
    // static initializer at start-up and hold every type in RAM. It fills Locals with its methods on first use
    // of its namespace. User classes are made by __build_class__.
    // Attribute lookup follows MicroPython: depth-first, left-to-right through Bases (not C3).
    // Bootstrap: a built-in type made while PyType's own statics initialise may get a null base; a type
    // with no bases other than object itself derives from object implicitly (Lookup and IsSubclassOf).
    public sealed class PyType : PyObject
    {
        // A class without bases (object's, and a user class's: `class A:`), shared: bases arrays are never written.
        // (first: the types below are made with it)
        public static readonly PyType[] NoBases = new PyType[0];
        public static readonly PyType TypeType = new PyType(Q.type, (PyType)null);
        public static readonly PyType ObjectType = new PyType(Q.@object, (PyType)null);

        private static PyType[] ObjectBases;

        public readonly int Name;          // qstr
        public PyType[] Bases;             // direct bases; empty only for object
        private PyDict _locals;            // class namespace: methods, class attributes
        private TypeFillFn _fill;          // built-in methods not made yet (FillOnFirstUse)
        public MakeNewFn MakeNew;          // null: "cannot create 'X' instances" (unless a user class)
        public bool IsUser;                // made by __build_class__
        public PyType NativeBase;          // user class: the built-in base it extends (list, Exception...), else null
        public int Flags;                  // TypeFlags: which special methods a user class defines

        public PyType(int name, PyType baseType)
        {
            Name = name;
            // most built-in types derive from object alone: they share one bases array (never written to)
            if (baseType == null) Bases = NoBases;
            else if (baseType == ObjectType && ObjectType != null) Bases = ObjectBases ?? (ObjectBases = new PyType[] { baseType });
            else Bases = new PyType[] { baseType };
        }

        public PyType(int name, PyType[] bases)
        {
            Name = name;
            Bases = bases;
        }

        // The class namespace; made, with a built-in type's methods, on its first use.
        public PyDict Locals
        {
            get
            {
                if (_locals == null) _locals = new PyDict();
                if (_fill != null) RunFill();
                return _locals;
            }
            set { _locals = value; }
        }

        // The own namespace's table when it exists and is complete (no fill pending), else null: for the VM's
        // method cache (LookupCache), which must not make or fill a namespace.
        public MapTable OwnMap { get { return _fill == null && _locals != null ? _locals.Map : null; } }

        // Defers a built-in type's methods to the first use of its namespace: nanoCLR runs every static
        // initializer at start-up, so methods made there (an object, a delegate and a name each) would all be
        // boot RAM on a board (docs/DEVICE-MEMORY.md). Heap.Lock fills every type first (StaticTypes).
        public void FillOnFirstUse(TypeFillFn fill)
        {
            _fill = fill;
        }

        // qstr in this type's own namespace, without making an empty one (a lookup may run with the heap locked).
        private Value Own(int qstr)
        {
            if (_fill != null) RunFill();
            PyDict d = _locals;
            return d == null ? Value.Null : d.GetQ(qstr);
        }

        // The namespace without running a pending fill (the fill itself adds through this).
        private PyDict Namespace()
        {
            if (_locals == null) _locals = new PyDict();
            return _locals;
        }

        private void RunFill()
        {
            TypeFillFn f = _fill;
            _fill = null;
            f(this);
        }

        public override PyType Type { get { return TypeType; } }

        public string NameStr { get { return Qstr.Str(Name); } }

        // Registers a built-in method (self is args[0]).
        public void AddMethod(PyBuiltin fn)
        {
            Namespace().Set(Qstr.Obj(fn.Name), fn);
        }

        // First match of qstr through this type and its bases, depth-first; Null when absent.
        public Value Lookup(int qstr)
        {
            Value v = Own(qstr);
            if (!v.IsNull) return v;
            PyType[] b = Bases;
            for (int i = 0; i < b.Length; i++)
            {
                v = b[i].LookupNoObject(qstr);
                if (!v.IsNull) return v;
            }
            if (this == ObjectType) return Value.Null;
            return ObjectType.Own(qstr);
        }

        // Lookup through this type and its bases, leaving object for last (Lookup does that once).
        private Value LookupNoObject(int qstr)
        {
            if (this == ObjectType) return Value.Null;
            Value v = Own(qstr);
            if (!v.IsNull) return v;
            PyType[] b = Bases;
            for (int i = 0; i < b.Length; i++)
            {
                v = b[i].LookupNoObject(qstr);
                if (!v.IsNull) return v;
            }
            return Value.Null;
        }

        // True when this type is t or derives from it.
        public bool IsSubclassOf(PyType t)
        {
            if (this == t || t == ObjectType) return true;
            PyType[] b = Bases;
            for (int i = 0; i < b.Length; i++)
            {
                if (b[i].IsSubclassOf(t)) return true;
            }
            return false;
        }

        public override Value Call(Value[] args, int start, int nPos, int nKw)
        {
            return Rt.CallType(this, args, start, nPos, nKw);
        }

        public override Value LoadAttr(int qstr)
        {
            return Rt.TypeLoadAttr(this, qstr);
        }

        public override bool StoreAttr(int qstr, Value value)
        {
            return Rt.TypeStoreAttr(this, qstr, value);
        }

        public override void Print(Printer p, int kind)
        {
            p.Write("<class '");
            p.Write(NameStr);
            p.Write("'>");
        }
    }

    // PyType.Flags bits for user classes: set by __build_class__ so instances skip dunder lookups they lack.
    public static class TypeFlags
    {
        public const int HasGetAttr = 1;     // __getattr__
        public const int HasSetAttr = 2;     // __setattr__ / __delattr__
        public const int HasDescriptors = 4; // a property or __get__/__set__ in the class namespace
        public const int HasSlots = 8;       // __slots__
        public const int IsSubclassed = 16;  // a user class some class derives from
        public const int BindsSelf = 32;     // on a function type: found on a class, it binds self (methods)
    }
}
