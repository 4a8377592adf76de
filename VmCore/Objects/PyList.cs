namespace NanoMpy
{
    // list: a growable array of values (Items[0 .. Count)).
    public sealed partial class PyList : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        public Value[] Items;
        public int Count;

        public PyList(int capacity)
        {
            Items = Value.NewArray(capacity < 4 ? 4 : capacity);
        }

        public PyList(Value[] items, int count)
        {
            Items = items;
            Count = count;
        }

        public static PyList Copy(Value[] src, int start, int n)
        {
            PyList l = new PyList(n);
            System.Array.Copy(src, start, l.Items, 0, n);
            l.Count = n;
            return l;
        }

        public override PyType Type { get { return TypeObj; } }

        public void Append(Value v)
        {
            if (Count == Items.Length)
            {
                Heap.CheckGrow(Items.Length * 2 * 8L);
                Value[] n = Value.NewArray(Items.Length * 2);
                System.Array.Copy(Items, n, Count);
                Items = n;
            }
            Items[Count++] = v;
        }
    }
}
