namespace NanoMpy
{
    // A module: its globals dict. PLACEHOLDER until the VM work lands.
    public sealed class PyModule : PyObject
    {
        public static readonly PyType TypeObj = new PyType(Qstr.Intern("module"), PyType.ObjectType);

        public readonly int Name;
        public readonly PyDict Globals;

        public PyModule(int name, PyDict globals)
        {
            Name = name;
            Globals = globals;
        }

        public override PyType Type { get { return TypeObj; } }

        public override Value LoadAttr(int qstr)
        {
            return Globals.GetQ(qstr);
        }

        public override bool StoreAttr(int qstr, Value value)
        {
            if (value.IsNull) Globals.Remove(Qstr.Obj(qstr));
            else Globals.SetQ(qstr, value);
            return true;
        }
    }
}
