namespace NanoMpy
{
    // Bytecode opcodes of .mpy v6 (py/bc0.h, MicroPython v1.27.0). Each opcode byte is followed by its
    // operand, whose kind is fixed by the opcode's high nibble:
    //
    //   high nibble: 0  1  2  3  4  5  6  7..f
    //   format:      -  Q  V  V  O  B  B  (multi-opcodes: operand packed in the opcode byte)
    //
    //   B  byte:     no operand
    //   Q  qstr:     var-uint index into the module's qstr table
    //   V  var-uint: 7 bits a byte, most significant first, high bit = more (signed for LOAD_CONST_SMALL_INT)
    //   O  offset:   jump label, relative to the ip just after it (before any extra byte):
    //                if the first byte has the high bit clear, 1 byte: ulab = b0;
    //                else 2 bytes: ulab = (b0 & 0x7f) | (b1 << 7) (15 bits, low 7 bits first).
    //                Signed labels (UNWIND_JUMP, JUMP, POP_JUMP_IF_TRUE/FALSE) are biased: 1 byte -> b0 - 0x40,
    //                2 bytes -> ulab - 0x4000 (py/vm.c DECODE_SLABEL); see BytecodeFormat.
    //   Opcodes with (op & 0x9e) == 0 (MP_BC_MASK_EXTRA_BYTE: UNWIND_JUMP, MAKE_CLOSURE, MAKE_CLOSURE_DEFARGS)
    //   have one more byte after the operand.
    //
    //   0x70..0xaf  LOAD_CONST_SMALL_INT_MULTI: value = op - 0x70 - 16 (-16..47)
    //   0xb0..0xbf  LOAD_FAST_MULTI: local op - 0xb0
    //   0xc0..0xcf  STORE_FAST_MULTI: local op - 0xc0
    //   0xd0..0xd3  UNARY_OP_MULTI: MP_UNARY_OP_* = op - 0xd0 (Positive..Not)
    //   0xd7..0xf9  BINARY_OP_MULTI: MP_BINARY_OP_* = op - 0xd7 (Less..Power)
    public static class Op
    {
        public const byte LoadConstString = 0x10; // MP_BC_LOAD_CONST_STRING  (qstr)
        public const byte LoadName = 0x11; // MP_BC_LOAD_NAME  (qstr)
        public const byte LoadGlobal = 0x12; // MP_BC_LOAD_GLOBAL  (qstr)
        public const byte LoadAttr = 0x13; // MP_BC_LOAD_ATTR  (qstr)
        public const byte LoadMethod = 0x14; // MP_BC_LOAD_METHOD  (qstr)
        public const byte LoadSuperMethod = 0x15; // MP_BC_LOAD_SUPER_METHOD  (qstr)
        public const byte StoreName = 0x16; // MP_BC_STORE_NAME  (qstr)
        public const byte StoreGlobal = 0x17; // MP_BC_STORE_GLOBAL  (qstr)
        public const byte StoreAttr = 0x18; // MP_BC_STORE_ATTR  (qstr)
        public const byte DeleteName = 0x19; // MP_BC_DELETE_NAME  (qstr)
        public const byte DeleteGlobal = 0x1a; // MP_BC_DELETE_GLOBAL  (qstr)
        public const byte ImportName = 0x1b; // MP_BC_IMPORT_NAME  (qstr)
        public const byte ImportFrom = 0x1c; // MP_BC_IMPORT_FROM  (qstr)
        public const byte MakeClosure = 0x20; // MP_BC_MAKE_CLOSURE  (uint; extra byte)
        public const byte MakeClosureDefargs = 0x21; // MP_BC_MAKE_CLOSURE_DEFARGS  (uint; extra byte)
        public const byte LoadConstSmallInt = 0x22; // MP_BC_LOAD_CONST_SMALL_INT  (signed var-int)
        public const byte LoadConstObj = 0x23; // MP_BC_LOAD_CONST_OBJ  (ptr)
        public const byte LoadFastN = 0x24; // MP_BC_LOAD_FAST_N  (uint)
        public const byte LoadDeref = 0x25; // MP_BC_LOAD_DEREF  (uint)
        public const byte StoreFastN = 0x26; // MP_BC_STORE_FAST_N  (uint)
        public const byte StoreDeref = 0x27; // MP_BC_STORE_DEREF  (uint)
        public const byte DeleteFast = 0x28; // MP_BC_DELETE_FAST  (uint)
        public const byte DeleteDeref = 0x29; // MP_BC_DELETE_DEREF  (uint)
        public const byte BuildTuple = 0x2a; // MP_BC_BUILD_TUPLE  (uint)
        public const byte BuildList = 0x2b; // MP_BC_BUILD_LIST  (uint)
        public const byte BuildMap = 0x2c; // MP_BC_BUILD_MAP  (uint)
        public const byte BuildSet = 0x2d; // MP_BC_BUILD_SET  (uint)
        public const byte BuildSlice = 0x2e; // MP_BC_BUILD_SLICE  (uint)
        public const byte StoreComp = 0x2f; // MP_BC_STORE_COMP  (uint)
        public const byte UnpackSequence = 0x30; // MP_BC_UNPACK_SEQUENCE  (uint)
        public const byte UnpackEx = 0x31; // MP_BC_UNPACK_EX  (uint)
        public const byte MakeFunction = 0x32; // MP_BC_MAKE_FUNCTION  (uint)
        public const byte MakeFunctionDefargs = 0x33; // MP_BC_MAKE_FUNCTION_DEFARGS  (uint)
        public const byte CallFunction = 0x34; // MP_BC_CALL_FUNCTION  (uint)
        public const byte CallFunctionVarKw = 0x35; // MP_BC_CALL_FUNCTION_VAR_KW  (uint)
        public const byte CallMethod = 0x36; // MP_BC_CALL_METHOD  (uint)
        public const byte CallMethodVarKw = 0x37; // MP_BC_CALL_METHOD_VAR_KW  (uint)
        public const byte UnwindJump = 0x40; // MP_BC_UNWIND_JUMP  (signed relative bytecode offset; then a byte)
        public const byte Jump = 0x42; // MP_BC_JUMP  (signed relative bytecode offset)
        public const byte PopJumpIfTrue = 0x43; // MP_BC_POP_JUMP_IF_TRUE  (signed relative bytecode offset)
        public const byte PopJumpIfFalse = 0x44; // MP_BC_POP_JUMP_IF_FALSE  (signed relative bytecode offset)
        public const byte JumpIfTrueOrPop = 0x45; // MP_BC_JUMP_IF_TRUE_OR_POP  (unsigned relative bytecode offset)
        public const byte JumpIfFalseOrPop = 0x46; // MP_BC_JUMP_IF_FALSE_OR_POP  (unsigned relative bytecode offset)
        public const byte SetupWith = 0x47; // MP_BC_SETUP_WITH  (unsigned relative bytecode offset)
        public const byte SetupExcept = 0x48; // MP_BC_SETUP_EXCEPT  (unsigned relative bytecode offset)
        public const byte SetupFinally = 0x49; // MP_BC_SETUP_FINALLY  (unsigned relative bytecode offset)
        public const byte PopExceptJump = 0x4a; // MP_BC_POP_EXCEPT_JUMP  (unsigned relative bytecode offset)
        public const byte ForIter = 0x4b; // MP_BC_FOR_ITER  (unsigned relative bytecode offset)
        public const byte LoadConstFalse = 0x50; // MP_BC_LOAD_CONST_FALSE
        public const byte LoadConstNone = 0x51; // MP_BC_LOAD_CONST_NONE
        public const byte LoadConstTrue = 0x52; // MP_BC_LOAD_CONST_TRUE
        public const byte LoadNull = 0x53; // MP_BC_LOAD_NULL
        public const byte LoadBuildClass = 0x54; // MP_BC_LOAD_BUILD_CLASS
        public const byte LoadSubscr = 0x55; // MP_BC_LOAD_SUBSCR
        public const byte StoreSubscr = 0x56; // MP_BC_STORE_SUBSCR
        public const byte DupTop = 0x57; // MP_BC_DUP_TOP
        public const byte DupTopTwo = 0x58; // MP_BC_DUP_TOP_TWO
        public const byte PopTop = 0x59; // MP_BC_POP_TOP
        public const byte RotTwo = 0x5a; // MP_BC_ROT_TWO
        public const byte RotThree = 0x5b; // MP_BC_ROT_THREE
        public const byte WithCleanup = 0x5c; // MP_BC_WITH_CLEANUP
        public const byte EndFinally = 0x5d; // MP_BC_END_FINALLY
        public const byte GetIter = 0x5e; // MP_BC_GET_ITER
        public const byte GetIterStack = 0x5f; // MP_BC_GET_ITER_STACK
        public const byte StoreMap = 0x62; // MP_BC_STORE_MAP
        public const byte ReturnValue = 0x63; // MP_BC_RETURN_VALUE
        public const byte RaiseLast = 0x64; // MP_BC_RAISE_LAST
        public const byte RaiseObj = 0x65; // MP_BC_RAISE_OBJ
        public const byte RaiseFrom = 0x66; // MP_BC_RAISE_FROM
        public const byte YieldValue = 0x67; // MP_BC_YIELD_VALUE
        public const byte YieldFrom = 0x68; // MP_BC_YIELD_FROM
        public const byte ImportStar = 0x69; // MP_BC_IMPORT_STAR
        public const byte LoadConstSmallIntMulti = 0x70; // MP_BC_LOAD_CONST_SMALL_INT_MULTI
        public const byte LoadFastMulti = 0xb0; // MP_BC_LOAD_FAST_MULTI
        public const byte StoreFastMulti = 0xc0; // MP_BC_STORE_FAST_MULTI
        public const byte UnaryOpMulti = 0xd0; // MP_BC_UNARY_OP_MULTI
        public const byte BinaryOpMulti = 0xd7; // MP_BC_BINARY_OP_MULTI

        public const int SmallIntMultiExcess = 16;   // MP_BC_LOAD_CONST_SMALL_INT_MULTI_EXCESS
        public const int UnaryOpMultiNum = 4;        // MP_BC_UNARY_OP_MULTI_NUM (MP_UNARY_OP_NOT + 1)
        public const int BinaryOpMultiNum = 35;      // MP_BC_BINARY_OP_MULTI_NUM (MP_BINARY_OP_POWER + 1)
    }
}
