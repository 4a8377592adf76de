#if MP_COMPLEX
// (only in builds with MP_COMPLEX: build/FeatureLevel.props)
namespace NanoMpy
{
    // complex: two doubles. Arithmetic lives in FloatOps (py/objcomplex.c's rules), the constructor in
    // NumberBuiltins.
    public sealed class PyComplex : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }
        private static readonly int QReal = Qstr.Intern("real");
        private static readonly int QImag = Qstr.Intern("imag");
        public readonly double Real;
        public readonly double Imag;

        public PyComplex(double real, double imag)
        {
            if (Float32.Single)
            {
                real = (double)(float)real;
                imag = (double)(float)imag;
            }
            Real = real;
            Imag = imag;
        }

        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("complex"), PyType.ObjectType);
            t.MakeNew = NumberBuiltins.MakeComplex;
            return t;
        }

        public override PyType Type { get { return TypeObj; } }

        // complex_print: "(re+imj)", or "imj" alone when the real part is zero (either sign of zero).
        public override void Print(Printer p, int kind)
        {
            int flags = 0;
            bool hasReal = Real != 0;
            if (hasReal)
            {
                p.Write("(");
                FloatFormat.Print(p, Real, 'g', 0, '\0', -1, FloatFormat.ReprPrecision);
                flags = FloatFormat.FlagShowSign;
            }
            FloatFormat.Print(p, Imag, 'g', flags, '\0', -1, FloatFormat.ReprPrecision);
            p.Write(hasReal ? "j)" : "j");
        }

        public override Value UnaryOp(int op)
        {
            return NumberOps.UnaryOp(op, this);
        }

        public override Value BinaryOp(int op, Value rhs)
        {
            if (op >= BinaryOpKind.ReverseOr && op <= BinaryOpKind.ReversePower)
            {
                return Value.Null;
            }
            return NumberOps.BinaryOp(op, this, rhs);
        }

        public override bool Eq(Value other)
        {
            return Rt.IsNumber(other) && NumberOps.Equal(this, other);
        }

        public override long Hash()
        {
            return NumberOps.Hash(this);
        }

        public override Value LoadAttr(int qstr)
        {
            if (qstr == QReal)
            {
                return Value.FromFloat(Real);
            }
            if (qstr == QImag)
            {
                return Value.FromFloat(Imag);
            }
            return Rt.GenericLoadAttr(this, qstr);
        }
    }
}
#endif
