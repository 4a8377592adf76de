#if !MP_LONGINT
namespace NanoMpy
{
    // The build without big ints (MP_LONGINT unset: the minimal feature level, MICROPY_LONGINT_IMPL_NONE). No
    // BigInt value can exist: every way to make one raises what py/objint.c raises there ("small int
    // overflow"; int(float) past the small range: "float too big"), so the big-int paths of IntOps and
    // NumberOps are never reached and the members they name only have to compile.
    public sealed partial class BigInt
    {
        private BigInt()
        {
        }


        public static readonly BigInt Zero = null;
        public static readonly BigInt One = null;

        private static PyException Overflow()
        {
            return Rt.OverflowError("small int overflow");
        }

        public static BigInt FromLong(long v) { throw Overflow(); }
        public static BigInt FromULong(ulong v) { throw Overflow(); }
        public static BigInt FromDouble(double d) { throw Rt.ValueError("float too big"); }

        // the small-int hash (BigInt.cs)
        public static long HashLong(long v)
        {
            return (v << 1) >> 1;
        }

        public static int Compare(BigInt a, BigInt b) { throw Overflow(); }
        public static BigInt Add(BigInt a, BigInt b) { throw Overflow(); }
        public static BigInt Sub(BigInt a, BigInt b) { throw Overflow(); }
        public static BigInt Mul(BigInt a, BigInt b) { throw Overflow(); }

        public int Sign { get { throw Overflow(); } }
        public bool IsNegative { get { throw Overflow(); } }
        public bool TryToLong(out long value) { throw Overflow(); }
        public long TruncatedLong() { throw Overflow(); }
        public double ToDouble() { throw Overflow(); }
        public long Hash() { throw Overflow(); }
        public BigInt Neg() { throw Overflow(); }
        public BigInt Not() { throw Overflow(); }
        public BigInt Abs() { throw Overflow(); }
        public byte[] ToBytes(int length, bool bigEndian) { throw Overflow(); }
        public string ToString(int radix, bool upper) { throw Overflow(); }
    }
}
#endif
