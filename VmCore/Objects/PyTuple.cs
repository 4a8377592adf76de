namespace NanoMpy
{
    // tuple: a fixed array of values.
    public sealed partial class PyTuple : PyObject
    {
        public static readonly PyType TypeObj = MakeType();
        public static readonly PyTuple Empty = new PyTuple(new Value[0]);

        public readonly Value[] Items;

        public PyTuple(Value[] items)
        {
            Items = items;
        }

        public static PyTuple Copy(Value[] src, int start, int n)
        {
            if (n == 0) return Empty;
            Value[] items = new Value[n];
            System.Array.Copy(src, start, items, 0, n);
            return new PyTuple(items);
        }

        public int Count { get { return Items.Length; } }

        public override PyType Type { get { return TypeObj; } }
    }
}
