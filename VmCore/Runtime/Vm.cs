using NanoMpy.Flash;

namespace NanoMpy
{
    // The bytecode interpreter (py/vm.c's role): one switch over the opcode byte, values in the frame's
    // state array, exceptions caught per frame and dispatched through the frame's handler stack.
    //
    // Calls between Python functions recurse on the .NET stack (Run -> Rt.Call -> PyFunction.Call -> Run),
    // with frames taken from a pool indexed by depth; MaxDepth bounds the recursion so that deep Python
    // recursion raises RuntimeError instead of overflowing the host stack.
    public static partial class Vm
    {
        public static int MaxDepth = 1000;

        // What one nested Python call costs a board at most: nanoCLR's own stack frames for Run, CallFunction,
        // PyFunction.Call and Dispatch (taken from its managed heap) when host code calls back into Python (a
        // builtin, a class's __init__), plus the pooled Python frame made once per depth. A Python function
        // calling one runs it in its own loop (an inline call) and pays only the pooled frame. Measured under
        // the nanoCLR model by Tests/Memory/DeviceMemoryTests.CallCost, which fails if this figure falls below
        // the measurement; docs/DEVICE-MEMORY.md.
        public const int NestedCallBytes = 1600 + 612;

        // The recursion limit for a board whose heap has heapBytes: half of it may go to nested calls, so deep
        // recursion raises RuntimeError long before the heap runs out (MicroPython's ESP32 port stops near its
        // C stack limit the same way).
        public static int DepthForHeap(long heapBytes)
        {
            long d = heapBytes / 2 / NestedCallBytes;
            return d < 8 ? 8 : d > 1000 ? 1000 : (int)d;
        }

        // Instrumentation for tests, off the fast path behind one flag: when CountOpcodes is set, OpCounts[op]
        // counts executions (opcode coverage), and a positive StepLimit bounds the opcodes a run may execute
        // (fuzzing: a mutated jump can make a loop endless; past the limit every opcode raises, so even code
        // that catches the error unwinds).
        public static bool CountOpcodes;
        private static int[] _opCounts;
        public static int[] OpCounts { get { return _opCounts ?? (_opCounts = new int[256]); } }
        public static long StepLimit;
        private static long _steps;

        public static void ResetSteps()
        {
            _steps = 0;
        }

        // Work inside one opcode (a big-int product, say) counts against the step limit as well, as so many
        // opcodes' worth: otherwise one instruction of a fuzzed program could run for hours. Nothing without a limit.
        public static void ChargeSteps(long work)
        {
            if (StepLimit > 0 && (_steps += work) > StepLimit) throw Rt.RuntimeError("step limit exceeded");
        }

        private static void Instrument(int op)
        {
            OpCounts[op]++;
            if (StepLimit > 0 && ++_steps > StepLimit) throw Rt.RuntimeError("step limit exceeded");
        }

        // The namespace LOAD_NAME/STORE_NAME use (mp_locals_get): a module's globals while its body runs, a
        // class's namespace while its body runs (__build_class__ sets it and restores it).
        public static PyDict Locals;

        // The value a generator returned when its IterNext last reported the end (Null for None), so next()
        // can raise StopIteration(value) as MicroPython's stop_iteration_arg does. Cleared by the caller.
        public static Value StopIterationArg = Value.Null;

        // The exception an except/finally block is handling, for sys.exc_info (MP_STATE_VM(cur_exception)):
        // set when a handler catches, cleared when a handler block is popped.
        public static PyBaseException CurrentException;

        // Globals of the running function's module (mp_globals_get), for globals() and __import__.
        public static PyDict Globals;

        // The board the interpreter runs on (files, console); set through SetBoard before running code.
        public static IBoard Board;

        // Connects the board: module files, print's console (Rt.Stdout) and warnings (stderr).
        public static void SetBoard(IBoard board)
        {
            Board = board;
            Rt.Stdout = board == null ? null : board.Stdout;
            Warnings.Sink = board == null ? null : board.Stderr;
        }

        private static Frame[] _pool = new Frame[32];
        private const int KeptFrames = 8;
        private static int _depth;

        // A new interpreter (MpState.Init): no module running, no exception being handled, no frame in use.
        public static void ResetState()
        {
            Globals = null;
            Locals = null;
            CurrentException = null;
            StopIterationArg = Value.Null;
            RaisedIntoYieldFrom = null;
            // pooled frames keep what their last call left (values, globals): drop it with the interpreter, and
            // the frames a deep recursion left beyond the first few
            for (int i = 0; i < _pool.Length; i++)
            {
                if (_pool[i] == null) continue;
                if (i < KeptFrames) _pool[i].Release();
                else _pool[i] = null;
            }
            _depth = 0;
        }

        // gc.collect(): the pooled frames deeper than the calls running now go, as MicroPython's frames of ended
        // calls are gone with its C stack; a deep recursion's frames would otherwise stay until a soft reset. A
        // call makes its frame again when it needs one.
        public static void ReleaseIdleFrames()
        {
            for (int i = _depth; i < _pool.Length; i++) _pool[i] = null;
        }

        // Slots a for-loop iterator takes on the value stack (MP_OBJ_ITER_BUF_NSLOTS); the compiler sizes
        // the stack with it. Layout: [Null, iterator, -, -] or, for range, [Sentinel, next, stop, step].
        private const int IterSlots = 4;

        public static int Depth { get { return _depth; } }

        // A name of the module's qstr table whose id is past 16 bits (ModuleContext.Qstrs holds 0 for it).
        private static int WideQstr(Frame f, int i)
        {
            return f.Code.Context.WideQstrs[i];
        }

        // __build_class__'s hook (Rt.RunClassBody): runs a class body with locals as its LOAD_NAME/STORE_NAME namespace.
        internal static Value RunClassBody(Value body, PyDict locals)
        {
            PyDict saved = Locals;
            Locals = locals;
            try
            {
                Value cell = Rt.Call(body, Value.NewArray(0), 0, 0, 0);
                // the body has run (so its descriptor is decoded): nothing runs it again
                PyFunction f = body.Obj as PyFunction;
                if (f != null)
                {
                    RawCode rc = f.Code;
                    rc.Context.Forget(rc);
                }
                return cell;
            }
            finally
            {
                Locals = saved;
            }
        }

        internal static void SetClassCell(Value cell, Value cls)
        {
            PyCell c = cell.Obj as PyCell;
            if (c != null) c.V = cls;
        }

        // Calls a bytecode function: binds arguments into a pooled frame and runs it.
        public static Value CallFunction(PyFunction fn, Value[] args, int start, int nPos, int nKw)
        {
            RawCode rc = fn.Code;
            if ((rc.ScopeFlags & ScopeFlag.Generator) != 0)
            {
#if MP_OPT_SPEED
                Frame gf = new Frame(rc);
#else
                Frame gf = new Frame();
#endif
                gf.Prepare(rc, fn.Globals, fn);
                BindArgs(gf, fn, args, start, nPos, nKw);
                return new PyGenerator(gf);
            }
            int d = _depth;
            PyDict savedGlobals = Globals;
            Frame f = EnterCall(fn, args, start, nPos, nKw);
            try
            {
                bool yielded;
                return Run(f, null, out yielded);
            }
            finally
            {
                _depth = d;
                if (f.Globals != savedGlobals) Globals = savedGlobals;
            }
        }

        // The frame of a call of fn (not a generator function): the pooled frame of the next depth, with the
        // arguments bound; the call depth and Globals are the callee's from here. CallFunction runs it in a new
        // Run; CALL_FUNCTION and CALL_METHOD run it in their own dispatch loop (an inline call, LeaveCall ends it).
        private static Frame EnterCall(PyFunction fn, Value[] args, int start, int nPos, int nKw)
        {
            int d = _depth;
            if (d >= MaxDepth) throw Rt.RuntimeError("maximum recursion depth exceeded");
            if (d >= _pool.Length)
            {
                Frame[] np = new Frame[_pool.Length * 2];
                System.Array.Copy(_pool, np, _pool.Length);
                _pool = np;
            }
            Frame f = _pool[d];
            if (f == null)
            {
                f = new Frame();
                _pool[d] = f;
            }
#if MP_OPT_SPEED
            RawCode rc = fn.PlainCode;
            PyDict g;
            if (rc != null)
            {
                // no cells, defaults or globals of its own: the usual call
                g = rc.Context.Globals;
                f.Prepare(rc, g, fn);
                if (!BindPlain(f, rc, args, start, nPos, nKw)) BindArgs(f, fn, args, start, nPos, nKw);
            }
            else
            {
                rc = fn.Code;
                g = fn.GlobalsOf(rc);
                f.Prepare(rc, g, fn);
                BindArgs(f, fn, args, start, nPos, nKw);
            }
#else
            PyDict g = fn.Globals;
            f.Prepare(fn.Code, g, fn);
            BindArgs(f, fn, args, start, nPos, nKw);
#endif
            _depth = d + 1;
            // (set only when it changes: a call within a module, the usual one, then stores no reference)
            if (g != Globals) Globals = g;
            return f;
        }

        // Ends an inline call (returned or raised through): the caller runs again, at the depth and with the
        // globals it had. The callee's code line is let go; the caller's is still held.
        private static Frame LeaveCall(Frame callee)
        {
            Frame caller = callee.Caller;
            LetGoOfLine(callee);
            callee.Caller = null;
            caller.Callee = null;
            _depth--;
            if (caller.Globals != Globals) Globals = caller.Globals;
            return caller;
        }

        // micropython -v: 2 or more lists the bytecode of everything compiled from source.
        public static int Verbose;

        // The board's Python compiler (exec, eval, compile, .py imports); null when the board has none.
        public static ISourceCompiler SourceCompiler;

        // Runs a module's top-level code with globals (and LOAD_NAME locals) = the module's dict.
        public static Value RunModule(RawCode rc, PyDict globals)
        {
            return RunCode(rc, globals, globals);
        }

