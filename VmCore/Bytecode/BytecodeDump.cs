#if MP_COMPILER
// (only in builds with MP_COMPILER: build/FeatureLevel.props)
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
            queue[0] = rc;
            int n = 1;
            for (int i = 0; i < n; i++)
            {
                RawCode c = queue[i];
                Dump(p, c);
                for (int k = 0; k < c.ChildCount; k++)
                {
                    if (n == queue.Length)
                    {
                        RawCode[] q = new RawCode[2 * n];
                        System.Array.Copy(queue, q, n);
                        queue = q;
                    }
                    queue[n++] = c.Child(k);
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


        // One instruction at ip; returns the next ip. Names and operand formats come from OpcodeTable.
        private static int Instruction(Printer p, RawCode rc, int ip)
        {
            byte[] code = rc.Code;
            int op = code[ip++];
            string name = OpcodeTable.Name(op);
            if (name == null)
            {
                p.Write("byte code 0x");
                Hex2(p, op);
                p.Write(" not implemented");
                return ip;
            }
            p.Write(name);
            switch (OpcodeTable.Format(op))
            {
                case BytecodeFormat.FormatQstr:
                {
                    // showbc.c quotes the names of LOAD_CONST_STRING and the imports
                    bool quoted = op == Op.LoadConstString || op == Op.ImportName || op == Op.ImportFrom;
                    p.Write(quoted ? " '" : " ");
                    p.Write(Qstr.Str(rc.Context.QstrAt(VarUint.Decode(code, ref ip))));
                    if (quoted) p.Write("'");
                    break;
                }
                case BytecodeFormat.FormatVarUint:
                    VarUintOperand(p, rc, op, code, ref ip);
                    break;
                case BytecodeFormat.FormatOffset:
                {
                    int off = BytecodeFormat.HasSignedOffset(op) ? VarUint.DecodeSLabel(code, ref ip) : VarUint.DecodeULabel(code, ref ip);
                    p.WriteByte((byte)' ');
                    p.WriteInt(ip + off - rc.BytecodeStart);
                    if (op == Op.UnwindJump)
                    {
                        p.WriteByte((byte)' ');
                        p.WriteInt(code[ip++]);
                    }
                    break;
                }
                default:
                    MultiOperand(p, op);
                    break;
            }
            return ip;
        }

        private static void VarUintOperand(Printer p, RawCode rc, int op, byte[] code, ref int ip)
        {
            switch (op)
            {
                case Op.LoadConstSmallInt:
                    p.WriteByte((byte)' ');
                    p.WriteInt(VarUint.DecodeSigned(code, ref ip));
                    return;
                case Op.LoadConstObj:
                {
                    Value v = rc.Context.Const(VarUint.Decode(code, ref ip));
                    p.WriteByte((byte)' ');
                    Addr(p, v.Obj == null ? (object)code : v.Obj);
                    p.Write("=");
                    Rt.Print(p, v, PrintKind.Repr);
                    return;
                }
                case Op.MakeFunction:
                case Op.MakeFunctionDefargs:
                case Op.MakeClosure:
                case Op.MakeClosureDefargs:
                {
                    int i = VarUint.Decode(code, ref ip);
                    p.WriteByte((byte)' ');
                    Addr(p, i < rc.ChildCount ? (object)rc.Child(i) : code);
                    if (BytecodeFormat.HasExtraByte(op))
                    {
                        p.WriteByte((byte)' ');
                        p.WriteInt(code[ip++]);
                    }
                    return;
                }
                case Op.CallFunction:
                case Op.CallFunctionVarKw:
                case Op.CallMethod:
                case Op.CallMethodVarKw:
                {
                    int n = VarUint.Decode(code, ref ip);
                    p.Write(" n=");
                    p.WriteInt(n & 0xff);
                    p.Write(" nkw=");
                    p.WriteInt((n >> 8) & 0xff);
                    return;
                }
                default:
                    p.WriteByte((byte)' ');
                    p.WriteInt(VarUint.Decode(code, ref ip));
                    return;
            }
        }

        // The operand packed in a multi-opcode; nothing for the other one-byte opcodes.
        private static void MultiOperand(Printer p, int op)
        {
            if (op >= Op.LoadConstSmallIntMulti && op < Op.LoadFastMulti)
            {
                p.WriteByte((byte)' ');
                p.WriteInt(op - Op.LoadConstSmallIntMulti - Op.SmallIntMultiExcess);
            }
            else if (op >= Op.LoadFastMulti && op < Op.StoreFastMulti)
            {
                p.WriteByte((byte)' ');
                p.WriteInt(op - Op.LoadFastMulti);
            }
            else if (op >= Op.StoreFastMulti && op < Op.UnaryOpMulti)
            {
                p.WriteByte((byte)' ');
                p.WriteInt(op - Op.StoreFastMulti);
            }
            else if (op >= Op.UnaryOpMulti && op < Op.UnaryOpMulti + Op.UnaryOpMultiNum)
            {
                OpName(p, " ", op - Op.UnaryOpMulti, OpNames.Unary);
            }
            else if (op >= Op.BinaryOpMulti)
            {
                OpName(p, " ", op - Op.BinaryOpMulti, OpNames.Binary);
            }
        }

        private static void OpName(Printer p, string what, int n, int[] names)
        {
            p.Write(what);
            p.WriteInt(n);
            p.WriteByte((byte)' ');
            // MicroPython has no method name for in/is/exception-match and not: it prints an empty one
            if (n < names.Length && names[n] != 0) p.Write(Qstr.Str(names[n]));
        }






    }
}
#endif
