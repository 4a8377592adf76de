namespace NanoMpy
{
    // dict (py/objdict.c) over MapTable, so iteration order is MicroPython's. OrderedDict is the same class
    // with an ordered table (linear, insertion order) and its own type.
    public sealed partial class PyDict : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }
#if MP_EXTRA_MODULES
        private static PyType _orderedDictType;
        public static PyType OrderedDictType { get { return _orderedDictType ?? (_orderedDictType = MakeOrderedType()); } }
#endif

        internal MapTable Map;
        private PyType _type;

        public PyDict()
        {
            Map = new MapTable(0, true);
        }

        // capacity: initial slot count, as mp_obj_new_dict(n) (BUILD_MAP n passes its item count).
        public PyDict(int capacity)
        {
            Map = new MapTable(capacity, true);
        }

#if MP_EXTRA_MODULES
        public static PyDict NewOrdered()
        {
            PyDict d = new PyDict();
            d.Map.IsOrdered = true;
            d._type = OrderedDictType;
            return d;
        }
#endif

        public override PyType Type { get { return _type == null ? TypeObj : _type; } }

        public bool IsOrdered { get { return Map.IsOrdered; } }

        // A dict MicroPython keeps in ROM (errno.errorcode): stores, deletions and mutating methods raise TypeError.
        public bool Fixed;

        public int Count { get { return Map.Used; } }

        // Value for key, or Null when absent. Raises TypeError for unhashable keys.
        public Value Get(Value key)
        {
            int i = Map.Find(key);
            return i < 0 ? Value.Null : Map.Vals[i];
        }

        public Value GetQ(int qstr)
        {
            int i = Map.FindQ(qstr);
            return i < 0 ? Value.Null : Map.Vals[i];
        }

        public void Set(Value key, Value value)
        {
            bool added;
            int i = Map.FindOrAdd(key, out added);
            Map.Vals[i] = value;
        }

        public void SetQ(int qstr, Value value)
        {
            bool added;
            int i = Map.FindOrAddQ(qstr, out added);
            Map.Vals[i] = value;
        }

        // A dict of names (a module's globals, a class body's namespace, sys.modules, the builtins): interned
        // names are kept as ids, not str objects (MapTable.MakeNamespace), so that looking one up makes none.
        public static PyDict NewNamespace()
        {
            return NewNamespace(0);
        }

        public static PyDict NewNamespace(int capacity)
        {
            PyDict d = new PyDict(capacity);
            d.Map.MakeNamespace();
            return d;
        }

        // Removes key; returns its value or Null when absent.
        public Value Remove(Value key)
        {
            int i = Map.Remove(key);
            if (i < 0) return Value.Null;
            Value v = Map.Vals[i];
            Map.Vals[i] = Value.Null;
            return v;
        }

        public void Clear()
        {
            Map.Clear();
        }

        // Iteration in MicroPython's order: start with pos 0; returns the next pos, or -1 at the end.
        public int Next(int pos, out Value key, out Value value)
        {
            int i = pos < 0 ? -1 : Map.NextFilled(pos);
            if (i < 0)
            {
                key = Value.Null;
                value = Value.Null;
                return -1;
            }
            key = Map.KeyAt(i);
            value = Map.Vals[i];
            return i + 1;
        }

        public PyDict Copy()
        {
            PyDict d = new PyDict();
            d.Map = Map.Clone();
            d._type = _type;
            return d;
        }
    }
}
