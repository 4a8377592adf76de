namespace NanoMpy
{
    public sealed class PyEllipsis : PyObject
    {
        public static readonly PyEllipsis Instance = new PyEllipsis();
        public static readonly PyType TypeObj = new PyType(Qstr.Intern("ellipsis"), PyType.ObjectType);

        private PyEllipsis() { }

        public override PyType Type { get { return TypeObj; } }

        public override void Print(Printer p, int kind)
        {
            p.Write("Ellipsis");
        }
    }
}