        // Runs module-level code with the given globals and LOAD_NAME/STORE_NAME locals (exec, eval).
        public static Value RunCode(RawCode rc, PyDict globals, PyDict locals)
        {
            int d = _depth;
            if (d >= MaxDepth) throw Rt.RuntimeError("maximum recursion depth exceeded");
            Frame f = new Frame();
            f.Prepare(rc, globals, null);
            InitCells(f);
            PyDict savedLocals = Locals;
            PyDict savedGlobals = Globals;
            Locals = locals;
            Globals = globals;
            _depth = d + 1;
            try
            {
                bool yielded;
                return Run(f, null, out yielded);
            }
            finally
            {
                _depth = d;
                Locals = savedLocals;
                Globals = savedGlobals;
            }
        }

        // Resumes a generator's frame (mp_execute_bytecode with inject_exc). Depth is bounded like calls.
        internal static Value Resume(Frame f, PyBaseException inject, out bool yielded)
        {
            int d = _depth;
            if (d >= MaxDepth) throw Rt.RuntimeError("maximum recursion depth exceeded");
            _depth = d + 1;
            PyDict g = f.Globals;
            PyDict savedGlobals = Globals;
            if (g != savedGlobals) Globals = g;
            try
            {
                return Run(f, inject, out yielded);
            }
            finally
            {
                _depth = d;
                if (g != savedGlobals) Globals = savedGlobals;
            }
        }

        private static PyException TypeErr(string msg)
        {
            return Rt.TypeError(msg);
        }

        // The dispatch loop. Returns the function's return value, or with yielded set, the yielded value
        // (the frame keeps ip/sp/handlers for the next resume). Python exceptions propagate as PyException
        // after this frame's traceback entry is added. Calls of Python functions made by the loop run in the
        // same loop (inline frames linked by Caller/Callee, f at the bottom): an exception is handled by the
        // innermost of them with a handler, each frame it passes adding its traceback entry and ending its call,
        // as nested Runs would.
        private static Value Run(Frame f, PyBaseException inject, out bool yielded)
        {
            Frame cur = f;
            while (true)
            {
                try
                {
                    Value r = Dispatch(cur, inject, out yielded);
                    LetGoOfLine(f);
                    return r;
                }
                catch (PyException pe)
                {
                    PyBaseException exc = pe.Exc;
                    cur = Unwind(f, ref exc);
                    if (cur == null)
                    {
                        if (exc == pe.Exc) throw;
                        throw new PyException(exc);
                    }
                }
                catch (System.Exception ex)
                {
                    PyBaseException exc = MapHostException(ex);
                    cur = Unwind(f, ref exc);
                    if (cur == null) throw new PyException(exc);
                }
                inject = null;
            }
        }

        // The frame of the chain from bottom that handles exc, set to run its handler, or null when none does
        // (bottom's traceback entry added, its inline callees ended). A generator resumed inline that exc ends
        // turns a StopIteration into RuntimeError, as its Resume would.
        private static Frame Unwind(Frame bottom, ref PyBaseException exc)
        {
            Frame cur = bottom;
            while (cur.Callee != null) cur = cur.Callee;
            while (true)
            {
                LetGoOfLine(cur);
                int hip = cur.Ip, hsp = cur.Sp;
                if (HandleException(cur, exc, ref hip, ref hsp))
                {
                    cur.Ip = hip;
                    cur.Sp = hsp;
                    return cur;
                }
                if (cur == bottom) return null;
                if ((cur.Code.ScopeFlags & ScopeFlag.Generator) != 0)
                {
                    // a delegate resumed inline by YIELD_FROM ends with it, as PyGenerator.Resume's catch does
                    ((PyGenerator)cur.Caller.S[cur.Caller.Sp].Obj).LeaveInline(true);
                    if (exc.ExcType.IsSubclassOf(ExcTypes.StopIteration)) exc = Rt.RuntimeError("generator raised StopIteration").Exc;
                }
                cur = LeaveCall(cur);
            }
        }

        // The frame no longer runs from its code line (it returned, yielded or raised), so the cache may reuse it.
        private static void LetGoOfLine(Frame f)
        {
            CodeLine l = f.Line;
            if (l != null)
            {
                l.Holders--;
                f.Line = null;
            }
        }

        // The loop itself, free of exception handlers so the JIT can keep ip, sp and the arrays in registers
        // (a local that is live into a catch block lives in memory). Anything that raises leaves f.OpStart
        // at the failing instruction and, where HandleException reads it (FOR_ITER, YIELD_FROM), f.Sp.
        private static Value Dispatch(Frame f, PyBaseException inject, out bool yielded)
        {
            CodeLine line;
            // The state the loop carries from one instruction to the next, and no more: the code object, its
            // module, globals and the frame's bounds (f.CodeBase, f.OpStart, f.Lim, f.Top) are read from f where
            // a case needs them. Every further local live across the loop competes for the five registers a call
            // leaves alone (each such local dropped saved 0.5 to 2.5 % of all instructions, callgrind on
            // perf_bench's aes, pystone and fannkuch).
            byte[] code;
            int ip, sp;
            Value[] s;
            // Locals the cases share: each declaration is a slot of the frame, which nanoCLR takes from
            // the heap on every call (docs/DEVICE-MEMORY.md), so cases reuse these instead of declaring their own.
            int child;
            MapTable mt;
#if MP_OPT_SPEED
            ushort[] qk;
#endif
            LookupCache lc;
            PyInstance inst;
#if MP_OPT_SPEED
            PyList lst;
#if MP_BYTEARRAY
            PyByteArray ba;
#endif
#endif
            PyFunction fn;
            PyGenerator gen;
            Frame callee;
            Value seq, t, v, w, m, self;
            bool resumed;
            int arg, b, e, n, nKw, nPos, off, q;
            yielded = false;

        enter:
            // f starts or goes on running here: the loop's first frame, an inline callee, or a caller its
            // inline callee returned to
            // ip is relative to the code line the frame runs from (CodeImage.cs): a whole file read into RAM is
            // one line, flash that is not memory-mapped is a few cache lines. Positions kept outside the loop
            // (f.Ip, handlers, unwind targets) are absolute: f.CodeBase + ip.
            ip = f.Ip;
            line = f.Code.Context.Image.Line(ip);
            line.Holders++;
            f.Line = line;
            code = line.Data;
            f.CodeBase = line.Base;
            // instrumentation (tests) sets f.Lim to 0, so that the line check below runs before every instruction
            // and counts it: the fast path then pays one compare for both
            f.Lim = CountOpcodes ? 0 : line.Limit;
            ip -= f.CodeBase;
            s = f.S;
            f.Top = f.NState - 1;       // local i is s[f.Top - i]
            sp = f.Sp;
            // Operands are decoded inline, copies of the shared definitions in VarUint (Decode, DecodeSigned,
            // DecodeSLabel, DecodeULabel): the one-byte forms here, longer var-uints by VarUint.TailAt/SkipTail,
            // never by ref (ip would leave its register for the whole loop). Verified code only.

                    if (inject != null)
                    {
                        PyBaseException inj = inject;
                        f.OpStart = ip;
                        if (code[ip] != Op.YieldFrom) throw new PyException(inj);
                        ip++;
                        sp--;
                        f.Sp = sp;
                        if (YieldFrom(s, sp, inj, out w))
                        {
                            ip = f.OpStart;
                            s[++sp] = w;
                            f.Ip = f.CodeBase + ip;
                            f.Sp = sp;
                            yielded = true;
                            return w;
                        }
                    }

                    while (true)
                    {
                        if ((uint)ip >= (uint)f.Lim)
                        {
                            // ip left the line: the line that holds it (a frame holds its line, so no other code
                            // can take it meanwhile: FlashCache)
                            ip += f.CodeBase;
                            f.Line.Holders--;
                            f.Line = null;
                            line = f.Code.Context.Image.Line(ip);
                            line.Holders++;
                            f.Line = line;
                            code = line.Data;
                            f.CodeBase = line.Base;
                            f.Lim = line.Limit;
                            ip -= f.CodeBase;
                            if (CountOpcodes)
                            {
                                // the step limit raises from here: at this instruction, as any other error
                                f.Lim = 0;
                                f.OpStart = ip;
                                Instrument(code[ip]);
                            }
                        }
                        f.OpStart = ip;
                        int op = code[ip++];
                        switch (op)
                        {
                            case Op.LoadConstFalse: s[++sp] = Value.False; break;
                            case Op.LoadConstNone: s[++sp] = Value.None; break;
                            case Op.LoadConstTrue: s[++sp] = Value.True; break;
                            case Op.LoadNull: s[++sp] = Value.Null; break;

                            case Op.LoadConstSmallInt:
                            {
                                long num = (code[ip] & 0x40) != 0 ? -1 : 0;
                                do
                                {
                                    b = code[ip++];
                                    num = (num << 7) | (long)(b & 0x7f);
                                } while ((b & 0x80) != 0);
                                s[++sp] = Value.FromIntConst(num);
                                break;
                            }

                            case Op.LoadConstString:
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                q = f.Code.Context.Qstrs[arg]; if (q == 0) q = WideQstr(f, arg);
                                s[++sp] = Qstr.Obj(q);
                                break;

                            case Op.LoadConstObj:
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                s[++sp] = f.Code.Context.Consts[arg];
                                if (s[sp].IsNull) s[sp] = MpyLoader.MakeConst(f.Code.Context, arg);
                                break;

                            case Op.LoadFastN:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                v = s[f.Top - arg];
                                if (v.IsNull) throw UnboundLocal();
                                s[++sp] = v;
                                break;
                            }

                            case Op.LoadDeref:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                v = ((PyCell)s[f.Top - arg].Obj).V;
                                if (v.IsNull) throw UnboundLocal();
                                s[++sp] = v;
                                break;
                            }

                            case Op.LoadName:
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                q = f.Code.Context.Qstrs[arg]; if (q == 0) q = WideQstr(f, arg);
                                s[++sp] = LoadName(q, f.Globals);
                                break;

                            case Op.LoadGlobal:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                q = f.Code.Context.Qstrs[arg]; if (q == 0) q = WideQstr(f, arg);
                                // the slot this instruction found the name in last time (LookupCache), if it still holds it
                                mt = f.Globals.Map;
                                lc = f.Code.Context.Lookups;
                                e = (f.CodeBase + f.OpStart) & (lc == null ? 0 : lc.Mask);
                                if (lc != null && lc.Pos[e] == f.CodeBase + f.OpStart + 1)
                                {
                                    n = lc.Slot[e];
#if MP_OPT_SPEED
                                    if (((qk = mt.QKeys) != null ? (uint)n < (uint)qk.Length && qk[n] == q : mt.HoldsQ(n, q)))
#else
                                    if (mt.HoldsQ(n, q))
#endif
                                    {
                                        s[++sp] = mt.Vals[n];
                                        break;
                                    }
                                }
#if MP_OPT_SPEED
                                else if (lc != null && lc.Pos[e] == -(f.CodeBase + f.OpStart + 1) && lc.Stamp[e] == mt.Stamp)
                                {
                                    // a builtin this instruction found last time, globals having gained no key since
                                    // (LookupCache.FindBuiltin's direct entry, inline)
                                    mt = Builtins.Table;
                                    n = lc.Slot[e];
                                    if ((qk = mt.QKeys) != null && (uint)n < (uint)qk.Length && qk[n] == q)
                                    {
                                        s[++sp] = mt.Vals[n];
                                        break;
                                    }
                                }
#endif
                                s[++sp] = LoadGlobal(f.Code.Context, f.CodeBase + f.OpStart, q, f.Globals);
                                break;
                            }

