#if MP_COMPILER
// (only in builds with MP_COMPILER: build/FeatureLevel.props)
namespace NanoMpy
{
    // What compile() returns (MicroPython's code object): the module code of compiled source, run by exec and
    // eval with the globals and locals they are given.
    public sealed class PyCode : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = new PyType(Qstr.Intern("code"), PyType.ObjectType)); } }

        public readonly RawCode Code;
        public readonly int Mode;

        public PyCode(RawCode code, int mode)
        {
            Code = code;
            Mode = mode;
        }

        public override PyType Type { get { return TypeObj; } }

        public override long Hash()
        {
            return Rt.IdentityHash(this);
        }
    }
}
#endif
