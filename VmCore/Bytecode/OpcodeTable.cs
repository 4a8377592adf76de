namespace NanoMpy
{
    // The opcode table: for every opcode of .mpy v6 its name, operand format and stack effect, as data
    // (py/bc0.h, py/bc.h mp_opcode_format, py/emitbc.c's stack adjustments, py/vm.c). The emitter takes its
    // stack accounting from it, the verifier checks bytecode against it and the `-v -v` dump names opcodes
    // from it.
    //
    //   one instruction:  opcode [operand] [extra byte]
    //
    //   format  operand (BytecodeFormat; VarUint decodes them)
    //   B       none (a multi-opcode packs its operand in the opcode byte)
    //   Q       var-uint index into the module's qstr table
    //   V       var-uint (signed for LOAD_CONST_SMALL_INT); for calls: n_pos | n_kw << 8
    //   O       1- or 2-byte jump label; UNWIND_JUMP, JUMP, POP_JUMP_IF_* are signed, the rest forward only
    //   +x      MP_BC_MASK_EXTRA_BYTE: one more byte after the operand (UNWIND_JUMP: handlers to unwind
    //           | 0x80 to pop a for-iterator; MAKE_CLOSURE*: number of closed-over cells)
    //
    //   stack effect on the fall-through path: `pop` slots taken, `push` slots left, each a fixed count plus
    //   an operand-dependent part:
    //   n       the operand;  call  n_pos + 2 * n_kw;  x  the extra byte;  dict  1 for a dict STORE_COMP
    //   unpack  n_left + n_right (UNPACK_EX);
    //   `scratch`: slots the VM writes above the higher of the old and new top while the opcode runs.
    //   Values pushed by the VM itself are stated where they occur: a handler is entered with the exception
    //   (or the finally block's unwind state, 1 or 2 slots) above the depth SETUP_* recorded; GET_ITER_STACK
    //   leaves the 4-slot iterator buffer (IterSlots) that FOR_ITER takes off when the loop ends.
    public static class OpcodeTable
    {
        // Operand-dependent parts of pop and push.
        public const int VarNone = 0;
        public const int VarN = 1;        // the operand
        public const int VarCall = 2;     // n_pos + 2 * n_kw
        public const int VarExtra = 3;    // the extra byte
        public const int VarCompDict = 4; // STORE_COMP into a dict pops the key too
        public const int VarUnpack = 5;   // n_left + n_right of UNPACK_EX

        public const int IterSlots = 4;   // MP_OBJ_ITER_BUF_NSLOTS

        // Per opcode, 16 bits (the table is in a board's boot RAM): bits 0-1 fixed pops, 2-4 fixed pushes,
        // 5-7 variable pop, 8-10 variable push, 11-12 scratch, 13-14 format, 15 set; 0: no such opcode.
        private static readonly ushort[] Effects = new ushort[256];
        // Names are wanted by the dump only: the table is filled once more, on its first use, to keep them.
        private static string[] _names;

        private const int B = BytecodeFormat.FormatByte, Q = BytecodeFormat.FormatQstr, V = BytecodeFormat.FormatVarUint,
            O = BytecodeFormat.FormatOffset;

        static OpcodeTable()
        {
            Fill();
        }

        private static void Fill()
        {
            //  opcode                          fmt pop push  variable           scratch   meaning
            Def(Op.LoadConstString, "LOAD_CONST_STRING", Q, 0, 1);             // push str(qstr)
            Def(Op.LoadName, "LOAD_NAME", Q, 0, 1);                            // push locals/globals/builtins[q]
            Def(Op.LoadGlobal, "LOAD_GLOBAL", Q, 0, 1);                        // push globals/builtins[q]
            Def(Op.LoadAttr, "LOAD_ATTR", Q, 1, 1);                            // o -> o.q
            Def(Op.LoadMethod, "LOAD_METHOD", Q, 1, 2);                        // o -> meth, self (or NULL)
            Def(Op.LoadSuperMethod, "LOAD_SUPER_METHOD", Q, 3, 2);             // super, class, self -> meth, self
            Def(Op.StoreName, "STORE_NAME", Q, 1, 0);                          // locals[q] = v
            Def(Op.StoreGlobal, "STORE_GLOBAL", Q, 1, 0);                      // globals[q] = v
            Def(Op.StoreAttr, "STORE_ATTR", Q, 2, 0);                          // v, o -> o.q = v
            Def(Op.DeleteName, "DELETE_NAME", Q, 0, 0);                        // del locals[q]
            Def(Op.DeleteGlobal, "DELETE_GLOBAL", Q, 0, 0);                    // del globals[q]
            Def(Op.ImportName, "IMPORT_NAME", Q, 2, 1);                        // level, fromlist -> module
            Def(Op.ImportFrom, "IMPORT_FROM", Q, 0, 1);                        // module -> module, module.q
            Def(Op.MakeClosure, "MAKE_CLOSURE", V, 0, 1, VarExtra, VarNone);   // x cells -> closure of child n
            Def(Op.MakeClosureDefargs, "MAKE_CLOSURE_DEFARGS", V, 2, 1, VarExtra, VarNone); // defs, kwdefs, x cells -> closure
            Def(Op.LoadConstSmallInt, "LOAD_CONST_SMALL_INT", V, 0, 1);        // push signed n
            Def(Op.LoadConstObj, "LOAD_CONST_OBJ", V, 0, 1);                   // push constant n
            Def(Op.LoadFastN, "LOAD_FAST_N", V, 0, 1);                         // push local n (unbound: NameError)
            Def(Op.LoadDeref, "LOAD_DEREF", V, 0, 1);                          // push the value of cell local n
            Def(Op.StoreFastN, "STORE_FAST_N", V, 1, 0);                       // local n = v
            Def(Op.StoreDeref, "STORE_DEREF", V, 1, 0);                        // cell local n = v
            Def(Op.DeleteFast, "DELETE_FAST", V, 0, 0);                        // unbind local n
            Def(Op.DeleteDeref, "DELETE_DEREF", V, 0, 0);                      // unbind cell local n
            Def(Op.BuildTuple, "BUILD_TUPLE", V, 0, 1, VarN, VarNone);         // n items -> tuple
            Def(Op.BuildList, "BUILD_LIST", V, 0, 1, VarN, VarNone);           // n items -> list
            Def(Op.BuildMap, "BUILD_MAP", V, 0, 1);                            // push dict sized for n
            Def(Op.BuildSet, "BUILD_SET", V, 0, 1, VarN, VarNone);             // n items -> set
            Def(Op.BuildSlice, "BUILD_SLICE", V, 0, 1, VarN, VarNone);         // 2 or 3 items -> slice
            Def(Op.StoreComp, "STORE_COMP", V, 1, 0, VarCompDict, VarNone);    // append/set/add to the container n>>2 deep
            Def(Op.UnpackSequence, "UNPACK_SEQUENCE", V, 1, 0, VarNone, VarN); // seq -> n items, last first
            Def(Op.UnpackEx, "UNPACK_EX", V, 1, 1, VarNone, VarUnpack);        // seq -> right items, list, left items
            Def(Op.MakeFunction, "MAKE_FUNCTION", V, 0, 1);                    // push function of child n
            Def(Op.MakeFunctionDefargs, "MAKE_FUNCTION_DEFARGS", V, 2, 1);     // defs, kwdefs -> function
            Def(Op.CallFunction, "CALL_FUNCTION", V, 1, 1, VarCall, VarNone);  // fun, args, kw pairs -> result
            Def(Op.CallFunctionVarKw, "CALL_FUNCTION_VAR_KW", V, 2, 1, VarCall, VarNone); // ..., star mask -> result
            Def(Op.CallMethod, "CALL_METHOD", V, 2, 1, VarCall, VarNone);      // meth, self, args, kw pairs -> result
            Def(Op.CallMethodVarKw, "CALL_METHOD_VAR_KW", V, 3, 1, VarCall, VarNone); // ..., star mask -> result
            Def(Op.UnwindJump, "UNWIND_JUMP", O, 0, 0, VarNone, VarNone, 2);   // leave x handlers (finally blocks run), jump
            Def(Op.Jump, "JUMP", O, 0, 0);                                     // jump
            Def(Op.PopJumpIfTrue, "POP_JUMP_IF_TRUE", O, 1, 0);                // v -> jump if true
            Def(Op.PopJumpIfFalse, "POP_JUMP_IF_FALSE", O, 1, 0);              // v -> jump if false
            Def(Op.JumpIfTrueOrPop, "JUMP_IF_TRUE_OR_POP", O, 1, 0);           // jump keeping v if true, else pop
            Def(Op.JumpIfFalseOrPop, "JUMP_IF_FALSE_OR_POP", O, 1, 0);         // jump keeping v if false, else pop
            Def(Op.SetupWith, "SETUP_WITH", O, 1, 3, VarNone, VarNone, 1);     // mgr -> __exit__, self, mgr.__enter__(); finally block
            Def(Op.SetupExcept, "SETUP_EXCEPT", O, 0, 0);                      // push an except handler
            Def(Op.SetupFinally, "SETUP_FINALLY", O, 0, 0);                    // push a finally handler
            Def(Op.PopExceptJump, "POP_EXCEPT_JUMP", O, 0, 0);                 // pop the handler, jump
            Def(Op.ForIter, "FOR_ITER", O, 0, 1);                              // push next item; at the end pop the buffer, jump
            Def(Op.LoadConstFalse, "LOAD_CONST_FALSE", B, 0, 1);               // push False
            Def(Op.LoadConstNone, "LOAD_CONST_NONE", B, 0, 1);                 // push None
            Def(Op.LoadConstTrue, "LOAD_CONST_TRUE", B, 0, 1);                 // push True
            Def(Op.LoadNull, "LOAD_NULL", B, 0, 1);                            // push NULL (no value)
            Def(Op.LoadBuildClass, "LOAD_BUILD_CLASS", B, 0, 1);               // push __build_class__
            Def(Op.LoadSubscr, "LOAD_SUBSCR", B, 2, 1);                        // o, i -> o[i]
            Def(Op.StoreSubscr, "STORE_SUBSCR", B, 3, 0);                      // v, o, i -> o[i] = v
            Def(Op.DupTop, "DUP_TOP", B, 1, 2);                                // a -> a, a
            Def(Op.DupTopTwo, "DUP_TOP_TWO", B, 2, 4);                         // a, b -> a, b, a, b
            Def(Op.PopTop, "POP_TOP", B, 1, 0);                                // a ->
            Def(Op.RotTwo, "ROT_TWO", B, 2, 2);                                // a, b -> b, a
            Def(Op.RotThree, "ROT_THREE", B, 3, 3);                            // a, b, c -> c, a, b
            Def(Op.WithCleanup, "WITH_CLEANUP", B, 3, 1, VarNone, VarNone, 2); // __exit__, self, state -> state
            Def(Op.EndFinally, "END_FINALLY", B, 1, 0);                        // pop handler; None: go on, int: unwind, exc: raise
            Def(Op.GetIter, "GET_ITER", B, 1, 1);                              // o -> iter(o)
            Def(Op.GetIterStack, "GET_ITER_STACK", B, 1, 4);                   // o -> 4-slot iterator buffer
            Def(Op.StoreMap, "STORE_MAP", B, 2, 0);                            // dict, v, k -> dict[k] = v
            Def(Op.ReturnValue, "RETURN_VALUE", B, 1, 0);                      // return v (finally blocks run)
            Def(Op.RaiseLast, "RAISE_LAST", B, 0, 0);                          // re-raise the exception being handled
            Def(Op.RaiseObj, "RAISE_OBJ", B, 1, 0);                            // raise v
            Def(Op.RaiseFrom, "RAISE_FROM", B, 2, 0);                          // raise v from cause
            Def(Op.YieldValue, "YIELD_VALUE", B, 1, 1);                        // v -> the value sent in
            Def(Op.YieldFrom, "YIELD_FROM", B, 2, 1);                          // gen, send -> result
            Def(Op.ImportStar, "IMPORT_STAR", B, 1, 0);                        // module -> (its names stored)
            // multi-opcodes: the operand is in the opcode byte
            DefRange(Op.LoadConstSmallIntMulti, 64, "LOAD_CONST_SMALL_INT", 0, 1); // push op - 0x70 - 16
            DefRange(Op.LoadFastMulti, 16, "LOAD_FAST", 0, 1);                 // push local op - 0xb0
            DefRange(Op.StoreFastMulti, 16, "STORE_FAST", 1, 0);               // local op - 0xc0 = v
            DefRange(Op.UnaryOpMulti, Op.UnaryOpMultiNum, "UNARY_OP", 1, 1);   // v -> op(v)
            DefRange(Op.BinaryOpMulti, Op.BinaryOpMultiNum, "BINARY_OP", 2, 1); // a, b -> a op b
        }

        private static void Def(int op, string name, int fmt, int pop, int push)
        {
            Def(op, name, fmt, pop, push, VarNone, VarNone, 0);
        }

        private static void Def(int op, string name, int fmt, int pop, int push, int varPop, int varPush)
        {
            Def(op, name, fmt, pop, push, varPop, varPush, 0);
        }

        private static void Def(int op, string name, int fmt, int pop, int push, int varPop, int varPush, int scratch)
        {
            if (_names != null) _names[op] = name;
            Effects[op] = (ushort)(pop | push << 2 | varPop << 5 | varPush << 8 | scratch << 11 | fmt << 13 | 1 << 15);
        }

        private static void DefRange(int first, int count, string name, int pop, int push)
        {
            for (int i = 0; i < count; i++) Def(first + i, name, B, pop, push);
        }

        // Whether op is an opcode of .mpy v6 bytecode.
        public static bool Exists(int op)
        {
            return op >= 0 && op < 256 && Effects[op] != 0;
        }

        // MicroPython's name of op (showbc.c), the multi-opcodes by their family; null if op does not exist.
        public static string Name(int op)
        {
            if (op < 0 || op > 255) return null;
            if (_names == null)
            {
                _names = new string[256];
                Fill();
            }
            return _names[op];
        }

#if MP_COMPILER
        // The operand format of op (BytecodeFormat.Format*), from the table.
        public static int Format(int op)
        {
            return (Effects[op & 0xff] >> 13) & 3;
        }
#endif

        private static int Var(int kind, int arg, int extra)
        {
            switch (kind)
            {
                case VarN: return arg;
                case VarCall: return (arg & 0xff) + 2 * ((arg >> 8) & 0xff);
                case VarExtra: return extra;
                case VarCompDict: return (arg & 3) == 1 ? 1 : 0;
                case VarUnpack: return (arg & 0xff) + ((arg >> 8) & 0xff);
                default: return 0;
            }
        }

        // Slots op takes off the stack on its fall-through path, given its operand and extra byte.
        public static int Pops(int op, int arg, int extra)
        {
            int e = Effects[op & 0xff];
            return (e & 3) + Var((e >> 5) & 7, arg, extra);
        }

        // Slots op leaves on the stack on its fall-through path.
        public static int Pushes(int op, int arg, int extra)
        {
            int e = Effects[op & 0xff];
            return ((e >> 2) & 7) + Var((e >> 8) & 7, arg, extra);
        }

#if MP_COMPILER
        // The change in stack depth on the fall-through path (emitbc.c's stack_adj).
        public static int StackEffect(int op, int arg, int extra)
        {
            return Pushes(op, arg, extra) - Pops(op, arg, extra);
        }
#endif

        // Slots the VM uses above the higher of the old and new top while op runs.
        public static int Scratch(int op)
        {
            return (Effects[op & 0xff] >> 11) & 3;
        }
    }
}
