#if MP_RE
// (only in builds with MP_RE: build/FeatureLevel.props)
namespace NanoMpy
{
    // re (extmod/modre.c over lib/re1.5): compile, match, search, sub. Patterns: RegexProgram.cs.
    public static class ReModule
    {
        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("re");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(Qstr.Intern("compile"), new PyBuiltin("compile", 1, 2, PyRegex.CompileFn));
            g.SetQ(Qstr.Intern("match"), new PyBuiltin("match", 2, 4, PyRegex.MatchFn));
            g.SetQ(Qstr.Intern("search"), new PyBuiltin("search", 2, 4, PyRegex.SearchFn));
            g.SetQ(Qstr.Intern("sub"), new PyBuiltin("sub", 3, 5, PyRegex.SubFn));
            return new PyModule(name, g);
        }
    }
}
#endif
