namespace NanoMpy
{
    // Which type slot a special-method lookup stands for (objtype.c's slot_offset). A lookup for a slot
    // stops at a built-in base type (list, dict, int, ...) and answers Value.Sentinel: "use the built-in
    // part's own slot". None: a plain attribute lookup, which searches built-in types' Locals instead.
    public static class SlotKind
    {
        public const int None = 0;
        public const int Unary = 1;
        public const int Binary = 2;
        public const int Subscr = 3;
        public const int Call = 4;
        public const int Iter = 5;
        public const int Print = 6;
        public const int MakeNew = 7;
    }

    // Qstrs the class work needs that are not static qstrs.
    public static class ClassQ
    {
        public static readonly int Dict = Qstr.Intern("__dict__");
        public static readonly int Bases = Qstr.Intern("__bases__");
        public static readonly int SetAttr = Qstr.Intern("__setattr__");
        public static readonly int DelAttr = Qstr.Intern("__delattr__");
        public static readonly int Get = Qstr.Intern("__get__");
        public static readonly int Set = Qstr.Intern("__set__");
        public static readonly int Delete = Qstr.Intern("__delete__");
        public static readonly int SetName = Qstr.Intern("__set_name__");
        public static readonly int Eq = Qstr.Intern("__eq__");
        public static readonly int Ne = Qstr.Intern("__ne__");
        public static readonly int Errno = Qstr.Intern("errno");
        public static readonly int Traceback = Qstr.Intern("__traceback__");
    }

    // Classes, instances and attribute binding (py/objtype.c's role): lookup through the bases, class
    // creation, instantiation, binding, type attributes, LOAD_METHOD and super.
    public static partial class Rt
    {
        // What __build_class__ needs from the VM (the VM's own methods; Vm has no static constructor, so its
        // static methods need no class-initialization check on entry):
        //  RunClassBody: calls the class body function with `locals` as its name namespace (LOAD_NAME/
        //  STORE_NAME target) and returns what the body returns (None, or the __class__ cell).
        //  SetClassCell: stores the new class into that cell.
        public delegate Value ClassBodyRunner(Value body, PyDict locals);
        public delegate void ClassCellSetter(Value cell, Value cls);

        public static ClassBodyRunner RunClassBody = Vm.RunClassBody;
        public static ClassCellSetter SetClassCell = Vm.SetClassCell;

        // Marks a user-class exception whose built-in part has not been constructed yet (a distinct empty
        // tuple, so Args is never null).
        internal static readonly PyTuple UnconstructedArgs = new PyTuple(Value.NewArray(0));

        private const int SpecialAccessors = TypeFlags.HasSetAttr | TypeFlags.HasDescriptors;

        // mp_obj_class_lookup: depth-first, left to right through the bases; `object` is never searched
        // (except when t is object itself), as in MicroPython. where: the type the value was found in.
        // Returns Null when absent, Sentinel when a built-in base's slot answers for `slot`.
        public static Value ClassLookup(PyType type, int qstr, int slot, out PyType where)
        {
            where = null;
            while (true)
            {
                if (slot != SlotKind.None && !type.IsUser && type != PyType.ObjectType && NativeHasSlot(type, slot))
                {
                    where = type;
                    return Value.Sentinel;
                }
                if (qstr != 0)
                {
                    Value v = type.Locals.GetQ(qstr);
                    if (!v.IsNull)
                    {
                        where = type;
                        return v;
                    }
                }
                PyType[] b = type.Bases;
                int n = b.Length;
                if (n == 0) return Value.Null;
                for (int i = 0; i < n - 1; i++)
                {
                    if (b[i] == PyType.ObjectType) continue;
                    Value v = ClassLookup(b[i], qstr, slot, out where);
                    if (!v.IsNull) return v;
                }
                type = b[n - 1];
                if (type == PyType.ObjectType) return Value.Null;
            }
        }

