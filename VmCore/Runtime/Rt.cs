namespace NanoMpy
{
    // Runtime entry points (py/runtime.c's role): the VM and the built-ins reach every object operation
    // through here. Immediates (small int, float) and bool are dispatched to NumberOps first; heap objects to
    // their PyObject slots; then the reflected form; then MicroPython's TypeError.
    public static partial class Rt
    {
        public static PyType TypeOf(Value v)
        {
            PyObject o = v.Obj;
            if (o == Value.IntTag) return PyInt.TypeObj;
            if (o == Value.FloatTag) return PyFloat.TypeObj;
            return o.Type;
        }

        public static string TypeNameOf(Value v)
        {
            return TypeOf(v).NameStr;
        }

        public static bool IsNumber(Value v)
        {
            PyObject o = v.Obj;
#if MP_COMPLEX
            return o == Value.IntTag || o == Value.FloatTag || o is PyBool || o is PyBigInt || o is PyComplex;
#else
            return o == Value.IntTag || o == Value.FloatTag || o is PyBool || o is PyBigInt;
#endif
        }

        public static bool IsTrue(Value v)
        {
            PyObject o = v.Obj;
            if (o == Value.IntTag) return v.Bits != 0;
            if (o == PyBool.TrueObj) return true;
            if (o == PyBool.FalseObj || o == PyNone.Instance) return false;
            if (o == Value.FloatTag) return v.Float != 0.0;
            Value r = o.UnaryOp(UnaryOpKind.Bool);
            if (!r.IsNull) return r.Obj == PyBool.TrueObj;
            r = o.UnaryOp(UnaryOpKind.Len);
            if (!r.IsNull) return r.Bits != 0;
            return true;
        }

        public static Value UnaryOp(int op, Value v)
        {
            if (op == UnaryOpKind.Not) return Value.FromBool(!IsTrue(v));
            if (IsNumber(v))
            {
                Value r = NumberOps.UnaryOp(op, v);
                if (!r.IsNull) return r;
            }
            else
            {
                Value r = v.Obj.UnaryOp(op);
                if (!r.IsNull) return r;
                if (op == UnaryOpKind.Hash) return Value.FromInt(Hash(v));
                if (op == UnaryOpKind.Bool) return Value.FromBool(IsTrue(v));
            }
            if (op == UnaryOpKind.Len)
            {
                throw TypeError("object of type '" + TypeNameOf(v) + "' has no len()");
            }
            throw TypeError("unsupported type for " + Qstr.Str(OpNames.Unary[op]) + ": '" + TypeNameOf(v) + "'");
        }

        public static Value BinaryOp(int op, Value a, Value b)
        {
            if (a.Obj == Value.IntTag && b.Obj == Value.IntTag && op <= BinaryOpKind.NotEqual)
            {
                // small-int comparisons (sort, min/max, containers) need none of the dispatch below
                long x = a.Bits, y = b.Bits;
                switch (op)
                {
                    case BinaryOpKind.Less: return x < y ? Value.True : Value.False;
                    case BinaryOpKind.More: return x > y ? Value.True : Value.False;
                    case BinaryOpKind.Equal: return x == y ? Value.True : Value.False;
                    case BinaryOpKind.LessEqual: return x <= y ? Value.True : Value.False;
                    case BinaryOpKind.MoreEqual: return x >= y ? Value.True : Value.False;
                    default: return x != y ? Value.True : Value.False;
                }
            }
            switch (op)
            {
                case BinaryOpKind.Is: return Value.FromBool(a.Is(b));
                case BinaryOpKind.IsNot: return Value.FromBool(!a.Is(b));
                case BinaryOpKind.In: return Value.FromBool(Contains(b, a));
                case BinaryOpKind.NotIn: return Value.FromBool(!Contains(b, a));
                case BinaryOpKind.Equal:
                    if (IsUserObj(a) || IsUserObj(b)) return UserEqualOp(op, a, b);
                    return Value.FromBool(Equal(a, b));
                case BinaryOpKind.NotEqual:
                    if (IsUserObj(a) || IsUserObj(b)) return UserEqualOp(op, a, b);
                    return Value.FromBool(!Equal(a, b));
                case BinaryOpKind.ExceptionMatch: return Value.FromBool(ExceptionMatches(a, b));
            }
            Value r;
            if (IsNumber(a) && (IsNumber(b) || !b.IsObj))
            {
                r = NumberOps.BinaryOp(op, a, b);
                if (!r.IsNull) return r;
            }
            else if (a.IsObj)
            {
                r = a.Obj.BinaryOp(op, b);
                if (!r.IsNull) return r;
                if (op >= BinaryOpKind.InplaceOr && op <= BinaryOpKind.InplacePower)
                {
                    r = a.Obj.BinaryOp(op + BinaryOpKind.InplaceToPlain, b);
                    if (!r.IsNull) return r;
                }
            }
            else
            {
                r = NumberOps.BinaryOp(op, a, b);
                if (!r.IsNull) return r;
            }
            int plain = op;
            if (op >= BinaryOpKind.InplaceOr && op <= BinaryOpKind.InplacePower) plain = op + BinaryOpKind.InplaceToPlain;
            if (b.IsObj && !(IsNumber(a) && IsNumber(b)))
            {
                // Only arithmetic has reflected forms: MicroPython never swaps a comparison.
                if (plain >= BinaryOpKind.Or && plain <= BinaryOpKind.Power)
                {
                    r = b.Obj.BinaryOp(plain + BinaryOpKind.PlainToReverse, a);
                    if (!r.IsNull) return r;
                }
            }
            if (plain >= BinaryOpKind.Or && plain <= BinaryOpKind.Power && IsNumber(a) && b.IsObj)
            {
                r = NumberOps.BinaryOp(op, a, b);
                if (!r.IsNull) return r;
            }
            throw TypeError("unsupported types for " + Qstr.Str(OpNames.Binary[plain]) + ": '" + TypeNameOf(a) + "', '" + TypeNameOf(b) + "'");
        }

        // Python ==.
        public static bool Equal(Value a, Value b)
        {
            if (IsUserObj(a) || IsUserObj(b)) return IsTrue(UserEqualOp(BinaryOpKind.Equal, a, b));
            if (a.Obj == b.Obj)
            {
                // float and complex are not reflexive (MP_TYPE_FLAG_EQ_NOT_REFLEXIVE): a NaN is unequal to itself
#if MP_COMPLEX
                if (a.Bits == b.Bits && !(a.Obj is PyComplex)) return !a.IsFloat || !double.IsNaN(a.Float);
#else
                if (a.Bits == b.Bits) return !a.IsFloat || !double.IsNaN(a.Float);
#endif
                if (a.IsSmallInt) return false;
            }
            if (IsNumber(a) || IsNumber(b))
            {
                if (IsNumber(a) && IsNumber(b)) return NumberOps.Equal(a, b);
                if (!a.IsObj || !b.IsObj) return false;
            }
            if (a.IsObj)
            {
                if (a.Obj.Eq(b)) return true;
                // (a user class's instances went above: here only a class whose metaclass is a user class can
                // have one, so no other object's type is asked for, nor made: `s == "__main__"` made str's)
                if (b.Obj is PyType && b.Obj.Type.IsUser && !a.Obj.Type.IsUser) return b.Obj.Eq(a);
            }
            return false;
        }

        // Python hash(); TypeError for unhashable values.
        public static long Hash(Value v)
        {
            if (IsNumber(v)) return NumberOps.Hash(v);
            return v.Obj.Hash();
        }

        public static long IdentityHash(PyObject o)
        {
            return o.GetHashCode();
        }

        public static bool Contains(Value container, Value item)
        {
            if (container.IsObj)
            {
                Value r = container.Obj.BinaryOp(BinaryOpKind.Contains, item);
                if (!r.IsNull) return IsTrue(r);
            }
            Value it;
            PyObject fast = ItemCursor.Start(container, out it);
            long pos = 0;
            while (true)
            {
                Value x = ItemCursor.Next(fast, ref pos, it);
                if (x.IsNull) return false;
                if (Equal(x, item)) return true;
            }
        }

        // Printing a container prints its items through here, on the host stack; a list that holds itself
        // would overflow it. MicroPython's MP_STACK_CHECK in mp_obj_print_helper raises RuntimeError instead;
        // this bounds the nesting by the recursion limit.
        private static int _printDepth;

        public static void Print(Printer p, Value v, int kind)
        {
            if (IsNumber(v))
            {
                NumberOps.Print(p, v, kind);
                return;
            }
            int d = _printDepth;
            if (d >= Vm.MaxDepth) throw RuntimeError("maximum recursion depth exceeded");
            _printDepth = d + 1;
            try
            {
                v.Obj.Print(p, kind);
            }
            finally
            {
                _printDepth = d;
            }
        }

        public static PyStr Repr(Value v)
        {
            Printer p = new Printer();
            Print(p, v, PrintKind.Repr);
            return new PyStr(p.ToArray(), 0, p.Length);
        }

        public static PyStr StrOf(Value v)
        {
            if (v.Obj is PyStr) return (PyStr)v.Obj;
            Printer p = new Printer();
            Print(p, v, PrintKind.Str);
            return new PyStr(p.ToArray(), 0, p.Length);
        }

        public static Value GetIter(Value v)
        {
            if (v.IsObj)
            {
                Value r = v.Obj.GetIter();
                if (!r.IsNull) return r;
                Value getitem = TypeOf(v).Lookup(Q.__getitem__);
                if (!getitem.IsNull && v.Obj.Type.IsUser) return new PySeqIterator(v);
            }
            throw TypeError("'" + TypeNameOf(v) + "' object isn't iterable");
        }

        // Next item or Null at the end (StopIteration raised by a user __next__ is turned into Null).
        public static Value IterNext(Value it)
        {
            if (!it.IsObj) throw TypeError("'" + TypeNameOf(it) + "' object isn't an iterator");
            return it.Obj.IterNext();
        }

        public static Value Subscr(Value obj, Value index, Value value)
        {
            if (obj.IsObj)
            {
                Value r = obj.Obj.Subscr(index, value);
                if (!r.IsNull) return r;
            }
            if (value.IsSentinel) throw TypeError("'" + TypeNameOf(obj) + "' object isn't subscriptable");
            if (value.IsNull) throw TypeError("'" + TypeNameOf(obj) + "' object doesn't support item deletion");
            throw TypeError("'" + TypeNameOf(obj) + "' object doesn't support item assignment");
        }

        public static Value Call(Value f, Value[] args, int start, int nPos, int nKw)
        {
            if (!f.IsObj) throw TypeError("'" + TypeNameOf(f) + "' object isn't callable");
            return f.Obj.Call(args, start, nPos, nKw);
        }

        public static Value Call0(Value f)
        {
            return Call(f, Value.NewArray(0), 0, 0, 0);
        }

        public static Value Call1(Value f, Value a)
        {
            PyBuiltin b = f.Obj as PyBuiltin;
            if (b != null) return b.Call1(a);
            return Call(f, new Value[] { a }, 0, 1, 0);
        }

        public static Value Call2(Value f, Value a, Value b)
        {
            PyBuiltin bf = f.Obj as PyBuiltin;
            if (bf != null) return bf.Call2(a, b);
            return Call(f, new Value[] { a, b }, 0, 2, 0);
        }

        // Attribute load; raises AttributeError when absent.
        public static Value LoadAttr(Value obj, int qstr)
        {
            Value r = LoadAttrMaybe(obj, qstr);
            if (r.IsNull)
            {
                // a built-in iterator's __next__ is next() bound to it (the type's iternext slot)
                if (qstr == Q.__next__ && obj.IsObj && !(obj.Obj is PyInstance) && !(obj.Obj is PyType)
                    && obj.Obj.GetIter().Obj == obj.Obj)
                {
                    return new PyBoundMethod(Builtins.Lookup(Q.next), obj);
                }
                throw AttributeErrorFor(obj, qstr);
            }
            return r;
        }

        // Attribute load; Null when absent.
        public static Value LoadAttrMaybe(Value obj, int qstr)
        {
            if (obj.IsObj) return obj.Obj.LoadAttr(qstr);
            return BindFromType(TypeOf(obj), obj, qstr);
        }

        public static void StoreAttr(Value obj, int qstr, Value value)
        {
#if MP_OPT_SPEED
            // an instance of a class without __setattr__, properties or descriptors: straight into its dict
            PyInstance inst = obj.Obj as PyInstance;
            if (inst != null && (inst.Class.Flags & SpecialAccessors) == 0 && !value.IsNull)
            {
                RawStoreAttr(inst, qstr, value);
                return;
            }
#endif
            if (obj.IsObj && obj.Obj.StoreAttr(qstr, value)) return;
            // mp_store_attr names the object's type even for a type object.
            throw AttributeError("'" + TypeNameOf(obj) + "' object has no attribute '" + Qstr.Str(qstr) + "'");
        }

        // LOAD_METHOD: pushes (method, self) without making a bound method when the attribute is a plain
        // function or built-in found on the type; otherwise (attr, Null).
        public static void LoadMethod(Value obj, int qstr, out Value method, out Value self)
        {
            PyObject o = obj.Obj;
            if (o is PyInstance || o is PyType || o is PyModule || o is PyBaseException || o is PySuper)
            {
                ClassLoadMethod(obj, qstr, out method, out self);
                return;
            }
            Value m = TypeOf(obj).Lookup(qstr);
            if (!m.IsNull && (m.Obj is PyBuiltin || m.Obj is PyFunction))
            {
                method = m;
                self = obj;
                return;
            }
            method = LoadAttr(obj, qstr);
            self = Value.Null;
        }

        // Default LoadAttr of built-in objects: methods and attributes found on the type.
        public static Value GenericLoadAttr(PyObject self, int qstr)
        {
            return BindFromType(self.Type, self, qstr);
        }

        public static Value BindFromType(PyType t, Value self, int qstr)
        {
#if MP_CPYTHON_COMPAT
            if (qstr == Q.__class__) return t;
#endif
            Value m = t.Lookup(qstr);
            if (m.IsNull) return Value.Null;
            return BindAttr(m, self, t);
        }

        public static PyException AttributeErrorFor(Value obj, int qstr)
        {
            if (obj.Obj is PyType)
            {
                return AttributeError("type object '" + ((PyType)obj.Obj).NameStr + "' has no attribute '" + Qstr.Str(qstr) + "'");
            }
#if MP_MODULE_ALL
            // (MicroPython words it so only with MICROPY_MODULE___ALL__)
            PyModule m = obj.Obj as PyModule;
            if (m != null)
            {
                return AttributeError("module '" + Qstr.Str(m.Name) + "' has no attribute '" + Qstr.Str(qstr) + "'");
            }
#endif
            return AttributeError("'" + TypeNameOf(obj) + "' object has no attribute '" + Qstr.Str(qstr) + "'");
        }
    }
}
