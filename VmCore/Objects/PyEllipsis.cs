namespace NanoMpy
{
    public sealed class PyEllipsis : PyObject
    {
        public static readonly PyEllipsis Instance = new PyEllipsis();
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = new PyType(Qstr.Intern("ellipsis"), PyType.ObjectType)); } }

        private PyEllipsis() : base(true) { }

        public override PyType Type { get { return TypeObj; } }

        public override void Print(Printer p, int kind)
        {
            p.Write("Ellipsis");
        }
    }
}