                            case Op.LoadAttr:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                q = f.Code.Context.Qstrs[arg]; if (q == 0) q = WideQstr(f, arg);
                                inst = s[sp].Obj as PyInstance;
                                if (inst != null)
                                {
                                    // an instance member: the slot of its dict this instruction found it in last time
                                    mt = inst.Dict.Map;
                                    lc = f.Code.Context.Lookups;
                                    e = (f.CodeBase + f.OpStart) & (lc == null ? 0 : lc.Mask);
                                    if (lc != null && lc.Pos[e] == f.CodeBase + f.OpStart + 1)
                                    {
                                        n = lc.Slot[e];
#if MP_OPT_SPEED
                                        // (MapTable.HoldsQ inline: an instance's table is keyed by str objects that know their qstr)
                                        if ((qk = mt.QKeys) != null ? (uint)n < (uint)qk.Length && qk[n] == q
                                            : (uint)n < (uint)mt.Alloc && (t = mt.Keys[n]).Obj is PyStr && ((PyStr)t.Obj).IsKnownQstr(q))
#else
                                        if (mt.HoldsQ(n, q))
#endif
                                        {
                                            s[sp] = mt.Vals[n];
                                            break;
                                        }
                                    }
                                    n = LookupCache.Find(f.Code.Context, f.CodeBase + f.OpStart, mt, q);
                                    if (n >= 0)
                                    {
                                        s[sp] = mt.Vals[n];
                                        break;
                                    }
                                }
                                s[sp] = Rt.LoadAttr(s[sp], q);
                                break;
                            }

                            case Op.LoadMethod:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                q = f.Code.Context.Qstrs[arg]; if (q == 0) q = WideQstr(f, arg);
                                inst = s[sp].Obj as PyInstance;
                                if (inst != null)
                                {
                                    // a plain function of the instance's own class, in the slot of the class's table
                                    // this instruction found it in last time, and not shadowed by an instance member
                                    lc = f.Code.Context.Lookups;
                                    mt = inst.Class.OwnMap;
                                    if (lc != null && mt != null)
                                    {
                                        e = (f.CodeBase + f.OpStart) & lc.Mask;
                                        n = lc.Slot[e];
#if MP_OPT_SPEED
                                        if (lc.Pos[e] == f.CodeBase + f.OpStart + 1 && ((qk = mt.QKeys) != null ? (uint)n < (uint)qk.Length && qk[n] == q : mt.HoldsQ(n, q))
#else
                                        if (lc.Pos[e] == f.CodeBase + f.OpStart + 1 && mt.HoldsQ(n, q)
#endif
                                            && mt.Vals[n].Obj is PyFunction && (inst.Dict.Map.Used == 0 || inst.Dict.Map.Find(Qstr.Obj(q)) < 0))
                                        {
                                            self = s[sp];
                                            s[sp] = mt.Vals[n];
                                            s[++sp] = self;
                                            break;
                                        }
                                    }
                                    Rt.LoadMethod(s[sp], q, out m, out self);
                                    if (mt != null && m.Obj is PyFunction && self.Obj == inst) LookupCache.Find(f.Code.Context, f.CodeBase + f.OpStart, mt, q);
                                    s[sp] = m;
                                    s[++sp] = self;
                                    break;
                                }
#if MP_OPT_SPEED
                                // a built-in object's method (dict.get, str.split): the slot of its type's own namespace
                                lc = f.Code.Context.Lookups;
                                if (lc != null && BuiltinMethodHit(lc, f.CodeBase + f.OpStart, s[sp], q, out m))
                                {
                                    self = s[sp];
                                    s[sp] = m;
                                    s[++sp] = self;
                                    break;
                                }
                                Rt.LoadMethod(s[sp], q, out m, out self);
                                if (m.Obj is PyBuiltin && HasPlainMethods(s[sp].Obj) && self.Obj == s[sp].Obj)
                                {
                                    mt = self.Obj.Type.OwnMap;
                                    if (mt != null) LookupCache.Find(f.Code.Context, f.CodeBase + f.OpStart, mt, q);
                                }
#else
                                Rt.LoadMethod(s[sp], q, out m, out self);
#endif
                                s[sp] = m;
                                s[++sp] = self;
                                break;
                            }

                            case Op.LoadSuperMethod:
                            {
                                // stack: (..., super, class, self) -> (..., method, self)
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                q = f.Code.Context.Qstrs[arg]; if (q == 0) q = WideQstr(f, arg);
                                sp--;
                                Rt.LoadSuperMethod(s[sp], s[sp + 1], q, out m, out self);
                                s[sp - 1] = m;
                                s[sp] = self;
                                break;
                            }

                            case Op.LoadBuildClass:
                            {
                                w = Builtins.Lookup(QBuildClass);
                                if (w.IsNull) throw Rt.NameError("name '__build_class__' isn't defined");
                                s[++sp] = w;
                                break;
                            }

                            case Op.LoadSubscr:
                            {
                                w = s[sp--];
#if MP_OPT_SPEED
                                if (w.Obj == Value.IntTag)
                                {
                                    // a list's item or a bytearray's byte from either end, inline; ItemAt has tuples
                                    // and bytes; out of range goes the general way, which raises
                                    lst = s[sp].Obj as PyList;
                                    if (lst != null)
                                    {
                                        n = lst.Count;
                                        if ((ulong)w.Bits < (ulong)n)
                                        {
                                            s[sp] = lst.Items[w.Bits];
                                            break;
                                        }
                                        if (w.Bits < 0 && w.Bits + n >= 0)
                                        {
                                            s[sp] = lst.Items[w.Bits + n];
                                            break;
                                        }
                                    }
#if MP_BYTEARRAY
                                    else if ((ba = s[sp].Obj as PyByteArray) != null)
                                    {
                                        n = ba.Count;
                                        if ((ulong)w.Bits < (ulong)n)
                                        {
                                            s[sp] = Value.FromInt(ba.Data[w.Bits]);
                                            break;
                                        }
                                        if (w.Bits < 0 && w.Bits + n >= 0)
                                        {
                                            s[sp] = Value.FromInt(ba.Data[w.Bits + n]);
                                            break;
                                        }
                                    }
#endif
                                    else if (ItemAt(s[sp].Obj, w.Bits, ref s[sp])) break;
                                }
#endif
                                s[sp] = Rt.Subscr(s[sp], w, Value.Sentinel);
                                break;
                            }

                            case Op.StoreFastN:
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                s[f.Top - arg] = s[sp--];
                                break;

                            case Op.StoreDeref:
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                ((PyCell)s[f.Top - arg].Obj).V = s[sp--];
                                break;

                            case Op.StoreName:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                q = f.Code.Context.Qstrs[arg]; if (q == 0) q = WideQstr(f, arg);
                                (Locals ?? f.Globals).SetQ(q, s[sp--]);
                                break;
                            }

                            case Op.StoreGlobal:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                q = f.Code.Context.Qstrs[arg]; if (q == 0) q = WideQstr(f, arg);
                                mt = f.Globals.Map;
                                lc = f.Code.Context.Lookups;
                                e = (f.CodeBase + f.OpStart) & (lc == null ? 0 : lc.Mask);
                                if (lc != null && lc.Pos[e] == f.CodeBase + f.OpStart + 1)
                                {
                                    n = lc.Slot[e];
#if MP_OPT_SPEED
                                    if (((qk = mt.QKeys) != null ? (uint)n < (uint)qk.Length && qk[n] == q : mt.HoldsQ(n, q)))
#else
                                    if (mt.HoldsQ(n, q))
#endif
                                    {
                                        mt.Vals[n] = s[sp--];
                                        break;
                                    }
                                }
                                n = LookupCache.Find(f.Code.Context, f.CodeBase + f.OpStart, mt, q);
                                if (n >= 0)
                                {
                                    mt.Vals[n] = s[sp--];
                                    break;
                                }
                                f.Globals.SetQ(q, s[sp--]);
                                LookupCache.Find(f.Code.Context, f.CodeBase + f.OpStart, mt, q);
                                break;
                            }

                            case Op.StoreAttr:
                            {
                                // stack: (..., value, w)
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                q = f.Code.Context.Qstrs[arg]; if (q == 0) q = WideQstr(f, arg);
                                Rt.StoreAttr(s[sp], q, s[sp - 1]);
                                sp -= 2;
                                break;
                            }

                            case Op.StoreSubscr:
                                // stack: (..., value, w, w)
