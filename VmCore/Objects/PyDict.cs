namespace NanoMpy
{
    // dict. PLACEHOLDER storage (linear scan) to be replaced by the map.c-compatible open-addressing table so
    // iteration order matches MicroPython's. The public API below is the contract.
    public sealed partial class PyDict : PyObject
    {
        public static readonly PyType TypeObj = new PyType(Q.dict, PyType.ObjectType);

        private Value[] _keys = new Value[4];
        private Value[] _vals = new Value[4];
        private int _used;
        private int _count;

        public PyDict() { }

        public override PyType Type { get { return TypeObj; } }

        public int Count { get { return _count; } }

        // Value for key, or Null when absent. Raises TypeError for unhashable keys.
        public Value Get(Value key)
        {
            int i = Find(key);
            return i < 0 ? Value.Null : _vals[i];
        }

        public Value GetQ(int qstr)
        {
            return Get(Qstr.Obj(qstr));
        }

        public void Set(Value key, Value value)
        {
            int i = Find(key);
            if (i >= 0) { _vals[i] = value; return; }
            if (_used == _keys.Length)
            {
                Value[] k = new Value[_keys.Length * 2];
                Value[] v = new Value[_keys.Length * 2];
                System.Array.Copy(_keys, k, _used);
                System.Array.Copy(_vals, v, _used);
                _keys = k;
                _vals = v;
            }
            _keys[_used] = key;
            _vals[_used] = value;
            _used++;
            _count++;
        }

        public void SetQ(int qstr, Value value)
        {
            Set(Qstr.Obj(qstr), value);
        }

        // Removes key; returns its value or Null when absent.
        public Value Remove(Value key)
        {
            int i = Find(key);
            if (i < 0) return Value.Null;
            Value v = _vals[i];
            for (int j = i; j < _used - 1; j++) { _keys[j] = _keys[j + 1]; _vals[j] = _vals[j + 1]; }
            _used--;
            _count--;
            _keys[_used] = Value.Null;
            _vals[_used] = Value.Null;
            return v;
        }

        public void Clear()
        {
            _keys = new Value[4];
            _vals = new Value[4];
            _used = 0;
            _count = 0;
        }

        // Iteration in MicroPython's order: start with pos 0; returns the next pos, or -1 at the end.
        public int Next(int pos, out Value key, out Value value)
        {
            while (pos < _used)
            {
                if (!_keys[pos].IsNull)
                {
                    key = _keys[pos];
                    value = _vals[pos];
                    return pos + 1;
                }
                pos++;
            }
            key = Value.Null;
            value = Value.Null;
            return -1;
        }

        private int Find(Value key)
        {
            for (int i = 0; i < _used; i++)
            {
                if (Rt.Equal(_keys[i], key)) return i;
            }
            return -1;
        }
    }
}
