namespace NanoMpy
{
    // slice (py/objslice.c): start/stop/step attributes, indices(), and the bounds sequences slice with.
    // Not constructible from Python in MicroPython (slice(...) raises); made by BUILD_SLICE.
    public sealed class PySlice : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }
#if MP_BUILTINS_EXTRAS
        private static readonly int QIndices = Qstr.Intern("indices");
#endif

        public Value Start;   // changed only on a frame's stack slice (Frame.StackSlice)
        public Value Stop;
        public Value Step;

        public PySlice(Value start, Value stop, Value step)
        {
            Start = start;
            Stop = stop;
            Step = step;
        }

        // The frame's reusable slice: MicroPython builds it on the C stack, so it is never refused by a locked heap.
        public PySlice() : base(true)
        {
            Start = Value.None;
            Stop = Value.None;
            Step = Value.None;
        }

        public override PyType Type { get { return TypeObj; } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("slice"), PyType.ObjectType);
#if MP_BUILTINS_EXTRAS
            t.FillOnFirstUse(FillMethods);
#endif
            return t;
        }

#if MP_BUILTINS_EXTRAS
        // start, stop, step and indices() (MICROPY_PY_BUILTINS_SLICE_ATTRS, _SLICE_INDICES)

        // Methods made on first use of the type (PyType.FillOnFirstUse).
        private static void FillMethods(PyType t)
        {
            t.AddMethod(new PyBuiltin("indices", IndicesFn));
        }

        public override Value LoadAttr(int qstr)
        {
            if (qstr == Q.start) return Start;
            if (qstr == Q.stop) return Stop;
            if (qstr == Q.step) return Step;
            if (qstr == QIndices) return Rt.GenericLoadAttr(this, qstr);
            return Value.Null;
        }
#endif

        public override long Hash()
        {
            throw Rt.TypeError("unsupported type for __hash__: 'slice'");
        }

        // mp_obj_slice_indices: start/stop/step bound to a sequence of length len.
        public void Indices(long len, out long start, out long stop, out long step)
        {
            step = 1;
            if (!Step.IsNone)
            {
                step = SeqArgs.ToInt(Step);
                if (step == 0) throw Rt.ValueError("slice step can't be zero");
            }
            if (step > 0)
            {
                start = Start.IsNone ? 0 : Bound(SeqArgs.ToInt(Start), len, 0, len);
                stop = Stop.IsNone ? len : Bound(SeqArgs.ToInt(Stop), len, 0, len);
            }
            else
            {
                start = Start.IsNone ? len - 1 : Bound(SeqArgs.ToInt(Start), len, -1, len - 1);
                stop = Stop.IsNone ? -1 : Bound(SeqArgs.ToInt(Stop), len, -1, len - 1);
            }
        }

        private static long Bound(long i, long len, long lo, long hi)
        {
            if (i < 0) i += len;
            if (i < lo) i = lo;
            if (i > hi) i = hi;
            return i;
        }

        // mp_seq_get_fast_slice_indexes: bounds ready for SeqOps.Extract (stop exclusive in the step's
        // direction); true when step is 1.
        public bool SeqIndices(int len, out int start, out int stop, out int step)
        {
            long a, b, c;
            Indices(len, out a, out b, out c);
            if (c < 0) b++;
            if (c > 0 && a > b) b = a;
            else if (c < 0 && a < b) b = a + 1;
            start = (int)a;
            stop = (int)b;
            step = c > int.MaxValue ? int.MaxValue : c < -int.MaxValue ? -int.MaxValue : (int)c;
            return c == 1;
        }

#if MP_BUILTINS_EXTRAS
        private static Value IndicesFn(Value self, Value length)
        {
            PySlice s = self.Obj as PySlice;
            if (s == null) throw Rt.TypeError("argument has wrong type");
            long a, b, c;
            s.Indices(SeqArgs.ToInt(length), out a, out b, out c);
            return new PyTuple(new Value[] { Value.FromInt(a), Value.FromInt(b), Value.FromInt(c) });
        }
#endif

        public override void Print(Printer p, int kind)
        {
            p.Write("slice(");
            Rt.Print(p, Start, PrintKind.Repr);
            p.Write(", ");
            Rt.Print(p, Stop, PrintKind.Repr);
            p.Write(", ");
            Rt.Print(p, Step, PrintKind.Repr);
            p.Write(")");
        }

        // Bounds of a step-1 slice over a sequence of len items (mp_seq_get_fast_slice_indexes): false when
        // the step is not None/1. start/stop are clamped to 0..len and stop >= start.
        public bool FastIndices(int len, out int start, out int stop)
        {
            start = 0;
            stop = len;
            if (!Step.IsNone && !(Step.IsSmallInt && Step.Bits == 1)) return false;
            if (!Start.IsNone) start = Clamp(Start, len);
            if (!Stop.IsNone) stop = Clamp(Stop, len);
            if (stop < start) stop = start;
            return true;
        }

        private static int Clamp(Value v, int len)
        {
            long i = SeqArgs.ToInt(v);
            if (i < 0)
            {
                i += len;
                if (i < 0) i = 0;
            }
            else if (i > len)
            {
                i = len;
            }
            return (int)i;
        }
    }
}
