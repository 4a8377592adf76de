#if MP_ERRNO
// (only in builds with MP_ERRNO: build/FeatureLevel.props)
namespace NanoMpy
{
    // errno (py/moderrno.c): the unix port's error constants (Linux values) and errorcode {number: name}.
    public static class ErrnoModule
    {
        private static readonly int[] Codes =
        {
            1, 2, 5, 9, 11, 12, 13, 17, 19, 21, 22, 95, 98, 103, 104, 105, 107, 110, 111, 113, 114, 115,
        };

        // After Codes: static fields are initialised in textual order.
        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("errno");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            PyDict errorcode = new PyDict();
            for (int i = 0; i < Codes.Length; i++)
            {
                int q = Qstr.Intern(Rt.ErrnoName(Codes[i]));
                g.SetQ(q, Value.FromInt(Codes[i]));
                errorcode.Set(Value.FromInt(Codes[i]), Qstr.Obj(q));
            }
            errorcode.Fixed = true;
            g.SetQ(Qstr.Intern("errorcode"), errorcode);
            return new PyModule(name, g);
        }
    }
}
#endif
