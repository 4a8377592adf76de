namespace NanoMpy
{
    // Walks any iterable: the built-in containers by position (FastIter, no iterator object), anything else
    // through its iterator. For C# code that consumes an iterable (sum, min, in, ...).
    public struct ItemCursor
    {
        private readonly PyObject _fast;
        private long _pos;
        private readonly Value _it;

        public ItemCursor(Value iterable)
        {
            _pos = 0;
            if (FastIter.Handles(iterable))
            {
                _fast = iterable.Obj;
                _it = Value.Null;
            }
            else
            {
                _fast = null;
                _it = Rt.GetIter(iterable);
            }
        }

        // The next item, or Null at the end.
        public Value Next()
        {
            if (_fast != null) return FastIter.Next(_fast, ref _pos);
            return Rt.IterNext(_it);
        }
    }
}
