namespace NanoMpy
{
    // A generator instance (mp_obj_gen_instance_t): the frame of a generator function, suspended at a
    // yield. Resume runs it until the next yield or its end.
    public sealed class PyGenerator : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        // Resume results (mp_vm_return_kind_t; exceptions propagate as PyException).
        public const int Return = 0;
        public const int Yield = 1;

        private readonly Frame _frame;
        private bool _running;
        private bool _finished;

        internal PyGenerator(Frame frame)
        {
            _frame = frame;
        }

        public override PyType Type { get { return TypeObj; } }

        private bool JustStarted { get { return _frame.Sp < 0 && _frame.Ip == _frame.Code.BytecodeStart; } }

        // The frame to run in the resuming dispatch loop (an inline resume by YIELD_FROM, Vm.Dispatch), marked
        // running, with send in place; null when the resume needs Resume's own checks (finished, running, a
        // pending throw, a value sent to a just-started generator).
        internal Frame EnterInline(Value send)
        {
            if (_finished || _running || !_pendExc.IsNone) return null;
            if (JustStarted)
            {
                if (!send.IsNone) return null;
            }
            else
            {
                _frame.S[_frame.Sp] = send;
            }
            _running = true;
            return _frame;
        }

        // An inline resume ends: the generator yielded (finished false) or ended (returned or raised).
        internal void LeaveInline(bool finished)
        {
            _running = false;
            if (finished) _finished = true;
        }

        // mp_obj_gen_resume: sends a value in (or throws an exception in) and runs to the next yield.
        public int Resume(Value send, PyBaseException throwIn, out Value ret)
        {
            if (_finished)
            {
                ret = Value.None;
                if (throwIn != null) throw new PyException(throwIn);
                return Return;
            }
            if (_running) throw Rt.ValueError("generator already executing");
            if (!_pendExc.IsNone)
            {
                // set by pend_throw: thrown in at this resume
                Value pend = _pendExc;
                _pendExc = Value.None;
                throwIn = ToException(pend);
            }
            if (JustStarted)
            {
                if (!send.IsNone && throwIn == null) throw Rt.TypeError("can't send non-None value to a just-started generator");
            }
            else
            {
                _frame.S[_frame.Sp] = send;
            }
            _running = true;
            bool yielded;
            try
            {
                ret = Vm.Resume(_frame, throwIn, out yielded);
            }
            catch (PyException e)
            {
                _finished = true;
                if (e.Exc.ExcType.IsSubclassOf(ExcTypes.StopIteration))
                {
                    throw Rt.RuntimeError("generator raised StopIteration");
                }
                throw;
            }
            finally
            {
                _running = false;
            }
            if (yielded) return Yield;
            _finished = true;
            return Return;
        }

        public override Value GetIter()
        {
            return this;
        }

        // The end of the generator is Null whatever it returned (gen_instance_iternext); `yield from`
        // gets the return value through Resume instead.
        public override Value IterNext()
        {
            Value ret;
            if (Resume(Value.None, null, out ret) == Yield) return ret;
            Vm.StopIterationArg = ret.IsNone ? Value.Null : ret;
            return Value.Null;
        }

        private static PyException StopWith(Value v)
        {
            if (v.IsNone) return Rt.StopIteration();
            return Rt.RaiseWith(ExcTypes.StopIteration, v);
        }

        private Value ResumeAndRaise(Value send, PyBaseException throwIn)
        {
            Value ret;
            if (Resume(send, throwIn, out ret) == Yield) return ret;
            throw StopWith(ret);
        }

        public Value Send(Value v)
        {
            return ResumeAndRaise(v, null);
        }

        // gen.throw(exc): exc may be an exception class or instance.
        // pend_throw(exc) (MICROPY_PY_GENERATOR_PEND_THROW): exc is thrown in at the next resume; returns what
        // was pending before (None when nothing).
        private Value _pendExc = Value.None;

        private static Value PendThrowFn(Value self, Value exc)
        {
            PyGenerator g = Self(self);
            if (g._running) throw Rt.ValueError("generator already executing");
            Value prev = g._pendExc;
            g._pendExc = exc;
            return prev;
        }

        private static PyBaseException ToException(Value exc)
        {
            PyBaseException e = exc.Obj as PyBaseException;
            if (e != null) return e;
            PyType t = exc.Obj as PyType;
            if (t == null || !ExcTypes.IsException(t)) throw Rt.TypeError("exceptions must derive from BaseException");
            e = Rt.Call(exc, Value.NewArray(0), 0, 0, 0).Obj as PyBaseException;
            if (e == null) throw Rt.TypeError("exceptions must derive from BaseException");
            return e;
        }

        public Value Throw(Value exc)
        {
            PyBaseException e = exc.Obj as PyBaseException;
            if (e == null)
            {
                PyType t = exc.Obj as PyType;
                if (t == null || !ExcTypes.IsException(t)) throw Rt.TypeError("exceptions must derive from BaseException");
                Value inst = Rt.Call(exc, Value.NewArray(0), 0, 0, 0);
                e = inst.Obj as PyBaseException;
                if (e == null) throw Rt.TypeError("exceptions must derive from BaseException");
            }
            return ResumeAndRaise(Value.None, e);
        }

        public Value Close()
        {
            if (_finished || JustStarted)
            {
                _finished = true;
                return Value.None;
            }
            PyBaseException ge = new PyBaseException(ExcTypes.GeneratorExit, PyTuple.Empty);
            try
            {
                Value ret;
                if (Resume(Value.None, ge, out ret) == Yield) throw Rt.RuntimeError("generator ignored GeneratorExit");
                return Value.None;
            }
            catch (PyException e)
            {
                if (e.Exc.ExcType.IsSubclassOf(ExcTypes.GeneratorExit) || e.Exc.ExcType.IsSubclassOf(ExcTypes.StopIteration)) return Value.None;
                throw;
            }
        }

        public override void Print(Printer p, int kind)
        {
            p.Write("<generator object '");
            p.Write(Qstr.Str(_frame.Code.Name));
            p.Write("' at ");
            p.Write(Rt.IdentityHash(this).ToString("x"));
            p.Write(">");
        }

        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("generator"), PyType.ObjectType);
            t.FillOnFirstUse(FillMethods);
            return t;
        }

        // Methods made on first use of the type (PyType.FillOnFirstUse).
        private static void FillMethods(PyType t)
        {
            t.AddMethod(new PyBuiltin("send", SendFn));
            t.AddMethod(new PyBuiltin("throw", 2, 4, ThrowFn));
            t.AddMethod(new PyBuiltin("close", CloseFn));
            t.AddMethod(new PyBuiltin("pend_throw", PendThrowFn));
            t.AddMethod(new PyBuiltin("__next__", NextFn));
        }

        private static PyGenerator Self(Value v)
        {
            PyGenerator g = v.Obj as PyGenerator;
            if (g == null) throw Rt.TypeError("expected a generator");
            return g;
        }

        private static Value SendFn(Value self, Value v) { return Self(self).Send(v); }
        // throw(type[, value[, tb]]): a value other than None is what is thrown (objgenerator.c reduces the
        // arguments to one that way).
        private static Value ThrowFn(Value[] args, int start, int n)
        {
            Value exc = args[start + 1];
            if (n > 2 && !args[start + 2].IsNone) exc = args[start + 2];
            return Self(args[start]).Throw(exc);
        }
        private static Value CloseFn(Value self) { return Self(self).Close(); }

        private static Value NextFn(Value self)
        {
            Value r = Self(self).IterNext();
            if (r.IsNull) throw Rt.StopIteration();
            return r;
        }
    }
}
