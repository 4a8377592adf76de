namespace NanoMpy
{
    // Classes, instances and attribute binding (py/objtype.c's role). PLACEHOLDER bodies: the class work
    // replaces them; the signatures are the contract used by PyType, PyBaseException and Rt.
    public static partial class Rt
    {
        // Calling a type: instantiate a user class (__new__/__init__) or a built-in through MakeNew.
        public static Value CallType(PyType t, Value[] args, int start, int nPos, int nKw)
        {
            if (t.MakeNew != null) return t.MakeNew(t, args, start, nPos, nKw);
            throw TypeError("cannot create '" + t.NameStr + "' instances");
        }

        public static Value TypeLoadAttr(PyType t, int qstr)
        {
            if (qstr == Q.__name__) return Qstr.Obj(t.Name);
            Value v = t.Lookup(qstr);
            if (v.IsNull) return v;
            return v;
        }

        public static bool TypeStoreAttr(PyType t, int qstr, Value value)
        {
            if (!t.IsUser) return false;
            if (value.IsNull) t.Locals.Remove(Qstr.Obj(qstr));
            else t.Locals.SetQ(qstr, value);
            return true;
        }

        // LOAD_METHOD on instances, types, modules and exceptions.
        public static void ClassLoadMethod(Value obj, int qstr, out Value method, out Value self)
        {
            method = LoadAttr(obj, qstr);
            self = Value.Null;
        }

        // Binds an attribute found on type t to self: functions become bound methods, staticmethod and
        // classmethod unwrap, properties call their getter.
        public static Value BindAttr(Value attr, Value self, PyType t)
        {
            if (attr.Obj is PyBuiltin || attr.Obj is PyFunction) return new PyBoundMethod(attr, self);
            return attr;
        }

        // `except T` matching: value is the raised exception, type a class or a tuple of classes.
        public static bool ExceptionMatches(Value value, Value type)
        {
            PyTuple tup = type.Obj as PyTuple;
            if (tup != null)
            {
                for (int i = 0; i < tup.Items.Length; i++)
                {
                    if (ExceptionMatches(value, tup.Items[i])) return true;
                }
                return false;
            }
            PyType t = type.Obj as PyType;
            if (t == null) return false;
            PyType vt = value.Obj is PyType ? (PyType)value.Obj : TypeOf(value);
            return vt.IsSubclassOf(t);
        }

        public static Value ExceptionLoadAttr(PyBaseException e, int qstr)
        {
            if (qstr == Q.args) return e.Args;
            if (e.Dict != null)
            {
                Value v = e.Dict.GetQ(qstr);
                if (!v.IsNull) return v;
            }
            return BindFromType(e.ExcType, e, qstr);
        }

        public static bool ExceptionStoreAttr(PyBaseException e, int qstr, Value value)
        {
            if (e.Dict == null) e.Dict = new PyDict();
            if (value.IsNull) e.Dict.Remove(Qstr.Obj(qstr));
            else e.Dict.SetQ(qstr, value);
            return true;
        }

        // str(e): the single argument, or the args tuple; repr(e): Name(args...).
        public static void PrintException(PyBaseException e, Printer p, int kind)
        {
            int n = e.Args.Items.Length;
            if (kind == PrintKind.Str)
            {
                if (n == 0) return;
                if (n == 1) { Print(p, e.Args.Items[0], PrintKind.Str); return; }
            }
            else
            {
                p.Write(e.ExcType.NameStr);
            }
            p.Write("(");
            for (int i = 0; i < n; i++)
            {
                if (i > 0) p.Write(", ");
                Print(p, e.Args.Items[i], PrintKind.Repr);
            }
            if (n == 1 && kind == PrintKind.Str) p.Write(",");
            p.Write(")");
        }
    }
}
