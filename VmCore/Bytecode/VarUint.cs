namespace NanoMpy
{
    // The variable-length numbers of .mpy v6 and its bytecode, one definition for every reader and writer
    // (py/persistentcode.c mp_encode_uint/read_uint, py/bc.h mp_decode_uint, py/vm.c DECODE_*LABEL):
    //
    //   var-uint  7 bits a byte, most significant first, high bit set on every byte but the last
    //             (LOAD_CONST_SMALL_INT: sign-extended from bit 6 of the first byte)
    //   label     1 byte if its high bit is clear: b0; else 2 bytes: (b0 & 0x7f) | b1 << 7 (15 bits);
    //             signed labels (UNWIND_JUMP, JUMP, POP_JUMP_IF_*) are biased: 1 byte b0 - 0x40,
    //             2 bytes value - 0x4000. Relative to the ip just after the label.
    //
    // Read* checks bounds and size and raises ValueError("corrupt .mpy file: ..."): for the loader and the
    // verifier. Decode* does no checks: for code the verifier has passed (the VM, the dump). The dispatch loop
    // (Vm.Dispatch) decodes a one-byte var-uint and both label forms inline and calls TailAt/SkipTail for
    // longer var-uints: measured with `nanompy bench Tests/bench`, see the commit that says so.
    public static class VarUint
    {
        public const int SignedLabelBias1 = 0x40;     // 1-byte signed label
        public const int SignedLabelBias2 = 0x4000;   // 2-byte signed label
        public const int MaxSmallIntBytes = 9;        // 63 bits: LOAD_CONST_SMALL_INT always fits a long

        // ---- writing ----

        // Bytes that v (>= 0) takes.
        public static int Size(int v)
        {
            int n = 1;
            for (int t = v >> 7; t != 0; t >>= 7) n++;
            return n;
        }

        // Byte i (0: first) of v encoded in n = Size(v) bytes: writers loop over i with their own sink.
        public static int ByteAt(int v, int i, int n)
        {
            int b = (v >> (7 * (n - 1 - i))) & 0x7f;
            return i < n - 1 ? b | 0x80 : b;
        }

        // Writes v at d[pos..] and returns the position after it.
        public static int Write(byte[] d, int pos, int v)
        {
            int n = Size(v);
            for (int i = 0; i < n; i++) d[pos++] = (byte)ByteAt(v, i, n);
            return pos;
        }

#if MP_COMPILER
        // Whether a label of value off (relative to the ip after a 1-byte label) fits one byte.
        public static bool LabelFitsOneByte(int off, bool signed)
        {
            return signed ? off >= -SignedLabelBias1 && off < SignedLabelBias1 : off >= 0 && off <= 0x7f;
        }
#endif

        // ---- checked reading (loader, verifier) ----

        // A var-uint in d[pos..end) that fits an int; advances pos.
        public static int Read(byte[] d, ref int pos, int end)
        {
            int v = 0;
            while (true)
            {
                if (pos >= end) throw MpyLoader.Corrupt("truncated number");
                int b = d[pos++];
                if (v > (int.MaxValue >> 7)) throw MpyLoader.Corrupt("number too large");
                v = (v << 7) | (b & 0x7f);
                if ((b & 0x80) == 0) return v;
            }
        }

        // Skips LOAD_CONST_SMALL_INT's operand, at most MaxSmallIntBytes bytes.
        public static void SkipSigned(byte[] d, ref int pos, int end)
        {
            for (int n = 0; ; n++)
            {
                if (n >= MaxSmallIntBytes) throw MpyLoader.Corrupt("small int operand too large");
                if (pos >= end) throw MpyLoader.Corrupt("truncated number");
                if ((d[pos++] & 0x80) == 0) return;
            }
        }

        // Bytes of the label at d[pos], or -1 when it does not end by `end`.
        public static int LabelSize(byte[] d, int pos, int end)
        {
            if (pos >= end) return -1;
            int n = (d[pos] & 0x80) != 0 ? 2 : 1;
            return pos + n <= end ? n : -1;
        }

        // ---- unchecked decoding (verified code) ----

        public static int Decode(byte[] d, ref int pos)
        {
            int v = 0;
            int b;
            do
            {
                b = d[pos++];
                v = (v << 7) | (b & 0x7f);
            } while ((b & 0x80) != 0);
            return v;
        }

        // The same through a module's CodeImage (code in flash the VM reads by line: a function's tree and prelude).
        public static int Decode(NanoMpy.Flash.CodeImage img, ref int pos)
        {
            int v = 0;
            int b;
            do
            {
                b = img.ByteAt(pos++);
                v = (v << 7) | (b & 0x7f);
            } while ((b & 0x80) != 0);
            return v;
        }

        // The same without a ref, for the dispatch loop (a local passed by ref cannot stay in a register):
        // the value of the var-uint whose first byte `first` had its high bit set, pos at the next byte...
        public static int TailAt(byte[] d, int pos, int first)
        {
            int v = first & 0x7f;
            int b;
            do
            {
                b = d[pos++];
                v = (v << 7) | (b & 0x7f);
            } while ((b & 0x80) != 0);
            return v;
        }

        // ...and the position after it.
        public static int SkipTail(byte[] d, int pos)
        {
            while ((d[pos++] & 0x80) != 0) { }
            return pos;
        }

        // LOAD_CONST_SMALL_INT's operand: sign-extended from bit 6 of its first byte.
        public static long DecodeSigned(byte[] d, ref int pos)
        {
            long v = (d[pos] & 0x40) != 0 ? -1 : 0;
            int b;
            do
            {
                b = d[pos++];
                v = (v << 7) | (long)(b & 0x7f);
            } while ((b & 0x80) != 0);
            return v;
        }

        // A forward (unsigned) label; the target is pos after the call plus the result.
        public static int DecodeULabel(byte[] d, ref int pos)
        {
            int b = d[pos];
            if ((b & 0x80) == 0)
            {
                pos++;
                return b;
            }
            int v = (b & 0x7f) | (d[pos + 1] << 7);
            pos += 2;
            return v;
        }

        // A signed label; the target is pos after the call plus the result.
        public static int DecodeSLabel(byte[] d, ref int pos)
        {
            int b = d[pos];
            if ((b & 0x80) == 0)
            {
                pos++;
                return b - SignedLabelBias1;
            }
            int v = (b & 0x7f) | (d[pos + 1] << 7);
            pos += 2;
            return v - SignedLabelBias2;
        }
    }
}