        // Built-in exceptions only have the print and make_new slots; other built-ins are assumed to have
        // the slot (their C# override answers Null when they don't support the operation).
        private static bool NativeHasSlot(PyType t, int slot)
        {
            if (ExcTypes.IsException(t)) return slot == SlotKind.Print || slot == SlotKind.MakeNew;
            return true;
        }

        // A user class, or an instance of one (PyInstance, or an exception of a user exception class).
        public static bool IsUserObj(Value v)
        {
            PyObject o = v.Obj;
            if (o is PyInstance) return true;
            PyBaseException e = o as PyBaseException;
            return e != null && e.ExcType.IsUser;
        }

        // Functions that bind self when found on a class (MP_TYPE_FLAG_BINDS_SELF); built-ins are separate.
        public static bool BindsSelf(PyObject o)
        {
            return o is PyFunction || (o.Type != null && (o.Type.Flags & TypeFlags.BindsSelf) != 0);
        }

        // mp_convert_member_lookup without allocating: attr was found on type t (self Null for a lookup on
        // the type itself). method/selfOut as LOAD_METHOD pushes them (selfOut Null: call method as is).
        public static void BindMethod(Value attr, Value self, PyType t, out Value method, out Value selfOut)
        {
            method = attr;
            selfOut = Value.Null;
            if (!attr.IsObj) return;
            PyObject o = attr.Obj;
            if (o is PyBuiltin)
            {
                // Built-ins stored on a user class behave like staticmethods.
                if (!t.IsUser) selfOut = self;
            }
            else if (BindsSelf(o))
            {
                selfOut = self;
            }
            else if (o is PyStaticMethod)
            {
                method = ((PyStaticMethod)o).Fun;
            }
            else if (o is PyClassMethod)
            {
                method = ((PyClassMethod)o).Fun;
                PyType ct = t;
                if (!self.IsNull)
                {
                    ct = self.Obj as PyType;
                    if (ct == null) ct = TypeOf(self);
                }
                selfOut = ct;
            }
        }

        // Binds an attribute found on type t to self: functions become bound methods, staticmethod and
        // classmethod unwrap. (Properties are handled by the instance lookup, which knows the instance.)
        public static Value BindAttr(Value attr, Value self, PyType t)
        {
            Value m, s;
            BindMethod(attr, self, t, out m, out s);
            if (s.IsNull) return m;
            return new PyBoundMethod(m, s);
        }

        // ---- class creation ----

        // __build_class__(body, name, *bases): runs the body with a fresh namespace, then makes the class
        // with the metaclass (the type of the first base; `type` when there are none).
        public static Value BuildClass(Value body, Value name, Value[] bases, int start, int nBases)
        {
            PyDict locals = PyDict.NewNamespace(); // names kept as qstr ids, not str objects
            if (RunClassBody == null) throw RuntimeError("class bodies need the VM");
            Value cell = RunClassBody(body, locals);
            PyTuple b = PyTuple.Copy(bases, start, nBases);
            PyType meta = nBases == 0 ? PyType.TypeType : TypeOf(bases[start]);
            Value cls;
            if (meta == PyType.TypeType) cls = NewType(name, b, locals);
            else cls = Call(meta, new Value[] { name, b, locals }, 0, 3, 0);
            if (!cell.IsNull && !cell.IsNone && SetClassCell != null) SetClassCell(cell, cls);
            return cls;
        }

