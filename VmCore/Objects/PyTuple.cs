namespace NanoMpy
{
    // tuple: a fixed array of values.
    public sealed partial class PyTuple : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }
        public static readonly PyTuple Empty = new PyTuple(Value.NewArray(0));

        public readonly Value[] Items;
#if MP_EXTRA_MODULES
        // A namedtuple class when this tuple is one of its instances (py/objnamedtuple.c), else null.
        public NamedTupleType Named;
#endif

        public PyTuple(Value[] items)
        {
            Items = items;
        }

        // A tuple in MicroPython's emergency exception buffer (static memory): never refused.
        public PyTuple(Value[] items, bool staticData) : base(true)
        {
            Items = items;
        }

        public static PyTuple Copy(Value[] src, int start, int n)
        {
            if (n == 0) return Empty;
            Value[] items = Value.NewArray(n);
            System.Array.Copy(src, start, items, 0, n);
            return new PyTuple(items);
        }

        public int Count { get { return Items.Length; } }

#if MP_EXTRA_MODULES
        public override PyType Type { get { return Named == null ? TypeObj : Named.Type; } }
#else
        public override PyType Type { get { return TypeObj; } }
#endif
    }
}
