#if MP_RE
// (only in builds with MP_RE: build/FeatureLevel.props)
namespace NanoMpy
{
    // A match (type name "match"): group(n) only, as on MicroPython's unix port (groups/span/start/end are
    // compiled out there).
    public sealed class PyMatch : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        private readonly Value _str;
        private readonly byte[] _data;
        private readonly int[] _caps;

        public PyMatch(Value str, byte[] data, int[] caps)
        {
            _str = str;
            _data = data;
            _caps = caps;
        }

        public override PyType Type { get { return TypeObj; } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("match"), PyType.ObjectType);
            t.FillOnFirstUse(FillMethods);
            return t;
        }

        // Methods made on first use of the type (PyType.FillOnFirstUse).
        private static void FillMethods(PyType t)
        {
            t.AddMethod(new PyBuiltin("group", GroupFn));
        }

        public override void Print(Printer p, int kind)
        {
            p.Write("<match num=");
            p.WriteInt(_caps.Length / 2);
            p.Write(">");
        }

        private static Value GroupFn(Value self, Value no)
        {
            PyMatch m = self.Obj as PyMatch;
            if (m == null) throw Rt.TypeError("argument has wrong type");
            long i = NumberOps.GetInt(no);
            if (i < 0 || i >= m._caps.Length / 2) throw Rt.RaiseWith(ExcTypes.IndexError, no);
            int st = m._caps[2 * i];
            if (st < 0) return Value.None;
            return PyRegex.Piece(Rt.TypeOf(m._str), m._data, st, m._caps[2 * i + 1] - st);
        }
    }
}
#endif
