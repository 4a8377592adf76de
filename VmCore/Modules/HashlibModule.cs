#if MP_EXTRA_MODULES
// (only in builds with MP_EXTRA_MODULES: build/FeatureLevel.props)
namespace NanoMpy
{
    // hashlib (extmod/modhashlib.c): sha256 and sha1 objects with update() and digest(). After digest() the
    // object is final: update and digest raise ValueError("hash is final"), as in MicroPython.
    public static class HashlibModule
    {
        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("hashlib");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(Qstr.Intern("sha256"), PyHash.Sha256Type);
            g.SetQ(Qstr.Intern("sha1"), PyHash.Sha1Type);
            return new PyModule(name, g);
        }
    }
}
#endif
