namespace NanoMpy
{
    // bool is a subclass of int: NumberOps treats True/False as 1/0 wherever an int is accepted.
    public sealed class PyBool : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }
        public static readonly PyBool TrueObj = new PyBool(true);
        public static readonly PyBool FalseObj = new PyBool(false);

        public readonly bool B;

        private static PyType MakeType()
        {
            PyType t = new PyType(Q.@bool, PyInt.TypeObj);
            t.MakeNew = NumberBuiltins.MakeBool;
            return t;
        }

        private PyBool(bool b) : base(true)
        {
            B = b;
        }

        public override PyType Type { get { return TypeObj; } }

        public override void Print(Printer p, int kind)
        {
            p.Write(B ? "True" : "False");
        }
    }
}