#if MP_OPT_SPEED
                                if (s[sp].Obj == Value.IntTag)
                                {
                                    // a list's item, or a bytearray's byte set to a small int that fits, from either
                                    // end, inline (not a deletion: that stores Null); the rest goes the general way
                                    lst = s[sp - 1].Obj as PyList;
                                    if (lst != null)
                                    {
                                        n = lst.Count;
                                        if ((ulong)(s[sp].Bits < 0 ? s[sp].Bits + n : s[sp].Bits) < (ulong)n && !s[sp - 2].IsNull)
                                        {
                                            lst.Items[s[sp].Bits < 0 ? s[sp].Bits + n : s[sp].Bits] = s[sp - 2];
                                            sp -= 3;
                                            break;
                                        }
                                    }
#if MP_BYTEARRAY
                                    else if ((ba = s[sp - 1].Obj as PyByteArray) != null)
                                    {
                                        n = ba.Count;
                                        if ((ulong)(s[sp].Bits < 0 ? s[sp].Bits + n : s[sp].Bits) < (ulong)n
                                            && s[sp - 2].Obj == Value.IntTag && (ulong)s[sp - 2].Bits <= 255)
                                        {
                                            ba.Data[s[sp].Bits < 0 ? s[sp].Bits + n : s[sp].Bits] = (byte)s[sp - 2].Bits;
                                            sp -= 3;
                                            break;
                                        }
                                    }
#endif
                                }
                                else if (s[sp - 1].Obj is PyDict && !((PyDict)s[sp - 1].Obj).Fixed && !s[sp - 2].IsNull)
                                {
                                    // d[k] = v straight to the dict (PyDict.Subscr's store)
                                    ((PyDict)s[sp - 1].Obj).Set(s[sp], s[sp - 2]);
                                    sp -= 3;
                                    break;
                                }
#endif
                                Rt.Subscr(s[sp - 1], s[sp], s[sp - 2]);
                                sp -= 3;
                                break;

                            case Op.DeleteFast:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                int i = f.Top - arg;
                                if (s[i].IsNull) throw UnboundLocal();
                                s[i] = Value.Null;
                                break;
                            }

                            case Op.DeleteDeref:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                PyCell c = (PyCell)s[f.Top - arg].Obj;
                                if (c.V.IsNull) throw UnboundLocal();
                                c.V = Value.Null;
                                break;
                            }

                            case Op.DeleteName:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                q = f.Code.Context.Qstrs[arg]; if (q == 0) q = WideQstr(f, arg);
                                if ((Locals ?? f.Globals).Remove(Qstr.Obj(q)).IsNull) throw NameNotDefined(q);
                                break;
                            }

                            case Op.DeleteGlobal:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                q = f.Code.Context.Qstrs[arg]; if (q == 0) q = WideQstr(f, arg);
                                if (f.Globals.Remove(Qstr.Obj(q)).IsNull) throw NameNotDefined(q);
                                break;
                            }

                            case Op.DupTop:
                                s[sp + 1] = s[sp];
                                sp++;
                                break;

                            case Op.DupTopTwo:
                                s[sp + 1] = s[sp - 1];
                                s[sp + 2] = s[sp];
                                sp += 2;
                                break;

                            case Op.PopTop:
                                sp--;
                                break;

                            case Op.RotTwo:
                            {
                                t = s[sp];
                                s[sp] = s[sp - 1];
                                s[sp - 1] = t;
                                break;
                            }

                            case Op.RotThree:
                            {
                                t = s[sp];
                                s[sp] = s[sp - 1];
                                s[sp - 1] = s[sp - 2];
                                s[sp - 2] = t;
                                break;
                            }

                            case Op.Jump:
                            {
                                arg = code[ip++]; if (arg >= 0x80) arg = ((arg & 0x7f) | (code[ip++] << 7)) - 0x4000; else arg -= 0x40;
                                off = arg;
                                ip += off;
                                if ((Scheduler.Pending | KbdInterrupt.Pending) != 0) Scheduler.RunPending();
                                break;
                            }

                            case Op.PopJumpIfTrue:
                            {
                                arg = code[ip++]; if (arg >= 0x80) arg = ((arg & 0x7f) | (code[ip++] << 7)) - 0x4000; else arg -= 0x40;
                                off = arg;
                                v = s[sp--];
                                // (bools inline: IsTrueFast is a call here)
                                if (v.Obj == PyBool.TrueObj || (v.Obj != PyBool.FalseObj && IsTrueFast(v))) ip += off;
                                if ((Scheduler.Pending | KbdInterrupt.Pending) != 0) Scheduler.RunPending();
                                break;
                            }

                            case Op.PopJumpIfFalse:
                            {
                                arg = code[ip++]; if (arg >= 0x80) arg = ((arg & 0x7f) | (code[ip++] << 7)) - 0x4000; else arg -= 0x40;
                                off = arg;
                                v = s[sp--];
                                if (v.Obj == PyBool.FalseObj || (v.Obj != PyBool.TrueObj && !IsTrueFast(v))) ip += off;
                                if ((Scheduler.Pending | KbdInterrupt.Pending) != 0) Scheduler.RunPending();
                                break;
                            }

                            case Op.JumpIfTrueOrPop:
                            {
                                arg = code[ip++]; if (arg >= 0x80) arg = (arg & 0x7f) | (code[ip++] << 7);
                                off = arg;
                                if (Rt.IsTrue(s[sp])) ip += off;
                                else sp--;
                                break;
                            }

                            case Op.JumpIfFalseOrPop:
                            {
                                arg = code[ip++]; if (arg >= 0x80) arg = (arg & 0x7f) | (code[ip++] << 7);
                                off = arg;
                                if (Rt.IsTrue(s[sp])) sp--;
                                else ip += off;
                                break;
                            }

                            case Op.SetupWith:
                                arg = code[ip++]; if (arg >= 0x80) arg = (arg & 0x7f) | (code[ip++] << 7);
                                sp = SetupWith(f, s, sp, f.CodeBase + ip + arg);
                                break;

                            case Op.WithCleanup:
                                sp = WithCleanup(s, sp);
                                break;

                            case Op.UnwindJump:
                            {
                                arg = code[ip++]; if (arg >= 0x80) arg = ((arg & 0x7f) | (code[ip++] << 7)) - 0x4000; else arg -= 0x40;
                                off = arg;
                                s[++sp] = Value.FromInt(f.CodeBase + ip + off);
                                s[++sp] = Value.FromInt(code[ip]);
                                goto unwindJump;
                            }

                            case Op.SetupExcept:
                            case Op.SetupFinally:
                            {
                                arg = code[ip++]; if (arg >= 0x80) arg = (arg & 0x7f) | (code[ip++] << 7);
                                off = arg;
                                PushHandler(f, f.CodeBase + ip + off, sp, op == Op.SetupFinally);
                                break;
                            }

                            case Op.EndFinally:
                            {
                                f.ExcTop--;
                                CurrentException = null;
                                t = s[sp];
                                if (t.IsNone)
                                {
                                    sp--;
                                }
                                else if (t.IsSmallInt)
                                {
                                    sp--;
                                    if (t.Bits < 0) goto unwindReturn;
                                    s[++sp] = t;
                                    goto unwindJump;
                                }
                                else
                                {
                                    throw new PyException((PyBaseException)t.Obj);
                                }
                                break;
                            }

                            case Op.GetIter:
                                s[sp] = Rt.GetIter(s[sp]);
                                break;

                            case Op.GetIterStack:
                            {
                                w = s[sp];
                                sp += IterSlots - 1;
                                if (!StartRangeLoop(w, s, sp - 3))
                                {
                                    if (FastIter.Handles(w))
                                    {
                                        s[sp - 3] = Value.IterMarker;
                                        s[sp - 2] = w;
                                        s[sp - 1] = Value.LoopCursor(f, sp - 1);
                                    }
                                    else
                                    {
                                        s[sp - 3] = Value.Null;
                                        s[sp - 2] = Rt.GetIter(w);
                                    }
                                }
                                break;
                            }

                            case Op.ForIter:
                            {
                                arg = code[ip++]; if (arg >= 0x80) arg = (arg & 0x7f) | (code[ip++] << 7);
                                off = arg;
                                b = sp - 3;
                                if (s[b].IsSentinel)
                                {
                                    // range fast path: [Sentinel, w, stop, step], all small ints
                                    long cur = s[b + 1].Bits, stop = s[b + 2].Bits, step = s[b + 3].Bits;
                                    if (step > 0 ? cur < stop : cur > stop)
                                    {
                                        // the slot already holds cur: push it, so only the w value is made
                                        w = s[b + 1];
                                        s[b + 1] = Value.FromInt(cur + step);
                                        s[++sp] = w;
                                    }
                                    else
                                    {
                                        sp -= IterSlots;
                                        ip += off;
                                    }
                                    break;
                                }
#if MP_OPT_SPEED
                                // a list inline (FastIter.Next has the other built-in containers)
                                lst = s[b].Obj == Value.IterTag ? s[b + 1].Obj as PyList : null;
                                if (lst != null)
                                {
                                    if (s[b + 2].Bits < lst.Count)
                                    {
                                        w = lst.Items[s[b + 2].Bits];
                                        s[b + 2] = Value.SetCursor(s[b + 2], s[b + 2].Bits + 1);
                                        s[++sp] = w;
                                    }
                                    else
                                    {
                                        sp -= IterSlots;
                                        ip += off;
                                    }
                                    break;
                                }
#endif
                                f.Sp = sp;
                                if (s[b].Obj == Value.IterTag)
                                {
                                    long pos = s[b + 2].Bits;
                                    w = FastIter.Next(s[b + 1].Obj, ref pos);
                                    s[b + 2] = Value.SetCursor(s[b + 2], pos);
                                }
                                else
                                {
                                    w = Rt.IterNext(s[b + 1]);
                                }
                                if (w.IsNull)
                                {
                                    sp -= IterSlots;
                                    ip += off;
                                }
                                else
                                {
                                    s[++sp] = w;
                                }
                                break;
                            }

                            case Op.PopExceptJump:
                            {
                                f.ExcTop--;
                                CurrentException = null;
                                arg = code[ip++]; if (arg >= 0x80) arg = (arg & 0x7f) | (code[ip++] << 7);
                                off = arg;
                                ip += off;
                                break;
                            }

                            case Op.BuildTuple:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                n = arg;
                                sp -= n - 1;
                                s[sp] = PyTuple.Copy(s, sp, n);
                                break;
                            }

                            case Op.BuildList:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                n = arg;
                                sp -= n - 1;
                                s[sp] = PyList.Copy(s, sp, n);
                                break;
                            }

                            case Op.BuildMap:
                                // the size hint matters: the initial table size decides iteration order
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                s[++sp] = new PyDict(arg);
                                break;

                            case Op.StoreMap:
                            {
                                // (..., dict, value, key)
                                ((PyDict)s[sp - 2].Obj).Set(s[sp], s[sp - 1]);
                                sp -= 2;
                                break;
                            }

                            case Op.BuildSet:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                n = arg;
                                sp -= n - 1;
                                s[sp] = MakeSet(s, sp, n);
                                break;
                            }

                            case Op.BuildSlice:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                n = arg;
                                Value step = Value.None;
                                if (n == 3) step = s[sp--];
                                Value stop = s[sp--];
                                if ((code[ip] == Op.LoadSubscr || code[ip] == Op.StoreSubscr) && AllowsStackSlice(s[sp - 1]))
                                {
                                    PySlice sl = f.StackSlice;
                                    if (sl == null) f.StackSlice = sl = new PySlice();
                                    sl.Start = s[sp];
                                    sl.Stop = stop;
                                    sl.Step = step;
                                    s[sp] = sl;
                                    break;
                                }
                                s[sp] = MakeSlice(s[sp], stop, step);
                                break;
                            }

                            case Op.StoreComp:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                n = arg;
                                w = s[sp - (n >> 2)];
                                int kind = n & 3;
                                if (kind == 0)
                                {
                                    ListAppend(w, s[sp]);
                                    sp--;
                                }
                                else if (kind == 1)
                                {
                                    ((PyDict)w.Obj).Set(s[sp], s[sp - 1]);
                                    sp -= 2;
                                }
                                else
                                {
                                    SetAdd(w, s[sp]);
                                    sp--;
                                }
                                break;
                            }

                            case Op.UnpackSequence:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                n = arg;
                                seq = s[sp--];
                                UnpackSequence(seq, n, s, sp + 1);
                                sp += n;
                                break;
                            }

                            case Op.UnpackEx:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                n = arg;
                                seq = s[sp];
                                UnpackEx(seq, n, s, sp);
                                sp += (n & 0xff) + ((n >> 8) & 0xff);
                                break;
                            }

                            case Op.MakeFunction:
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                child = f.Code.ChildPosition(arg);
                                fn = new PyFunction(f.Code.Context, child, f.Globals);
                                s[++sp] = fn;
                                break;

                            case Op.MakeFunctionDefargs:
                            {
                                // (..., def_tuple, def_dict)
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                child = f.Code.ChildPosition(arg);
                                sp--;
                                fn = new PyFunction(f.Code.Context, child, f.Globals, s[sp], s[sp + 1], null);
                                s[sp] = fn;
                                break;
                            }

                            case Op.MakeClosure:
                            case Op.MakeClosureDefargs:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                child = f.Code.ChildPosition(arg);
                                int nc = code[ip++];
                                Value[] cells = Value.NewArray(nc);
                                sp -= nc;
                                System.Array.Copy(s, sp + 1, cells, 0, nc);
                                if (op == Op.MakeClosure)
                                {
                                    fn = new PyFunction(f.Code.Context, child, f.Globals, Value.Null, Value.Null, cells);
                                    s[++sp] = fn;
                                }
                                else
                                {
                                    sp--;
                                    fn = new PyFunction(f.Code.Context, child, f.Globals, s[sp], s[sp + 1], cells);
                                    s[sp] = fn;
                                }
                                break;
                            }

                            case Op.CallFunction:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                n = arg;
                                nPos = n & 0xff;
                                nKw = (n >> 8) & 0xff;
                                sp -= nPos + 2 * nKw;
                                w = s[sp];
                                if (!w.IsObj) throw TypeErr("'" + Rt.TypeNameOf(w) + "' object isn't callable");
                                fn = w.Obj as PyFunction;
