namespace NanoMpy
{
    // What object() makes: no attributes, prints as <object>.
    public sealed class PyBareObject : PyObject
    {
        private readonly PyType _type;

        public PyBareObject(PyType type)
        {
            _type = type;
        }

        public override PyType Type { get { return _type; } }
    }
}
