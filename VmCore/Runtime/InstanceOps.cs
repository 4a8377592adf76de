namespace NanoMpy
{
    // Instances of user classes (objtype.c's instance_* functions): attribute access and every special
    // method. `self` is a PyInstance, or a PyBaseException of a user exception class; both share this code.
    // A special method is looked up on the class only (never the instance dict), as MicroPython does.
    public static partial class Rt
    {
        // The built-in part of self that a method found on a built-in base applies to.
        internal static Value NativePart(PyObject self, int qstr)
        {
            PyInstance inst = self as PyInstance;
            if (inst == null) return self;
            if (inst.Native.IsNull) throw AttributeError("call super().__init__() first");
            return inst.Native;
        }

        private static PyDict DictOf(PyObject self)
        {
            PyInstance inst = self as PyInstance;
            return inst != null ? inst.Dict : ((PyBaseException)self).Dict;
        }

        // mp_obj_instance_load_attr as a (method, self) pair: instance dict, then the class (binding
        // functions to self without allocating), properties and descriptors, the built-in part's own
        // attributes, then __getattr__. False when absent.
        public static bool UserLoadMethod(PyObject self, PyType cls, int qstr, out Value method, out Value selfOut)
        {
            selfOut = Value.Null;
            PyDict dict = DictOf(self);
            if (dict != null)
            {
                method = dict.GetQ(qstr);
                if (!method.IsNull) return true;
            }
#if MP_CPYTHON_COMPAT
            if (qstr == Q.__class__)
            {
                method = cls;
                return true;
            }
            if (qstr == ClassQ.Dict)
            {
                method = CopyDict(dict);
                return true;
            }
#endif
            PyType where;
            Value m = ClassLookup(cls, qstr, SlotKind.None, out where);
            if (!m.IsNull)
            {
#if MP_CORE_BUILTINS || MP_DESCRIPTORS
                if ((cls.Flags & SpecialAccessors) != 0)
                {
#if MP_CORE_BUILTINS
                    PyProperty prop = m.Obj as PyProperty;
                    if (prop != null)
                    {
                        if (prop.Getter.IsNone) throw AttributeError("unreadable attribute");
                        method = Call1(prop.Getter, self);
                        return true;
                    }
#endif
#if MP_DESCRIPTORS
                    if (IsUserObj(m))
                    {
                        Value g, gs;
                        if (UserMethodOnClass(m.Obj, ClassQ.Get, out g, out gs))
                        {
                            method = CallWithFirst(g, gs, self, new Value[] { cls }, 0, 1, 0);
                            return true;
                        }
                    }
#endif
                }
#endif
                Value bindSelf = self;
                if (!where.IsUser && where != PyType.ObjectType) bindSelf = NativePart(self, qstr);
                BindMethod(m, bindSelf, where, out method, out selfOut);
                return true;
            }
            method = NativeLoadAttr(self, qstr);
            if (!method.IsNull) return true;
            if (qstr != Q.__getattr__ && qstr != ClassQ.Get && qstr != ClassQ.Set && qstr != ClassQ.Delete
                && qstr != ClassQ.SetName && qstr != ClassQ.SetAttr && qstr != ClassQ.DelAttr)
            {
                Value ga, gs;
                if (UserLoadMethod(self, cls, Q.__getattr__, out ga, out gs))
                {
                    method = CallMethod(ga, gs, Qstr.Obj(qstr), Value.Null);
                    return true;
                }
            }
            method = Value.Null;
            return false;
        }

        // Attributes the built-in part answers itself (exception args/value/errno, ...).
        private static Value NativeLoadAttr(PyObject self, int qstr)
        {
            PyInstance inst = self as PyInstance;
            if (inst != null)
            {
                if (inst.Native.IsNull) return Value.Null;
                return LoadAttrMaybe(inst.Native, qstr);
            }
            return NativeExceptionAttr((PyBaseException)self, qstr);
        }

#if MP_DESCRIPTORS
        // A method found on o's class only (special-method lookup, no instance dict), bound as a pair.
        private static bool UserMethodOnClass(PyObject o, int qstr, out Value method, out Value self)
        {
            PyType where;
            Value m = ClassLookup(UserClassOf(o), qstr, SlotKind.None, out where);
            if (m.IsNull)
            {
                method = Value.Null;
                self = Value.Null;
                return false;
            }
            BindMethod(m, o, where, out method, out self);
            return true;
        }
#endif

        public static Value InstanceLoadAttr(PyObject self, int qstr)
        {
            Value m, s;
            if (!UserLoadMethod(self, UserClassOf(self), qstr, out m, out s)) return Value.Null;
            if (s.IsNull) return m;
            return new PyBoundMethod(m, s);
        }

        // mp_obj_instance_store_attr; value Null deletes. False: AttributeError.
        public static bool InstanceStoreAttr(PyObject self, int qstr, Value value)
        {
#if MP_CORE_BUILTINS || MP_DESCRIPTORS
            PyType cls = UserClassOf(self);
            if ((cls.Flags & SpecialAccessors) != 0)
            {
                PyType where;
                Value member = ClassLookup(cls, qstr, SlotKind.None, out where);
                if (!member.IsNull)
                {
#if MP_CORE_BUILTINS
                    PyProperty prop = member.Obj as PyProperty;
                    if (prop != null)
                    {
                        Value fn = value.IsNull ? prop.Deleter : prop.Setter;
                        if (fn.IsNone) return false;
                        if (value.IsNull) Call1(fn, self);
                        else Call2(fn, self, value);
                        return true;
                    }
#endif
#if MP_DESCRIPTORS
                    if (IsUserObj(member))
                    {
                        Value d, ds;
                        if (UserMethodOnClass(member.Obj, value.IsNull ? ClassQ.Delete : ClassQ.Set, out d, out ds))
                        {
                            CallMethod(d, ds, self, value);
                            return true;
                        }
                    }
#endif
                }
#if MP_CORE_BUILTINS
                Value sm, ss;
                if (UserLoadMethod(self, cls, value.IsNull ? ClassQ.DelAttr : ClassQ.SetAttr, out sm, out ss))
                {
                    if (value.IsNull) CallMethod(sm, ss, Qstr.Obj(qstr), Value.Null);
                    else CallWithFirst(sm, ss, Qstr.Obj(qstr), new Value[] { value }, 0, 1, 0);
                    return true;
                }
#endif
            }
#endif
            return RawStoreAttr(self, qstr, value);
        }

        // Stores into the instance dict, bypassing __setattr__ (object.__setattr__).
        internal static bool RawStoreAttr(PyObject self, int qstr, Value value)
        {
            PyInstance inst = self as PyInstance;
            PyDict dict;
            if (inst != null) dict = inst.Dict;
            else
            {
                PyBaseException e = (PyBaseException)self;
                if (e.Dict == null)
                {
                    if (value.IsNull) return false;
                    e.Dict = new PyDict();
                }
                dict = e.Dict;
            }
            if (value.IsNull) return !dict.Remove(Qstr.Obj(qstr)).IsNull;
#if MP_OPT_SPEED
            MapTable mt = dict.Map;
            int alloc = mt.Alloc;
            dict.SetQ(qstr, value);
            if (mt.Alloc != alloc && inst != null) NoteMembers(inst.Class, mt.Alloc);
#else
            dict.SetQ(qstr, value);
#endif
            return true;
        }

        // ---- special methods ----

        // The special method for an operator: Null (absent), Sentinel (the built-in part's slot applies)
        // or a method to call as the (method, self) pair.
        private static Value Special(PyObject self, int qstr, int slot, out Value selfOut)
        {
            PyType where;
            Value m = ClassLookup(UserClassOf(self), qstr, slot, out where);
            selfOut = Value.Null;
            if (m.IsNull || m.IsSentinel) return m;
            Value method;
            BindMethod(m, self, where, out method, out selfOut);
            return method;
        }

        private static Value NativeForSlot(PyObject self)
        {
            PyInstance inst = self as PyInstance;
            return inst != null ? inst.Native : Value.Null;
        }

        public static Value InstanceUnaryOp(PyObject self, int op)
        {
            Value s;
            Value m = Special(self, OpNames.Unary[op], SlotKind.Unary, out s);
            if (m.IsSentinel)
            {
                Value nat = NativeForSlot(self);
                if (nat.IsNull) return Value.Null;
                return UnaryOp(op, nat);
            }
            if (!m.IsNull)
            {
                Value val = CallMethod(m, s, Value.Null, Value.Null);
                if (op == UnaryOpKind.Hash)
                {
                    if (val.IsSmallInt) return val;
                    if (val.Obj is PyBool) return Value.FromInt(((PyBool)val.Obj).B ? 1 : 0);
                    // a big hash is truncated to a machine word (mp_obj_get_int_truncated)
                    if (val.Obj is PyBigInt) return Value.FromInt(BinaryOp(BinaryOpKind.And, val, Value.FromInt(long.MaxValue)).Bits);
                    throw TypeError("can't convert " + TypeNameOf(val) + " to int");
                }
                if (op == UnaryOpKind.IntMaybe && !(val.IsSmallInt || val.Obj is PyBigInt || val.Obj is PyBool))
                {
                    throw Raise(ExcTypes.TypeError, null);
                }
                return val;
            }
            if (op == UnaryOpKind.Hash)
            {
                m = Special(self, ClassQ.Eq, SlotKind.Unary, out s);
                if (m.IsNull) return Value.FromInt(IdentityHash(self));
            }
            return Value.Null;
        }

        public static long InstanceHash(PyObject self)
        {
            Value r = InstanceUnaryOp(self, UnaryOpKind.Hash);
            if (r.IsNull) throw TypeError("unsupported type for __hash__: '" + self.Type.NameStr + "'");
            if (r.IsSmallInt) return r.Bits;
            return Hash(r);
        }

        public static Value InstanceBinaryOp(PyObject self, int op, Value rhs)
        {
            Value s;
            Value m = Special(self, OpNames.Binary[op], SlotKind.Binary, out s);
            if (m.IsSentinel)
            {
                Value nat = NativeForSlot(self);
                if (nat.IsNull) return Value.Null;
                if (op == BinaryOpKind.Equal) return Value.FromBool(Equal(nat, rhs));
                if (op == BinaryOpKind.NotEqual) return Value.FromBool(!Equal(nat, rhs));
                if (op == BinaryOpKind.Contains) return Value.FromBool(Contains(nat, rhs));
                if (op >= BinaryOpKind.ReverseOr && op <= BinaryOpKind.ReversePower)
                {
                    Value r = nat.IsObj ? nat.Obj.BinaryOp(op, rhs) : Value.Null;
                    if (r.IsNull && IsNumber(nat) && IsNumber(rhs)) r = NumberOps.BinaryOp(op - BinaryOpKind.PlainToReverse, rhs, nat);
                    return r;
                }
                return BinaryOp(op, nat, rhs);
            }
            if (m.IsNull) return Value.Null;
            Value res = CallMethod(m, s, rhs, Value.Null);
            if (op == BinaryOpKind.Contains) return Value.FromBool(IsTrue(res));
            if (res.Obj == PyNotImplemented.Instance) return Value.Null;
            return res;
        }

        // == and != when either side is a user object (mp_obj_equal_not_equal): __ne__ (for !=), then
        // __eq__, on the left, then on the right; identity when neither answers. The result of __eq__ is
        // returned as is for ==.
        public static Value UserEqualOp(int op, Value a, Value b)
        {
            Value t = op == BinaryOpKind.NotEqual ? Value.False : Value.True;
            Value f = op == BinaryOpKind.NotEqual ? Value.True : Value.False;
            Value o1 = a, o2 = b;
            for (int pass = 0; pass < 2; pass++)
            {
                if (IsUserObj(o1))
                {
                    Value r;
                    if (op == BinaryOpKind.NotEqual)
                    {
                        r = InstanceBinaryOp(o1.Obj, BinaryOpKind.NotEqual, o2);
                        if (!r.IsNull) return r;
                    }
                    r = InstanceBinaryOp(o1.Obj, BinaryOpKind.Equal, o2);
                    if (!r.IsNull)
                    {
                        if (op == BinaryOpKind.Equal) return r;
                        return IsTrue(r) ? t : f;
                    }
                }
                else if (o1.IsObj && !(o1.Obj is PyStr) && !IsNumber(o1))
                {
                    if (o1.Obj.Eq(o2)) return t;
                }
                Value tmp = o1;
                o1 = o2;
                o2 = tmp;
            }
            return o1.Is(o2) ? t : f;
        }

        public static Value InstanceSubscr(PyObject self, Value index, Value value)
        {
            int q = value.IsSentinel ? Q.__getitem__ : value.IsNull ? Q.__delitem__ : Q.__setitem__;
            Value s;
            Value m = Special(self, q, SlotKind.Subscr, out s);
            if (m.IsSentinel)
            {
                Value nat = NativeForSlot(self);
                if (nat.IsNull) return Value.Null;
                return Subscr(nat, index, value);
            }
            if (m.IsNull) return Value.Null;
            Value r = CallMethod(m, s, index, value.IsSentinel ? Value.Null : value);
            return value.IsSentinel ? r : Value.None;
        }

        // InstanceCall's __call__ when it is a plain function bound to self (the VM runs it in its own loop, an
        // inline call), else null.
        internal static PyFunction PlainCallMethod(PyInstance self)
        {
            Value s;
            Value m = Special(self, Q.__call__, SlotKind.Call, out s);
            PyFunction fn = m.Obj as PyFunction;
            if (fn == null || s.Obj != self || (fn.Code.ScopeFlags & ScopeFlag.Generator) != 0) return null;
            return fn;
        }

        public static Value InstanceCall(PyObject self, Value[] args, int start, int nPos, int nKw)
        {
            Value s;
            Value m = Special(self, Q.__call__, SlotKind.Call, out s);
            if (m.IsSentinel && !NativeForSlot(self).IsNull) return Call(NativeForSlot(self), args, start, nPos, nKw);
            if (m.IsNull || m.IsSentinel) throw TypeError("'" + self.Type.NameStr + "' object isn't callable");
            if (s.IsNull) return Call(m, args, start, nPos, nKw);
            return CallWithFirst(m, s, Value.Null, args, start, nPos, nKw);
        }

        // callable(x) (mp_obj_is_callable): types, functions, bound methods, and instances whose class has
        // __call__ (or whose built-in part is callable).
        public static bool IsCallable(Value v)
        {
            if (!v.IsObj) return false;
            PyObject o = v.Obj;
            if (IsUserObj(v))
            {
                Value s;
                Value m = Special(o, Q.__call__, SlotKind.Call, out s);
                if (m.IsSentinel) return IsCallable(NativeForSlot(o));
                return !m.IsNull;
            }
            return o is PyType || o is PyBuiltin || o is PyBoundMethod || BindsSelf(o);
        }

        public static Value InstanceGetIter(PyObject self)
        {
            Value s;
            Value m = Special(self, Q.__iter__, SlotKind.Iter, out s);
            if (m.IsSentinel)
            {
                Value nat = NativeForSlot(self);
                if (nat.IsNull) return Value.Null;
                return GetIter(nat);
            }
            if (m.IsNull) return Value.Null;
            return CallMethod(m, s, Value.Null, Value.Null);
        }

        // mp_iternext for an instance: __next__ (found like any attribute); StopIteration ends iteration.
        public static Value InstanceIterNext(PyObject self)
        {
            Value m, s;
            if (!UserLoadMethod(self, UserClassOf(self), Q.__next__, out m, out s))
            {
                throw TypeError("'" + self.Type.NameStr + "' object isn't an iterator");
            }
            try
            {
                return CallMethod(m, s, Value.Null, Value.Null);
            }
            catch (PyException e)
            {
                if (e.Exc.ExcType.IsSubclassOf(ExcTypes.StopIteration))
                {
                    // next() re-raises with the same value (mp_iternext_allow_raise passes it through)
                    Value[] a = e.Exc.Args.Items;
                    Vm.StopIterationArg = a.Length > 0 && !a[0].IsNone ? a[0] : Value.Null;
                    return Value.Null;
                }
                throw;
            }
        }

        // instance_print: __str__ (falling back to __repr__) or __repr__; the built-in part's printing;
        // else <X object at ADDR>. For exceptions of user classes, kind Exc prints "Name: args" unless the
        // class defines __repr__.
        public static void InstancePrint(PyObject self, Printer p, int kind)
        {
            Value s;
            Value m = Special(self, kind == PrintKind.Str ? Q.__str__ : Q.__repr__, SlotKind.Print, out s);
            if (m.IsNull && kind == PrintKind.Str) m = Special(self, Q.__repr__, SlotKind.None, out s);
            if (m.IsSentinel)
            {
                PyBaseException e = self as PyBaseException;
                if (e != null)
                {
                    if (kind != PrintKind.Str) p.Write(e.ExcType.NameStr);
                    PrintNativeException(e, p, kind, true);
                    return;
                }
                Value nat = NativeForSlot(self);
                if (!nat.IsNull)
                {
                    Print(p, nat, kind);
                    return;
                }
            }
            else if (!m.IsNull)
            {
                Print(p, CallMethod(m, s, Value.Null, Value.Null), PrintKind.Str);
                return;
            }
            p.Write("<");
            p.Write(self.Type.NameStr);
            p.Write(" object at ");
            WriteAddress(p, self);
            p.Write(">");
        }

        // MicroPython prints object addresses with %p (hex, no 0x); ours is the identity hash.
        public static void WriteAddress(Printer p, PyObject o)
        {
            long h = IdentityHash(o) & 0xFFFFFFFFL;
            char[] c = new char[12];
            long v = 0x7f0000000000L | (h << 4);
            for (int i = 11; i >= 0; i--)
            {
                int d = (int)(v & 0xF);
                c[i] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
                v >>= 4;
            }
            p.Write(new string(c));
        }
    }
}
