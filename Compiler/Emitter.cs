namespace NanoMpy.Compiler
{
    // Bytecode emitter following py/emitbc.c's pass model: SCOPE (collect names, qstrs and constants),
    // STACK_SIZE (maximum stack depth), CODE_SIZE (sizes, jumps may shrink) and EMIT (repeated until the
    // sizes no longer change). Code after an unconditional jump is suppressed until the next label.
    public sealed class Emitter
    {
        public const int PassScope = 1;
        public const int PassStackSize = 2;
        public const int PassCodeSize = 3;
        public const int PassEmit = 4;

        private readonly ModuleTables _tables;
        public int Pass;
        private Scope _scope;
        private int _stack;
        private bool _suppress;
        private int _lastLineOffset;
        private int _lastLine;

        private int _ciOffset;
        private int _bcOffset;
        private int _ciSize;
        private int _bcSize;
        private byte[] _code;
        private int _nInfo;
        private int _nCell;
        private int[] _labels = new int[64];

        private Scope[] _children = new Scope[4];
        private int _curChild;

        public Emitter(ModuleTables tables)
        {
            _tables = tables;
        }

        public void StartPass(int pass, Scope scope)
        {
            Pass = pass;
            _stack = 0;
            _suppress = false;
            _scope = scope;
            _lastLineOffset = 0;
            _lastLine = 1;
            _bcOffset = 0;
            _ciOffset = 0;
            _curChild = 0;
            _overflow = false;
            if (pass == PassScope)
            {
                _ciSize = 0;
                _bcSize = 0;
            }

            // Prelude signature: n_state, exception stack depth, flags and argument counts, packed as bc.h does.
            int s = scope.NumLocals + scope.StackSize;
            if (s == 0) s = 1;
            s -= 1;
            int e = scope.ExcStackSize, f = scope.ScopeFlags & 0x0f, a = scope.NumPosArgs, k = scope.NumKwOnlyArgs, d = scope.NumDefPosArgs;
            int z = (s & 0xf) << 3 | (e & 1) << 2 | (a & 3);
            s >>= 4; e >>= 1; a >>= 2;
            while ((s | e | f | a | k | d) != 0)
            {
                CodeInfoByte(0x80 | z);
                z = (f & 1) << 6 | (s & 3) << 4 | (k & 1) << 3 | (a & 1) << 2 | (e & 1) << 1 | (d & 1);
                s >>= 2; e >>= 1; f >>= 1; a >>= 1; k >>= 1; d >>= 1;
            }
            CodeInfoByte(z);

            if (pass >= PassCodeSize)
            {
                int i = _nInfo, c = _nCell;
                do
                {
                    int b = (i & 0x3f) << 1 | (c & 1);
                    c >>= 1;
                    i >>= 6;
                    if ((c | i) != 0) b |= 0x80;
                    CodeInfoByte(b);
                } while ((c | i) != 0);
            }
            _nInfo = _ciOffset;

            CodeInfoUint(_tables.UseQstr(scope.SimpleName));
            for (int i = 0; i < scope.NumPosArgs + scope.NumKwOnlyArgs; i++)
            {
                string q = "*";
                for (int j = 0; j < scope.IdCount; j++)
                {
                    if (scope.IdIsParam[j] && scope.IdLocalNum[j] == i) { q = scope.IdNames[j]; break; }
                }
                CodeInfoUint(_tables.UseQstr(q));
            }
        }

        // Returns false when the EMIT pass must be repeated because sizes changed.
        public bool EndPass()
        {
            if (Pass == PassScope) return true;
            _nInfo = _ciOffset - _nInfo;
            // Closure section of the prelude: the locals that become cells.
            _nCell = 0;
            for (int i = 0; i < _scope.IdCount; i++)
            {
                if (_scope.IdKinds[i] == Scope.IdCell)
                {
                    CodeInfoByte(_scope.IdLocalNum[i]);
                    _nCell++;
                }
            }
            if (Pass == PassCodeSize)
            {
                _ciSize = _ciOffset;
                _bcSize = _bcOffset;
                _code = new byte[_ciSize + _bcSize];
            }
            else if (Pass == PassEmit)
            {
                if (_ciOffset != _ciSize || _bcOffset != _bcSize)
                {
                    _ciSize = _ciOffset;
                    _bcSize = _bcOffset;
                    return false;
                }
                // line -1: no traceback entry, as mpy-cross reports it (the error is the whole scope's)
                if (_overflow) throw new CompileError("RuntimeError", "bytecode overflow", -1);
                byte[] data = new byte[_ciSize + _bcSize];
                System.Array.Copy(_code, data, data.Length);
                _scope.Code = data;
                _scope.NumChildren = _curChild;
                _scope.Children = new Scope[_curChild];
                System.Array.Copy(_children, _scope.Children, _curChild);
            }
            return true;
        }

        // ---- raw writers ----

        private void CodeInfoByte(int b)
        {
            if (Pass == PassEmit) _code[_ciOffset] = (byte)b;
            _ciOffset++;
        }

        private void CodeInfoUint(int v)
        {
            int n = VarUint.Size(v);
            for (int i = 0; i < n; i++) CodeInfoByte(VarUint.ByteAt(v, i, n));
        }

        private void RawByte(int b)
        {
            if (_suppress) return;
            if (Pass == PassEmit) _code[_ciSize + _bcOffset] = (byte)b;
            _bcOffset++;
        }

        private void RawUint(int v)
        {
            int n = VarUint.Size(v);
            for (int i = 0; i < n; i++) RawByte(VarUint.ByteAt(v, i, n));
        }

        public void AdjustStack(int delta)
        {
            if (Pass == PassScope) return;
            _stack += delta;
            if (_stack > _scope.StackSize) _scope.StackSize = _stack;
        }

        // Stack accounting comes from the opcode table (OpcodeTable.StackEffect: emitbc.c's stack_adj).
        private void Byte(int b)
        {
            AdjustStack(OpcodeTable.StackEffect(b, 0, 0));
            RawByte(b);
        }

        private void ByteUint(int b, int v)
        {
            AdjustStack(OpcodeTable.StackEffect(b, v, 0));
            RawByte(b);
            RawUint(v);
        }

        // MAKE_CLOSURE*: the operand and then the extra byte, the number of cells it takes off the stack.
        private void ByteUintExtra(int b, int v, int extra)
        {
            AdjustStack(OpcodeTable.StackEffect(b, v, extra));
            RawByte(b);
            RawUint(v);
            RawByte(extra);
        }

        private void ByteQstr(int b, string q)
        {
            ByteUint(b, _tables.UseQstr(q));
        }

        // A jump's offset that its two bytes cannot hold (emitbc.c's overflow flag): the EMIT pass ends in
        // mpy-cross's RuntimeError, rather than writing bytes the VM would misread.
        private bool _overflow;

        private void ByteLabel(int b, int label)
        {
            AdjustStack(OpcodeTable.StackEffect(b, 0, 0));
            if (_suppress) return;
            bool signed = BytecodeFormat.HasSignedOffset(b);
            int extra = 1;
            int off = 0;
            if (Pass >= PassCodeSize)
            {
                off = _labels[label] - _bcOffset - 2;
                if (VarUint.LabelFitsOneByte(off, signed)) extra = 0;
                off -= extra;
            }
            RawByte(b);
            if (extra == 0)
            {
                RawByte(signed ? off + VarUint.SignedLabelBias1 : off);
            }
            else
            {
                if (signed) off += VarUint.SignedLabelBias2;
                if (Pass == PassEmit && (off < 0 || off > 0x7fff)) _overflow = true;
                RawByte(0x80 | (off & 0x7f));
                RawByte((off >> 7) & 0xff);
            }
        }

        // ---- operations (names follow emitbc.c) ----

        public void SetSourceLine(int line)
        {
            if (PyCompiler.OptLevel >= 3) return;
            if (line > _lastLine)
            {
                int bytes = _bcOffset - _lastLineOffset;
                int lines = line - _lastLine;
                while (bytes > 0 || lines > 0)
                {
                    int b, l;
                    if (lines <= 6 || bytes > 0xf)
                    {
                        b = bytes < 0x1f ? bytes : 0x1f;
                        l = b < bytes ? 0 : (lines < 3 ? lines : 3);
                        CodeInfoByte(b | (l << 5));
                    }
                    else
                    {
                        b = bytes < 0xf ? bytes : 0xf;
                        l = lines < 0x7ff ? lines : 0x7ff;
                        CodeInfoByte(0x80 | b | ((l >> 4) & 0x70));
                        CodeInfoByte(l & 0xff);
                    }
                    bytes -= b;
                    lines -= l;
                }
                _lastLineOffset = _bcOffset;
                _lastLine = line;
            }
        }

        public void LabelAssign(int label)
        {
            _suppress = false;
            if (Pass == PassScope) return;
            if (label >= _labels.Length)
            {
                int[] n = new int[label * 2];
                System.Array.Copy(_labels, n, _labels.Length);
                _labels = n;
            }
            _labels[label] = _bcOffset;
        }

        public void EnsureLabels(int count)
        {
            if (count > _labels.Length)
            {
                int[] n = new int[count * 2];
                System.Array.Copy(_labels, n, _labels.Length);
                _labels = n;
            }
        }

        public void LoadConstTok(string kw)
        {
            if (kw == "None") Byte(Op.LoadConstNone);
            else if (kw == "True") Byte(Op.LoadConstTrue);
            else if (kw == "False") Byte(Op.LoadConstFalse);
            else LoadConstObj(ConstKey.Ellipsis());
        }

        public void LoadConstSmallInt(long v)
        {
            if (v >= -Op.SmallIntMultiExcess && v < 64 - Op.SmallIntMultiExcess)
            {
                Byte(Op.LoadConstSmallIntMulti + Op.SmallIntMultiExcess + (int)v);
                return;
            }
            Byte(Op.LoadConstSmallInt);
            byte[] buf = new byte[10];
            int p = buf.Length;
            long num = v;
            do
            {
                buf[--p] = (byte)(num & 0x7f);
                num >>= 7;
            } while (num != 0 && num != -1);
            if (num == -1 && (buf[p] & 0x40) == 0) buf[--p] = 0x7f;
            else if (num == 0 && (buf[p] & 0x40) != 0) buf[--p] = 0;
            for (int i = p; i < buf.Length - 1; i++) RawByte(buf[i] | 0x80);
            RawByte(buf[buf.Length - 1]);
        }

        public void LoadConstStr(string q) { ByteQstr(Op.LoadConstString, q); }
        public void LoadConstObj(ConstKey obj) { ByteUint(Op.LoadConstObj, _tables.UseConst(obj)); }
        public void LoadFast(int n)
        {
            if (n <= 15) Byte(Op.LoadFastMulti + n);
            else ByteUint(Op.LoadFastN, n);
        }
        public void StoreFast(int n)
        {
            if (n <= 15) Byte(Op.StoreFastMulti + n);
            else ByteUint(Op.StoreFastN, n);
        }
        public void LoadDeref(int n) { ByteUint(Op.LoadDeref, n); }
        public void StoreDeref(int n) { ByteUint(Op.StoreDeref, n); }
        public void LoadName(string q) { ByteQstr(Op.LoadName, q); }
        public void LoadGlobal(string q) { ByteQstr(Op.LoadGlobal, q); }
        public void StoreName(string q) { ByteQstr(Op.StoreName, q); }
        public void StoreGlobal(string q) { ByteQstr(Op.StoreGlobal, q); }
        public void LoadAttr(string q) { ByteQstr(Op.LoadAttr, q); }
        public void StoreAttr(string q) { ByteQstr(Op.StoreAttr, q); }
        public void LoadMethod(string q) { ByteQstr(Op.LoadMethod, q); }
        public void LoadSuperMethod(string q) { ByteQstr(Op.LoadSuperMethod, q); }
        public void LoadSubscr() { Byte(Op.LoadSubscr); }
        public void StoreSubscr() { Byte(Op.StoreSubscr); }
        public void DupTop() { Byte(Op.DupTop); }
        public void DupTopTwo() { Byte(Op.DupTopTwo); }
        public void PopTop() { Byte(Op.PopTop); }
        public void RotTwo() { Byte(Op.RotTwo); }
        public void RotThree() { Byte(Op.RotThree); }

        public void Jump(int label)
        {
            ByteLabel(Op.Jump, label);
            _suppress = true;
        }

        public void PopJumpIf(bool cond, int label) { ByteLabel(cond ? Op.PopJumpIfTrue : Op.PopJumpIfFalse, label); }
        public void JumpIfOrPop(bool cond, int label) { ByteLabel(cond ? Op.JumpIfTrueOrPop : Op.JumpIfFalseOrPop, label); }

        public void UnwindJump(int label, bool fromFor, int exceptDepth)
        {
            if (exceptDepth == 0)
            {
                if (fromFor)
                {
                    for (int i = 0; i < 4; i++) RawByte(Op.PopTop);
                }
                ByteLabel(Op.Jump, label);
            }
            else
            {
                ByteLabel(Op.UnwindJump, label);
                RawByte((fromFor ? 0x80 : 0) | exceptDepth);
            }
            _suppress = true;
        }

        public void SetupBlock(int label, bool isFinally) { ByteLabel(isFinally ? Op.SetupFinally : Op.SetupExcept, label); }
        public void SetupWith(int label) { ByteLabel(Op.SetupWith, label); }

        public void WithCleanup()
        {
            // emitbc.c counts the slots __exit__'s call takes above the top
            AdjustStack(OpcodeTable.Scratch(Op.WithCleanup));
            Byte(Op.WithCleanup);
            AdjustStack(-OpcodeTable.Scratch(Op.WithCleanup));
        }

        public void EndFinally() { Byte(Op.EndFinally); }

        public void PopExceptJump(int label)
        {
            ByteLabel(Op.PopExceptJump, label);
            _suppress = true;
        }

        public void GetIterStack() { Byte(Op.GetIterStack); }
        public void ForIter(int label) { ByteLabel(Op.ForIter, label); }
        public void ForIterEnd() { AdjustStack(-OpcodeTable.IterSlots); }

        public void UnaryOp(int op) { Byte(Op.UnaryOpMulti + op); }

        public void BinaryOp(int op)
        {
            bool invert = false;
            if (op == Node.OpNotIn) { invert = true; op = BinaryOpKind.In; }
            else if (op == Node.OpIsNot) { invert = true; op = BinaryOpKind.Is; }
            Byte(Op.BinaryOpMulti + op);
            if (invert) Byte(Op.UnaryOpMulti + UnaryOpKind.Not);
        }

        public void BuildTuple(int n) { ByteUint(Op.BuildTuple, n); }
        public void BuildList(int n) { ByteUint(Op.BuildList, n); }
        public void BuildMap(int n) { ByteUint(Op.BuildMap, n); }
        public void StoreMap() { Byte(Op.StoreMap); }
        public void UnpackEx(int nLeft, int nRight) { ByteUint(Op.UnpackEx, nLeft | (nRight << 8)); }
        public void UnpackSequence(int n) { ByteUint(Op.UnpackSequence, n); }

        public void MakeClosure(Scope child, int nFree, bool defArgs)
        {
            ByteUintExtra(defArgs ? Op.MakeClosureDefargs : Op.MakeClosure, AddChild(child), nFree);
        }

        public void MakeFunction(Scope child, bool defArgs)
        {
            if (defArgs) ByteUint(Op.MakeFunctionDefargs, AddChild(child));
            else ByteUint(Op.MakeFunction, AddChild(child));
        }

        public void ImportName(string q) { ByteQstr(Op.ImportName, q); }
        public void ImportFrom(string q) { ByteQstr(Op.ImportFrom, q); }
        public void ImportStar() { Byte(Op.ImportStar); }

        public void DeleteName(string q) { ByteQstr(Op.DeleteName, q); }
        public void DeleteGlobal(string q) { ByteQstr(Op.DeleteGlobal, q); }
        public void DeleteLocal(int n, bool fast) { ByteUint(fast ? Op.DeleteFast : Op.DeleteDeref, n); }

        public void RaiseVarargs(int n)
        {
            Byte(Op.RaiseLast + n);
            _suppress = true;
        }

        public void GetIter() { Byte(Op.GetIter); }

        public void YieldValue()
        {
            Byte(Op.YieldValue);
            _scope.ScopeFlags |= Scope.FlagGenerator;
        }

        public void YieldFrom()
        {
            Byte(Op.YieldFrom);
            _scope.ScopeFlags |= Scope.FlagGenerator;
        }

        public void StoreComp(int scopeKind, int stackIndex)
        {
            int n = scopeKind == Scope.KindDictComp ? 1 : 0;
            int t = scopeKind == Scope.KindListComp ? 0 : scopeKind == Scope.KindDictComp ? 1 : 2;
            ByteUint(Op.StoreComp, ((stackIndex + n) << 2) | t);
        }

        public void LoadBuildClass() { Byte(Op.LoadBuildClass); }

        public void BuildSlice(int n) { ByteUint(Op.BuildSlice, n); }
        public void BuildSet(int n) { ByteUint(Op.BuildSet, n); }

        public void LoadNull() { Byte(Op.LoadNull); }

        private int AddChild(Scope child)
        {
            if (_curChild == _children.Length)
            {
                Scope[] n = new Scope[_children.Length * 2];
                System.Array.Copy(_children, n, _curChild);
                _children = n;
            }
            _children[_curChild] = child;
            return _curChild++;
        }

        public void CallFunction(int nPos, int nKw, bool stars)
        {
            ByteUint(stars ? Op.CallFunctionVarKw : Op.CallFunction, (nKw << 8) | nPos);
        }

        public void CallMethod(int nPos, int nKw, bool stars)
        {
            ByteUint(stars ? Op.CallMethodVarKw : Op.CallMethod, (nKw << 8) | nPos);
        }

        public void ReturnValue()
        {
            Byte(Op.ReturnValue);
            _suppress = true;
        }
    }
}
