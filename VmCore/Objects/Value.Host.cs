namespace NanoMpy
{
    // The value model on .NET: what sits in a VM stack slot, a local, a list element or a dict entry.
    // Platform twin of Value.cs (the nanoFramework representation); both have the same members, so VmCore
    // and Compiler compile unchanged against either (see docs/ARCHITECTURE.md, "Two value representations").
    //
    //   Obj            Bits                      meaning
    //   -------------  ------------------------  -------------------------------------------------
    //   null           0                         MP_OBJ_NULL: "no value" (unbound local, empty slot)
    //   IntTag         the integer               small int: any int that fits a long (always this form)
    //   FloatTag       DoubleToInt64Bits(d)      float
    //   SentinelTag    0                         MP_OBJ_SENTINEL (subscr load, store-attr marker)
    //   any PyObject   0                         a heap object (None, True and False are singletons)
    //
    // Why a struct and not object references with cached small ints: MicroPython packs small ints and (in
    // some builds) floats into the pointer, so its arithmetic allocates nothing. An object model would
    // allocate once per int result outside a cache; this struct allocates nothing for ints, floats, bools
    // or None (0 B for the whole loop), at 16 bytes a slot on the host (12 on a 32-bit board) instead of 8/4. Measured by
    // Tests/Vm/AllocationTests.cs: a 1,000,000-iteration loop of int arithmetic, locals, range and method calls.
    //
    // Invariant: an int that fits a long is always a small int (never a PyBigInt), so int equality of two
    // small ints is Bits equality and PyBigInt values are always outside the long range.
    public readonly struct Value
    {
        public readonly PyObject Obj;
        public readonly long Bits;

        public Value(PyObject obj, long bits)
        {
            Obj = obj;
            Bits = bits;
        }

        // The tags and the constant Values are properties over objects NativeAOT makes at compile time (Tags,
        // PyNone, PyBool, PyEllipsis: no static constructor runs), so the compiler sees each as a constant
        // reference: `o == Value.IntTag` compares with an immediate, and storing an int, float, bool or None
        // result needs no GC write barrier. (A static readonly Value field would be read from memory: a
        // struct holding a reference is never made at compile time.)
        public static PyObject IntTag { get { return Tags.Int; } }
        public static PyObject FloatTag { get { return Tags.Float; } }
        public static PyObject SentinelTag { get { return Tags.Sentinel; } }
        public static PyObject IterTag { get { return Tags.Iter; } } // a for loop's built-in container (FastIter)

        public static Value Null { get { return new Value(null, 0); } }
        public static Value Sentinel { get { return new Value(Tags.Sentinel, 0); } }
        public static Value None { get { return new Value(PyNone.Instance, 0); } }
        public static Value True { get { return new Value(PyBool.TrueObj, 0); } }
        public static Value False { get { return new Value(PyBool.FalseObj, 0); } }
        public static Value Ellipsis { get { return new Value(PyEllipsis.Instance, 0); } }
        public static Value Zero { get { return new Value(Tags.Int, 0); } }
        public static Value IterMarker { get { return new Value(Tags.Iter, 0); } }

        private static class Tags
        {
            public static readonly PyObject Int = new TagObject();
            public static readonly PyObject Float = new TagObject();
            public static readonly PyObject Sentinel = new TagObject();
            public static readonly PyObject Iter = new TagObject();
        }

        // Every Value array is made here: the device twin fills it with Null, as default(Value) is Null only
        // for the struct.
        public static Value[] NewArray(int n)
        {
            return new Value[n];
        }

        // Sets a[start .. start+n) to Null.
        public static void Clear(Value[] a, int start, int n)
        {
            // a frame's few slots (every call clears its own) by hand: Array.Clear costs more than the stores
            if (n <= 16)
            {
                for (int i = start; i < start + n; i++) a[i] = default(Value);
                return;
            }
            System.Array.Clear(a, start, n);
        }

        public bool IsNull { get { return Obj == null; } }
        public bool IsSmallInt { get { return Obj == IntTag; } }
        public bool IsFloat { get { return Obj == FloatTag; } }
        public bool IsSentinel { get { return Obj == SentinelTag; } }
        public bool IsNone { get { return Obj == PyNone.Instance; } }
        // A heap object (not null, not an immediate).
        public bool IsObj { get { return Obj != null && !(Obj is TagObject); } }

        public long Int { get { return Bits; } }
        public double Float { get { return System.BitConverter.Int64BitsToDouble(Bits); } }

        public static Value FromInt(long i)
        {
            return new Value(IntTag, i);
        }

        // A small int loaded by LOAD_CONST_SMALL_INT (the device twin caches recent constants).
        public static Value FromIntConst(long i)
        {
            return new Value(IntTag, i);
        }

        // A for loop's position over a built-in container (FastIter), for the loop whose cursor sits in stack
        // slot `slot` of frame f: a plain small int here; the device twin keeps a mutable cursor per slot in
        // the frame, so that starting and advancing a loop allocate nothing.
        public static Value LoopCursor(Frame f, int slot)
        {
            return Zero;
        }

        public static Value SetCursor(Value cursor, long pos)
        {
            return new Value(IntTag, pos);
        }

        public static Value FromFloat(double d)
        {
            if (Float32.Single) d = (double)(float)d; // single precision: every float is a float32 value
            return new Value(FloatTag, System.BitConverter.DoubleToInt64Bits(d));
        }

        public static Value FromBool(bool b)
        {
            return b ? True : False;
        }

        public static implicit operator Value(PyObject o)
        {
            return new Value(o, 0);
        }

        // Python `is`. Small ints with the same value are the same object, as in MicroPython.
        public bool Is(Value other)
        {
            return Obj == other.Obj && Bits == other.Bits;
        }

        // Marker objects for immediates; never visible to Python code.
        private sealed class TagObject : PyObject
        {
            // static data: this constructor touches no mutable static, so NativeAOT builds the tags (and the
            // Values that hold them) at compile time, as constants: an int or float result then stores a
            // constant reference, which needs no GC write barrier
            public TagObject() : base(true)
            {
            }

            public override PyType Type { get { return null; } }
        }
    }
}
