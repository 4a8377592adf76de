namespace NanoMpy
{
    // Simulates one function's stack discipline as the VM runs it (py/vm.c), over every path, so that
    // nothing a verified function does can take the VM outside its frame or hand an opcode a slot it cannot
    // use. A state is the kind of every stack slot and the handler stack. Where paths join with the same
    // depth they must have the same handlers, and slot kinds are merged; a different depth is a state of
    // its own (a finally block runs with 1 slot of state after an exception and 2 after a break or
    // return, and mpy-cross's async-with code tells the two apart by value), up to a budget. It proves:
    //   - the stack never goes below empty, and with the locals the function uses (and the slots the VM itself
    //     pushes: a finally block's unwind state, UNWIND_JUMP's destination, __exit__'s call) stays within
    //     n_state; the handler stack stays within n_exc_stack and is never popped when empty;
    //   - a handler is entered with the stack its SETUP_* recorded (no instruction in its try block pops below
    //     that depth) plus the exception, or for a finally block its unwind state;
    //   - END_FINALLY and WITH_CLEANUP find None, an exception or their own finally block's unwind state on
    //     top, and that block's handler on the handler stack, at the depth it recorded; UNWIND_JUMP and
    //     RETURN_VALUE find the layout their unwinding expects at every finally block on the way; FOR_ITER
    //     and UNWIND_JUMP's iterator pop find a whole iterator buffer (or the NULL-headed one of a generator
    //     expression);
    //   - LOAD/STORE/DELETE_DEREF name cells (the prelude's cells, or the closed-over cells MAKE_CLOSURE
    //     passes), STORE/DELETE_FAST never overwrite one, MAKE_CLOSURE passes cells; STORE_MAP and a dict
    //     STORE_COMP reach a dict; NULL reaches only the slots that allow it (a method's self, a ** key,
    //     default arguments, a generator expression's iterator buffer); a function's default-argument tuple
    //     holds at least its n_def_pos_args values.
    // What depends on values (types, lengths, unbound names) is left to the VM's run-time checks.
    internal sealed class StackVerifier
    {
        // Slot kinds: the low 4 bits; Tuple carries its length, Iter its slot and GET_ITER_STACK, Marker its
        // handler, above them.
        private const int KObj = 1;       // any object
        private const int KNone = 2;      // None
        private const int KExc = 3;       // None or an exception instance
        private const int KExcInst = 13;  // an exception instance (a handler entered by an exception)
        private const int KSmallInt = 4;
        private const int KDict = 5;
        private const int KCell = 6;      // a cell, loaded by LOAD_FAST of a cell local
        private const int KTuple = 7;     // a tuple of known length
        private const int KNull = 8;      // NULL
        private const int KNullable = 9;  // NULL or any object
        private const int KUnwindLo = 10; // a finally block entered by an unwind: the destination (or the
        private const int KUnwindHi = 11; // value returned) under the handler count (or -1): small ints
        private const int KIter = 12;     // slot of a for-loop's 4-slot iterator buffer

        private const int HandlerSlots = 3; // per handler: handler ip, kind, stack depth
        private const int HExcept = 0, HFinally = 1, HWith = 2;

        // States: next state at the same offset (-1: none), offset, depth, handler count, kinds, handlers.
        private const int StateHeader = 4;
        private int[] _stateAt = new int[0]; // bytecode offset -> index in _pool of its first state, -1: none
        private int[] _pool = new int[64];
        private int _poolLen;
        private int _states;
        private int _budget;
        private int _prev1 = -1, _prev2 = -1, _prev3 = -1; // the instructions before the current one in its block
        private int[] _work = new int[16];
        private int _workLen;
        private uint[] _targets = new uint[0]; // offsets where paths join (jump and handler targets)
        private bool[] _cellLocal = new bool[0];

        // the state being simulated
        private int[] _k = new int[16];
        private int _d;
        private int[] _e = new int[12];
        private int _n;
        private int[] _tmp = new int[16];

        private RawCode _rc;
        private RawCode _tree;       // whose children MAKE_FUNCTION names
        private byte[] _code;
        private int _begin;
        private int _end;
        private int _cap;        // stack slots: n_state less the locals the function uses

        private static StackVerifier _shared;
        private static int _sharedBusy;

        // Lets go of the shared verifier and its scratch (gc.collect: a board does not keep RAM that only loading
        // needs, about 1.3 KB even for small functions; the next load makes it again).
        public static void Trim()
        {
            if (System.Threading.Interlocked.CompareExchange(ref _sharedBusy, 1, 0) != 0) return;
            _shared = null;
            _sharedBusy = 0;
        }

        // Verifies rc, made with closedCells closed-over cells (0: not a closure); records at each child (of
        // tree: rc, or the original rc is a copy of) how it is made, for its own verification.
        public static void Verify(RawCode rc, int closedCells, RawCode tree)
        {
            StackVerifier v;
            bool shared = System.Threading.Interlocked.CompareExchange(ref _sharedBusy, 1, 0) == 0;
            if (shared)
            {
                if (_shared == null) _shared = new StackVerifier();
                v = _shared;
            }
            else
            {
                v = new StackVerifier();
            }
            try
            {
                v._tree = tree;
                v.Run(rc, closedCells);
            }
            finally
            {
                v._rc = null;
                v._tree = null;
                v._code = null;
                if (shared) _sharedBusy = 0;
            }
        }

        private static PyException Bad(string what, int at, RawCode rc)
        {
            string name = at >= 0 && at < rc.Code.Length ? OpcodeTable.Name(rc.Code[at]) : null;
            return MpyLoader.Corrupt(what + " (" + (name ?? "opcode") + " at bytecode offset " + (at - rc.BytecodeStart) + ")");
        }

        private void Run(RawCode rc, int closedCells)
        {
            _rc = rc;
            _code = rc.Code;
            _begin = rc.BytecodeStart;
            _end = rc.End;
            int n = _end - _begin;
            if (_stateAt.Length < n) _stateAt = new int[n + (n >> 1)];
            for (int i = 0; i < n; i++) _stateAt[i] = -1;
            int words = (n + 31) >> 5;
            if (_targets.Length < words) _targets = new uint[words + (words >> 1)];
            System.Array.Clear(_targets, 0, words);
            _poolLen = 0;
            _workLen = 0;
            _states = 0;
            _budget = 4 * n + 64;

            ScanLocals(rc, closedCells);

            // the entry: empty stack, no handlers
            _d = 0;
            _n = 0;
            Push(Store(0, -1));
            while (_workLen > 0)
            {
                int rel = Load(_work[--_workLen]);
                int ip = _begin + rel;
                _prev1 = _prev2 = _prev3 = -1;
                while (true)
                {
                    int next = Step(ip);
                    _prev3 = _prev2;
                    _prev2 = _prev1;
                    _prev1 = ip;
                    if (next < 0) break;
                    int nrel = next - _begin;
                    if (IsTarget(nrel))
                    {
                        Merge(nrel, next);
                        break;
                    }
                    ip = next;
                }
            }
        }

        // The locals the function uses (so the stack may use the rest of n_state), which of them are cells,
        // and the jump targets.
        private void ScanLocals(RawCode rc, int closedCells)
        {
            int nState = rc.NState;
            if (_cellLocal.Length < nState) _cellLocal = new bool[nState + 16];
            for (int i = 0; i < nState; i++) _cellLocal[i] = false;
            if (closedCells > rc.NPosArgs) throw MpyLoader.Corrupt("more closed-over cells than arguments");
            int used = rc.NPosArgs + rc.NKwOnlyArgs;
            if ((rc.ScopeFlags & ScopeFlag.VarArgs) != 0) used++;
            if ((rc.ScopeFlags & ScopeFlag.VarKeywords) != 0) used++;
            for (int i = 0; i < closedCells; i++) _cellLocal[i] = true;
            for (int p = rc.LineInfoEnd; p < rc.BytecodeStart; p++)
            {
                int local = _code[p];
                _cellLocal[local] = true;
                if (local + 1 > used) used = local + 1;
            }
            int ip = _begin;
            while (ip < _end)
            {
                int op = _code[ip];
                int p = ip + 1;
                int fmt = BytecodeFormat.Format(op);
                if (op >= Op.LoadFastMulti && op < Op.UnaryOpMulti)
                {
                    int local = op & 0x0f;
                    if (local + 1 > used) used = local + 1;
                }
                else if (fmt == BytecodeFormat.FormatVarUint && IsLocalOp(op))
                {
                    int local = VarUint.Decode(_code, ref p);
                    if (local + 1 > used) used = local + 1;
                }
                else if (fmt == BytecodeFormat.FormatOffset)
                {
                    int off = BytecodeFormat.HasSignedOffset(op) ? VarUint.DecodeSLabel(_code, ref p) : VarUint.DecodeULabel(_code, ref p);
                    int t = p + off - _begin;
                    _targets[t >> 5] |= 1u << (t & 31);
                }
                ip += BytecodeFormat.OpcodeSize(_code, ip, _end);
            }
            _cap = nState - used;
            if (_cap < 0) throw MpyLoader.Corrupt("n_state smaller than the locals");
        }

        private static bool IsLocalOp(int op)
        {
            return op == Op.LoadFastN || op == Op.StoreFastN || op == Op.DeleteFast
                || op == Op.LoadDeref || op == Op.StoreDeref || op == Op.DeleteDeref;
        }

        private bool IsTarget(int rel)
        {
            return (_targets[rel >> 5] & (1u << (rel & 31))) != 0;
        }

        // ---- states ----

        private void Push(int rel)
        {
            if (_workLen == _work.Length)
            {
                int[] w = new int[_work.Length * 2];
                System.Array.Copy(_work, w, _workLen);
                _work = w;
            }
            _work[_workLen++] = rel;
        }

        private void EnsurePool(int more)
        {
            if (_poolLen + more <= _pool.Length) return;
            int[] p = new int[(_poolLen + more) * 2];
            System.Array.Copy(_pool, p, _poolLen);
            _pool = p;
        }

        // Stores the current state at rel after the state `last` there (-1: the first); returns its index.
        private int Store(int rel, int last)
        {
            if (++_states > _budget) throw Bad("too many stack shapes", _begin + rel, _rc);
            int size = StateHeader + _d + HandlerSlots * _n;
            EnsurePool(size);
            int at = _poolLen;
            _pool[at] = -1;
            _pool[at + 1] = rel;
            _pool[at + 2] = _d;
            _pool[at + 3] = _n;
            System.Array.Copy(_k, 0, _pool, at + StateHeader, _d);
            System.Array.Copy(_e, 0, _pool, at + StateHeader + _d, HandlerSlots * _n);
            _poolLen += size;
            if (last < 0) _stateAt[rel] = at;
            else _pool[last] = at;
            return at;
        }

        // Makes state `at` the current one; returns its offset.
        private int Load(int at)
        {
            _d = _pool[at + 2];
            _n = _pool[at + 3];
            EnsureStack(_d);
            EnsureHandlers(_n);
            System.Array.Copy(_pool, at + StateHeader, _k, 0, _d);
            System.Array.Copy(_pool, at + StateHeader + _d, _e, 0, HandlerSlots * _n);
            return _pool[at + 1];
        }

        // Joins the current state into the state of the same depth at target (absolute ip), or adds it.
        private void Merge(int rel, int target)
        {
            int at = _stateAt[rel], last = -1;
            while (at >= 0 && _pool[at + 2] != _d)
            {
                last = at;
                at = _pool[at];
            }
            if (at < 0)
            {
                Push(Store(rel, last));
                return;
            }
            if (_pool[at + 3] != _n) throw Bad("handlers differ where paths join", target, _rc);
            int h = at + StateHeader + _d;
            for (int i = 0; i < HandlerSlots * _n; i++)
            {
                if (_pool[h + i] != _e[i]) throw Bad("handlers differ where paths join", target, _rc);
            }
            bool changed = false;
            for (int i = 0; i < _d; i++)
            {
                int old = _pool[at + StateHeader + i];
                int j = Join(old, _k[i]);
                if (j < 0) throw Bad("stack slots differ where paths join", target, _rc);
                if (j != old)
                {
                    _pool[at + StateHeader + i] = j;
                    changed = true;
                }
            }
            if (changed) Push(at);
        }

        // Kinds an opcode may take as an object (an unwind state's slots are small ints or the value returned).
        private static bool IsValue(int k)
        {
            int b = k & 15;
            return b >= KObj && b <= KTuple || b == KUnwindLo || b == KUnwindHi || b == KExcInst;
        }

        private static bool IsExcOrNone(int b)
        {
            return b == KNone || b == KExc || b == KExcInst;
        }

        private static int Join(int a, int b)
        {
            if (a == b) return a;
            int ba = a & 15, bb = b & 15;
            if (IsValue(a) && IsValue(b))
            {
                if (IsExcOrNone(ba) && IsExcOrNone(bb)) return KExc;
                return KObj;
            }
            if ((IsValue(a) || ba == KNull || ba == KNullable) && (IsValue(b) || bb == KNull || bb == KNullable)) return KNullable;
            return -1;
        }

        private void EnsureStack(int n)
        {
            if (_k.Length < n)
            {
                int[] k = new int[n * 2];
                System.Array.Copy(_k, k, _k.Length);
                _k = k;
            }
            if (_tmp.Length < n) _tmp = new int[n * 2];
        }

        private void EnsureHandlers(int n)
        {
            if (_e.Length < HandlerSlots * n)
            {
                int[] e = new int[HandlerSlots * n * 2];
                System.Array.Copy(_e, e, _e.Length);
                _e = e;
            }
        }

        // ---- the stack ----

        private int PopAny(int at)
        {
            if (_d == 0) throw Bad("stack underflow", at, _rc);
            return _k[--_d];
        }

        private int PopValue(int at)
        {
            int k = PopAny(at);
            if (!IsValue(k)) throw Bad("opcode given a slot that holds no value", at, _rc);
            return k;
        }

        private void PopNullable(int at)
        {
            int b = PopAny(at) & 15;
            if (b != KNull && b != KNullable && !IsValue(b)) throw Bad("opcode given a slot that holds no value", at, _rc);
        }

        private void PushKind(int k)
        {
            EnsureStack(_d + 1);
            _k[_d++] = k;
        }

        // The stack and what the opcode uses above it, in slots.
        private void CheckRoom(int extra, int at)
        {
            if (_d + extra > _cap) throw Bad("stack overflows n_state", at, _rc);
        }

        private int Peek(int i, int at)
        {
            if (i >= _d) throw Bad("stack underflow", at, _rc);
            return _k[_d - 1 - i];
        }

        // ---- handlers ----

        private int HandlerAt(int i) { return _e[HandlerSlots * i]; }
        private bool IsFinally(int i) { return _e[HandlerSlots * i + 1] != HExcept; }
        // A with block's cleanup takes __exit__ and self, 2 slots under the depth its SETUP_WITH recorded.
        private int CleanupDepth(int i) { return HandlerDepth(i) - (_e[HandlerSlots * i + 1] == HWith ? 2 : 0); }
        private int HandlerDepth(int i) { return _e[HandlerSlots * i + 2]; }

        private void PushHandler(int handler, int kind, int depth, int at)
        {
            if (_n + 1 > _rc.NExcStack) throw Bad("handlers exceed n_exc_stack", at, _rc);
            EnsureHandlers(_n + 1);
            _e[HandlerSlots * _n] = handler;
            _e[HandlerSlots * _n + 1] = kind;
            _e[HandlerSlots * _n + 2] = depth;
            _n++;
        }

        // The VM takes a handler as entered (active) once ip has passed its start.
        private static bool Entered(int handler, int ip)
        {
            return handler <= ip;
        }

        // Control enters handler i (of the current handler stack) with the stack cut to its depth and the
        // exception on top, or for an unwind through a finally block its 2 slots; handlers above it are gone.
        private void EnterHandler(int i, int at, bool unwind)
        {
            int depth = HandlerDepth(i);
            int handler = HandlerAt(i);
            int savedD = _d, savedN = _n;
            EnsureStack(savedD + 2);
            System.Array.Copy(_k, _tmp, savedD);
            _d = depth;
            _n = i + 1;
            if (unwind)
            {
                PushKind(KUnwindLo | (handler - _begin) << 4);
                PushKind(KUnwindHi | (handler - _begin) << 4);
            }
            else
            {
                PushKind(KExcInst);
            }
            CheckRoom(0, handler);
            Merge(handler - _begin, handler);
            EnsureStack(savedD + 2);
            System.Array.Copy(_tmp, _k, savedD);
            _d = savedD;
            _n = savedN;
        }

        // Where an exception raised by the instruction at `at` goes: the innermost handler not yet entered.
        // No instruction may take the stack below such a handler's depth, so what it cuts back to is intact.
        private void ExceptionEdge(int at, int pops)
        {
            for (int i = _n - 1; i >= 0; i--)
            {
                if (Entered(HandlerAt(i), at)) continue;
                if (_d - pops < HandlerDepth(i)) throw Bad("stack below an exception handler's depth", at, _rc);
            }
            for (int i = _n - 1; i >= 0; i--)
            {
                if (!Entered(HandlerAt(i), at))
                {
                    EnterHandler(i, at, false);
                    return;
                }
            }
        }

        // ---- instructions ----

        // Simulates the instruction at ip: checks it, merges its jump and exception targets; returns the
        // next ip when control can fall through, else -1.
        private int Step(int at)
        {
            byte[] code = _code;
            int op = code[at];
            int ip = at + 1;
            int fmt = BytecodeFormat.Format(op);
            int arg = 0;
            int target = -1;
            if (fmt == BytecodeFormat.FormatQstr)
            {
                arg = VarUint.Decode(code, ref ip);
            }
            else if (fmt == BytecodeFormat.FormatVarUint)
            {
                if (op == Op.LoadConstSmallInt) VarUint.DecodeSigned(code, ref ip);
                else arg = VarUint.Decode(code, ref ip);
            }
            else if (fmt == BytecodeFormat.FormatOffset)
            {
                int off = BytecodeFormat.HasSignedOffset(op) ? VarUint.DecodeSLabel(code, ref ip) : VarUint.DecodeULabel(code, ref ip);
                target = ip + off;
            }
            int extra = BytecodeFormat.HasExtraByte(op) ? code[ip++] : 0;
            int pops = OpcodeTable.Pops(op, arg, extra);
            int pushes = OpcodeTable.Pushes(op, arg, extra);
            int d0 = _d;
            // DUP and ROT cannot raise once they have moved slots; anything else may leave what it took off
            // the stack half-overwritten when it raises
            ExceptionEdge(at, op >= Op.DupTop && op <= Op.RotThree && op != Op.PopTop ? 0 : pops);
            int scratch = OpcodeTable.Scratch(op);

            switch (op)
            {
                case Op.LoadConstNone: PushKind(KNone); break;
                case Op.LoadNull: PushKind(KNull); break;
                case Op.LoadConstSmallInt: PushKind(KSmallInt); break;
                case Op.LoadConstObj: PushKind(ConstKind(arg)); break;
                case Op.LoadFastN: PushKind(_cellLocal[arg] ? KCell : KObj); break;
                case Op.StoreFastN:
                case Op.DeleteFast:
                    if (_cellLocal[arg]) throw Bad("cell overwritten by STORE/DELETE_FAST", at, _rc);
                    if (op == Op.StoreFastN) PopValue(at);
                    break;
                case Op.LoadDeref:
                case Op.StoreDeref:
                case Op.DeleteDeref:
                    if (!_cellLocal[arg]) throw Bad("DEREF of a local that is not a cell", at, _rc);
                    if (op == Op.LoadDeref) PushKind(KObj);
                    else if (op == Op.StoreDeref) PopValue(at);
                    break;
                case Op.LoadMethod:
                    PopValue(at);
                    PushKind(KObj);
                    PushKind(KNullable);
                    break;
                case Op.LoadSuperMethod:
                    PopValues(3, at);
                    PushKind(KObj);
                    PushKind(KNullable);
                    break;
                case Op.StoreSubscr:
                    PopValues(2, at);
                    PopNullable(at); // NULL: del o[i]
                    break;
                case Op.StoreAttr:
                    PopValue(at);
                    PopNullable(at); // NULL: del o.q
                    break;
                case Op.ImportFrom:
                    if (!IsValue(Peek(0, at))) throw Bad("IMPORT_FROM without a module", at, _rc);
                    PushKind(KObj);
                    break;
                case Op.BuildTuple:
                    PopValues(arg, at);
                    PushKind(KTuple | (arg > 0xfffff ? 0xfffff : arg) << 4);
                    break;
                case Op.BuildMap:
                    PushKind(KDict);
                    break;
                case Op.StoreMap:
                    PopValues(2, at);
                    if ((Peek(0, at) & 15) != KDict) throw Bad("STORE_MAP without a dict", at, _rc);
                    break;
                case Op.StoreComp:
                {
                    int dist = arg >> 2;
                    if (dist >= _d) throw Bad("STORE_COMP container outside the stack", at, _rc);
                    int container = Peek(dist, at);
                    if ((arg & 3) == 1 ? (container & 15) != KDict : !IsValue(container))
                    {
                        throw Bad("STORE_COMP without its container", at, _rc);
                    }
                    PopValues(pops, at);
                    break;
                }
                case Op.MakeFunction:
                case Op.MakeFunctionDefargs:
                case Op.MakeClosure:
                case Op.MakeClosureDefargs:
                    MakeFunction(op, arg, extra, at);
                    break;
                case Op.CallFunction:
                    PopValues(pops, at);
                    PushKind(KObj);
                    break;
                case Op.CallMethod:
                    PopValues(pops - 2, at); // args, kw pairs, then self may be NULL
                    PopNullable(at);
                    PopValue(at);
                    PushKind(KObj);
                    break;
                case Op.CallFunctionVarKw:
                case Op.CallMethodVarKw:
                    CallVarKw(op, arg, at);
                    break;
                case Op.DupTop:
                {
                    int a = Peek(0, at);
                    CheckMovable(a, at);
                    PushKind(a);
                    break;
                }
                case Op.DupTopTwo:
                {
                    int b = Peek(0, at), a = Peek(1, at);
                    CheckMovable(a, at);
                    CheckMovable(b, at);
                    PushKind(a);
                    PushKind(b);
                    break;
                }
                case Op.RotTwo:
                {
                    int b = Peek(0, at), a = Peek(1, at);
                    CheckMovable(a, at);
                    CheckMovable(b, at);
                    _k[_d - 1] = a;
                    _k[_d - 2] = b;
                    break;
                }
                case Op.RotThree:
                {
                    int c = Peek(0, at), b = Peek(1, at), a = Peek(2, at);
                    CheckMovable(a, at);
                    CheckMovable(b, at);
                    CheckMovable(c, at);
                    _k[_d - 1] = b;
                    _k[_d - 2] = a;
                    _k[_d - 3] = c;
                    break;
                }
                case Op.PopTop:
                    PopAny(at);
                    break;
                case Op.Jump:
                    Branch(target, at);
                    return -1;
                case Op.PopJumpIfTrue:
                case Op.PopJumpIfFalse:
                    PopValue(at);
                    if (op != Op.PopJumpIfFalse || !IsBaseExceptionTest(at)) Branch(target, at);
                    break;
                case Op.JumpIfTrueOrPop:
                case Op.JumpIfFalseOrPop:
                    if (!IsValue(Peek(0, at))) throw Bad("opcode given a slot that holds no value", at, _rc);
                    Branch(target, at);
                    PopValue(at);
                    break;
                case Op.SetupExcept:
                case Op.SetupFinally:
                    if (target <= at) throw Bad("handler before its SETUP", at, _rc);
                    PushHandler(target, op == Op.SetupFinally ? HFinally : HExcept, _d, at);
                    break;
                case Op.SetupWith:
                    if (target <= at) throw Bad("handler before its SETUP", at, _rc);
                    PopValue(at);
                    PushKind(KObj);        // __exit__
                    PushKind(KNullable);   // self
                    PushHandler(target, HWith, _d, at);
                    PushKind(KObj);        // what __enter__ returned
                    break;
                case Op.WithCleanup:
                {
                    int state = Peek(0, at);
                    if (IsUnwindState(at))
                    {
                        // (__exit__, self, dest or value, count or -1) -> the 2 state slots; the call's 3
                        // arguments go from the second slot up
                        if (_e[HandlerSlots * (_n - 1) + 1] != HWith || HandlerDepth(_n - 1) != _d - 2)
                        {
                            throw Bad("WITH_CLEANUP outside its with block", at, _rc);
                        }
                        int lo = _k[_d - 2];
                        _d -= 2;
                        PopNullable(at);
                        PopValue(at);
                        PushKind(lo);
                        PushKind(state);
                        scratch = 1;
                        break;
                    }
                    int b = PopAny(at) & 15;
                    if (!IsExcOrNone(b)) throw Bad("WITH_CLEANUP without a finally block's state", at, _rc);
                    PopNullable(at);
                    PopValue(at);
                    PushKind(b == KNone ? KNone : KExc);
                    break;
                }
                case Op.EndFinally:
                    if (EndFinally(at)) return -1;
                    break;
                case Op.PopExceptJump:
                    if (_n == 0) throw Bad("POP_EXCEPT_JUMP without a handler", at, _rc);
                    _n--;
                    Branch(target, at);
                    return -1;
                case Op.GetIterStack:
                {
                    PopValue(at);
                    int site = (at - _begin) << 6;
                    for (int i = 0; i < OpcodeTable.IterSlots; i++) PushKind(KIter | (site | i) << 4);
                    break;
                }
                case Op.ForIter:
                    CheckIterBuffer(at);
                    // exhausted: the buffer is dropped and the loop left
                    for (int i = 0; i < OpcodeTable.IterSlots; i++) PopAny(at);
                    Branch(target, at);
                    _d += OpcodeTable.IterSlots;
                    PushKind(KObj);
                    break;
                case Op.ReturnValue:
                    Return(at);
                    return -1;
                case Op.RaiseLast:
                    return -1;
                case Op.RaiseObj:
                case Op.RaiseFrom:
                    PopValues(pops, at);
                    return -1;
                case Op.UnwindJump:
                    UnwindJump(target, extra, at);
                    return -1;
                default:
                    if (op >= Op.LoadFastMulti && op < Op.StoreFastMulti)
                    {
                        PushKind(_cellLocal[op - Op.LoadFastMulti] ? KCell : KObj);
                    }
                    else if (op >= Op.StoreFastMulti && op < Op.UnaryOpMulti)
                    {
                        if (_cellLocal[op - Op.StoreFastMulti]) throw Bad("cell overwritten by STORE_FAST", at, _rc);
                        PopValue(at);
                    }
                    else if (op >= Op.LoadConstSmallIntMulti && op < Op.LoadFastMulti)
                    {
                        PushKind(KSmallInt);
                    }
                    else
                    {
                        // everything else takes values and leaves objects, as the table says
                        PopValues(pops, at);
                        for (int i = 0; i < pushes; i++) PushKind(KObj);
                    }
                    break;
            }
            // the fall-through effect must be the table's
            if (_d != d0 - pops + pushes) throw Bad("stack effect differs from the opcode table", at, _rc);
            if ((d0 > _d ? d0 : _d) + scratch > _cap) throw Bad("stack overflows n_state", at, _rc);
            if (ip >= _end) throw Bad("code runs past the end of the function", at, _rc);
            return ip;
        }

        // mpy-cross's async-with cleanup tells an exception from a break/return state by
        // `DUP_TOP; LOAD_GLOBAL BaseException; BINARY_OP exception-match; POP_JUMP_IF_FALSE`, and its false
        // branch expects the 2-slot state. Taken here as the type test it stands for: with an exception
        // instance under the test, the false branch is not followed. (Only a program that rebinds the name
        // BaseException can make it false; the VM's last-resort mapping of host exceptions covers that.)
        private bool IsBaseExceptionTest(int at)
        {
            int p1 = _prev1, p2 = _prev2, p3 = _prev3;
            if (p3 < 0 || _code[p3] != Op.DupTop) return false;
            if (_code[p2] != Op.LoadGlobal && _code[p2] != Op.LoadName) return false;
            if (_code[p1] != Op.BinaryOpMulti + BinaryOpKind.ExceptionMatch) return false;
            int ip = p2 + 1;
            int q = VarUint.Decode(_code, ref ip);
            if (_rc.Context.QstrAt(q) != Q.BaseException) return false;
            return _d >= 1 && (_k[_d - 1] & 15) == KExcInst;
        }

        private void PopValues(int n, int at)
        {
            for (int i = 0; i < n; i++) PopValue(at);
        }

        // DUP/ROT move references only; an iterator buffer must stay whole (an unwind state's slots are
        // values: moved away, END_FINALLY no longer finds them).
        private void CheckMovable(int k, int at)
        {
            if ((k & 15) == KIter) throw Bad("DUP/ROT of an iterator buffer", at, _rc);
        }

        private int ConstKind(int i)
        {
            Value v = _rc.Context.Consts[i];
            if (v.IsNone) return KNone;
            PyTuple t = v.Obj as PyTuple;
            if (t != null) return KTuple | (t.Items.Length > 0xfffff ? 0xfffff : t.Items.Length) << 4;
            return KObj;
        }

        private void Branch(int target, int at)
        {
            if (target < _begin || target >= _end) throw Bad("jump outside the function", at, _rc);
            for (int i = 0; i < _n; i++)
            {
                if (!Entered(HandlerAt(i), target) && _d < HandlerDepth(i)) throw Bad("stack below an exception handler's depth", at, _rc);
            }
            Merge(target - _begin, target);
        }

        // MAKE_FUNCTION*, MAKE_CLOSURE*: cells for a closure, a long-enough default tuple when the child
        // has defaults; records how the child is made (one way only).
        private void MakeFunction(int op, int arg, int extra, int at)
        {
            RawCode child = _tree.Child(arg);
            bool closure = op == Op.MakeClosure || op == Op.MakeClosureDefargs;
            bool defargs = op == Op.MakeFunctionDefargs || op == Op.MakeClosureDefargs;
            int cells = closure ? extra : 0;
            if (child.ClosedCells < 0) child.ClosedCells = cells;
            else if (child.ClosedCells != cells) throw Bad("function made with different closures", at, _rc);
            for (int i = 0; i < cells; i++)
            {
                if ((PopAny(at) & 15) != KCell) throw Bad("MAKE_CLOSURE given a slot that is not a cell", at, _rc);
            }
            if (defargs)
            {
                PopNullable(at); // keyword defaults: a dict or NULL
                int defs = PopAny(at);
                int b = defs & 15;
                if (child.NDefPosArgs > 0 ? b != KTuple || (defs >> 4) < child.NDefPosArgs
                    : b != KNull && b != KNullable && !IsValue(b))
                {
                    throw Bad("default arguments do not match the function", at, _rc);
                }
            }
            else if (child.NDefPosArgs > 0)
            {
                throw Bad("function with defaults made without them", at, _rc);
            }
            PushKind(KObj);
        }

        // (fun, [self,] positional, keyword pairs (key NULL for **), star mask): only self and ** keys may be NULL.
        private void CallVarKw(int op, int arg, int at)
        {
            int nPos = arg & 0xff, nKw = (arg >> 8) & 0xff;
            PopValue(at); // star mask
            for (int i = 0; i < nKw; i++)
            {
                PopValue(at);
                PopNullable(at);
            }
            PopValues(nPos, at);
            if (op == Op.CallMethodVarKw) PopNullable(at);
            PopValue(at);
            PushKind(KObj);
        }

        // Whether the top 2 slots are the unwind state of the innermost handler, an entered finally block.
        private bool IsUnwindState(int at)
        {
            if (_d < 2 || (_k[_d - 1] & 15) != KUnwindHi) return false;
            int rel = _k[_d - 1] >> 4;
            if (_k[_d - 2] != (KUnwindLo | rel << 4)) return false;
            int handler = _begin + rel;
            if (_n == 0 || HandlerAt(_n - 1) != handler || !Entered(handler, at))
            {
                throw Bad("finally block's state without its handler", at, _rc);
            }
            return true;
        }

        // END_FINALLY: None goes on, an exception is raised (the handler popped first must be entered, so the
        // exception goes where ExceptionEdge sent it), an unwind state resumes the unwind (true: no
        // fall-through), which needs the state right on the depth the block recorded and the handlers
        // below entered alike here and where the unwind began (checked there).
        private bool EndFinally(int at)
        {
            if (_n == 0 || !Entered(HandlerAt(_n - 1), at)) throw Bad("END_FINALLY outside a handler", at, _rc);
            if (IsUnwindState(at))
            {
                if (CleanupDepth(_n - 1) != _d - 2) throw Bad("finally block's state moved", at, _rc);
                CheckSameEntered(_n - 1, HandlerAt(_n - 1), at, at);
                return true;
            }
            int b = PopAny(at) & 15;
            if (!IsExcOrNone(b)) throw Bad("finally block ends without its state", at, _rc);
            _n--;
            return false;
        }

        // CANCEL_ACTIVE_FINALLY: the state of a running finally block lies under the slot at depth `top`:
        // 1 slot (None or an exception) or 2 (small ints); returns how many.
        private int ActiveFinallySlots(int top, int at)
        {
            int b = top > 0 ? _k[top - 1] & 15 : 0;
            if (IsExcOrNone(b)) return 1;
            if (b == KUnwindHi && top > 1 && _k[top - 2] == (KUnwindLo | (_k[top - 1] >> 4) << 4)) return 2;
            throw Bad("leaving a finally block without its state", at, _rc);
        }

        // The handlers below handler `top` must be entered at ip `a` exactly when they are at ip `b`: an
        // unwind that a finally block interrupts at one and resumes at the other sees them the same.
        private void CheckSameEntered(int top, int a, int b, int at)
        {
            for (int i = 0; i < top; i++)
            {
                if (Entered(HandlerAt(i), a) != Entered(HandlerAt(i), b)) throw Bad("handlers interleave with a finally block", at, _rc);
            }
        }

        // FOR_ITER's buffer: the 4 slots one GET_ITER_STACK pushed, or a generator expression's NULL-headed
        // buffer with the iterator in its second slot.
        private void CheckIterBuffer(int at)
        {
            if (_d < OpcodeTable.IterSlots) throw Bad("FOR_ITER without an iterator", at, _rc);
            int b0 = _k[_d - 4];
            if ((b0 & 15) == KIter)
            {
                int site = (b0 >> 4) & ~3;
                for (int i = 0; i < OpcodeTable.IterSlots; i++)
                {
                    int k = _k[_d - 4 + i];
                    if ((k & 15) != KIter || (k >> 4) != (site | i)) throw Bad("FOR_ITER without an iterator", at, _rc);
                }
                return;
            }
            for (int i = 0; i < OpcodeTable.IterSlots; i++)
            {
                int b = _k[_d - 4 + i] & 15;
                bool ok = i == 1 ? IsValue(b) : IsValue(b) || b == KNull || b == KNullable;
                if (!ok) throw Bad("FOR_ITER without an iterator", at, _rc);
            }
        }

        // RETURN_VALUE: runs the finally blocks not yet entered (the VM copies the value onto the depth the
        // block recorded) and cancels the ones running, whose state must lie right under the value.
        private void Return(int at)
        {
            int ret = PopValue(at);
            PushKind(ret);
            for (int i = _n - 1; i >= 0; i--)
            {
                if (!IsFinally(i)) continue;
                int handler = HandlerAt(i);
                if (!Entered(handler, at))
                {
                    if (_d < HandlerDepth(i)) throw Bad("stack below a finally block's depth", at, _rc);
                    CheckSameEntered(i, at, handler, at);
                    EnterHandler(i, at, true);
                    // END_FINALLY resumes the return with the value on the block's depth (less a with block's 2)
                    _d = CleanupDepth(i);
                    PushKind(ret);
                    continue;
                }
                int slots = ActiveFinallySlots(_d - 1, at);
                _d -= slots;
                _k[_d - 1] = ret;
            }
        }

        // UNWIND_JUMP (break/continue out of handlers): leaves `extra & 0x7f` handlers, running the finally
        // blocks not yet entered (the stack must sit right on the depth each recorded) and cancelling the
        // ones running (their state right on top); then drops a for-iterator if bit 0x80 is set, and jumps.
        private void UnwindJump(int target, int extra, int at)
        {
            int count = extra & 0x7f;
            if (count > _n) throw Bad("UNWIND_JUMP leaves more handlers than there are", at, _rc);
            if (target < _begin || target >= _end) throw Bad("jump outside the function", at, _rc);
            CheckRoom(OpcodeTable.Scratch(Op.UnwindJump), at);
            for (int u = 0; u < count; u++)
            {
                int i = _n - 1;
                if (IsFinally(i))
                {
                    int handler = HandlerAt(i);
                    if (!Entered(handler, at))
                    {
                        if (_d != HandlerDepth(i)) throw Bad("UNWIND_JUMP into a finally block from another depth", at, _rc);
                        CheckSameEntered(i, at, handler, at);
                        EnterHandler(i, at, true);
                        // END_FINALLY resumes the unwind with the block's depth (a with block's cleanup took 2)
                        _d = CleanupDepth(i);
                    }
                    else
                    {
                        _d -= ActiveFinallySlots(_d, at);
                    }
                }
                _n--;
            }
            if ((extra & 0x80) != 0)
            {
                CheckIterBuffer(at);
                for (int i = 0; i < OpcodeTable.IterSlots; i++) PopAny(at);
            }
            Branch(target, at);
        }
    }
}
