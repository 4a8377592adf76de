namespace NanoMpy
{
    // Arithmetic on int (small and big), bool, float and complex. PLACEHOLDER: small-int and float basics
    // only, until the numerics work lands; the entry points below are the contract Rt relies on.
    public static class NumberOps
    {
        // Null when the operands are not numbers this op handles (Rt then tries the other side).
        public static Value BinaryOp(int op, Value a, Value b)
        {
            if (a.Obj is PyBool) a = Value.FromInt(((PyBool)a.Obj).B ? 1 : 0);
            if (b.Obj is PyBool) b = Value.FromInt(((PyBool)b.Obj).B ? 1 : 0);
            if (op >= BinaryOpKind.InplaceOr && op <= BinaryOpKind.InplacePower) op += BinaryOpKind.InplaceToPlain;
            if (a.IsSmallInt && b.IsSmallInt)
            {
                long x = a.Bits, y = b.Bits;
                switch (op)
                {
                    case BinaryOpKind.Add: return Value.FromInt(x + y);
                    case BinaryOpKind.Subtract: return Value.FromInt(x - y);
                    case BinaryOpKind.Multiply: return Value.FromInt(x * y);
                    case BinaryOpKind.Less: return Value.FromBool(x < y);
                    case BinaryOpKind.More: return Value.FromBool(x > y);
                    case BinaryOpKind.LessEqual: return Value.FromBool(x <= y);
                    case BinaryOpKind.MoreEqual: return Value.FromBool(x >= y);
                    case BinaryOpKind.And: return Value.FromInt(x & y);
                    case BinaryOpKind.Or: return Value.FromInt(x | y);
                    case BinaryOpKind.Xor: return Value.FromInt(x ^ y);
                    case BinaryOpKind.FloorDivide:
                        if (y == 0) throw Rt.ZeroDivisionError("divide by zero");
                        long q = x / y;
                        if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
                        return Value.FromInt(q);
                    case BinaryOpKind.Modulo:
                        if (y == 0) throw Rt.ZeroDivisionError("divide by zero");
                        long m = x % y;
                        if (m != 0 && ((m < 0) != (y < 0))) m += y;
                        return Value.FromInt(m);
                    case BinaryOpKind.TrueDivide:
                        if (y == 0) throw Rt.ZeroDivisionError("divide by zero");
                        return Value.FromFloat((double)x / y);
                }
                return Value.Null;
            }
            if ((a.IsFloat || a.IsSmallInt) && (b.IsFloat || b.IsSmallInt))
            {
                double x = a.IsFloat ? a.Float : a.Bits, y = b.IsFloat ? b.Float : b.Bits;
                switch (op)
                {
                    case BinaryOpKind.Add: return Value.FromFloat(x + y);
                    case BinaryOpKind.Subtract: return Value.FromFloat(x - y);
                    case BinaryOpKind.Multiply: return Value.FromFloat(x * y);
                    case BinaryOpKind.TrueDivide: return Value.FromFloat(x / y);
                    case BinaryOpKind.Less: return Value.FromBool(x < y);
                    case BinaryOpKind.More: return Value.FromBool(x > y);
                    case BinaryOpKind.LessEqual: return Value.FromBool(x <= y);
                    case BinaryOpKind.MoreEqual: return Value.FromBool(x >= y);
                }
            }
            return Value.Null;
        }

        public static Value UnaryOp(int op, Value a)
        {
            if (a.Obj is PyBool) a = Value.FromInt(((PyBool)a.Obj).B ? 1 : 0);
            if (a.IsSmallInt)
            {
                switch (op)
                {
                    case UnaryOpKind.Positive: return a;
                    case UnaryOpKind.Negative: return Value.FromInt(-a.Bits);
                    case UnaryOpKind.Invert: return Value.FromInt(~a.Bits);
                    case UnaryOpKind.Bool: return Value.FromBool(a.Bits != 0);
                    case UnaryOpKind.Hash: return a;
                    case UnaryOpKind.IntMaybe: return a;
                }
            }
            if (a.IsFloat)
            {
                switch (op)
                {
                    case UnaryOpKind.Positive: return a;
                    case UnaryOpKind.Negative: return Value.FromFloat(-a.Float);
                    case UnaryOpKind.Bool: return Value.FromBool(a.Float != 0);
                }
            }
            return Value.Null;
        }

        public static bool Equal(Value a, Value b)
        {
            Value r = BinaryOp(BinaryOpKind.Subtract, a, b);
            if (r.IsSmallInt) return r.Bits == 0;
            if (r.IsFloat) return r.Float == 0;
            return false;
        }

        public static long Hash(Value a)
        {
            if (a.Obj is PyBool) return ((PyBool)a.Obj).B ? 1 : 0;
            return a.Bits;
        }

        public static void Print(Printer p, Value v, int kind)
        {
            if (v.IsSmallInt) { p.WriteInt(v.Bits); return; }
            if (v.IsFloat) { p.Write(v.Float.ToString()); return; }
            v.Obj.Print(p, kind);
        }
    }
}
