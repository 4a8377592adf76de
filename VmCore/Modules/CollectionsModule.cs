#if MP_EXTRA_MODULES
// (only in builds with MP_EXTRA_MODULES: build/FeatureLevel.props)
namespace NanoMpy
{
    // The collections module of MicroPython's unix port: OrderedDict, deque, namedtuple. Made on first use;
    // the import system registers Module as a built-in module.
    public static class CollectionsModule
    {
        internal static PyModule Make()
        {
            int name = Qstr.Intern("collections");
            PyDict g = new PyDict();
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(PyDict.OrderedDictType.Name, PyDict.OrderedDictType);
            g.SetQ(PyDeque.TypeObj.Name, PyDeque.TypeObj);
            g.SetQ(Qstr.Intern("namedtuple"), new PyBuiltin("namedtuple", NamedTuple));
            return new PyModule(name, g);
        }

        // namedtuple(name, fields): fields is a str of space-separated names or an iterable of strs.
        private static Value NamedTuple(Value name, Value fields)
        {
            PyStr n = name.Obj as PyStr;
            if (n == null) throw Rt.TypeError("can't convert '" + Rt.TypeNameOf(name) + "' object to str implicitly");
            PyList names = new PyList(4);
            PyStr fs = fields.Obj as PyStr;
            if (fs != null)
            {
                int i = 0;
                byte[] d = fs.Data;
                int end = fs.Offset + fs.Length;
                i = fs.Offset;
                while (i < end)
                {
                    while (i < end && IsSpace(d[i])) i++;
                    int s = i;
                    while (i < end && !IsSpace(d[i])) i++;
                    if (i > s) names.Append(new PyStr(d, s, i - s));
                }
            }
            else
            {
                names.Extend(fields);
            }
            int[] q = new int[names.Count];
            for (int i = 0; i < names.Count; i++)
            {
                PyStr f = names.Items[i].Obj as PyStr;
                if (f == null) throw Rt.TypeError("can't convert '" + Rt.TypeNameOf(names.Items[i]) + "' object to str implicitly");
                q[i] = f.Intern();
            }
            return new NamedTupleType(n.Intern(), q).Type;
        }

        private static bool IsSpace(byte b)
        {
            return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v';
        }
    }
}
#endif
