#if MP_EXTRA_MODULES
// (only in builds with MP_EXTRA_MODULES: build/FeatureLevel.props)
namespace NanoMpy
{
    // A class made by collections.namedtuple (py/objnamedtuple.c): its instances are PyTuples whose Named
    // points here, printed as Name(field=value, ...), with the fields as read-only attributes.
    public sealed class NamedTupleType
    {
        public readonly PyType Type;
        private readonly int[] _fields;

        public NamedTupleType(int name, int[] fields)
        {
            _fields = fields;
            Type = new PyType(name, PyTuple.TypeObj);
            Type.MakeNew = MakeNew;
            Register(Type, this);
        }

        // MakeNew gets only the type: this table leads back to its fields (PyType has no slot for them).
        private static PyType[] _types = new PyType[4];
        private static NamedTupleType[] _named = new NamedTupleType[4];
        private static int _count;

        public static void Reset()
        {
            _types = new PyType[4];
            _named = new NamedTupleType[4];
            _count = 0;
        }

        private static void Register(PyType t, NamedTupleType n)
        {
            if (_count == _types.Length)
            {
                PyType[] t2 = new PyType[_count * 2];
                NamedTupleType[] n2 = new NamedTupleType[_count * 2];
                System.Array.Copy(_types, t2, _count);
                System.Array.Copy(_named, n2, _count);
                _types = t2;
                _named = n2;
            }
            _types[_count] = t;
            _named[_count] = n;
            _count++;
        }

        private static NamedTupleType Of(PyType t)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_types[i] == t) return _named[i];
            }
            return null;
        }

        public int FieldIndex(int qstr)
        {
            for (int i = 0; i < _fields.Length; i++)
            {
                if (_fields[i] == qstr) return i;
            }
            return -1;
        }

        private static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            NamedTupleType nt = Of(type);
            int n = nt._fields.Length;
            if (nPos + nKw != n)
            {
                throw Rt.TypeError(type.NameStr + "() takes " + n + " positional arguments but " + (nPos + nKw) + " were given");
            }
            Value[] items = Value.NewArray(n);
            System.Array.Copy(args, start, items, 0, nPos);
            for (int i = 0; i < nKw; i++)
            {
                PyStr name = args[start + nPos + 2 * i].Obj as PyStr;
                int q = name == null ? 0 : name.Intern();
                int id = nt.FieldIndex(q);
                if (id < 0) throw Rt.TypeError("unexpected keyword argument '" + Qstr.Str(q) + "'");
                if (!items[id].IsNull) throw Rt.TypeError("function got multiple values for argument '" + Qstr.Str(q) + "'");
                items[id] = args[start + nPos + 2 * i + 1];
            }
            PyTuple t = new PyTuple(items);
            t.Named = nt;
            return t;
        }

        public void Print(Printer p, PyTuple t)
        {
            p.Write(Type.NameStr);
            p.WriteByte((byte)'(');
            for (int i = 0; i < t.Items.Length; i++)
            {
                if (i > 0) p.Write(", ");
                p.Write(Qstr.Str(_fields[i]));
                p.WriteByte((byte)'=');
                Rt.Print(p, t.Items[i], PrintKind.Repr);
            }
            p.WriteByte((byte)')');
        }
    }
}
#endif