#if MP_OPT_SPEED
                                if (fn != null && ((fn.PlainCode ?? fn.Code).ScopeFlags & ScopeFlag.Generator) == 0)
#else
                                if (fn != null && (fn.Code.ScopeFlags & ScopeFlag.Generator) == 0)
#endif
                                {
                                    // a Python function runs in this loop (an inline call): no host call, no new
                                    // dispatch frame; the result goes to s[sp] when it returns
                                    callee = EnterCall(fn, s, sp + 1, nPos, nKw);
                                }
                                else if (w.Obj is PyType && (inst = Rt.PlainConstruct((PyType)w.Obj, out fn)) != null)
                                {
                                    // a class made the plain way: its __init__ runs inline with the new instance as
                                    // self in the class's slot, which keeps it as the result (Frame.Init)
                                    s[sp] = inst;
                                    callee = EnterCall(fn, s, sp, nPos + 1, nKw);
                                    callee.Init = true;
                                }
                                else if (w.Obj is PyInstance && (fn = Rt.PlainCallMethod((PyInstance)w.Obj)) != null)
                                {
                                    // an instance whose __call__ is a plain function: self is in its slot already
                                    callee = EnterCall(fn, s, sp, nPos + 1, nKw);
                                }
                                else
                                {
                                    s[sp] = w.Obj.Call(s, sp + 1, nPos, nKw);
                                    break;
                                }
                                goto enterCallee;
                            }

                            case Op.CallFunctionVarKw:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                n = arg;
                                nPos = n & 0xff;
                                nKw = (n >> 8) & 0xff;
                                sp -= nPos + 2 * nKw + 1;
                                s[sp] = CallVarKw(s, sp, false, nPos, nKw);
                                break;
                            }

                            case Op.CallMethod:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                n = arg;
                                nPos = n & 0xff;
                                nKw = (n >> 8) & 0xff;
                                sp -= nPos + 2 * nKw + 1;
                                fn = s[sp].Obj as PyFunction;
#if MP_OPT_SPEED
                                if (fn != null && ((fn.PlainCode ?? fn.Code).ScopeFlags & ScopeFlag.Generator) == 0)
#else
                                if (fn != null && (fn.Code.ScopeFlags & ScopeFlag.Generator) == 0)
#endif
                                {
                                    // inline, as CALL_FUNCTION (self, when there is one, is the first argument)
                                    callee = s[sp + 1].IsNull ? EnterCall(fn, s, sp + 2, nPos, nKw) : EnterCall(fn, s, sp + 1, nPos + 1, nKw);
                                    goto enterCallee;
                                }
#if MP_OPT_SPEED
                                // a built-in method with its self (dict.get, list.append): straight to it
                                if (s[sp].Obj is PyBuiltin && !s[sp + 1].IsNull)
                                {
                                    s[sp] = ((PyBuiltin)s[sp].Obj).Call(s, sp + 1, nPos + 1, nKw);
                                    break;
                                }
