#if MP_ARRAY
// (only in builds with MP_ARRAY: build/FeatureLevel.props)
namespace NanoMpy
{
    // The array module (py/modarray.c): just the array type. The import system registers Module as a
    // built-in module.
    public static class ArrayModule
    {
        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("array");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(name, PyArray.TypeObj);
            return new PyModule(name, g);
        }
    }
}
#endif
