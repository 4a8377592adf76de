namespace NanoMpy.Compiler
{
    // Numeric constant folding as MicroPython's parser does it (parse.c fold_constants): operands are int or
    // float constants, the operation is the runtime's own (here: the VM's Rt.BinaryOp/UnaryOp, so big ints,
    // float rules and errors are MicroPython's), and an operation that raises or gives a complex is not folded.
    // A folded constant has no source line (line 0), as parse.c makes it.
    public static class Folder
    {
        // Results beyond this many bits are left to run time: mpy-cross's 2 MB heap raises MemoryError on
        // them (so it does not fold either), and computing them here would only burn time.
        private const int MaxBits = 1 << 20;

        public static bool IsNumber(Node n)
        {
            return n.Kind == Node.SmallInt || n.Kind == Node.IntObj || n.Kind == Node.FloatObj;
        }

        public static Node IntNode(long v, int line)
        {
            Node n = new Node(v >= Parser.SmallIntMin && v <= Parser.SmallIntMax ? Node.SmallInt : Node.IntObj, line);
            n.IntValue = v;
            return n;
        }

        public static Node BigNode(BigInt v, int line)
        {
            long l;
            if (v.TryToLong(out l)) return IntNode(l, line);
            Node n = new Node(Node.IntObj, line);
            n.Big = true;
            n.BigValue = v;
            return n;
        }

        public static Node FloatNode(double v, int line)
        {
            Node n = new Node(Node.FloatObj, line);
            n.FloatValue = v;
            return n;
        }

        private static Value ToValue(Node n)
        {
            if (n.Kind == Node.FloatObj) return Value.FromFloat(n.FloatValue);
            if (n.Big) return PyBigInt.Make(n.BigValue);
            return Value.FromInt(n.IntValue);
        }

        // The constant node for a result, or null when it is not an int or float.
        private static Node FromValue(Value v, int line)
        {
            if (v.IsSmallInt) return IntNode(v.Int, line);
            if (v.IsFloat) return FloatNode(v.Float, line);
            if (v.Obj is PyBigInt) return BigNode(((PyBigInt)v.Obj).Big, line);
            return null;
        }

        private static int BitLength(Node n)
        {
            if (n.Big) return n.BigValue.BitLength();
            long v = n.IntValue < 0 ? ~n.IntValue : n.IntValue;
            int b = 0;
            while (v != 0) { b++; v >>= 1; }
            return b;
        }

        private static bool TooBig(int op, Node a, Node b)
        {
            if (a.Kind == Node.FloatObj || b.Kind == Node.FloatObj) return false;
            bool bigCount = b.Big || b.IntValue > MaxBits;
            if (op == BinaryOpKind.LShift) return bigCount && !(a.IntValue == 0 && !a.Big) || !b.Big && BitLength(a) + b.IntValue > MaxBits;
            if (op == BinaryOpKind.Power)
            {
                int la = BitLength(a);
                if (la <= 1) return false;
                return bigCount || (long)la * b.IntValue > MaxBits;
            }
            return false;
        }

        // Folds `a op b`, or returns null when MicroPython's parser would not.
        public static Node Binary(int op, Node a, Node b, int line)
        {
            if (!IsNumber(a) || !IsNumber(b) || TooBig(op, a, b)) return null;
            try
            {
                return FromValue(Rt.BinaryOp(op, ToValue(a), ToValue(b)), 0);
            }
            catch (PyException)
            {
                return null;
            }
        }

        // Folds a unary + - ~ (~ only on ints).
        public static Node Unary(int op, Node a, int line)
        {
            if (!IsNumber(a) || op == UnaryOpKind.Invert && a.Kind == Node.FloatObj) return null;
            try
            {
                return FromValue(Rt.UnaryOp(op, ToValue(a)), 0);
            }
            catch (PyException)
            {
                return null;
            }
        }
    }
}
