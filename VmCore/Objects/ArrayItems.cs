#if MP_ARRAY || MP_EXTRA_MODULES
// (only in builds with MP_ARRAY or MP_EXTRA_MODULES, which use it: build/FeatureLevel.props)
namespace NanoMpy
{
    // Typed items in little-endian byte storage (py/binary.c's mp_binary_get/set_val_array) for array.array
    // and memoryview. Sizes are the unix port's on a 64-bit host ('l'/'L' are 8 bytes).
    public static class ArrayItems
    {
        // Item size of a typecode, or 0 when the typecode is not valid.
        public static int Size(int tc)
        {
            switch (tc)
            {
                case 'b': case 'B': return 1;
                case 'h': case 'H': return 2;
                case 'i': case 'I': case 'f': return 4;
                case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
            }
            return 0;
        }

        public static Value Get(int tc, byte[] d, int off)
        {
            switch (tc)
            {
                case 'b': return Value.FromInt((sbyte)d[off]);
                case 'B': return Value.FromInt(d[off]);
                case 'h': return Value.FromInt((short)(d[off] | (d[off + 1] << 8)));
                case 'H': return Value.FromInt(d[off] | (d[off + 1] << 8));
                case 'i': return Value.FromInt((int)ReadU32(d, off));
                case 'I': return Value.FromInt(ReadU32(d, off));
                case 'f': return Value.FromFloat(System.BitConverter.ToSingle(d, off));
                case 'd': return Value.FromFloat(System.BitConverter.Int64BitsToDouble(ReadI64(d, off)));
                case 'L':
                case 'Q':
                    long u = ReadI64(d, off);
                    if (u < 0) return PyBigInt.Make(BigInt.FromULong((ulong)u));
                    return Value.FromInt(u);
                default: return Value.FromInt(ReadI64(d, off));
            }
        }

        public static void Set(int tc, byte[] d, int off, Value v)
        {
            if (tc == 'f')
            {
                byte[] b = System.BitConverter.GetBytes((float)FormatPrint.ToDouble(v));
                System.Array.Copy(b, 0, d, off, 4);
                return;
            }
            if (tc == 'd')
            {
                WriteI64(d, off, System.BitConverter.DoubleToInt64Bits(FormatPrint.ToDouble(v)));
                return;
            }
            int size = Size(tc);
            long x;
            if (size == 8 && v.Obj is PyBigInt) x = ((PyBigInt)v.Obj).Big.TruncatedLong();
            else x = SeqArgs.ToInt(v);
            for (int k = 0; k < size; k++) d[off + k] = (byte)(x >> (8 * k));
        }

        private static long ReadU32(byte[] d, int off)
        {
            return (long)(uint)(d[off] | (d[off + 1] << 8) | (d[off + 2] << 16) | (d[off + 3] << 24));
        }

        private static long ReadI64(byte[] d, int off)
        {
            return ReadU32(d, off) | (ReadU32(d, off + 4) << 32);
        }

        private static void WriteI64(byte[] d, int off, long x)
        {
            for (int k = 0; k < 8; k++) d[off + k] = (byte)(x >> (8 * k));
        }
    }
}
#endif