        // type(name, bases, dict) (mp_obj_new_type).
        public static PyType NewType(Value name, Value bases, Value locals)
        {
            PyStr ns = name.Obj as PyStr;
            PyTuple bt = bases.Obj as PyTuple;
            PyDict ld = locals.Obj as PyDict;
            if (ns == null) throw TypeError("can't convert '" + TypeNameOf(name) + "' object to str implicitly");
            if (bt == null || ld == null) throw Raise(ExcTypes.TypeError, null);
            int flags = 0;
            PyType[] b = bt.Items.Length == 0 ? PyType.NoBases : new PyType[bt.Items.Length];
            for (int i = 0; i < b.Length; i++)
            {
                PyType t = bt.Items[i].Obj as PyType;
                if (t == null) throw Raise(ExcTypes.TypeError, null);
                if (!t.IsUser && t.MakeNew == null)
                {
                    throw TypeError("type '" + t.NameStr + "' isn't an acceptable base type");
                }
                if (t.IsUser)
                {
                    t.Flags |= TypeFlags.IsSubclassed;
                    flags |= t.Flags & SpecialAccessors;
                }
                b[i] = t;
            }
            PyType o = new PyType(ns.Intern(), b);
            o.Locals = ld;
            o.IsUser = true;
            o.Flags = flags;
#if MP_CORE_BUILTINS || MP_DESCRIPTORS
            MapTable lm = ld.Map;
            for (int i = lm.NextFilled(0); i >= 0; i = lm.NextFilled(i + 1))
            {
                o.Flags |= SpecialAccessorFlags(lm.QstrKeyAt(i), lm.Vals[i]);
            }
#endif
            PyType native = null;
            if (CountNativeBases(o, ref native) > 1)
            {
                throw TypeError("multiple bases have instance lay-out conflict");
            }
            o.NativeBase = native;
            Value nw = ld.GetQ(Q.__new__);
            if (nw.IsObj && BindsSelf(nw.Obj)) ld.SetQ(Q.__new__, new PyStaticMethod(nw));
#if MP_DESCRIPTORS
            // __set_name__(owner, name) on every class attribute that has it.
            // (over the table: a key's str is made only for a call)
            MapTable sm = ld.Map;
            for (int i = sm.NextFilled(0); i >= 0; i = sm.NextFilled(i + 1))
            {
                Value v = sm.Vals[i];
                if (!IsUserObj(v)) continue;
                Value m, s;
                if (UserLoadMethod(v.Obj, UserClassOf(v.Obj), ClassQ.SetName, out m, out s)) CallMethod(m, s, o, sm.KeyAt(i));
            }
#endif
            return o;
        }

#if MP_CORE_BUILTINS || MP_DESCRIPTORS
        // TypeFlags a class namespace entry brings (check_for_special_accessors). Without property, user
        // __setattr__/__delattr__ (MP_CORE_BUILTINS) and descriptors (MP_DESCRIPTORS) there are none, as in
        // MicroPython's minimum level.
        private static int SpecialAccessorFlags(int key, Value value)
        {
            int f = 0;
#if MP_CORE_BUILTINS
            if (key != 0 && (key == ClassQ.SetAttr || key == ClassQ.DelAttr)) f |= TypeFlags.HasSetAttr;
            if (value.Obj is PyProperty) f |= TypeFlags.HasDescriptors;
#endif
#if MP_DESCRIPTORS
#if MP_CORE_BUILTINS
            else
#endif
            if (IsUserObj(value))
            {
                PyType c = UserClassOf(value.Obj);
                PyType w;
                if (!ClassLookup(c, ClassQ.Get, SlotKind.None, out w).IsNull
                    || !ClassLookup(c, ClassQ.Set, SlotKind.None, out w).IsNull
                    || !ClassLookup(c, ClassQ.Delete, SlotKind.None, out w).IsNull)
                {
                    f |= TypeFlags.HasDescriptors;
                }
            }
#endif
            return f;
        }
#endif

        // instance_count_native_bases: built-in bases other than object reachable through user classes.
        private static int CountNativeBases(PyType t, ref PyType last)
        {
            if (t == PyType.ObjectType) return 0;
            if (!t.IsUser)
            {
                last = t;
                return 1;
            }
            int n = 0;
            for (int i = 0; i < t.Bases.Length; i++) n += CountNativeBases(t.Bases[i], ref last);
            return n;
        }

        internal static PyType UserClassOf(PyObject o)
        {
            PyInstance i = o as PyInstance;
            if (i != null) return i.Class;
            return ((PyBaseException)o).ExcType;
        }

        // ---- instantiation ----

