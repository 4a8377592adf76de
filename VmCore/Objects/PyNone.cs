namespace NanoMpy
{
    public sealed class PyNone : PyObject
    {
        public static readonly PyNone Instance = new PyNone();
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = new PyType(Q.NoneType, PyType.ObjectType)); } }

        private PyNone() : base(true) { }

        public override PyType Type { get { return TypeObj; } }

        public override void Print(Printer p, int kind)
        {
            p.Write("None");
        }

        public override Value UnaryOp(int op)
        {
            if (op == UnaryOpKind.Bool) return Value.False;
            return Value.Null;
        }
    }
}
