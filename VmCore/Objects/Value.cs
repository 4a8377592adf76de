namespace NanoMpy
{
    // The value model on nanoFramework: what sits in a VM stack slot, a local, a list element or a dict entry.
    // Platform twin of Value.Host.cs (a struct on .NET); both have the same members, so VmCore and Compiler
    // compile unchanged against either.
    //
    // Why a reference here: nanoCLR keeps every user-defined struct as a heap object and clones it on each
    // load of a local, argument, field or array element, so a struct Value would allocate about 36 bytes on
    // every push, pop and local read. A reference moves for free (12 bytes a slot). So every Python value is
    // an object that derives from Value:
    //
    //   class        Obj          Bits              meaning
    //   -----------  -----------  ----------------  ---------------------------------------------------
    //   NullValue    null         0                 MP_OBJ_NULL (the one instance is Value.Null)
    //   IntValue     IntTag       the integer       small int; -16..255 cached, others allocated once
    //   FloatValue   FloatTag     DoubleToInt64Bits float, allocated once per result
    //   TagObject    itself       0                 MP_OBJ_SENTINEL and the for-loop marker
    //   PyObject     itself       0                 a heap object (None, True and False are singletons)
    //
    // Rules the twin needs of all code (the struct gives them for free): every Value array comes from
    // NewArray (a C# null is not Null here), fields start as Value.Null, and nothing compares Values with ==.
    // The struct build rejects ==, and this build rejects `new Value(...)`, so building both keeps them apart.
    // Figures under nanoCLR's memory model (docs/DEVICE-MEMORY.md): a move allocates nothing; an int result
    // outside the cache allocates 24 bytes, a float result 24 bytes; a list slot costs 4 bytes on a 32-bit
    // board's reference plus nothing per element move.
    public abstract class Value
    {
        public static readonly PyObject IntTag = new TagObject();
        public static readonly PyObject FloatTag = new TagObject();
        public static readonly PyObject SentinelTag = new TagObject();
        public static readonly PyObject IterTag = new TagObject(); // a for loop's built-in container (FastIter)

        public static readonly Value Null = new NullValue();
        public static readonly Value Sentinel = SentinelTag;
        public static readonly Value None = PyNone.Instance;
        public static readonly Value True = PyBool.TrueObj;
        public static readonly Value False = PyBool.FalseObj;
        public static readonly Value Ellipsis = PyEllipsis.Instance;
        public static readonly Value IterMarker = IterTag;

        // Small ints -16..255, made on first use so that boot costs only the table (MicroPython's small ints
        // cost nothing; most loop counters and indexes of small programs land here).
        private const long CacheMin = -16;
        private const int CacheSize = 272;
        private static readonly Value[] Ints = new Value[CacheSize];
        public static readonly Value Zero = FromInt(0);

        // The tag for immediates (IntTag, FloatTag), null for Null, the object itself otherwise.
        public abstract PyObject Obj { get; }

        public virtual long Bits { get { return 0; } }

        public bool IsNull { get { return (object)this == (object)Null; } }
        public bool IsSmallInt { get { return this is IntValue; } }
        public bool IsFloat { get { return this is FloatValue; } }
        public bool IsSentinel { get { return (object)this == (object)SentinelTag; } }
        public bool IsNone { get { return (object)this == (object)PyNone.Instance; } }
        // A heap object (not null, not an immediate).
        public bool IsObj { get { return this is PyObject && !(this is TagObject); } }

        public long Int { get { return Bits; } }
        public virtual double Float { get { return System.BitConverter.Int64BitsToDouble(Bits); } }

        public static Value FromInt(long i)
        {
            long k = i - CacheMin;
            if (k >= 0 && k < CacheSize)
            {
                Value v = Ints[k];
                if ((object)v == null) Ints[k] = v = new IntValue(i);
                return v;
            }
            return new IntValue(i);
        }

        // A small int loaded by LOAD_CONST_SMALL_INT: constants outside the fixed cache (a loop's 1000 or
        // 1000000) come from a small direct-mapped cache, so a loop that loads one allocates it once.
        private const int ConstSlots = 32;
        private static readonly Value[] Consts = new Value[ConstSlots];

        public static Value FromIntConst(long i)
        {
            long k = i - CacheMin;
            if (k >= 0 && k < CacheSize) return FromInt(i);
            int slot = (int)(i & (ConstSlots - 1));
            Value v = Consts[slot];
            if ((object)v == null || v.Bits != i) Consts[slot] = v = new IntValue(i);
            return v;
        }

        // A for loop's position over a built-in container (FastIter), for the loop whose cursor sits in stack
        // slot `slot` of frame f: a mutable cursor kept per slot in the (pooled) frame, so that starting and
        // advancing a loop allocate nothing once the frame has run it. It never leaves the loop's slots, and
        // two loops running at once in a frame have different slots.
        public static Value LoopCursor(Frame f, int slot)
        {
            Value[] cs = f.Cursors;
            if (cs == null || cs.Length <= slot)
            {
                Value[] n = new Value[f.S.Length > slot ? f.S.Length : slot + 1];
                if (cs != null) System.Array.Copy(cs, n, cs.Length);
                f.Cursors = cs = n;
            }
            CursorValue c = (CursorValue)cs[slot];
            if (c == null) cs[slot] = c = new CursorValue();
            c.Pos = 0;
            return c;
        }

        public static Value SetCursor(Value cursor, long pos)
        {
            ((CursorValue)cursor).Pos = pos;
            return cursor;
        }

        public static Value FromFloat(double d)
        {
            if (Float32.Single) d = (double)(float)d; // single precision: every float is a float32 value
            return new FloatValue(d);
        }

        public static Value FromBool(bool b)
        {
            return b ? True : False;
        }

        // Python `is`. Small ints with the same value are the same object, as in MicroPython; floats with the
        // same bits are too, as in the struct twin.
        public bool Is(Value other)
        {
            if ((object)this == (object)other) return true;
            return (this is IntValue || this is FloatValue) && Obj == other.Obj && Bits == other.Bits;
        }

        // Every Value array is made here, filled with Null (a new array holds C# nulls).
        public static Value[] NewArray(int n)
        {
            Value[] a = new Value[n];
            Value nul = Null;
            for (int i = 0; i < n; i++) a[i] = nul;
            return a;
        }

        // Sets a[start .. start+n) to Null.
        public static void Clear(Value[] a, int start, int n)
        {
            Value nul = Null;
            int end = start + n;
            for (int i = start; i < end; i++) a[i] = nul;
        }
    }

    // Every heap object is a Value: moving one is a reference copy.
    public abstract partial class PyObject : Value
    {
        public sealed override PyObject Obj { get { return this; } }
    }

    internal sealed class NullValue : Value
    {
        public override PyObject Obj { get { return null; } }
    }

    internal sealed class IntValue : Value
    {
        private readonly long _i;

        public IntValue(long i)
        {
            _i = i;
        }

        public override PyObject Obj { get { return IntTag; } }
        public override long Bits { get { return _i; } }
    }

    internal sealed class CursorValue : Value
    {
        public long Pos;

        public override PyObject Obj { get { return IntTag; } }
        public override long Bits { get { return Pos; } }
    }

    internal sealed class FloatValue : Value
    {
        private readonly double _d;

        public FloatValue(double d)
        {
            _d = d;
        }

        public override PyObject Obj { get { return FloatTag; } }
        public override long Bits { get { return System.BitConverter.DoubleToInt64Bits(_d); } }
        public override double Float { get { return _d; } }
    }

    // Marker objects for immediates and loop slots; never visible to Python code.
    internal sealed class TagObject : PyObject
    {
        public TagObject() : base(true)
        {
        }

        public override PyType Type { get { return null; } }
    }
}