        // A blank instance of user class t (object.__new__): a PyBaseException for exception classes.
        public static PyObject NewInstance(PyType t)
        {
            if (t.NativeBase != null && ExcTypes.IsException(t.NativeBase)) return new PyBaseException(t, UnconstructedArgs);
            return new PyInstance(t);
        }

        // CallType's way for a user class whose instances are made the plain way (no __new__, no built-in base)
        // and whose __init__ is a plain function: the new instance and that __init__, for the VM to run the
        // __init__ in its own loop (an inline call); null when CallType must do it all.
        internal static PyInstance PlainConstruct(PyType t, out PyFunction init)
        {
            init = null;
            if (!t.IsUser || t.NativeBase != null) return null;
#if MP_OPT_SPEED
            int e = t.Name & (CtorCacheSize - 1);
            if (_ctorType != null && _ctorType[e] == t)
            {
                MapTable mt = t.OwnMap;
                int n = _ctorSlot[e];
                if (mt != null && mt.Stamp == _ctorStamp[e] && mt.HoldsQ(n, Q.__init__) && mt.Vals[n].Obj == _ctorInit[e])
                {
                    init = _ctorInit[e];
                    return new PyInstance(t, _ctorAlloc[e]);
                }
            }
#endif
            PyType where;
            Value nf = ClassLookup(t, Q.__new__, SlotKind.MakeNew, out where);
            if (!(nf.IsNull || nf.IsSentinel)) return null;
            init = ClassLookup(t, Q.__init__, SlotKind.None, out where).Obj as PyFunction;
            if (init == null || (init.Code.ScopeFlags & ScopeFlag.Generator) != 0) return null;
#if MP_OPT_SPEED
            if (where == t && (t.Bases.Length == 0 || (t.Bases.Length == 1 && t.Bases[0] == PyType.ObjectType)))
            {
                MapTable mt = t.OwnMap;
                if (mt != null)
                {
                    if (_ctorType == null)
                    {
                        _ctorType = new PyType[CtorCacheSize];
                        _ctorInit = new PyFunction[CtorCacheSize];
                        _ctorStamp = new int[CtorCacheSize];
                        _ctorSlot = new int[CtorCacheSize];
                        _ctorAlloc = new int[CtorCacheSize];
                    }
                    int e2 = t.Name & (CtorCacheSize - 1);
                    _ctorType[e2] = t;
                    _ctorInit[e2] = init;
                    _ctorStamp[e2] = mt.Stamp;
                    _ctorSlot[e2] = mt.FindQ(Q.__init__);
                    _ctorAlloc[e2] = 0;
                }
            }
#endif
            return new PyInstance(t);
        }

#if MP_OPT_SPEED
        // PlainConstruct's answers for the classes it saw last (an entry by the low bits of the class's name):
        // the class, its __init__, the slot of its own namespace holding it and that table's stamp then. Kept
        // only for a class whose one base is object (or none: nothing but its own namespace is searched), and
        // trusted while the table has gained no key (so there is still no __new__) and the slot still holds
        // __init__ and that function. Emptied by MpState.
        private const int CtorCacheSize = 4;
        private static PyType[] _ctorType;
        private static PyFunction[] _ctorInit;
        private static int[] _ctorStamp, _ctorSlot;
        // and the size its instances' attribute tables grew to (NoteMembers), which a new one is reserved
        private static int[] _ctorAlloc;

        // An instance's attribute table of class cls grew to alloc slots. (A size past what grows in place is
        // not kept: arrays reserved for it would only be replaced.)
        internal static void NoteMembers(PyType cls, int alloc)
        {
            int e = cls.Name & (CtorCacheSize - 1);
            if (_ctorType != null && _ctorType[e] == cls && _ctorAlloc[e] < alloc && alloc <= MapTable.InPlaceMax) _ctorAlloc[e] = alloc;
        }

