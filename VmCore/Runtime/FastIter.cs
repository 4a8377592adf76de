namespace NanoMpy
{
    // Iteration over the built-in containers without an iterator object, as MicroPython iterates them through
    // the caller's mp_obj_iter_buf_t: a for loop keeps (IterTag, container, position) in its four stack slots,
    // and builtins such as sum() keep the position in a local. So loops allocate nothing, and they run while
    // the heap is locked, as in MicroPython.
    public static class FastIter
    {
        // True for exact tuple, list, dict (keys), set, frozenset, bytes, bytearray and array objects.
        public static bool Handles(Value v)
        {
            PyObject o = v.Obj;
            return o is PyTuple || o is PyList || o is PyDict || o is PyBytes
#if MP_BYTEARRAY
                || o is PyByteArray
#endif
#if MP_SET
                || o is PySet
#endif
#if MP_ARRAY
                || o is PyArray
#endif
                ;
        }

        // The next item from position pos (0 at the start), or Null at the end; pos is advanced.
        public static Value Next(PyObject o, ref long pos)
        {
            PyTuple t = o as PyTuple;
            if (t != null)
            {
                if (pos >= t.Items.Length) return Value.Null;
                return t.Items[pos++];
            }
            PyList l = o as PyList;
            if (l != null)
            {
                if (pos >= l.Count) return Value.Null;
                return l.Items[pos++];
            }
            PyDict d = o as PyDict;
            if (d != null)
            {
                if (pos < 0) return Value.Null;
                Value key, val;
                int next = d.Next((int)pos, out key, out val);
                pos = next;
                return next < 0 ? Value.Null : key;
            }
#if MP_SET
            PySet s = o as PySet;
            if (s != null)
            {
                if (pos < 0) return Value.Null;
                Value item;
                int next = s.Next((int)pos, out item);
                pos = next;
                return next < 0 ? Value.Null : item;
            }
#endif
            PyBytes b = o as PyBytes;
            if (b != null)
            {
                if (pos >= b.Length) return Value.Null;
                return Value.FromInt(b.Data[b.Offset + pos++]);
            }
#if MP_BYTEARRAY
            PyByteArray ba = o as PyByteArray;
            if (ba != null)
            {
                if (pos >= ba.Count) return Value.Null;
                return Value.FromInt(ba.Data[pos++]);
            }
#endif
#if MP_ARRAY
            PyArray a = (PyArray)o;
            if (pos >= a.Count) return Value.Null;
            Value r = ArrayItems.Get(a.TypeCode, a.Data, (int)pos * a.ItemSize);
            pos++;
            return r;
#else
            return Value.Null; // Handles takes no other type
#endif
        }
    }
}
