namespace NanoMpy
{
    // NotImplemented: a binary special method returning it lets the reflected method or the TypeError
    // follow. Its type prints as <class ''> in MicroPython (the unnamed singleton type).
    public sealed class PyNotImplemented : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = new PyType(Q.empty, PyType.ObjectType)); } }
        public static readonly PyNotImplemented Instance = new PyNotImplemented();

        private PyNotImplemented() : base(true) { }

        public override PyType Type { get { return TypeObj; } }

        public override void Print(Printer p, int kind)
        {
            p.Write("NotImplemented");
        }
    }
}
