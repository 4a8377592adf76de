namespace NanoMpy
{
    // Operand formats of the opcodes (py/bc0.h MP_BC_FORMAT, MP_BC_MASK_EXTRA_BYTE) and readers for the
    // variable-length operands. The readers assume verified code (BytecodeVerifier has checked every operand
    // lies inside its function), so they do no bounds checks: the VM calls them once per opcode.
    public static class BytecodeFormat
    {
        public const int FormatByte = 0;     // no operand (or operand packed in the opcode: the multi-opcodes)
        public const int FormatQstr = 1;     // var-uint qstr-table index
        public const int FormatVarUint = 2;  // var-uint (signed for LOAD_CONST_SMALL_INT)
        public const int FormatOffset = 3;   // 1- or 2-byte jump label

        // One 2-bit format per high nibble: 0x0 byte, 0x1 qstr, 0x2 and 0x3 var-uint, 0x4 offset, others byte.
        private const int FormatTable = 0x3a4;

        public static int Format(int op)
        {
            return (FormatTable >> (2 * (op >> 4))) & 3;
        }

        // UNWIND_JUMP, MAKE_CLOSURE and MAKE_CLOSURE_DEFARGS carry a byte after their operand.
        public static bool HasExtraByte(int op)
        {
            return (op & 0x9e) == 0;
        }

        // UNWIND_JUMP, JUMP, POP_JUMP_IF_TRUE/FALSE jump backwards too; the other offsets are forward only.
        public static bool HasSignedOffset(int op)
        {
            return op >= Op.UnwindJump && op <= Op.PopJumpIfFalse;
        }

        // Whether op is an opcode of .mpy v6 bytecode.
        public static bool IsKnown(int op)
        {
            if (op >= Op.LoadConstSmallIntMulti)
            {
                if (op < Op.UnaryOpMulti) return true;                                   // small int, fast locals
                if (op < Op.UnaryOpMulti + Op.UnaryOpMultiNum) return true;
                return op >= Op.BinaryOpMulti && op < Op.BinaryOpMulti + Op.BinaryOpMultiNum;
            }
            if (op >= Op.LoadConstString && op <= Op.ImportFrom) return true;
            if (op >= Op.MakeClosure && op <= Op.CallMethodVarKw) return true;
            if (op == Op.UnwindJump || (op >= Op.Jump && op <= Op.ForIter)) return true;
            if (op >= Op.LoadConstFalse && op <= Op.GetIterStack) return true;
            return op >= Op.StoreMap && op <= Op.ImportStar;
        }

        // Size in bytes of the instruction at code[ip] (opcode, operand, extra byte), or -1 when it is not a
        // known opcode or does not end by `end`. Bounds-checked: used by verifiers and tools, not the VM loop.
        public static int OpcodeSize(byte[] code, int ip, int end)
        {
            if (ip < 0 || ip >= end || end > code.Length) return -1;
            int op = code[ip];
            if (!IsKnown(op)) return -1;
            int p = ip + 1;
            int fmt = Format(op);
            if (fmt == FormatQstr || fmt == FormatVarUint)
            {
                while (true)
                {
                    if (p >= end) return -1;
                    if ((code[p++] & 0x80) == 0) break;
                }
            }
            else if (fmt == FormatOffset)
            {
                if (p >= end) return -1;
                p += (code[p] & 0x80) != 0 ? 2 : 1;
            }
            if (HasExtraByte(op)) p++;
            return p > end ? -1 : p - ip;
        }

        // Reads an unsigned var-uint (7 bits a byte, most significant first) and advances ip.
        public static int ReadUint(byte[] code, ref int ip)
        {
            int v = 0;
            byte b;
            do
            {
                b = code[ip++];
                v = (v << 7) | (b & 0x7f);
            } while ((b & 0x80) != 0);
            return v;
        }

        // LOAD_CONST_SMALL_INT's operand: a var-uint sign-extended from bit 6 of its first byte.
        public static long ReadSignedInt(byte[] code, ref int ip)
        {
            long v = (code[ip] & 0x40) != 0 ? -1 : 0;
            byte b;
            do
            {
                b = code[ip++];
                v = (v << 7) | (long)(b & 0x7f);
            } while ((b & 0x80) != 0);
            return v;
        }

        // A forward (unsigned) jump label; the target is the ip after the call plus the result.
        public static int ReadULabel(byte[] code, ref int ip)
        {
            int b = code[ip];
            if ((b & 0x80) == 0)
            {
                ip++;
                return b;
            }
            int v = (b & 0x7f) | (code[ip + 1] << 7);
            ip += 2;
            return v;
        }

        // A signed jump label (UNWIND_JUMP, JUMP, POP_JUMP_IF_*); the target is the ip after the call plus
        // the result.
        public static int ReadSLabel(byte[] code, ref int ip)
        {
            int b = code[ip];
            if ((b & 0x80) == 0)
            {
                ip++;
                return b - 0x40;
            }
            int v = (b & 0x7f) | (code[ip + 1] << 7);
            ip += 2;
            return v - 0x4000;
        }
    }
}