#endif
                                s[sp] = CallMethodAt(s, sp, nPos, nKw);
                                break;
                            }

                            case Op.CallMethodVarKw:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                n = arg;
                                nPos = n & 0xff;
                                nKw = (n >> 8) & 0xff;
                                sp -= nPos + 2 * nKw + 2;
                                s[sp] = CallVarKw(s, sp, true, nPos, nKw);
                                break;
                            }

                            case Op.ReturnValue:
                                goto unwindReturn;

                            case Op.RaiseLast:
                            {
                                PyBaseException last = null;
                                for (e = f.ExcTop; e >= 0; e--)
                                {
                                    if (f.ExcPrev[e] != null)
                                    {
                                        last = f.ExcPrev[e];
                                        break;
                                    }
                                }
                                if (last == null) throw Rt.RuntimeError("no active exception to reraise");
                                throw new PyException(last);
                            }

                            case Op.RaiseObj:
                                throw new PyException(MakeRaiseObj(s[sp]));

                            case Op.RaiseFrom:
                                // MicroPython warns and drops the cause (mp_warning goes to stderr)
                                if (!s[sp].IsNone) Warnings.Warn("exception chaining not supported");
                                sp--;
                                throw new PyException(MakeRaiseObj(s[sp]));

                            case Op.YieldValue:
                                f.Ip = f.CodeBase + ip;
                                f.Sp = sp;
                                if (f.Caller == null)
                                {
                                    yielded = true;
                                    return s[sp];
                                }
                                // a delegate resumed inline by YIELD_FROM: the value goes out through its delegators,
                                // each left at its YIELD_FROM with the value in its send slot, as YieldFrom leaves it
                                w = s[sp];
                                do
                                {
                                    ((PyGenerator)f.Caller.S[f.Caller.Sp].Obj).LeaveInline(false);
                                    f = LeaveCall(f);
                                    f.Ip = f.CodeBase + f.OpStart;
                                    f.S[++f.Sp] = w;
                                } while (f.Caller != null);
                                yielded = true;
                                return w;

                            case Op.YieldFrom:
                            {
                                sp--;
                                f.Sp = sp;
                                gen = s[sp].Obj as PyGenerator;
                                if (gen != null && _depth < MaxDepth && (callee = gen.EnterInline(s[sp + 1])) != null)
                                {
                                    // the delegate runs in this loop (an inline resume, at the next depth and with its
                                    // f.Globals, as Resume would run it): its yields go out through this instruction
                                    // (YIELD_VALUE), its return value lands in s[sp]
                                    _depth++;
                                    if (callee.Globals != Globals) Globals = callee.Globals;
                                    goto enterCallee;
                                }
                                if (YieldFrom(s, sp, null, out w))
                                {
                                    ip = f.OpStart;
                                    s[++sp] = w;
                                    f.Ip = f.CodeBase + ip;
                                    f.Sp = sp;
                                    yielded = true;
                                    return w;
                                }
                                break;
                            }

                            case Op.ImportName:
                            {
                                // (..., level, fromlist) -> (..., module)
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                q = f.Code.Context.Qstrs[arg]; if (q == 0) q = WideQstr(f, arg);
                                w = s[sp--];
                                s[sp] = Imports.ImportName(q, w, s[sp], f.Globals);
                                break;
                            }

                            case Op.ImportFrom:
                            {
                                arg = code[ip++]; if (arg >= 0x80) { arg = VarUint.TailAt(code, ip, arg); ip = VarUint.SkipTail(code, ip); }
                                q = f.Code.Context.Qstrs[arg]; if (q == 0) q = WideQstr(f, arg);
                                s[sp + 1] = Imports.ImportFrom(s[sp], q);
                                sp++;
                                break;
                            }

                            case Op.ImportStar:
                                Imports.ImportAll(s[sp--], Locals ?? f.Globals);
                                break;

                            // multi-opcodes: the operand is in the opcode byte; listed so the switch stays one jump table
                            case 0x70: case 0x71: case 0x72: case 0x73: case 0x74: case 0x75: case 0x76: case 0x77:
                            case 0x78: case 0x79: case 0x7a: case 0x7b: case 0x7c: case 0x7d: case 0x7e: case 0x7f:
                            case 0x80: case 0x81: case 0x82: case 0x83: case 0x84: case 0x85: case 0x86: case 0x87:
                            case 0x88: case 0x89: case 0x8a: case 0x8b: case 0x8c: case 0x8d: case 0x8e: case 0x8f:
                            case 0x90: case 0x91: case 0x92: case 0x93: case 0x94: case 0x95: case 0x96: case 0x97:
                            case 0x98: case 0x99: case 0x9a: case 0x9b: case 0x9c: case 0x9d: case 0x9e: case 0x9f:
                            case 0xa0: case 0xa1: case 0xa2: case 0xa3: case 0xa4: case 0xa5: case 0xa6: case 0xa7:
                            case 0xa8: case 0xa9: case 0xaa: case 0xab: case 0xac: case 0xad: case 0xae: case 0xaf:
                                s[++sp] = Value.FromInt(op - Op.LoadConstSmallIntMulti - Op.SmallIntMultiExcess);
                                break;

                            case 0xb0: case 0xb1: case 0xb2: case 0xb3: case 0xb4: case 0xb5: case 0xb6: case 0xb7:
                            case 0xb8: case 0xb9: case 0xba: case 0xbb: case 0xbc: case 0xbd: case 0xbe: case 0xbf:
                            {
                                v = s[f.Top - (op - Op.LoadFastMulti)];
                                if (v.IsNull) throw UnboundLocal();
                                s[++sp] = v;
                                break;
                            }

                            case 0xc0: case 0xc1: case 0xc2: case 0xc3: case 0xc4: case 0xc5: case 0xc6: case 0xc7:
                            case 0xc8: case 0xc9: case 0xca: case 0xcb: case 0xcc: case 0xcd: case 0xce: case 0xcf:
                                s[f.Top - (op - Op.StoreFastMulti)] = s[sp--];
                                break;

                            case 0xd0: case 0xd1: case 0xd2: case 0xd3:
                                s[sp] = Rt.UnaryOp(op - Op.UnaryOpMulti, s[sp]);
                                break;

                            case 0xd7: case 0xd8: case 0xd9: case 0xda: case 0xdb: case 0xdc: case 0xdd: case 0xde:
                            case 0xdf: case 0xe0: case 0xe1: case 0xe2: case 0xe3: case 0xe4: case 0xe5: case 0xe6:
                            case 0xe7: case 0xe8: case 0xe9: case 0xea: case 0xeb: case 0xec: case 0xed: case 0xee:
                            case 0xef: case 0xf0: case 0xf1: case 0xf2: case 0xf3: case 0xf4: case 0xf5: case 0xf6:
                            case 0xf7: case 0xf8: case 0xf9:
                            {
                                Value rhs = s[sp--];
                                Value lhs = s[sp];
                                int bop = op - Op.BinaryOpMulti;
                                PyObject lo = lhs.Obj, ro = rhs.Obj;
                                if (lo == Value.IntTag)
                                {
                                    if (ro == Value.IntTag)
                                    {
                                        // the commonest small-int ops here, not behind a call and a second switch
                                        // (SmallIntOp has the rest; an overflow goes the general, big-int way)
                                        long x = lhs.Bits, y = rhs.Bits;
                                        switch (bop)
                                        {
                                            case BinaryOpKind.Less: s[sp] = x < y ? Value.True : Value.False; continue;
                                            case BinaryOpKind.More: s[sp] = x > y ? Value.True : Value.False; continue;
                                            case BinaryOpKind.Equal: s[sp] = x == y ? Value.True : Value.False; continue;
                                            case BinaryOpKind.LessEqual: s[sp] = x <= y ? Value.True : Value.False; continue;
                                            case BinaryOpKind.MoreEqual: s[sp] = x >= y ? Value.True : Value.False; continue;
                                            case BinaryOpKind.NotEqual: s[sp] = x != y ? Value.True : Value.False; continue;
                                            case BinaryOpKind.Add:
                                            case BinaryOpKind.InplaceAdd:
                                                // no overflow iff the sum's sign differs from neither operand's
                                                if (((x ^ (x + y)) & (y ^ (x + y))) >= 0)
                                                {
                                                    s[sp] = Value.FromInt(x + y);
                                                    continue;
                                                }
                                                break;
                                            case BinaryOpKind.Subtract:
                                            case BinaryOpKind.InplaceSubtract:
                                                if (((x ^ y) & (x ^ (x - y))) >= 0)
                                                {
                                                    s[sp] = Value.FromInt(x - y);
                                                    continue;
                                                }
                                                break;
                                            case BinaryOpKind.And:
                                            case BinaryOpKind.InplaceAnd:
                                                s[sp] = Value.FromInt(x & y);
                                                continue;
                                            case BinaryOpKind.Or:
                                            case BinaryOpKind.InplaceOr:
                                                s[sp] = Value.FromInt(x | y);
                                                continue;
                                            case BinaryOpKind.Xor:
                                            case BinaryOpKind.InplaceXor:
                                                s[sp] = Value.FromInt(x ^ y);
                                                continue;
                                            case BinaryOpKind.RShift:
                                            case BinaryOpKind.InplaceRShift:
                                                if ((ulong)y <= 63)
                                                {
                                                    s[sp] = Value.FromInt(x >> (int)y);
                                                    continue;
                                                }
                                                break;
                                            case BinaryOpKind.Multiply:
                                            case BinaryOpKind.InplaceMultiply:
                                                // operands within 31 bits cannot overflow
                                                if ((ulong)(x - int.MinValue) <= uint.MaxValue && (ulong)(y - int.MinValue) <= uint.MaxValue)
                                                {
                                                    s[sp] = Value.FromInt(x * y);
                                                    continue;
                                                }
                                                break;
                                        }
                                        if (SmallIntOp(bop, x, y, ref s[sp])) break;
                                    }
#if MP_OPT_SPEED
                                    else if (ro == Value.FloatTag && FloatOp(bop, Float32.FromLong(lhs.Bits), rhs.Float, false, ref s[sp])) break;
#endif
                                }
#if MP_OPT_SPEED
                                else if (lo == Value.FloatTag)
                                {
                                    if (ro == Value.FloatTag)
                                    {
                                        if (FloatOp(bop, lhs.Float, rhs.Float, true, ref s[sp])) break;
                                    }
                                    else if (ro == Value.IntTag && FloatOp(bop, lhs.Float, Float32.FromLong(rhs.Bits), false, ref s[sp])) break;
                                }
#if MP_COMPLEX
                                else if (lo is PyComplex && ComplexOp(bop, (PyComplex)lo, rhs, ref s[sp])) break;
#endif
                                else if (lo is PyStr && bop <= BinaryOpKind.NotEqual && StrCompare(bop, (PyStr)lo, rhs, ref s[sp])) break;
#endif
                                s[sp] = Rt.BinaryOp(bop, lhs, rhs);
                                break;
                            }

#if MP_OPT_SPEED
                            // every byte value has a case, so the switch's jump table needs no range check
                            case 0x00: case 0x01: case 0x02: case 0x03: case 0x04: case 0x05: case 0x06: case 0x07:
                            case 0x08: case 0x09: case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x0e: case 0x0f:
                            case 0xfa: case 0xfb: case 0xfc: case 0xfd: case 0xfe: case 0xff:
#endif
                            default:
                                throw Rt.NotImplementedError("opcode");
                        }
                        continue;

                    enterCallee:
                        // an inline call or resume (EnterCall, YIELD_FROM): f goes on after this instruction when
                        // callee returns, and callee runs here now
                        f.Ip = f.CodeBase + ip;
                        f.Sp = sp;
                        f.Callee = callee;
                        callee.Caller = f;
                        f = callee;
                        inject = null;
                        goto enter;

                    unwindJump:
                        {
                            // stack: (..., dest_ip, count); count's 0x80 bit: also pop a for-iterator
                            long unum = s[sp--].Bits;
                            resumed = false;
                            while ((unum & 0x7f) > 0)
                            {
                                unum -= 1;
                                e = f.ExcTop;
                                if ((f.ExcSp[e] & 1) != 0)
                                {
                                    if (f.ExcHandler[e] >= f.CodeBase + ip)
                                    {
                                        // run the finally block as a coroutine; END_FINALLY/WITH_CLEANUP
                                        // comes back here with the remaining count
                                        s[++sp] = Value.FromInt(unum);
                                        ip = f.ExcHandler[e] - f.CodeBase;
                                        resumed = true;
                                        break;
                                    }
                                    sp = CancelActiveFinally(s, sp);
                                }
                                f.ExcTop--;
                            }
                            if (resumed) continue;
                            ip = (int)s[sp--].Bits - f.CodeBase;
                            if (unum != 0) sp -= IterSlots;
                            continue;
                        }

                    unwindReturn:
                        {
                            resumed = false;
                            while (f.ExcTop >= 0)
                            {
                                e = f.ExcTop;
                                if ((f.ExcSp[e] & 1) != 0)
                                {
                                    if (f.ExcHandler[e] >= f.CodeBase + ip)
                                    {
                                        // run the finally first: (..., X, ret_val, -1), dropping iterators
                                        int fsp = f.ExcSp[e] >> 1;
                                        s[fsp + 1] = s[sp];
                                        sp = fsp + 1;
                                        s[++sp] = Value.FromInt(-1);
                                        ip = f.ExcHandler[e] - f.CodeBase;
                                        resumed = true;
                                        break;
                                    }
                                    sp = CancelActiveFinally(s, sp);
                                }
                                f.ExcTop--;
                            }
                            if (resumed) continue;
                            f.Ip = 0;
                            f.Sp = sp;
                            if (f.Caller == null) return s[sp];
                            // an inline call returns: its caller goes on after the call with the result (a delegate
                            // resumed inline by YIELD_FROM ends: its value is the yield from's)
                            v = s[sp];
                            if ((f.Code.ScopeFlags & ScopeFlag.Generator) != 0) ((PyGenerator)f.Caller.S[f.Caller.Sp].Obj).LeaveInline(true);
                            resumed = f.Init;
                            f = LeaveCall(f);
                            LetGoOfLine(f);
                            if (!resumed) f.S[f.Sp] = v;
                            else if (!v.IsNone) throw Rt.TypeError("__init__() should return None, not '" + Rt.TypeNameOf(v) + "'");
                            inject = null;
                            goto enter;
                        }
                    }
        }

        // Records the traceback entry and transfers control to the innermost live handler of f; false when
        // the frame has none (the exception propagates to the caller).
        private static bool HandleException(Frame f, PyBaseException exc, ref int ip, ref int sp)
        {
            int opStart = f.CodeBase + f.OpStart;
            CodeLine line = f.Code.Context.Image.Line(opStart);
            byte[] code = line.Data;
            int op = code[opStart - line.Base];
            if (exc.ExcType.IsSubclassOf(ExcTypes.StopIteration))
            {
                if (op == Op.ForIter)
                {
                    // a for-loop's iterator raised StopIteration: the loop ends
                    int p = opStart - line.Base + 1;
                    int off = VarUint.DecodeULabel(code, ref p);
                    ip = line.Base + p + off;
                    sp -= IterSlots;
                    return true;
                }
                if (op == Op.YieldFrom && exc != RaisedIntoYieldFrom)
                {
                    // the delegate finished: its StopIteration value is yield from's result
                    f.S[sp] = exc.Args.Items.Length > 0 ? exc.Args.Items[0] : Value.None;
                    ip = opStart + 1;
                    return true;
                }
            }
            if (op != Op.EndFinally && op != Op.RaiseLast)
            {
                RawCode rc = f.Code;
                exc.AddTraceback(rc.Context.SourceFile, LineInfo.SourceLineAt(rc, opStart), rc.Name);
            }
            while (f.ExcTop >= 0 && f.ExcHandler[f.ExcTop] <= opStart) f.ExcTop--;
            if (f.ExcTop < 0)
            {
                f.Ip = 0;
                return false;
            }
            int e = f.ExcTop;
            ip = f.ExcHandler[e];
            sp = f.ExcSp[e] >> 1;
            f.ExcPrev[e] = exc;
            CurrentException = exc;
            f.S[++sp] = exc;
            return true;
        }

        // SETUP_WITH: (..., mgr) -> (..., __exit__, self, as_value) with a finally block at self. Kept out of
        // Run (like the other rare opcodes) so Run's stack frame stays small for every call.
        private static int SetupWith(Frame f, Value[] s, int sp, int handler)
        {
            Value mgr = s[sp];
            Value m, self;
            Rt.LoadMethod(mgr, Q.__exit__, out m, out self);
            s[sp] = m;
            s[sp + 1] = self;
            Rt.LoadMethod(mgr, Q.__enter__, out m, out self);
            s[sp + 2] = m;
            s[sp + 3] = self;
            Value ret = CallMethodAt(s, sp + 2, 0, 0);
            sp += 1;
            PushHandler(f, handler, sp, true);
            s[++sp] = ret;
            return sp;
        }

        // WITH_CLEANUP: calls __exit__ for the three ways a with block ends (normally, by return/break,
        // by an exception) and leaves what END_FINALLY expects.
        private static int WithCleanup(Value[] s, int sp)
        {
            Value t = s[sp];
            if (t.IsNone)
            {
                // (..., __exit__, self, None): __exit__(None, None, None)
                s[sp + 1] = Value.None;
                s[sp + 2] = Value.None;
                sp -= 2;
                CallMethodAt(s, sp, 3, 0);
                s[sp] = Value.None;
                return sp;
            }
            if (t.IsSmallInt)
            {
                // unwind return or jump: (..., __exit__, self, data, cause)
                Value data = s[sp - 1];
                Value cause = s[sp];
                s[sp - 1] = Value.None;
                s[sp] = Value.None;
                s[sp + 1] = Value.None;
                CallMethodAt(s, sp - 3, 3, 0);
                s[sp - 3] = data;
                s[sp - 2] = cause;
                return sp - 2;
            }
            // (..., __exit__, self, exc): __exit__(type, exc, None); a true result swallows the exception
            s[sp + 1] = s[sp];
            s[sp] = Rt.TypeOf(s[sp + 1]);
            s[sp + 2] = Value.None;
            sp -= 2;
            Value r = CallMethodAt(s, sp, 3, 0);
            if (Rt.IsTrue(r)) s[sp] = Value.None;
            else s[sp] = s[sp + 3];
            return sp;
        }

        private static void PushHandler(Frame f, int handler, int sp, bool isFinally)
        {
            int e = ++f.ExcTop;
            f.ExcHandler[e] = handler;
            f.ExcSp[e] = (sp << 1) | (isFinally ? 1 : 0);
            f.ExcPrev[e] = null;
        }

        // Leaving an active finally block through return/break: drop what that finally was unwinding.
        private static int CancelActiveFinally(Value[] s, int sp)
        {
            if (s[sp - 1].IsSmallInt)
            {
                // (..., prev_dest_ip, prev_cause, dest_ip)
                s[sp - 2] = s[sp];
                return sp - 2;
            }
            // (..., None/exception, dest_ip)
            s[sp - 1] = s[sp];
            return sp - 1;
        }

        // Calls the method at s[at] (s[at+1] is self, or Null for a plain callable) with the arguments
        // that follow: MicroPython's mp_call_method_n_kw layout, straight from the stack.
        public static Value CallMethodAt(Value[] s, int at, int nPos, int nKw)
        {
            Value fn = s[at];
            if (!fn.IsObj) throw TypeErr("'" + Rt.TypeNameOf(fn) + "' object isn't callable");
            if (s[at + 1].IsNull) return fn.Obj.Call(s, at + 2, nPos, nKw);
            return fn.Obj.Call(s, at + 1, nPos + 1, nKw);
        }

        // Small-int fast path of BINARY_OP for the ops the dispatch loop leaves out (it has the comparisons,
        // + - * & | ^ >>): true with the result stored, false to take the general path (division by zero, the
        // long.MinValue corner, a shift that loses bits, and every other op).
        private static bool SmallIntOp(int bop, long x, long y, ref Value result)
        {
            switch (bop)
            {
                case BinaryOpKind.Modulo:
                case BinaryOpKind.InplaceModulo:
                    if (y == 0 || y == -1) return false; // ZeroDivisionError, and -1 (long.MinValue) in IntOps
                    result = Value.FromInt(IntOps.FloorMod(x, y));
                    return true;
                case BinaryOpKind.FloorDivide:
                case BinaryOpKind.InplaceFloorDivide:
                    if (y == 0 || y == -1) return false;
                    result = Value.FromInt(IntOps.FloorDiv(x, y));
                    return true;
                case BinaryOpKind.LShift:
                case BinaryOpKind.InplaceLShift:
                {
                    // only while no bit is lost (else a big int, in IntOps)
                    if (y < 0 || y > 62) return false;
                    long r = x << (int)y;
                    if (r >> (int)y != x) return false;
                    result = Value.FromInt(r);
                    return true;
                }
            }
            return false;
        }

#if MP_OPT_SPEED
        // The objects whose methods Rt.LoadMethod takes from their type's namespace, first from its own: not
        // instances, classes, modules, exceptions or super, which have namespaces of their own.
        private static bool HasPlainMethods(PyObject o)
        {
            return o != null && o.Type != null && !(o is PyInstance || o is PyType || o is PyModule || o is PyBaseException || o is PySuper);
        }

        // LOAD_METHOD of a built-in object's method, from the slot of its type's own namespace this instruction
        // found it in last time (LookupCache) if that still holds the name and a built-in function (a built-in
        // type's namespace is complete once made, and the own namespace is looked in first).
        // (HasPlainMethods inline: the type is read once; m is written once)
        private static bool BuiltinMethodHit(LookupCache lc, int position, Value obj, int q, out Value m)
        {
            int e = position & lc.Mask;
            PyObject o = obj.Obj;
            if (lc.Pos[e] == position + 1 && o != null
                && !(o is PyInstance || o is PyType || o is PyModule || o is PyBaseException || o is PySuper))
            {
                PyType t = o.Type;
                MapTable mt = t == null ? null : t.OwnMap;
                int n = lc.Slot[e];
                // (MapTable.HoldsQ inline: a namespace table's qstr ids, else a str key that knows it is q's text)
                ushort[] qk;
                PyStr k;
                if (mt != null && ((qk = mt.QKeys) != null ? (uint)n < (uint)qk.Length && qk[n] == q
                    : (uint)n < (uint)mt.Alloc && (k = mt.Keys[n].Obj as PyStr) != null && k.IsKnownQstr(q)))
                {
                    m = mt.Vals[n];
                    return m.Obj is PyBuiltin;
                }
            }
            m = Value.Null;
            return false;
        }