        internal static void ResetCtorCache()
        {
            _ctorAlloc = null;
            _ctorType = null;
            _ctorInit = null;
            _ctorStamp = null;
            _ctorSlot = null;
        }
#endif

        // Calling a type: instantiate a user class (__new__/__init__) or a built-in through MakeNew.
        public static Value CallType(PyType t, Value[] args, int start, int nPos, int nKw)
        {
            if (!t.IsUser)
            {
                if (!ClassBuiltins.Ready) ClassBuiltins.InitCoreTypes();
                if (t.MakeNew != null) return t.MakeNew(t, args, start, nPos, nKw);
                throw TypeError("can't create '" + t.NameStr + "' instances");
            }
            PyType where;
            Value nf = ClassLookup(t, Q.__new__, SlotKind.MakeNew, out where);
            PyObject o;
            if (nf.IsNull || nf.IsSentinel)
            {
                o = NewInstance(t);
            }
            else
            {
                Value m, s;
                BindMethod(nf, Value.Null, where, out m, out s);
                Value r = CallWithFirst(m, s, t, args, start, nPos, nKw);
                if (TypeOf(r) != t) return r;
                o = r.Obj;
            }
            Value init = ClassLookup(t, Q.__init__, SlotKind.None, out where);
            if (!init.IsNull)
            {
                Value m, s;
                BindMethod(init, o, where, out m, out s);
                Value r = s.IsNull ? Call(m, args, start, nPos, nKw) : CallWithFirst(m, Value.Null, s, args, start, nPos, nKw);
                if (!r.IsNone) throw TypeError("__init__() should return None, not '" + TypeNameOf(r) + "'");
            }
            if (t.NativeBase != null) EnsureNativePart(o, t.NativeBase, args, start, nPos, nKw);
            return o;
        }

        // Constructs the built-in part of o unless __init__ already did (via super().__init__()).
        private static void EnsureNativePart(PyObject o, PyType native, Value[] args, int start, int nPos, int nKw)
        {
            PyInstance inst = o as PyInstance;
            if (inst != null)
            {
                if (inst.Native.IsNull) inst.Native = native.MakeNew(native, args, start, nPos, nKw);
                return;
            }
            PyBaseException e = o as PyBaseException;
            if (e != null && e.Args == UnconstructedArgs)
            {
                e.Args = ((PyBaseException)native.MakeNew(native, args, start, nPos, nKw).Obj).Args;
            }
        }

        // super().__init__(...) reaching a built-in base: constructs the built-in part now.
        internal static readonly PyBuiltin NativeBaseInit = new PyBuiltin("__init__", NativeBaseInitFn);

        private static Value NativeBaseInitFn(Value[] args, int start, int nPos, int nKw)
        {
            if (nPos < 1) throw ArgCountError(1, int.MaxValue, nPos);
            PyObject o = args[start].Obj;
            PyType cls = o is PyInstance || o is PyBaseException ? UserClassOf(o) : null;
            if (cls == null || cls.NativeBase == null) return Value.None;
            PyType native = cls.NativeBase;
            Value made = native.MakeNew(native, args, start + 1, nPos - 1, nKw);
            PyInstance inst = o as PyInstance;
            if (inst != null) inst.Native = made;
            else ((PyBaseException)o).Args = ((PyBaseException)made.Obj).Args;
            return Value.None;
        }

        // Calls f(first, args...) or, when self is not Null, f(self, first, args...). first Null: omitted.
        internal static Value CallWithFirst(Value f, Value self, Value first, Value[] args, int start, int nPos, int nKw)
        {
            int extra = (self.IsNull ? 0 : 1) + (first.IsNull ? 0 : 1);
            int n = nPos + 2 * nKw;
            Value[] a = Value.NewArray(n + extra);
            int j = 0;
            if (!self.IsNull) a[j++] = self;
            if (!first.IsNull) a[j++] = first;
            System.Array.Copy(args, start, a, extra, n);
            return Call(f, a, 0, nPos + extra, nKw);
        }

