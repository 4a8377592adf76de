namespace NanoMpy
{
    // Walks any iterable: the built-in containers by position (FastIter, no iterator object), anything else
    // through its iterator. For C# code that consumes an iterable (sum, min, in, ...). A pair of static
    // calls over the caller's locals rather than a struct: nanoCLR allocates a struct on every copy.
    //
    //   Value it; PyObject fast = ItemCursor.Start(v, out it); long pos = 0;
    //   for (Value x = ItemCursor.Next(fast, ref pos, it); !x.IsNull; x = ItemCursor.Next(fast, ref pos, it))
    public static class ItemCursor
    {
        // The container to walk by position, or null with `it` set to the iterable's iterator.
        public static PyObject Start(Value iterable, out Value it)
        {
            if (FastIter.Handles(iterable))
            {
                it = Value.Null;
                return iterable.Obj;
            }
            it = Rt.GetIter(iterable);
            return null;
        }

        // The next item, or Null at the end.
        public static Value Next(PyObject fast, ref long pos, Value it)
        {
            if (fast != null) return FastIter.Next(fast, ref pos);
            return Rt.IterNext(it);
        }
    }
}
