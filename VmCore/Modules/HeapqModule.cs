#if MP_EXTRA_MODULES
// (only in builds with MP_EXTRA_MODULES: build/FeatureLevel.props)
namespace NanoMpy
{
    // heapq (extmod/modheapq.c): heappush, heappop, heapify on a list, with the same sift order as MicroPython
    // (so equal items end up where they do there).
    public static class HeapqModule
    {
        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("heapq");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(Qstr.Intern("heappush"), new PyBuiltin("heappush", HeapPush));
            g.SetQ(Qstr.Intern("heappop"), new PyBuiltin("heappop", HeapPop));
            g.SetQ(Qstr.Intern("heapify"), new PyBuiltin("heapify", Heapify));
            return new PyModule(name, g);
        }

        private static PyList HeapOf(Value v)
        {
            PyList l = v.Obj as PyList;
            if (l == null) throw Rt.TypeError("heap must be a list");
            return l;
        }

        private static bool Less(Value a, Value b)
        {
            return Rt.BinaryOp(BinaryOpKind.Less, a, b).Obj == PyBool.TrueObj;
        }

        private static bool NotLess(Value a, Value b)
        {
            return Rt.BinaryOp(BinaryOpKind.Less, a, b).Obj == PyBool.FalseObj;
        }

        private static void SiftDown(PyList heap, int startPos, int pos)
        {
            Value item = heap.Items[pos];
            while (pos > startPos)
            {
                int parentPos = (pos - 1) >> 1;
                Value parent = heap.Items[parentPos];
                if (!Less(item, parent)) break;
                heap.Items[pos] = parent;
                pos = parentPos;
            }
            heap.Items[pos] = item;
        }

        private static void SiftUp(PyList heap, int pos)
        {
            int startPos = pos;
            int endPos = heap.Count;
            Value item = heap.Items[pos];
            for (int child = 2 * pos + 1; child < endPos; child = 2 * pos + 1)
            {
                if (child + 1 < endPos && NotLess(heap.Items[child], heap.Items[child + 1])) child++;
                heap.Items[pos] = heap.Items[child];
                pos = child;
            }
            heap.Items[pos] = item;
            SiftDown(heap, startPos, pos);
        }

        private static Value HeapPush(Value heapIn, Value item)
        {
            PyList heap = HeapOf(heapIn);
            heap.Append(item);
            SiftDown(heap, 0, heap.Count - 1);
            return Value.None;
        }

        private static Value HeapPop(Value heapIn)
        {
            PyList heap = HeapOf(heapIn);
            if (heap.Count == 0) throw Rt.IndexError("empty heap");
            Value item = heap.Items[0];
            heap.Count--;
            heap.Items[0] = heap.Items[heap.Count];
            heap.Items[heap.Count] = Value.Null;
            if (heap.Count > 0) SiftUp(heap, 0);
            return item;
        }

        private static Value Heapify(Value heapIn)
        {
            PyList heap = HeapOf(heapIn);
            for (int i = heap.Count / 2; i > 0;) SiftUp(heap, --i);
            return Value.None;
        }
    }
}
#endif
