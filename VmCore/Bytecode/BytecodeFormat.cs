namespace NanoMpy
{
    // Operand formats of the opcodes (py/bc0.h MP_BC_FORMAT, MP_BC_MASK_EXTRA_BYTE) and instruction sizes.
    // The operands themselves are read by VarUint; OpcodeTable gives each opcode's stack effect.
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
            return OpcodeTable.Exists(op);
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
                int n = VarUint.LabelSize(code, p, end);
                if (n < 0) return -1;
                p += n;
            }
            if (HasExtraByte(op)) p++;
            return p > end ? -1 : p - ip;
        }
    }
}