        // Calls a (method, self) pair as LOAD_METHOD produced it, with 0, 1 or 2 arguments (Null: absent).
        internal static Value CallMethod(Value method, Value self, Value a, Value b)
        {
            int n = (self.IsNull ? 0 : 1) + (a.IsNull ? 0 : 1) + (b.IsNull ? 0 : 1);
            if (n == 1 && self.IsNull) return Call1(method, a);
            if (n == 1) return Call1(method, self);
            Value[] arr = Value.NewArray(n);
            int j = 0;
            if (!self.IsNull) arr[j++] = self;
            if (!a.IsNull) arr[j++] = a;
            if (!b.IsNull) arr[j++] = b;
            return Call(method, arr, 0, n, 0);
        }

        // ---- type attributes ----

        public static Value TypeLoadAttr(PyType t, int qstr)
        {
#if MP_CPYTHON_COMPAT
            if (qstr == Q.__name__) return Qstr.Obj(t.Name);
            if (qstr == Q.__class__) return PyType.TypeType;
            if (qstr == ClassQ.Dict) return CopyDict(t.Locals);
            if (qstr == ClassQ.Bases) return BasesTuple(t);
#endif
            PyType where;
            Value v = ClassLookup(t, qstr, SlotKind.None, out where);
            if (v.IsNull) return v;
            // A class method binds the type looked up, not the base it was found in.
            return BindAttr(v, Value.Null, v.Obj is PyClassMethod ? t : where);
        }

#if MP_CPYTHON_COMPAT
        // __bases__ as MicroPython reports it: built-in types other than exceptions have (object,).
        private static PyTuple BasesTuple(PyType t)
        {
            if (t == PyType.ObjectType) return PyTuple.Empty;
            if (t.Bases.Length == 0 || t == PyBool.TypeObj) return new PyTuple(new Value[] { PyType.ObjectType });
            Value[] items = Value.NewArray(t.Bases.Length);
            for (int i = 0; i < items.Length; i++) items[i] = t.Bases[i];
            return new PyTuple(items);
        }

        // A copy with the same table layout (mp_obj_dict_copy), so it iterates in the same order.
        internal static PyDict CopyDict(PyDict d)
        {
            if (d == null) return new PyDict();
            return d.Copy();
        }
#endif

        public static bool TypeStoreAttr(PyType t, int qstr, Value value)
        {
            if (!t.IsUser) return false;
            if (value.IsNull) return !t.Locals.Remove(Qstr.Obj(qstr)).IsNull;
#if MP_CORE_BUILTINS || MP_DESCRIPTORS
            if ((t.Flags & SpecialAccessors) == 0)
            {
                int f = SpecialAccessorFlags(qstr, value);
                if (f != 0)
                {
                    if ((t.Flags & TypeFlags.IsSubclassed) != 0)
                    {
                        throw AttributeError("can't add special method to already-subclassed class");
                    }
                    t.Flags |= f;
                }
            }
#endif
            t.Locals.SetQ(qstr, value);
            return true;
        }

        // ---- LOAD_METHOD ----

        // LOAD_METHOD on instances, types, modules and exceptions. An instance method found on the class
        // comes back as (function, instance): no bound method is allocated.
        public static void ClassLoadMethod(Value obj, int qstr, out Value method, out Value self)
        {
            PyObject o = obj.Obj;
            if (IsUserObj(obj))
            {
                if (UserLoadMethod(o, UserClassOf(o), qstr, out method, out self)) return;
                throw AttributeErrorFor(obj, qstr);
            }
            PySuper sup = o as PySuper;
            if (sup != null)
            {
                LoadSuperMethod(sup.Cls, sup.Self, qstr, out method, out self);
                return;
            }
            PyType t = o as PyType;
            if (t != null)
            {
#if MP_CPYTHON_COMPAT
                if (qstr != Q.__name__ && qstr != Q.__class__ && qstr != ClassQ.Dict && qstr != ClassQ.Bases)
#endif
                {
                    PyType where;
                    Value v = ClassLookup(t, qstr, SlotKind.None, out where);
                    if (v.IsNull) throw AttributeErrorFor(obj, qstr);
                    BindMethod(v, Value.Null, v.Obj is PyClassMethod ? t : where, out method, out self);
                    return;
                }
            }
            else if (o is PyBaseException)
            {
                Value v = ((PyBaseException)o).ExcType.Lookup(qstr);
                if (!v.IsNull && (v.Obj is PyBuiltin || BindsSelf(v.Obj)))
                {
                    method = v;
                    self = obj;
                    return;
                }
            }
            method = LoadAttr(obj, qstr);
            self = Value.Null;
        }

