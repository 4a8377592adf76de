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
            int n = 1;
            for (int t = v >> 7; t != 0; t >>= 7) n++;
            for (int i = n - 1; i >= 0; i--)
            {
                int b = (v >> (7 * i)) & 0x7f;
                if (i != 0) b |= 0x80;
                CodeInfoByte(b);
            }
        }

        private void RawByte(int b)
        {
            if (_suppress) return;
            if (Pass == PassEmit) _code[_ciSize + _bcOffset] = (byte)b;
            _bcOffset++;
        }

        private void RawUint(int v)
        {
            int n = 1;
            for (int t = v >> 7; t != 0; t >>= 7) n++;
            for (int i = n - 1; i >= 0; i--)
            {
                int b = (v >> (7 * i)) & 0x7f;
                if (i != 0) b |= 0x80;
                RawByte(b);
            }
        }

        public void AdjustStack(int delta)
        {
            if (Pass == PassScope) return;
            _stack += delta;
            if (_stack > _scope.StackSize) _scope.StackSize = _stack;
        }

        private void Byte(int stackAdj, int b)
        {
            AdjustStack(stackAdj);
            RawByte(b);
        }

        private void ByteUint(int stackAdj, int b, int v)
        {
            Byte(stackAdj, b);
            RawUint(v);
        }

        private void ByteQstr(int stackAdj, int b, string q)
        {
            ByteUint(stackAdj, b, _tables.UseQstr(q));
        }

        private void ByteLabel(int stackAdj, int b, int label)
        {
            AdjustStack(stackAdj);
            if (_suppress) return;
            bool signed = b <= Op.PopJumpIfFalse;
            int extra = 1;
            int off = 0;
            if (Pass >= PassCodeSize)
            {
                off = _labels[label] - _bcOffset - 2;
                if (signed && off >= -64 && off <= 63 || !signed && off >= 0 && off <= 127) extra = 0;
                off -= extra;
            }
            RawByte(b);
            if (extra == 0)
            {
                RawByte(signed ? off + 0x40 : off);
            }
            else
            {
                if (signed) off += 0x4000;
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
            if (kw == "None") Byte(1, Op.LoadConstNone);
            else if (kw == "True") Byte(1, Op.LoadConstTrue);
            else if (kw == "False") Byte(1, Op.LoadConstFalse);
            else LoadConstObj(ConstKey.Ellipsis());
        }

        public void LoadConstSmallInt(long v)
        {
            if (v >= -Op.SmallIntMultiExcess && v < 64 - Op.SmallIntMultiExcess)
            {
                Byte(1, Op.LoadConstSmallIntMulti + Op.SmallIntMultiExcess + (int)v);
                return;
            }
            Byte(1, Op.LoadConstSmallInt);
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

        public void LoadConstStr(string q) { ByteQstr(1, Op.LoadConstString, q); }
        public void LoadConstObj(ConstKey obj) { ByteUint(1, Op.LoadConstObj, _tables.UseConst(obj)); }
        public void LoadFast(int n)
        {
            if (n <= 15) Byte(1, Op.LoadFastMulti + n);
            else ByteUint(1, Op.LoadFastN, n);
        }
        public void StoreFast(int n)
        {
            if (n <= 15) Byte(-1, Op.StoreFastMulti + n);
            else ByteUint(-1, Op.StoreFastN, n);
        }
        public void LoadDeref(int n) { ByteUint(1, Op.LoadDeref, n); }
        public void StoreDeref(int n) { ByteUint(-1, Op.StoreDeref, n); }
        public void LoadName(string q) { ByteQstr(1, Op.LoadName, q); }
        public void LoadGlobal(string q) { ByteQstr(1, Op.LoadGlobal, q); }
        public void StoreName(string q) { ByteQstr(-1, Op.StoreName, q); }
        public void StoreGlobal(string q) { ByteQstr(-1, Op.StoreGlobal, q); }
        public void LoadAttr(string q) { ByteQstr(0, Op.LoadAttr, q); }
        public void StoreAttr(string q) { ByteQstr(-2, Op.StoreAttr, q); }
        public void LoadMethod(string q) { ByteQstr(1, Op.LoadMethod, q); }
        public void LoadSuperMethod(string q) { ByteQstr(-1, Op.LoadSuperMethod, q); }
        public void LoadSubscr() { Byte(-1, Op.LoadSubscr); }
        public void StoreSubscr() { Byte(-3, Op.StoreSubscr); }
        public void DupTop() { Byte(1, Op.DupTop); }
        public void DupTopTwo() { Byte(2, Op.DupTopTwo); }
        public void PopTop() { Byte(-1, Op.PopTop); }
        public void RotTwo() { Byte(0, Op.RotTwo); }
        public void RotThree() { Byte(0, Op.RotThree); }

        public void Jump(int label)
        {
            ByteLabel(0, Op.Jump, label);
            _suppress = true;
        }

        public void PopJumpIf(bool cond, int label) { ByteLabel(-1, cond ? Op.PopJumpIfTrue : Op.PopJumpIfFalse, label); }
        public void JumpIfOrPop(bool cond, int label) { ByteLabel(-1, cond ? Op.JumpIfTrueOrPop : Op.JumpIfFalseOrPop, label); }

        public void UnwindJump(int label, bool fromFor, int exceptDepth)
        {
            if (exceptDepth == 0)
            {
                if (fromFor)
                {
                    for (int i = 0; i < 4; i++) RawByte(Op.PopTop);
                }
                ByteLabel(0, Op.Jump, label);
            }
            else
            {
                ByteLabel(0, Op.UnwindJump, label);
                RawByte((fromFor ? 0x80 : 0) | exceptDepth);
            }
            _suppress = true;
        }

        public void SetupBlock(int label, bool isFinally) { ByteLabel(0, isFinally ? Op.SetupFinally : Op.SetupExcept, label); }
        public void SetupWith(int label) { ByteLabel(2, Op.SetupWith, label); }

        public void WithCleanup()
        {
            Byte(2, Op.WithCleanup);
            AdjustStack(-4);
        }

        public void EndFinally() { Byte(-1, Op.EndFinally); }

        public void PopExceptJump(int label)
        {
            ByteLabel(0, Op.PopExceptJump, label);
            _suppress = true;
        }

        public void GetIterStack() { Byte(3, Op.GetIterStack); }
        public void ForIter(int label) { ByteLabel(1, Op.ForIter, label); }
        public void ForIterEnd() { AdjustStack(-4); }

        public void UnaryOp(int op) { Byte(0, Op.UnaryOpMulti + op); }

        public void BinaryOp(int op)
        {
            bool invert = false;
            if (op == Node.OpNotIn) { invert = true; op = BinaryOpKind.In; }
            else if (op == Node.OpIsNot) { invert = true; op = BinaryOpKind.Is; }
            Byte(-1, Op.BinaryOpMulti + op);
            if (invert) Byte(0, Op.UnaryOpMulti + UnaryOpKind.Not);
        }

        public void BuildTuple(int n) { ByteUint(1 - n, Op.BuildTuple, n); }
        public void BuildList(int n) { ByteUint(1 - n, Op.BuildList, n); }
        public void BuildMap(int n) { ByteUint(1, Op.BuildMap, n); }
        public void StoreMap() { Byte(-2, Op.StoreMap); }
        public void UnpackEx(int nLeft, int nRight) { ByteUint(nLeft + nRight, Op.UnpackEx, nLeft | (nRight << 8)); }
        public void UnpackSequence(int n) { ByteUint(-1 + n, Op.UnpackSequence, n); }

        public void MakeClosure(Scope child, int nFree, bool defArgs)
        {
            if (defArgs) ByteUint(-1 - nFree, Op.MakeClosureDefargs, AddChild(child));
            else ByteUint(1 - nFree, Op.MakeClosure, AddChild(child));
            RawByte(nFree);
        }

        public void MakeFunction(Scope child, bool defArgs)
        {
            if (defArgs) ByteUint(-1, Op.MakeFunctionDefargs, AddChild(child));
            else ByteUint(1, Op.MakeFunction, AddChild(child));
        }

        public void ImportName(string q) { ByteQstr(-1, Op.ImportName, q); }
        public void ImportFrom(string q) { ByteQstr(1, Op.ImportFrom, q); }
        public void ImportStar() { Byte(-1, Op.ImportStar); }

        public void DeleteName(string q) { ByteQstr(0, Op.DeleteName, q); }
        public void DeleteGlobal(string q) { ByteQstr(0, Op.DeleteGlobal, q); }
        public void DeleteLocal(int n, bool fast) { ByteUint(0, fast ? Op.DeleteFast : Op.DeleteDeref, n); }

        public void RaiseVarargs(int n)
        {
            Byte(-n, Op.RaiseLast + n);
            _suppress = true;
        }

        public void GetIter() { Byte(0, Op.GetIter); }

        public void YieldValue()
        {
            Byte(0, Op.YieldValue);
            _scope.ScopeFlags |= Scope.FlagGenerator;
        }

        public void YieldFrom()
        {
            Byte(-1, Op.YieldFrom);
            _scope.ScopeFlags |= Scope.FlagGenerator;
        }

        public void StoreComp(int scopeKind, int stackIndex)
        {
            int n = scopeKind == Scope.KindDictComp ? 1 : 0;
            int t = scopeKind == Scope.KindListComp ? 0 : scopeKind == Scope.KindDictComp ? 1 : 2;
            ByteUint(-1 - n, Op.StoreComp, ((stackIndex + n) << 2) | t);
        }

        public void LoadBuildClass() { Byte(1, Op.LoadBuildClass); }

        public void BuildSlice(int n) { ByteUint(1 - n, Op.BuildSlice, n); }
        public void BuildSet(int n) { ByteUint(1 - n, Op.BuildSet, n); }

        public void LoadNull() { Byte(1, Op.LoadNull); }

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
            ByteUint(-nPos - 2 * nKw - (stars ? 1 : 0), stars ? Op.CallFunctionVarKw : Op.CallFunction, (nKw << 8) | nPos);
        }

        public void CallMethod(int nPos, int nKw, bool stars)
        {
            ByteUint(-1 - nPos - 2 * nKw - (stars ? 1 : 0), stars ? Op.CallMethodVarKw : Op.CallMethod, (nKw << 8) | nPos);
        }

        public void ReturnValue()
        {
            Byte(-1, Op.ReturnValue);
            _suppress = true;
        }
    }
}
