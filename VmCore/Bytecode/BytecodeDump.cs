namespace NanoMpy
{
    // The bytecode listing of `micropython -v -v` (py/showbc.c): for each compiled function its prelude
    // (raw bytes, argument names, n_state, n_exc_stack, closure cells, line-number table) and one line per
    // instruction, "OFFSET NAME ARGS". Addresses are printed as the object's identity hash: only their
    // presence matters to a reader (MicroPython's own test matches them with a pattern).
    public static class BytecodeDump
    {
        // rc and every function inside it, in MicroPython's order (the compiler's scope list: breadth first).
        public static void DumpAll(Printer p, RawCode rc)
        {
            RawCode[] queue = new RawCode[8];
            int head = 0, tail = 0;
            queue[tail++] = rc;
            while (head < tail)
            {
                RawCode c = queue[head++];
                Dump(p, c);
                for (int i = 0; i < c.Children.Length; i++)
                {
                    if (tail == queue.Length)
                    {
                        RawCode[] q = new RawCode[queue.Length * 2];
                        System.Array.Copy(queue, q, tail);
                        queue = q;
                    }
                    queue[tail++] = c.Children[i];
                }
            }
        }

        private static void Hex2(Printer p, int b)
        {
            const string digits = "0123456789abcdef";
            p.WriteByte((byte)digits[(b >> 4) & 15]);
            p.WriteByte((byte)digits[b & 15]);
        }

        private static void Addr(Printer p, object o)
        {
            p.Write(((long)(uint)o.GetHashCode()).ToString("x"));
        }

        public static void Dump(Printer p, RawCode rc)
        {
            byte[] code = rc.Code;
            int len = rc.End - rc.PreludeStart;
            int prelude = rc.BytecodeStart - rc.PreludeStart;
            p.Write("File ");
            p.Write(Qstr.Str(rc.Context.SourceFile));
            p.Write(", code block '");
            p.Write(Qstr.Str(rc.Name));
            p.Write("' (descriptor: ");
            Addr(p, rc);
            p.Write(", bytecode @");
            Addr(p, code);
            p.Write(" ");
            p.WriteInt(len);
            p.Write(" bytes)\n");
            p.Write("Raw bytecode (code_info_size=");
            p.WriteInt(prelude);
            p.Write(", bytecode_size=");
            p.WriteInt(len - prelude);
            p.Write("):\n");
            for (int i = 0; i < len; i++)
            {
                if (i > 0 && i % 16 == 0) p.WriteByte((byte)'\n');
                p.WriteByte((byte)' ');
                Hex2(p, code[rc.PreludeStart + i]);
            }
            p.WriteByte((byte)'\n');
            p.Write("arg names:");
            for (int i = 0; i < rc.ArgNames.Length; i++)
            {
                p.WriteByte((byte)' ');
                p.Write(Qstr.Str(rc.ArgNames[i]));
            }
            p.WriteByte((byte)'\n');
            p.Write("(N_STATE ");
            p.WriteInt(rc.NState);
            p.Write(")\n(N_EXC_STACK ");
            p.WriteInt(rc.NExcStack);
            p.Write(")\n");
            for (int i = rc.LineInfoEnd; i < rc.BytecodeStart; i++)
            {
                p.Write("(INIT_CELL ");
                p.WriteInt(code[i]);
                p.Write(")\n");
            }
            // line-number table: (bc, line) after each entry, as mp_bytecode_decode_lineinfo reads it
            int bc = 0, line = 1;
            Line(p, bc, line);
            for (int i = rc.LineInfoStart; i < rc.LineInfoEnd;)
            {
                int c = code[i++];
                if ((c & 0x80) == 0)
                {
                    bc += c & 0x1f;
                    line += c >> 5;
                }
                else
                {
                    bc += c & 0xf;
                    line += ((c << 4) & 0x700) | code[i++];
                }
                Line(p, bc, line);
            }
            int ip = rc.BytecodeStart;
            while (ip < rc.End)
            {
                int at = ip - rc.BytecodeStart;
                if (at < 10) p.WriteByte((byte)'0');
                p.WriteInt(at);
                p.WriteByte((byte)' ');
                ip = Instruction(p, rc, ip);
                p.WriteByte((byte)'\n');
            }
        }

        private static void Line(Printer p, int bc, int line)
        {
            p.Write("  bc=");
            p.WriteInt(bc);
            p.Write(" line=");
            p.WriteInt(line);
            p.WriteByte((byte)'\n');
        }

        private static void Label(Printer p, string name, int target, RawCode rc)
        {
            p.Write(name);
            p.WriteByte((byte)' ');
            p.WriteInt(target - rc.BytecodeStart);
        }

        // One instruction at ip; returns the next ip.
        private static int Instruction(Printer p, RawCode rc, int ip)
        {
            byte[] code = rc.Code;
            int[] qs = rc.Context.Qstrs;
            int op = code[ip++];
            switch (op)
            {
                case Op.LoadConstFalse: p.Write("LOAD_CONST_FALSE"); break;
                case Op.LoadConstNone: p.Write("LOAD_CONST_NONE"); break;
                case Op.LoadConstTrue: p.Write("LOAD_CONST_TRUE"); break;
                case Op.LoadConstSmallInt:
                    p.Write("LOAD_CONST_SMALL_INT ");
                    p.WriteInt(BytecodeFormat.ReadSignedInt(code, ref ip));
                    break;
                case Op.LoadConstString:
                    p.Write("LOAD_CONST_STRING '");
                    p.Write(Qstr.Str(qs[BytecodeFormat.ReadUint(code, ref ip)]));
                    p.Write("'");
                    break;
                case Op.LoadConstObj:
                    {
                        Value v = rc.Context.Consts[BytecodeFormat.ReadUint(code, ref ip)];
                        p.Write("LOAD_CONST_OBJ ");
                        Addr(p, v.Obj == null ? (object)code : v.Obj);
                        p.Write("=");
                        Rt.Print(p, v, PrintKind.Repr);
                        break;
                    }
                case Op.LoadNull: p.Write("LOAD_NULL"); break;
                case Op.LoadFastN: Uint(p, "LOAD_FAST_N", code, ref ip); break;
                case Op.LoadDeref: Uint(p, "LOAD_DEREF", code, ref ip); break;
                case Op.LoadName: Name(p, "LOAD_NAME", qs, code, ref ip, false); break;
                case Op.LoadGlobal: Name(p, "LOAD_GLOBAL", qs, code, ref ip, false); break;
                case Op.LoadAttr: Name(p, "LOAD_ATTR", qs, code, ref ip, false); break;
                case Op.LoadMethod: Name(p, "LOAD_METHOD", qs, code, ref ip, false); break;
                case Op.LoadSuperMethod: Name(p, "LOAD_SUPER_METHOD", qs, code, ref ip, false); break;
                case Op.LoadBuildClass: p.Write("LOAD_BUILD_CLASS"); break;
                case Op.LoadSubscr: p.Write("LOAD_SUBSCR"); break;
                case Op.StoreFastN: Uint(p, "STORE_FAST_N", code, ref ip); break;
                case Op.StoreDeref: Uint(p, "STORE_DEREF", code, ref ip); break;
                case Op.StoreName: Name(p, "STORE_NAME", qs, code, ref ip, false); break;
                case Op.StoreGlobal: Name(p, "STORE_GLOBAL", qs, code, ref ip, false); break;
                case Op.StoreAttr: Name(p, "STORE_ATTR", qs, code, ref ip, false); break;
                case Op.StoreSubscr: p.Write("STORE_SUBSCR"); break;
                case Op.DeleteFast: Uint(p, "DELETE_FAST", code, ref ip); break;
                case Op.DeleteDeref: Uint(p, "DELETE_DEREF", code, ref ip); break;
                case Op.DeleteName: Name(p, "DELETE_NAME", qs, code, ref ip, false); break;
                case Op.DeleteGlobal: Name(p, "DELETE_GLOBAL", qs, code, ref ip, false); break;
                case Op.DupTop: p.Write("DUP_TOP"); break;
                case Op.DupTopTwo: p.Write("DUP_TOP_TWO"); break;
                case Op.PopTop: p.Write("POP_TOP"); break;
                case Op.RotTwo: p.Write("ROT_TWO"); break;
                case Op.RotThree: p.Write("ROT_THREE"); break;
                case Op.Jump: SLabel(p, "JUMP", code, ref ip, rc); break;
                case Op.PopJumpIfTrue: SLabel(p, "POP_JUMP_IF_TRUE", code, ref ip, rc); break;
                case Op.PopJumpIfFalse: SLabel(p, "POP_JUMP_IF_FALSE", code, ref ip, rc); break;
                case Op.JumpIfTrueOrPop: ULabel(p, "JUMP_IF_TRUE_OR_POP", code, ref ip, rc); break;
                case Op.JumpIfFalseOrPop: ULabel(p, "JUMP_IF_FALSE_OR_POP", code, ref ip, rc); break;
                case Op.SetupWith: ULabel(p, "SETUP_WITH", code, ref ip, rc); break;
                case Op.WithCleanup: p.Write("WITH_CLEANUP"); break;
                case Op.UnwindJump:
                    SLabel(p, "UNWIND_JUMP", code, ref ip, rc);
                    p.WriteByte((byte)' ');
                    p.WriteInt(code[ip++]);
                    break;
                case Op.SetupExcept: ULabel(p, "SETUP_EXCEPT", code, ref ip, rc); break;
                case Op.SetupFinally: ULabel(p, "SETUP_FINALLY", code, ref ip, rc); break;
                case Op.EndFinally: p.Write("END_FINALLY"); break;
                case Op.GetIter: p.Write("GET_ITER"); break;
                case Op.GetIterStack: p.Write("GET_ITER_STACK"); break;
                case Op.ForIter: ULabel(p, "FOR_ITER", code, ref ip, rc); break;
                case Op.PopExceptJump: ULabel(p, "POP_EXCEPT_JUMP", code, ref ip, rc); break;
                case Op.BuildTuple: Uint(p, "BUILD_TUPLE", code, ref ip); break;
                case Op.BuildList: Uint(p, "BUILD_LIST", code, ref ip); break;
                case Op.BuildMap: Uint(p, "BUILD_MAP", code, ref ip); break;
                case Op.StoreMap: p.Write("STORE_MAP"); break;
                case Op.BuildSet: Uint(p, "BUILD_SET", code, ref ip); break;
                case Op.BuildSlice: Uint(p, "BUILD_SLICE", code, ref ip); break;
                case Op.StoreComp: Uint(p, "STORE_COMP", code, ref ip); break;
                case Op.UnpackSequence: Uint(p, "UNPACK_SEQUENCE", code, ref ip); break;
                case Op.UnpackEx: Uint(p, "UNPACK_EX", code, ref ip); break;
                case Op.MakeFunction: Child(p, "MAKE_FUNCTION", rc, code, ref ip, false); break;
                case Op.MakeFunctionDefargs: Child(p, "MAKE_FUNCTION_DEFARGS", rc, code, ref ip, false); break;
                case Op.MakeClosure: Child(p, "MAKE_CLOSURE", rc, code, ref ip, true); break;
                case Op.MakeClosureDefargs: Child(p, "MAKE_CLOSURE_DEFARGS", rc, code, ref ip, true); break;
                case Op.CallFunction: Call(p, "CALL_FUNCTION", code, ref ip); break;
                case Op.CallFunctionVarKw: Call(p, "CALL_FUNCTION_VAR_KW", code, ref ip); break;
                case Op.CallMethod: Call(p, "CALL_METHOD", code, ref ip); break;
                case Op.CallMethodVarKw: Call(p, "CALL_METHOD_VAR_KW", code, ref ip); break;
                case Op.ReturnValue: p.Write("RETURN_VALUE"); break;
                case Op.RaiseLast: p.Write("RAISE_LAST"); break;
                case Op.RaiseObj: p.Write("RAISE_OBJ"); break;
                case Op.RaiseFrom: p.Write("RAISE_FROM"); break;
                case Op.YieldValue: p.Write("YIELD_VALUE"); break;
                case Op.YieldFrom: p.Write("YIELD_FROM"); break;
                case Op.ImportName: Name(p, "IMPORT_NAME", qs, code, ref ip, true); break;
                case Op.ImportFrom: Name(p, "IMPORT_FROM", qs, code, ref ip, true); break;
                case Op.ImportStar: p.Write("IMPORT_STAR"); break;
                default:
                    if (op >= Op.LoadConstSmallIntMulti && op < Op.LoadConstSmallIntMulti + 64)
                    {
                        p.Write("LOAD_CONST_SMALL_INT ");
                        p.WriteInt(op - Op.LoadConstSmallIntMulti - 16);
                    }
                    else if (op >= Op.LoadFastMulti && op < Op.LoadFastMulti + 16)
                    {
                        p.Write("LOAD_FAST ");
                        p.WriteInt(op - Op.LoadFastMulti);
                    }
                    else if (op >= Op.StoreFastMulti && op < Op.StoreFastMulti + 16)
                    {
                        p.Write("STORE_FAST ");
                        p.WriteInt(op - Op.StoreFastMulti);
                    }
                    else if (op >= Op.UnaryOpMulti && op < Op.UnaryOpMulti + Op.UnaryOpMultiNum)
                    {
                        OpName(p, "UNARY_OP ", op - Op.UnaryOpMulti, OpNames.Unary);
                    }
                    else if (op >= Op.BinaryOpMulti && op < Op.BinaryOpMulti + Op.BinaryOpMultiNum)
                    {
                        OpName(p, "BINARY_OP ", op - Op.BinaryOpMulti, OpNames.Binary);
                    }
                    else
                    {
                        p.Write("byte code 0x");
                        Hex2(p, op);
                        p.Write(" not implemented");
                    }
                    break;
            }
            return ip;
        }

        private static void OpName(Printer p, string what, int n, int[] names)
        {
            p.Write(what);
            p.WriteInt(n);
            p.WriteByte((byte)' ');
            // MicroPython has no method name for in/is/exception-match and not: it prints an empty one
            if (n < names.Length && names[n] != 0) p.Write(Qstr.Str(names[n]));
        }

        private static void Uint(Printer p, string name, byte[] code, ref int ip)
        {
            p.Write(name);
            p.WriteByte((byte)' ');
            p.WriteInt(BytecodeFormat.ReadUint(code, ref ip));
        }

        private static void Name(Printer p, string name, int[] qs, byte[] code, ref int ip, bool quoted)
        {
            p.Write(name);
            p.Write(quoted ? " '" : " ");
            p.Write(Qstr.Str(qs[BytecodeFormat.ReadUint(code, ref ip)]));
            if (quoted) p.Write("'");
        }

        private static void SLabel(Printer p, string name, byte[] code, ref int ip, RawCode rc)
        {
            int off = BytecodeFormat.ReadSLabel(code, ref ip);
            Label(p, name, ip + off, rc);
        }

        private static void ULabel(Printer p, string name, byte[] code, ref int ip, RawCode rc)
        {
            int off = BytecodeFormat.ReadULabel(code, ref ip);
            Label(p, name, ip + off, rc);
        }

        private static void Child(Printer p, string name, RawCode rc, byte[] code, ref int ip, bool closure)
        {
            int i = BytecodeFormat.ReadUint(code, ref ip);
            p.Write(name);
            p.WriteByte((byte)' ');
            Addr(p, i < rc.Children.Length ? (object)rc.Children[i] : code);
            if (closure)
            {
                p.WriteByte((byte)' ');
                p.WriteInt(code[ip++]);
            }
        }

        private static void Call(Printer p, string name, byte[] code, ref int ip)
        {
            int n = BytecodeFormat.ReadUint(code, ref ip);
            p.Write(name);
            p.Write(" n=");
            p.WriteInt(n & 0xff);
            p.Write(" nkw=");
            p.WriteInt((n >> 8) & 0xff);
        }
    }
}
