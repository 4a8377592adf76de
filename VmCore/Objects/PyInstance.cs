namespace NanoMpy
{
    // An instance of a user class (mp_obj_instance_t). PLACEHOLDER until the class work lands.
    public sealed class PyInstance : PyObject
    {
        public readonly PyType Class;
        public PyDict Dict;
        public PyObject NativeBase; // the built-in part of a subclass of list, dict, ... (subobj)

        public PyInstance(PyType cls)
        {
            Class = cls;
            Dict = new PyDict();
        }

        public override PyType Type { get { return Class; } }
    }
}
