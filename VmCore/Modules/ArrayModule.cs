namespace NanoMpy
{
    // The array module (py/modarray.c): just the array type. The import system registers Module as a
    // built-in module.
    public static class ArrayModule
    {
        // Made on first import: nanoCLR runs every static initializer at start-up, so an initializer would cost boot RAM.
        private static PyModule _module;

        public static PyModule Module
        {
            get
            {
                if (_module == null) _module = Make();
                return _module;
            }
        }

        private static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("array");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(name, PyArray.TypeObj);
            return new PyModule(name, g);
        }
    }
}
