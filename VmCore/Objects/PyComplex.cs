namespace NanoMpy
{
    // complex. PLACEHOLDER until the numerics work lands.
    public sealed class PyComplex : PyObject
    {
        public static readonly PyType TypeObj = new PyType(Qstr.Intern("complex"), PyType.ObjectType);
        public readonly double Real;
        public readonly double Imag;

        public PyComplex(double real, double imag)
        {
            Real = real;
            Imag = imag;
        }

        public override PyType Type { get { return TypeObj; } }
    }
}