#endif

#if MP_OPT_SPEED
        // LOAD_SUBSCR's fast path past the dispatch loop's own (lists, bytearrays): a tuple's item, or a bytes
        // object's byte as an int (a lookup table such as an S-box), at a small-int index in range (else false:
        // the general path, which raises as their Subscr does).
        private static bool ItemAt(PyObject o, long i, ref Value result)
        {
            PyTuple t = o as PyTuple;
            if (t != null)
            {
                if (i < 0) i += t.Items.Length;
                if ((ulong)i >= (ulong)t.Items.Length) return false;
                result = t.Items[i];
                return true;
            }
            PyBytes b = o as PyBytes;
            if (b == null) return false;
            if (i < 0) i += b.Length;
            if ((ulong)i >= (ulong)b.Length) return false;
            result = Value.FromInt(b.Data[b.Offset + i]);
            return true;
        }
#endif

#if MP_OPT_SPEED
        // str compared with str in BINARY_OP (mp_obj_str_binary_op's comparisons): the bytes in order (UTF-8
        // orders as code points do), without Rt.BinaryOp's checks for numbers and user classes; false for a
        // right operand of another type.
        private static bool StrCompare(int bop, PyStr a, Value rhs, ref Value result)
        {
            PyStr b = rhs.Obj as PyStr;
            if (b == null) return false;
            bool r;
            if (bop == BinaryOpKind.Equal || bop == BinaryOpKind.NotEqual)
            {
                // the same object, or the same length and bytes (two known hashes that differ settle it at once)
                r = a == b || (a.Length == b.Length && (a.CachedHash == 0 || b.CachedHash == 0 || a.CachedHash == b.CachedHash)
                    && SeqArgs.BytesEqual(a.Data, a.Offset, a.Length, b.Data, b.Offset, b.Length));
                if (bop == BinaryOpKind.NotEqual) r = !r;
            }
            else
            {
                r = SeqArgs.CompareBytes(bop, a.Data, a.Offset, a.Length, b.Data, b.Offset, b.Length);
            }
            result = r ? Value.True : Value.False;
            return true;
        }
#endif

#if MP_OPT_SPEED && MP_COMPLEX
        // Complex fast path of BINARY_OP: +, - and * (and their in-place forms, complex being immutable) of a
        // complex and a number, straight to objcomplex.c's arithmetic without the number-type dispatch of
        // Rt.BinaryOp; false to take the general path (other ops, and a right operand that is no number, whose
        // reflected method may answer).
        private static bool ComplexOp(int bop, PyComplex a, Value rhs, ref Value result)
        {
            if (bop >= BinaryOpKind.InplaceOr && bop <= BinaryOpKind.InplacePower) bop += BinaryOpKind.InplaceToPlain;
            if (bop < BinaryOpKind.Add || bop > BinaryOpKind.Multiply) return false;
            PyComplex c = rhs.Obj as PyComplex;
            if (c != null)
            {
                // complex with complex, the usual case, straight to the arithmetic: through FloatOps.Complex's
                // conversion of the operand it costs fft and mandel 2 % more instructions
                if (bop == BinaryOpKind.Add) result = new PyComplex(a.Real + c.Real, a.Imag + c.Imag);
                else if (bop == BinaryOpKind.Subtract) result = new PyComplex(a.Real - c.Real, a.Imag - c.Imag);
                else result = FloatOps.Multiply(a.Real, a.Imag, c.Real, c.Imag);
                return true;
            }
            Value r = FloatOps.Complex(bop, a.Real, a.Imag, rhs);
            if (r.IsNull) return false;
            result = r;
            return true;
        }
#endif

#if MP_OPT_SPEED
        // Float fast path of BINARY_OP (operands already as floats, an int converted as NumberOps converts it):
        // the arithmetic and order comparisons of mp_obj_float_binary_op; false to take the general path
        // (division by zero, power, modulo, ...). == and != only between two floats (bothFloat): an int
        // compares with a float through NumberOps.Equal.
        private static bool FloatOp(int bop, double x, double y, bool bothFloat, ref Value result)
        {
            switch (bop)
            {
                case BinaryOpKind.Less: result = x < y ? Value.True : Value.False; return true;
                case BinaryOpKind.More: result = x > y ? Value.True : Value.False; return true;
                case BinaryOpKind.LessEqual: result = x <= y ? Value.True : Value.False; return true;
                case BinaryOpKind.MoreEqual: result = x >= y ? Value.True : Value.False; return true;
                case BinaryOpKind.Equal:
                    if (!bothFloat) return false;
                    result = x == y ? Value.True : Value.False;
                    return true;
                case BinaryOpKind.NotEqual:
                    if (!bothFloat) return false;
                    result = x != y ? Value.True : Value.False;
                    return true;
                case BinaryOpKind.Add:
                case BinaryOpKind.InplaceAdd:
                    result = Value.FromFloat(x + y);
                    return true;
                case BinaryOpKind.Subtract:
                case BinaryOpKind.InplaceSubtract:
                    result = Value.FromFloat(x - y);
                    return true;
                case BinaryOpKind.Multiply:
                case BinaryOpKind.InplaceMultiply:
                    result = Value.FromFloat(x * y);
                    return true;
                case BinaryOpKind.TrueDivide:
                case BinaryOpKind.InplaceTrueDivide:
                    if (y == 0) return false;
                    result = Value.FromFloat(x / y);
                    return true;
            }
            return false;
        }
#endif

        // Truth of a value, with bools and small ints (the usual conditions) decided inline.
        // MP_TYPE_FLAG_SUBSCR_ALLOWS_STACK_SLICE: the types that never keep the slice they are subscripted with.
        // MicroPython sets it for bytearray and array only; list, tuple, str and bytes keep nothing of it either
        // and call no Python code while they read it (a list's slice assignment takes a list or tuple only), so
        // their slicing allocates no slice here (MP_OPT_SPEED).
        private static bool AllowsStackSlice(Value obj)
        {
            PyObject o = obj.Obj;
            return
#if MP_OPT_SPEED
                o is PyList || o is PyTuple || o is PyStr || o is PyBytes ||
#endif
#if MP_BYTEARRAY
                o is PyByteArray ||
#endif
#if MP_ARRAY
                o is PyArray || o is PyMemoryView ||
#endif
                false;
        }

        private static bool IsTrueFast(Value v)
        {
            PyObject o = v.Obj;
            if (o == PyBool.TrueObj) return true;
            if (o == PyBool.FalseObj) return false;
            if (o == Value.IntTag) return v.Bits != 0;
            return Rt.IsTrue(v);
        }

        private static PyException UnboundLocal()
        {
            return Rt.NameError("local variable referenced before assignment");
        }

        private static PyException NameNotDefined(int q)
        {
            return Rt.NameError("name '" + Qstr.Str(q) + "' isn't defined");
        }

        private static Value LoadName(int q, PyDict globals)
        {
            PyDict locals = Locals;
            if (locals != null && locals != globals)
            {
                Value v = locals.GetQ(q);
                if (!v.IsNull) return v;
            }
            return LoadGlobal(q, globals);
        }

        private static Value LoadGlobal(int q, PyDict globals)
        {
            Value v = globals.GetQ(q);
            if (!v.IsNull) return v;
            v = Builtins.Lookup(q);
            if (!v.IsNull) return v;
            throw NameNotDefined(q);
        }

        // LOAD_GLOBAL's miss: the look-up, remembered for the instruction at position (LookupCache).
        private static Value LoadGlobal(ModuleContext ctx, int position, int q, PyDict globals)
        {
            MapTable g = globals.Map;
#if MP_OPT_SPEED
            MapTable bm;
            int n = LookupCache.FindBuiltin(ctx, position, g, q, out bm);
            if (n >= 0) return bm.Vals[n];
            n = LookupCache.Find(ctx, position, g, q);
            if (n >= 0) return g.Vals[n];
            n = Builtins.Slot(q, out bm);
            if (n >= 0)
            {
                LookupCache.KeepBuiltin(ctx, position, g, n);
                return bm.Vals[n];
            }
#else
            int n = LookupCache.Find(ctx, position, g, q);
            if (n >= 0) return g.Vals[n];
            Value v = Builtins.Lookup(q);
            if (!v.IsNull) return v;
#endif
            throw NameNotDefined(q);
        }

        // mp_make_raise_obj: a class is instantiated, an instance is used, anything else is a TypeError.
        private static PyBaseException MakeRaiseObj(Value o)
        {
            PyType t = o.Obj as PyType;
            if (t != null && ExcTypes.IsException(t))
            {
                Value inst = Rt.Call(o, Value.NewArray(0), 0, 0, 0);
                PyBaseException pe = inst.Obj as PyBaseException;
                if (pe != null) return pe;
            }
            PyBaseException e = o.Obj as PyBaseException;
            if (e != null) return e;
            return Rt.TypeError("exceptions must derive from BaseException").Exc;
        }

        // .NET failures become Python exceptions (malformed input must never crash the host).
        // How many host exceptions were turned into Python ones (fuzzing reports it: each is bytecode that
        // passed the verifier yet broke an invariant the VM relies on, such as stack depth).
        public static int HostExceptionsMapped;

        public static PyBaseException MapHostException(System.Exception ex)
        {
            PyException pe = ex as PyException;
            if (pe != null) return pe.Exc;
            HostExceptionsMapped++;
            if (ex is System.OutOfMemoryException) return Rt.MemoryError("memory allocation failed").Exc;
            if (ex is System.InvalidCastException) return Rt.TypeError("bad operand type").Exc;
            // IndexOutOfRange/NullReference: malformed input reached an unchecked path
            return Rt.RuntimeError("internal error").Exc;
        }
    }
}
