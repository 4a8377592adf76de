namespace NanoMpy
{
    // range (py/objrange.c). Without MICROPY_PY_BUILTINS_RANGE_BINOP (unix port), == is identity and `in`
    // iterates; there are no methods, only the start/stop/step attributes.
    public sealed class PyRange : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        public readonly long Start;
        public readonly long Stop;
        public readonly long Step;

        public PyRange(long start, long stop, long step)
        {
            Start = start;
            Stop = stop;
            Step = step;
        }

        public override PyType Type { get { return TypeObj; } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Q.range, PyType.ObjectType);
            t.MakeNew = MakeNew;
            return t;
        }

        private static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos < 1 || nPos > 3) throw Rt.ArgCountError(1, 3, nPos);
            if (nPos == 1) return new PyRange(0, SeqArgs.ToInt(args[start]), 1);
            long a = SeqArgs.ToInt(args[start]);
            long b = SeqArgs.ToInt(args[start + 1]);
            long c = 1;
            if (nPos == 3)
            {
                c = SeqArgs.ToInt(args[start + 2]);
                if (c == 0) throw Rt.ValueError("zero step");
            }
            return new PyRange(a, b, c);
        }

        public long Length
        {
            get
            {
                long len = Stop - Start + Step;
                if (Step > 0) len -= 1;
                else len += 1;
                len = len / Step;
                return len < 0 ? 0 : len;
            }
        }

        public override Value UnaryOp(int op)
        {
            if (op == UnaryOpKind.Bool) return Value.FromBool(Length > 0);
            if (op == UnaryOpKind.Len) return Value.FromInt(Length);
            return Value.Null;
        }

        public override Value Subscr(Value index, Value value)
        {
            if (!value.IsSentinel) return Value.Null;
            long len = Length;
            PySlice sl = index.Obj as PySlice;
            if (sl != null)
            {
                long a, b, c;
                sl.Indices(len, out a, out b, out c);
                return new PyRange(Start + a * Step, Start + b * Step, c * Step);
            }
            if (!SeqArgs.IsInt(index))
            {
                throw Rt.TypeError("range indices must be integers, not " + Rt.TypeNameOf(index));
            }
            long i = SeqArgs.ToInt(index);
            if (i < 0) i += len;
            if (i < 0 || i >= len) throw Rt.IndexError("range index out of range");
            return Value.FromInt(Start + i * Step);
        }

        public override Value LoadAttr(int qstr)
        {
            if (qstr == Q.start) return Value.FromInt(Start);
            if (qstr == Q.stop) return Value.FromInt(Stop);
            if (qstr == Q.step) return Value.FromInt(Step);
            return Rt.GenericLoadAttr(this, qstr);
        }

        public override Value GetIter()
        {
            return new PyRangeIterator(Start, Stop, Step);
        }

        public override void Print(Printer p, int kind)
        {
            p.Write("range(");
            p.WriteInt(Start);
            p.Write(", ");
            p.WriteInt(Stop);
            if (Step != 1)
            {
                p.Write(", ");
                p.WriteInt(Step);
            }
            p.Write(")");
        }
    }

    // Iterator of a range (mp_obj_range_it_t).
    public sealed class PyRangeIterator : PyObject
    {
        private long _cur;
        private readonly long _stop;
        private readonly long _step;

        public PyRangeIterator(long start, long stop, long step)
        {
            _cur = start;
            _stop = stop;
            _step = step;
        }

        public override PyType Type { get { return PyDictIterator.TypeObj; } }

        public override Value GetIter()
        {
            return this;
        }

        public override Value IterNext()
        {
            if ((_step > 0 && _cur < _stop) || (_step < 0 && _cur > _stop))
            {
                long v = _cur;
                _cur += _step;
                return Value.FromInt(v);
            }
            return Value.Null;
        }
    }
}
