namespace NanoMpy
{
    // Built-ins contributed by the class work (object, type, isinstance, issubclass, super, property, classmethod, staticmethod, getattr/setattr/hasattr/delattr, __build_class__, exception types, NotImplemented).
    public static class ClassBuiltins
    {
        public static void Register(PyDict builtins)
        {
        }
    }
}
