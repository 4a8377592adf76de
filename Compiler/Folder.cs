namespace NanoMpy
{
    // Integer constant folding as MicroPython's parser does it: an operation folds only when it cannot raise
    // and its result is an int (so no true division, negative shifts or negative powers).
    public static class Folder
    {
        public static bool IsInt(Node n)
        {
            return n.Kind == Node.SmallInt || n.Kind == Node.IntObj && !n.Big;
        }

        public static Node IntNode(long v, int line)
        {
            Node n = new Node(v >= Parser.SmallIntMin && v <= Parser.SmallIntMax ? Node.SmallInt : Node.IntObj, line);
            n.IntValue = v;
            return n;
        }

        public static bool IsFloat(Node n)
        {
            return n.Kind == Node.FloatObj;
        }

        public static Node FloatNode(double v, int line)
        {
            Node n = new Node(Node.FloatObj, line);
            n.FloatValue = v;
            return n;
        }

        // Folds `a op b` for int and float constants, or returns null when MicroPython's parser would not.
        public static Node Binary(int op, Node a, Node b, int line)
        {
            if (IsInt(a) && IsInt(b))
            {
                if (op == BinaryOpKind.TrueDivide)
                {
                    if (b.IntValue == 0) return null;
                    return FloatNode((double)a.IntValue / (double)b.IntValue, line);
                }
                if (op == BinaryOpKind.Power && b.IntValue < 0)
                {
                    return FloatBinary(op, a.IntValue, b.IntValue, line);
                }
                long r;
                return Binary(op, a.IntValue, b.IntValue, out r) ? IntNode(r, line) : null;
            }
            if (IsFloat(a) || IsFloat(b))
            {
                if (!IsFloat(a) && !IsInt(a) || !IsFloat(b) && !IsInt(b)) return null;
                return FloatBinary(op, IsFloat(a) ? a.FloatValue : a.IntValue, IsFloat(b) ? b.FloatValue : b.IntValue, line);
            }
            return null;
        }

        private static Node FloatBinary(int op, double x, double y, int line)
        {
            if (op != BinaryOpKind.Add && op != BinaryOpKind.Subtract && op != BinaryOpKind.Multiply && op != BinaryOpKind.TrueDivide
                && op != BinaryOpKind.FloorDivide && op != BinaryOpKind.Modulo && op != BinaryOpKind.Power)
            {
                return null;
            }
            try
            {
                Value v = FloatOps.Binary(op, x, y);
                return v.IsFloat ? FloatNode(v.Float, line) : null;
            }
            catch (PyException)
            {
                return null;
            }
        }

        public static Node Unary(int op, Node a, int line)
        {
            if (IsInt(a))
            {
                long r;
                return Unary(op, a.IntValue, out r) ? IntNode(r, line) : null;
            }
            if (IsFloat(a) && op != UnaryOpKind.Invert) return FloatNode(op == UnaryOpKind.Negative ? -a.FloatValue : a.FloatValue, line);
            return null;
        }

        public static bool Unary(int op, long a, out long r)
        {
            r = 0;
            if (op == UnaryOpKind.Negative)
            {
                if (a == long.MinValue) return false;
                r = -a;
            }
            else if (op == UnaryOpKind.Invert) r = ~a;
            else r = a;
            return true;
        }

        public static bool Binary(int op, long a, long b, out long r)
        {
            r = 0;
            {
                {
                    switch (op)
                    {
                        case BinaryOpKind.Or: r = a | b; return true;
                        case BinaryOpKind.Xor: r = a ^ b; return true;
                        case BinaryOpKind.And: r = a & b; return true;
                        case BinaryOpKind.LShift:
                            if (b < 0 || b > 62) return false;
                            r = a << (int)b;
                            return (r >> (int)b) == a;
                        case BinaryOpKind.RShift:
                            if (b < 0) return false;
                            r = b > 63 ? (a < 0 ? -1 : 0) : a >> (int)b;
                            return true;
                        case BinaryOpKind.Add: r = a + b; return ((a ^ r) & (b ^ r)) >= 0;
                        case BinaryOpKind.Subtract: r = a - b; return ((a ^ b) & (a ^ r)) >= 0;
                        case BinaryOpKind.Multiply: return Mul(a, b, out r);
                        case BinaryOpKind.FloorDivide:
                            {
                                if (b == 0) return false;
                                long q = a / b;
                                if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
                                r = q;
                                return true;
                            }
                        case BinaryOpKind.Modulo:
                            {
                                if (b == 0) return false;
                                long m = a % b;
                                if (m != 0 && ((m < 0) != (b < 0))) m += b;
                                r = m;
                                return true;
                            }
                        case BinaryOpKind.Power:
                            {
                                if (b < 0) return false;
                                long acc = 1;
                                for (long i = 0; i < b; i++)
                                {
                                    if (!Mul(acc, a, out acc)) return false;
                                    if (acc == 0 || acc == 1 && a == 1) break;
                                }
                                r = acc;
                                return true;
                            }
                    }
                }
            }
            return false;
        }

        // 64-bit multiply that reports overflow (folding then gives up, leaving the operation to run time).
        private static bool Mul(long a, long b, out long r)
        {
            r = a * b;
            if (a == 0 || b == 0) return true;
            if (a == -1 && b == long.MinValue || b == -1 && a == long.MinValue) return false;
            return r / b == a;
        }
    }
}
