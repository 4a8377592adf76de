namespace NanoMpy
{
    // Checks one loaded function so the VM can run it without bounds checks of its own:
    //   - the prelude layout is ordered and inside the image, n_state/n_exc_stack are sane for its size,
    //     the line-number table decodes inside its section and the closure cells name locals;
    //   - every opcode is known and its operand lies inside the function;
    //   - qstr indexes < qstr-table size, LOAD_CONST_OBJ < constant count, MAKE_FUNCTION/CLOSURE < children,
    //     local and cell indexes < n_state, stack counts (BUILD_*, CALL_*, UNPACK_*) <= n_state, so nothing the
    //     VM allocates from an operand is larger than the function's own frame;
    //   - every jump lands on an instruction start inside [BytecodeStart, End), and the last instruction does
    //     not fall off the end.
    // Then StackVerifier simulates the function's stack discipline on every path (what it proves is listed
    // there). Anything bad raises ValueError("corrupt .mpy file: ...").
    public static class BytecodeVerifier
    {
        // Instruction-start bitmap, reused across calls so that verifying allocates nothing once it has grown
        // to the largest function seen. A second concurrent caller gets a private one.
        private static uint[] _scratch = new uint[0]; // grown on first use
        private static int _scratchBusy;

        // Verifies rc and every function inside it, parents first: a child's closure cells and defaults are
        // known from how its parent makes it.
        // gc.collect(): the verifiers let go of their scratch (loading reuses it, so it is kept until then; a
        // board that collects gets that RAM back, and gc.mem_alloc counts no loader scratch).
        public static void ReleaseScratch()
        {
            StackVerifier.Trim();
            if (_scratch.Length > 0 && System.Threading.Interlocked.CompareExchange(ref _scratchBusy, 1, 0) == 0)
            {
                _scratch = new uint[0];
                _scratchBusy = 0;
            }
        }

        // (in file order: a parent before its children)
        public static void VerifyTree(RawCode top)
        {
            ModuleContext ctx = top.Context;
            RawCode[] all = ctx.Codes;
            for (int i = 0; i < all.Length; i++)
            {
                RawCode rc = all[i];
                if (ctx.Code == null) VerifyCopy(rc);
                else Verify(rc, rc);
            }
        }

        // A function in flash no array holds: its bytes are copied (one function at a time, so the copy is as
        // large as the largest function, not the module) and checked there; what the check learns about its
        // children (closure cells) lands on the real children, found through the original.
        private static void VerifyCopy(RawCode rc)
        {
            // from the function's kind_len on, so that the copy decodes as the original did
            int from = rc.Position;
            int n = rc.End - from;
            if (n < 0 || n > 16 * 1024 * 1024) throw MpyLoader.Corrupt("function layout");
            byte[] copy = new byte[n];
            NanoMpy.Flash.CodeImage img = rc.Context.Image;
            for (int i = 0; i < n; i++) copy[i] = (byte)img.ByteAt(from + i);
            ModuleContext c = new ModuleContext();
            c.Code = copy;
            c.Image = new NanoMpy.Flash.CodeImage(copy);
            c.Qstrs = rc.Context.Qstrs;
            c.WideQstrs = rc.Context.WideQstrs;
            c.Consts = rc.Context.Consts;
            c.Size = rc.Context.Size;
            c.Codes = rc.Context.Codes;
            RawCode v = MpyLoader.DecodeRawCode(c, 0, rc.Position);
            v.ClosedCells = rc.ClosedCells;
            Verify(v, rc);
        }

#if MP_COMPILER
        // (tests)
        public static void Verify(RawCode rc)
        {
            Verify(rc, rc);
        }
#endif

        // rc's code, with its children as `tree` (the original of a copy) has them.
        private static void Verify(RawCode rc, RawCode tree)
        {
            if (rc == null || rc.Code == null || rc.Context == null || rc.Context.Qstrs == null
                || rc.Context.Consts == null)
            {
                throw MpyLoader.Corrupt("incomplete function descriptor");
            }
            byte[] code = rc.Code;
            if (rc.PreludeStart < 0 || rc.PreludeStart > rc.LineInfoStart || rc.LineInfoStart > rc.LineInfoEnd
                || rc.LineInfoEnd > rc.BytecodeStart || rc.BytecodeStart > rc.End || rc.End > code.Length)
            {
                throw MpyLoader.Corrupt("function layout");
            }
            CheckPrelude(rc);
            CheckLineInfo(rc);
            for (int i = rc.LineInfoEnd; i < rc.BytecodeStart; i++)
            {
                if (code[i] >= rc.NState) throw MpyLoader.Corrupt("closure cell " + code[i] + " is not a local");
            }
            if (rc.BytecodeStart == rc.End) throw MpyLoader.Corrupt("function without bytecode");

            int n = rc.End - rc.BytecodeStart;
            int words = (n + 31) >> 5;
            uint[] starts;
            bool shared = System.Threading.Interlocked.CompareExchange(ref _scratchBusy, 1, 0) == 0;
            if (shared)
            {
                if (_scratch.Length < words) _scratch = new uint[words + (words >> 1)];
                starts = _scratch;
                System.Array.Clear(starts, 0, words);
            }
            else
            {
                starts = new uint[words];
            }
            try
            {
                int last = ScanOpcodes(rc, tree.ChildCount, starts);
                CheckJumps(rc, starts);
                CheckLast(code[last], rc, last);
            }
            finally
            {
                if (shared) _scratchBusy = 0;
            }
            StackVerifier.Verify(rc, rc.ClosedCells < 0 ? 0 : rc.ClosedCells, tree);
        }

        private static void CheckPrelude(RawCode rc)
        {
            int size = rc.End - rc.PreludeStart;
            int nArgs = rc.NPosArgs + rc.NKwOnlyArgs;
            if ((rc.ScopeFlags & ScopeFlag.VarArgs) != 0) nArgs++;
            if ((rc.ScopeFlags & ScopeFlag.VarKeywords) != 0) nArgs++;
            // Each local or stack slot needs at least one opcode or arg name to use it; 4 a byte leaves room
            // for what the VM pushes itself (exception handlers, with-blocks).
            if (rc.NState < 1 || rc.NState > 4 * size + 16) throw MpyLoader.Corrupt("n_state " + rc.NState);
            if (rc.NState < nArgs) throw MpyLoader.Corrupt("n_state smaller than the arguments");
            if (rc.NExcStack < 0 || rc.NExcStack > size) throw MpyLoader.Corrupt("n_exc_stack " + rc.NExcStack);
            if (rc.NDefPosArgs > rc.NPosArgs) throw MpyLoader.Corrupt("more defaults than positional args");
        }

        // Line-number entries (py/bc.h mp_bytecode_decode_lineinfo) must end exactly at LineInfoEnd.
        private static void CheckLineInfo(RawCode rc)
        {
            byte[] code = rc.Code;
            int i = rc.LineInfoStart;
            while (i < rc.LineInfoEnd)
            {
                i += (code[i] & 0x80) == 0 ? 1 : 2;
            }
            if (i != rc.LineInfoEnd) throw MpyLoader.Corrupt("line-number table");
        }

        // Decodes every instruction, checking its operand; marks instruction starts. Returns the index of the
        // last instruction.
        private static int ScanOpcodes(RawCode rc, int nChild, uint[] starts)
        {
            byte[] code = rc.Code;
            int end = rc.End;
            int begin = rc.BytecodeStart;
            int nQstr = rc.Context.Qstrs.Length;
            int nConst = rc.Context.Consts.Length;
            int nState = rc.NState;
            bool hasSetup = false;
            int ip = begin;
            int last = ip;
            while (ip < end)
            {
                last = ip;
                int rel = ip - begin;
                starts[rel >> 5] |= 1u << (rel & 31);
                int op = code[ip++];
                if (!BytecodeFormat.IsKnown(op)) throw Bad("unknown opcode", op, last, rc);
                // the compiler flags every function that yields as a generator, and the VM relies on it: a
                // function without the flag runs in its caller's loop, where a yield has nowhere to go
                if ((op == Op.YieldValue || op == Op.YieldFrom) && (rc.ScopeFlags & ScopeFlag.Generator) == 0)
                {
                    throw Bad("yield outside a generator", op, last, rc);
                }
                int fmt = BytecodeFormat.Format(op);
                if (fmt == BytecodeFormat.FormatQstr)
                {
                    if (VarUint.Read(code, ref ip, end) >= nQstr) throw Bad("qstr index out of range", op, last, rc);
                }
                else if (fmt == BytecodeFormat.FormatVarUint)
                {
                    if (op == Op.LoadConstSmallInt)
                    {
                        VarUint.SkipSigned(code, ref ip, end);
                    }
                    else
                    {
                        int arg = VarUint.Read(code, ref ip, end);
                        if (!UintOperandOk(op, arg, nConst, nChild, nState, end - begin))
                        {
                            throw Bad("operand " + arg + " out of range", op, last, rc);
                        }
                    }
                }
                else if (fmt == BytecodeFormat.FormatOffset)
                {
                    int n = VarUint.LabelSize(code, ip, end);
                    if (n < 0) throw Bad("truncated", op, last, rc);
                    ip += n;
                    if (op == Op.SetupExcept || op == Op.SetupFinally || op == Op.SetupWith) hasSetup = true;
                }
                else if (op >= Op.LoadFastMulti && op < Op.UnaryOpMulti)
                {
                    if ((op & 0x0f) >= nState) throw Bad("local out of range", op, last, rc);
                }
                if (BytecodeFormat.HasExtraByte(op))
                {
                    if (ip >= end) throw Bad("truncated", op, last, rc);
                    int extra = code[ip++];
                    if (op == Op.UnwindJump)
                    {
                        if ((extra & 0x7f) > rc.NExcStack) throw Bad("unwind count out of range", op, last, rc);
                    }
                    else if (extra > nState)
                    {
                        throw Bad("closed-over count out of range", op, last, rc);
                    }
                }
                // the VM runs code through cache lines that hold any instruction of at most this length
                if (ip - last > NanoMpy.Flash.CodeImage.MaxInstruction) throw Bad("instruction too long", op, last, rc);
            }
            if (hasSetup && rc.NExcStack == 0) throw MpyLoader.Corrupt("exception handler without n_exc_stack");
            return last;
        }

        private static bool UintOperandOk(int op, int arg, int nConst, int nChild, int nState, int codeLen)
        {
            switch (op)
            {
                case Op.LoadConstObj:
                    return arg < nConst;
                case Op.MakeFunction:
                case Op.MakeFunctionDefargs:
                case Op.MakeClosure:
                case Op.MakeClosureDefargs:
                    return arg < nChild;
                case Op.LoadFastN:
                case Op.StoreFastN:
                case Op.DeleteFast:
                case Op.LoadDeref:
                case Op.StoreDeref:
                case Op.DeleteDeref:
                    return arg < nState;
                case Op.BuildTuple:
                case Op.BuildList:
                case Op.BuildSet:
                case Op.UnpackSequence:
                    return arg <= nState;
                case Op.StoreComp:
                    return (arg >> 2) <= nState; // stack distance, low 2 bits: list/dict/set
                case Op.BuildMap:
                    return arg <= codeLen; // a size hint; each entry needs a STORE_MAP
                case Op.BuildSlice:
                    return arg == 2 || arg == 3;
                case Op.UnpackEx:
                    return arg <= 0xffff && (arg & 0xff) + (arg >> 8) + 1 <= nState;
                case Op.CallFunction:
                case Op.CallFunctionVarKw:
                case Op.CallMethod:
                case Op.CallMethodVarKw:
                    return arg <= 0xffff && (arg & 0xff) + 2 * (arg >> 8) <= nState;
                default:
                    return true;
            }
        }

        // Second pass: jump targets (relative to the ip after the label) must be instruction starts.
        private static void CheckJumps(RawCode rc, uint[] starts)
        {
            byte[] code = rc.Code;
            int begin = rc.BytecodeStart;
            int end = rc.End;
            int ip = begin;
            while (ip < end)
            {
                int at = ip;
                int op = code[ip];
                if (BytecodeFormat.Format(op) == BytecodeFormat.FormatOffset)
                {
                    ip++;
                    int label = BytecodeFormat.HasSignedOffset(op)
                        ? VarUint.DecodeSLabel(code, ref ip)
                        : VarUint.DecodeULabel(code, ref ip);
                    int target = ip + label;
                    int rel = target - begin;
                    if (target < begin || target >= end || (starts[rel >> 5] & (1u << (rel & 31))) == 0)
                    {
                        throw Bad("jump target outside the function's code", op, at, rc);
                    }
                    ip = at;
                }
                ip += BytecodeFormat.OpcodeSize(code, ip, end);
            }
        }

        // The VM must never run past End: the function has to end with an instruction that leaves or jumps.
        private static void CheckLast(int op, RawCode rc, int at)
        {
            switch (op)
            {
                case Op.ReturnValue:
                case Op.RaiseLast:
                case Op.RaiseObj:
                case Op.RaiseFrom:
                case Op.Jump:
                case Op.UnwindJump:
                case Op.PopExceptJump:
                    return;
                default:
                    throw Bad("code runs past the end of the function", op, at, rc);
            }
        }

        private static PyException Bad(string what, int op, int at, RawCode rc)
        {
            return MpyLoader.Corrupt(what + " (opcode 0x" + Hex(op) + " at bytecode offset " + (at - rc.BytecodeStart) + ")");
        }

        private static string Hex(int b)
        {
            const string digits = "0123456789abcdef";
            return new string(new char[] { digits[(b >> 4) & 15], digits[b & 15] });
        }
    }
}
