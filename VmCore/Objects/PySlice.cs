namespace NanoMpy
{
    // slice (py/objslice.c). MINIMAL version made by the strings work so sequences can be sliced before the
    // container work lands; that work owns this file and may extend it (attributes, indices()).
    public sealed class PySlice : PyObject
    {
        public static readonly PyType TypeObj = new PyType(Qstr.Intern("slice"), PyType.ObjectType);

        public readonly Value Start;
        public readonly Value Stop;
        public readonly Value Step;

        public PySlice(Value start, Value stop, Value step)
        {
            Start = start;
            Stop = stop;
            Step = step;
        }

        public override PyType Type { get { return TypeObj; } }

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
