namespace NanoMpy
{
    // A variable shared between a function and the functions nested in it (mp_obj_cell_t).
    public sealed class PyCell : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = new PyType(Qstr.Intern("cell"), PyType.ObjectType)); } }

        public Value V;   // Null: unbound

        public PyCell(Value v)
        {
            V = v;
        }

        public override PyType Type { get { return TypeObj; } }
    }
}
