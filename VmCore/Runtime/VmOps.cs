namespace NanoMpy
{
    // The VM's out-of-line operations: argument binding (py/bc.c mp_setup_code_state), unpacking, calls
    // with */** arguments, yield from, and the range fast path of for-loops.
    public static partial class Vm
    {
        private static readonly int QBuildClass = Qstr.Intern("__build_class__");
        private static readonly int QAdd = Qstr.Intern("add");

        public static int BuildClassQstr { get { return QBuildClass; } }

        // BindArgs' buffer of parameter names (grows to the most a function has; scratch, not state).
        private static int[] _argNames = new int[8];

#if MP_OPT_SPEED
        // BindArgs' common call of a function without cells (PyFunction.PlainCode), exactly the positional
        // parameters and nothing else to bind, in a method of its own (EnterCall's): the call need not enter
        // BindArgs' large frame nor fetch the function's descriptor again. False when BindArgs must do it.
        private static bool BindPlain(Frame f, RawCode rc, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0 || rc.ScopeFlags != 0 || nPos != rc.NPosArgs || rc.NKwOnlyArgs != 0) return false;
            Value[] s = f.S;
            int top = f.NState - 1;
            for (int i = 0; i < nPos; i++) s[top - i] = args[start + i];
            if (rc.HasCells) InitCells(f);
            return true;
        }
#endif

        // Binds call arguments into f's locals: closed-over cells first (MicroPython passes them as the
        // leading positional arguments), then positional, *args tuple, keywords, defaults, **kwargs dict.
        internal static void BindArgs(Frame f, PyFunction fn, Value[] args, int start, int nPosGiven, int nKw)
        {
            RawCode rc = fn.Code;
            Value[] s = f.S;
            int top = f.NState - 1;
            if (nKw == 0 && rc.ScopeFlags == 0 && fn.Closure == null && nPosGiven == rc.NPosArgs && rc.NKwOnlyArgs == 0)
            {
                // the common call: exactly the positional parameters, nothing else to bind
                for (int i = 0; i < nPosGiven; i++) s[top - i] = args[start + i];
                if (rc.HasCells) InitCells(f);
                return;
            }
            int nPosArgs = rc.NPosArgs;
            int nKwOnly = rc.NKwOnlyArgs;
            int nDef = rc.NDefPosArgs;
            int flags = rc.ScopeFlags;
            Value[] closure = fn.Closure;
            int nClosed = closure == null ? 0 : closure.Length;
            int nArgs = nClosed + nPosGiven;
            int varSlot = top - nPosArgs - nKwOnly;

            if (nArgs > nPosArgs)
            {
                if ((flags & ScopeFlag.VarArgs) == 0) throw PosArgsMismatch(fn, nPosArgs, nArgs);
                int extra = nArgs - nPosArgs;
                s[varSlot--] = PyTuple.Copy(args, start + nPosGiven - extra, extra);
                nArgs = nPosArgs;
            }
            else
            {
                if ((flags & ScopeFlag.VarArgs) != 0) s[varSlot--] = PyTuple.Empty;
                if (nKw == 0 && (flags & ScopeFlag.DefKwArgs) == 0)
                {
                    if (nArgs >= nPosArgs - nDef)
                    {
                        Value[] defs = fn.Defaults;
                        for (int i = nArgs; i < nPosArgs; i++) s[top - i] = defs[i - (nPosArgs - nDef)];
                    }
                    else
                    {
                        throw PosArgsMismatch(fn, nPosArgs - nDef, nArgs);
                    }
                }
            }

            for (int i = 0; i < nClosed && i < nArgs; i++) s[top - i] = closure[i];
            for (int i = nClosed; i < nArgs; i++) s[top - i] = args[start + i - nClosed];

            if (nKw != 0 || (flags & ScopeFlag.DefKwArgs) != 0)
            {
                PyDict dict = null;
                if ((flags & ScopeFlag.VarKeywords) != 0)
                {
                    dict = new PyDict(nKw);
                    s[varSlot] = dict;
                }
                // the parameter names, decoded from the prelude (RawCode keeps none) into a buffer that only
                // this loop uses: nothing in it runs Python code
                int[] names = _argNames;
                if (names.Length < nPosArgs + nKwOnly) names = _argNames = new int[nPosArgs + nKwOnly];
                rc.ArgNamesInto(names);
                int kwBase = start + nPosGiven;
                for (int i = 0; i < nKw; i++)
                {
                    Value key = args[kwBase + 2 * i];
                    Value val = args[kwBase + 2 * i + 1];
                    int kq = KeyQstr(key);
                    bool found = false;
                    for (int j = 0; j < nPosArgs + nKwOnly; j++)
                    {
                        if (names[j] == kq)
                        {
                            if (!s[top - j].IsNull) throw MultipleValues(kq);
                            s[top - j] = val;
                            found = true;
                            break;
                        }
                    }
                    if (found) continue;
                    if (dict == null) throw Rt.TypeError("unexpected keyword argument '" + Qstr.Str(kq) + "'");
                    if (!dict.Get(key).IsNull) throw MultipleValues(kq);
                    dict.Set(key, val);
                }

                // defaults fill missing trailing positional arguments
                Value[] defs = fn.Defaults;
                for (int k = 0; k < nDef; k++)
                {
                    int j = nPosArgs - nDef + k;
                    if (s[top - j].IsNull) s[top - j] = defs[k];
                }
                for (int j = nPosArgs - nDef - 1; j >= 0; j--)
                {
                    if (s[top - j].IsNull) throw Rt.TypeError("function missing required positional argument #" + j);
                }
                for (int i = 0; i < nKwOnly; i++)
                {
                    int slot = top - nPosArgs - i;
                    if (!s[slot].IsNull) continue;
                    int q = names[nPosArgs + i];
                    Value dv = Value.Null;
                    PyDict kwd = fn.KwDefaults;
                    if (kwd != null) dv = kwd.GetQ(q);
                    if (dv.IsNull) throw Rt.TypeError("function missing required keyword argument '" + Qstr.Str(q) + "'");
                    s[slot] = dv;
                }
            }
            else
            {
                if (nKwOnly != 0) throw Rt.TypeError("function missing keyword-only argument");
                if ((flags & ScopeFlag.VarKeywords) != 0) s[varSlot] = new PyDict(0);
            }
            InitCells(f);
        }

        // The prelude's cell list (between the line-number table and the bytecode): locals that inner
        // functions close over become cells holding their current value.
        internal static void InitCells(Frame f)
        {
            RawCode rc = f.Code;
            if (!rc.HasCells) return;
            NanoMpy.Flash.CodeImage c = rc.Context.Image;
            int top = f.NState - 1;
            for (int p = rc.LineInfoEnd; p < rc.BytecodeStart; p++)
            {
                int local = c.ByteAt(p);
                f.S[top - local] = new PyCell(f.S[top - local]);
            }
        }

        private static int KeyQstr(Value key)
        {
            PyStr str = key.Obj as PyStr;
            if (str == null) throw Rt.TypeError("keywords must be strings");
            return str.Intern();
        }

        private static PyException MultipleValues(int q)
        {
            return Rt.TypeError("function got multiple values for argument '" + Qstr.Str(q) + "'");
        }

        private static PyException PosArgsMismatch(PyFunction fn, int expected, int given)
        {
            return Rt.TypeError(Qstr.Str(fn.Code.Name) + "() takes " + expected + " positional arguments but " + given + " were given");
        }

        // CALL_FUNCTION_VAR_KW / CALL_METHOD_VAR_KW: s[at] is the callable (then self when haveSelf),
        // then nPos positional (those flagged in the trailing bitmap are *iterables) and nKw pairs (a Null
        // key marks a **mapping). Builds a flat argument array (mp_call_prepare_args_n_kw_var).
        private static Value CallVarKw(Value[] s, int at, bool haveSelf, int nPos, int nKw)
        {
            Value fn = s[at];
            int a = at + 1;
            Value self = Value.Null;
            if (haveSelf) self = s[a++];
            long starMask = s[a + nPos + 2 * nKw].Bits;
            PyList pos = new PyList(nPos + 1);
            if (!self.IsNull) pos.Append(self);
            for (int i = 0; i < nPos; i++)
            {
                Value arg = s[a + i];
                if (((starMask >> i) & 1) != 0)
                {
                    PyTuple t = arg.Obj as PyTuple;
                    PyList l = arg.Obj as PyList;
                    if (t != null)
                    {
                        for (int k = 0; k < t.Items.Length; k++) pos.Append(t.Items[k]);
                    }
                    else if (l != null)
                    {
                        for (int k = 0; k < l.Count; k++) pos.Append(l.Items[k]);
                    }
                    else
                    {
                        Value it = Rt.GetIter(arg);
                        while (true)
                        {
                            Value x = Rt.IterNext(it);
                            if (x.IsNull) break;
                            pos.Append(x);
                        }
                    }
                }
                else
                {
                    pos.Append(arg);
                }
            }
            int nPosOut = pos.Count;
            for (int i = 0; i < nKw; i++)
            {
                Value key = s[a + nPos + 2 * i];
                Value val = s[a + nPos + 2 * i + 1];
                if (!key.IsNull)
                {
                    pos.Append(key);
                    pos.Append(val);
                    continue;
                }
                PyDict d = val.Obj as PyDict;
                if (d != null)
                {
                    int p = 0;
                    Value k, v;
                    while ((p = d.Next(p, out k, out v)) >= 0)
                    {
                        pos.Append(InternKey(k));
                        pos.Append(v);
                    }
                }
                else
                {
                    Value keys = Rt.Call0(Rt.LoadAttr(val, Q.keys));
                    Value it = Rt.GetIter(keys);
                    while (true)
                    {
                        Value k = Rt.IterNext(it);
                        if (k.IsNull) break;
                        pos.Append(InternKey(k));
                        pos.Append(Rt.Subscr(val, k, Value.Sentinel));
                    }
                }
            }
            int nKwOut = (pos.Count - nPosOut) / 2;
            return Rt.Call(fn, pos.Items, 0, nPosOut, nKwOut);
        }

        private static Value InternKey(Value k)
        {
            PyStr str = k.Obj as PyStr;
            if (str == null) throw Rt.TypeError("keywords must be strings");
            return Qstr.Obj(str.Intern());
        }

        // UNPACK_SEQUENCE: items land on the stack in reverse (last item deepest... first item on top).
        private static void UnpackSequence(Value seq, int n, Value[] s, int at)
        {
            Value[] items = null;
            int len = 0;
            PyTuple t = seq.Obj as PyTuple;
            PyList l = seq.Obj as PyList;
            if (t != null) { items = t.Items; len = t.Items.Length; }
            else if (l != null) { items = l.Items; len = l.Count; }
            if (items != null)
            {
                if (len < n) throw Rt.ValueError("need more than " + len + " values to unpack");
                if (len > n) throw Rt.ValueError("too many values to unpack (expected " + n + ")");
                for (int i = 0; i < n; i++) s[at + i] = items[n - 1 - i];
                return;
            }
            Value it = Rt.GetIter(seq);
            for (int i = 0; i < n; i++)
            {
                Value x = Rt.IterNext(it);
                if (x.IsNull) throw Rt.ValueError("need more than " + i + " values to unpack");
                s[at + n - 1 - i] = x;
            }
            if (!Rt.IterNext(it).IsNull) throw Rt.ValueError("too many values to unpack (expected " + n + ")");
        }

        // UNPACK_EX: a, *b, c = seq. s[at] holds seq on entry; left + 1 + right values are written from at.
        private static void UnpackEx(Value seq, int n, Value[] s, int at)
        {
            int left = n & 0xff, right = (n >> 8) & 0xff;
            PyList all = new PyList(8);
            Value it = Rt.GetIter(seq);
            while (true)
            {
                Value x = Rt.IterNext(it);
                if (x.IsNull) break;
                all.Append(x);
            }
            int len = all.Count;
            if (len < left + right) throw Rt.ValueError("need more than " + len + " values to unpack");
            // stack order: right items (reversed), the middle list, left items (reversed), first on top
            for (int i = 0; i < right; i++) s[at + i] = all.Items[len - 1 - i];
            s[at + right] = PyList.Copy(all.Items, left, len - left - right);
            for (int i = 0; i < left; i++) s[at + right + 1 + i] = all.Items[left - 1 - i];
        }

        private static void ListAppend(Value list, Value item)
        {
            PyList l = list.Obj as PyList;
            if (l != null)
            {
                l.Append(item);
                return;
            }
            Rt.Call1(Rt.LoadAttr(list, Q.append), item);
        }

        private static void SetAdd(Value set, Value item)
        {
            Value m, self;
            Rt.LoadMethod(set, QAdd, out m, out self);
            if (self.IsNull) Rt.Call1(m, item);
            else Rt.Call2(m, self, item);
        }

        private static Value MakeSet(Value[] s, int at, int n)
        {
            Value setType = Builtins.Lookup(Q.set);
            if (setType.IsNull) throw Rt.NameError("name 'set' isn't defined");
            Value set = Rt.Call(setType, Value.NewArray(0), 0, 0, 0);
            for (int i = 0; i < n; i++) SetAdd(set, s[at + i]);
            return set;
        }

        private static Value MakeSlice(Value start, Value stop, Value step)
        {
            return new PySlice(start, stop, step);
        }

        // for x in range(...): keeps (next, stop, step) as small ints in the iterator's stack slots, so each
        // step allocates nothing and makes no call.
        private static bool StartRangeLoop(Value obj, Value[] s, int b)
        {
            PyObject o = obj.Obj;
            if (o == null || !obj.IsObj || o.Type.Name != Q.range || o.Type.IsUser) return false;
            Value start = o.LoadAttr(Q.start);
            Value stop = o.LoadAttr(Q.stop);
            Value step = o.LoadAttr(Q.step);
            if (!start.IsSmallInt || !stop.IsSmallInt || !step.IsSmallInt || step.Bits == 0) return false;
            // cur + step must not overflow: keep the fast path to ranges well inside the long range
            if (start.Bits > long.MaxValue / 2 || start.Bits < long.MinValue / 2) return false;
            if (stop.Bits > long.MaxValue / 2 || stop.Bits < long.MinValue / 2) return false;
            if (step.Bits > long.MaxValue / 4 || step.Bits < long.MinValue / 4) return false;
            s[b] = Value.Sentinel;
            s[b + 1] = start;
            s[b + 2] = stop;
            s[b + 3] = step;
            return true;
        }

        // YIELD_FROM: stack (..., delegate, send_value). Resumes the delegate with the send value.
        // True: the delegate yielded yv (the caller re-arms YIELD_FROM and yields). False: the delegate
        // finished and its return value replaced it on the stack.
        // sp: the delegate's slot (the send value, already popped, is at sp + 1).
        private static bool YieldFrom(Value[] s, int sp, PyBaseException throwIn, out Value yv)
        {
            Value send = s[sp + 1];
            Value dlg = s[sp];
            Value ret;
            int kind = ResumeAny(dlg, send, throwIn, out ret);
            if (kind == PyGenerator.Yield)
            {
                yv = ret;
                return true;
            }
            s[sp] = ret;
            yv = Value.Null;
            if (throwIn != null && throwIn.ExcType.IsSubclassOf(ExcTypes.GeneratorExit)) throw new PyException(throwIn);
            return false;
        }

        // An exception thrown into a yield from whose delegate has no throw(): HandleException must not take
        // it (even a StopIteration) for the delegate's result.
        internal static PyBaseException RaisedIntoYieldFrom;

        // mp_resume: resumes a generator, or drives any iterator through __next__/send/throw.
        internal static int ResumeAny(Value dlg, Value send, PyBaseException throwIn, out Value ret)
        {
            PyGenerator g = dlg.Obj as PyGenerator;
            if (g != null) return g.Resume(send, throwIn, out ret);
            if (throwIn == null)
            {
                if (send.IsNone)
                {
                    StopIterationArg = Value.Null;
                    Value v = Rt.IterNext(dlg);
                    if (v.IsNull)
                    {
                        // the delegate's StopIteration value is the result of yield from
                        ret = StopIterationArg.IsNull ? Value.None : StopIterationArg;
                        StopIterationArg = Value.Null;
                        return PyGenerator.Return;
                    }
                    ret = v;
                    return PyGenerator.Yield;
                }
                ret = CallMethodQ(dlg, Q.send, send);
                return PyGenerator.Yield;
            }
            if (throwIn.ExcType.IsSubclassOf(ExcTypes.GeneratorExit))
            {
                Value closeM = Rt.LoadAttrMaybe(dlg, Q.close);
                if (!closeM.IsNull) Rt.Call0(closeM);
                throw new PyException(throwIn);
            }
            Value throwM = Rt.LoadAttrMaybe(dlg, Q.@throw);
            if (throwM.IsNull)
            {
                // raised in the delegating generator itself: not the delegate finishing (HandleException)
                RaisedIntoYieldFrom = throwIn;
                throw new PyException(throwIn);
            }
            ret = Rt.Call1(throwM, throwIn);
            return PyGenerator.Yield;
        }

        private static Value CallMethodQ(Value obj, int q, Value arg)
        {
            Value m, self;
            Rt.LoadMethod(obj, q, out m, out self);
            if (self.IsNull) return Rt.Call1(m, arg);
            return Rt.Call2(m, self, arg);
        }
    }
}