        // ---- super ----

        // LOAD_SUPER_METHOD (and super(T, obj).attr): the attribute of obj found in T's bases, as a
        // (method, self) pair. False when absent.
        public static bool SuperLookup(Value type, Value obj, int qstr, out Value method, out Value self)
        {
            method = Value.Null;
            self = Value.Null;
            PyType st = type.Obj as PyType;
            if (st == null) throw Raise(ExcTypes.TypeError, null);
            int slot = qstr == Q.__init__ ? SlotKind.MakeNew : SlotKind.None;
            PyType where = null;
            Value m = Value.Null;
            PyType[] b = st.Bases;
            if (b.Length > 1)
            {
                for (int i = 0; i < b.Length; i++)
                {
                    if (b[i] == PyType.ObjectType) continue;
                    m = ClassLookup(b[i], qstr, slot, out where);
                    if (!m.IsNull) break;
                }
            }
            else if (b.Length == 1 && b[0] != PyType.ObjectType)
            {
                m = ClassLookup(b[0], qstr, slot, out where);
            }
            if (m.IsSentinel)
            {
                method = NativeBaseInit;
                self = obj;
                return true;
            }
            if (!m.IsNull)
            {
                Value bindSelf = obj;
                if (!where.IsUser && where != PyType.ObjectType && IsUserObj(obj)) bindSelf = NativePart(obj.Obj, qstr);
                BindMethod(m, bindSelf, where, out method, out self);
                return true;
            }
            m = PyType.ObjectType.Locals.GetQ(qstr);
            if (m.IsNull) return false;
            BindMethod(m, obj, PyType.ObjectType, out method, out self);
            return true;
        }

        public static void LoadSuperMethod(Value type, Value obj, int qstr, out Value method, out Value self)
        {
            if (!SuperLookup(type, obj, qstr, out method, out self))
            {
                throw AttributeError("'super' object has no attribute '" + Qstr.Str(qstr) + "'");
            }
        }

        // ---- isinstance / issubclass ----

        // mp_obj_is_subclass_fast: t is cls or derives from it through Bases (bool does not derive from int
        // in MicroPython, and object is only reached when named as a base).
        public static bool IsSubclassFast(PyType t, PyObject cls)
        {
            while (true)
            {
                if (t == cls) return true;
                if (t == PyBool.TypeObj) return false;
                PyType[] b = t.Bases;
                if (b.Length == 0) return false;
                for (int i = 0; i < b.Length - 1; i++)
                {
                    if (IsSubclassFast(b[i], cls)) return true;
                }
                t = b[b.Length - 1];
            }
        }

        // mp_obj_is_subclass: cls is a class or a tuple of classes.
        public static bool IsSubclass(PyType t, Value cls)
        {
            PyTuple tup = cls.Obj as PyTuple;
            if (tup == null && !(cls.Obj is PyType))
            {
                throw TypeError("issubclass() arg 2 must be a class or a tuple of classes");
            }
            if (tup == null) return cls.Obj == PyType.ObjectType || IsSubclassFast(t, cls.Obj);
            for (int i = 0; i < tup.Items.Length; i++)
            {
                PyObject c = tup.Items[i].Obj;
                if (c == PyType.ObjectType || IsSubclassFast(t, c)) return true;
            }
            return false;
        }
    }
}
