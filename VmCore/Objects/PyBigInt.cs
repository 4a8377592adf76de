namespace NanoMpy
{
    // An int outside the long range (ints that fit a long are always small-int immediates). Arithmetic lives
    // in NumberOps/IntOps; this object only carries the value, prints it and hashes it like MicroPython.
    public sealed class PyBigInt : PyObject
    {
        public readonly BigInt Big;

        // Callers go through Make, which keeps the invariant.
        private PyBigInt(BigInt big)
        {
            Big = big;
        }

        public override PyType Type { get { return PyInt.TypeObj; } }

        // The Value of an int: a small int when it fits a long, else a PyBigInt.
        public static Value Make(BigInt v)
        {
            long l;
            if (v.TryToLong(out l))
            {
                return Value.FromInt(l);
            }
            return new PyBigInt(v);
        }

        public override void Print(Printer p, int kind)
        {
            p.Write(Big.ToString());
        }

        public override Value UnaryOp(int op)
        {
            return NumberOps.UnaryOp(op, this);
        }

        // Rt calls this slot when the other operand is not a number; NumberOps decides (Null: unsupported).
        public override Value BinaryOp(int op, Value rhs)
        {
            if (op >= BinaryOpKind.ReverseOr && op <= BinaryOpKind.ReversePower)
            {
                return Value.Null;
            }
            return NumberOps.BinaryOp(op, this, rhs);
        }

        public override bool Eq(Value other)
        {
            return Rt.IsNumber(other) && NumberOps.Equal(this, other);
        }

        public override long Hash()
        {
            return Big.Hash();
        }
    }
}
