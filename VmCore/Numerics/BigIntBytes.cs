namespace NanoMpy
{
    // int.to_bytes / int.from_bytes as MicroPython v1.27 does them: the `signed` argument is ignored
    // (negative values are always written in two's complement, from_bytes is always unsigned).
    public sealed partial class BigInt
    {
#if MP_LONGINT
        // Unsigned integer from buf[start .. start+len).
        public static BigInt FromBytes(byte[] buf, int start, int len, bool bigEndian)
        {
            uint[] mag = new uint[(len + 3) / 4];
            for (int k = 0; k < len; k++)
            {
                // k counts from the least significant byte
                byte v = bigEndian ? buf[start + len - 1 - k] : buf[start + k];
                mag[k >> 2] |= (uint)v << ((k & 3) * 8);
            }
            return Make(1, mag);
        }

        // Null when the value does not fit (OverflowError "buffer too small" for the caller).
        // MicroPython's big-int writer (mpz_as_bytes) emits the magnitude a 32-bit digit at a time, so
        // a negative value needs room for all of its digits' bytes even when CPython would need fewer.
        public byte[] ToBytes(int length, bool bigEndian)
        {
            byte[] buf = new byte[length];
            bool neg = _sign < 0;
            uint carry = 1;
            int olen = length;
            int pos = 0; // bytes written, least significant first
            bool ok = true;
            for (int w = 0; w < _mag.Length; w++)
            {
                uint d = _mag[w];
                for (int k = 0; k < 4; k++, d >>= 8)
                {
                    uint val = d & 0xFF;
                    if (neg)
                    {
                        val = (~val & 0xFF) + carry;
                        carry = val >> 8;
                    }
                    if (olen == 0)
                    {
                        ok = ok && (byte)val == 0;
                        continue;
                    }
                    buf[bigEndian ? length - 1 - pos : pos] = (byte)val;
                    pos++;
                    olen--;
                }
            }
            if (neg && olen == 0 && length > 0)
            {
                byte mostSig = bigEndian ? buf[0] : buf[length - 1];
                ok = ok && (mostSig & 0x80) != 0;
            }
            else
            {
                for (; pos < length; pos++)
                {
                    buf[bigEndian ? length - 1 - pos : pos] = neg ? (byte)0xFF : (byte)0;
                }
            }
            return ok ? buf : null;
        }

#endif

        // The same for an int held as a long (MicroPython's small-int path: minimal two's complement
        // length, sign-extended to the buffer). Null when it does not fit.
        public static byte[] LongToBytes(long val, int length, bool bigEndian)
        {
            int slen;
            if (val > 0)
            {
                slen = (BitLen64((ulong)val) + 7) / 8;
            }
            else if (val < -1)
            {
                slen = (BitLen64((ulong)~val) + 8) / 8;
            }
            else
            {
                slen = (int)-val;
            }
            if (slen > length)
            {
                return null;
            }
            byte[] buf = new byte[length];
            for (int k = 0; k < length; k++)
            {
                byte b = k < 8 ? (byte)(val >> (8 * k)) : (val < 0 ? (byte)0xFF : (byte)0);
                buf[bigEndian ? length - 1 - k : k] = b;
            }
            return buf;
        }

        private static int BitLen64(ulong x)
        {
            int n = 0;
            while (x != 0)
            {
                n++;
                x >>= 1;
            }
            return n;
        }
    }
}
