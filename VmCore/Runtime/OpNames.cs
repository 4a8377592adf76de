namespace NanoMpy
{
    // Dunder method names of the operators (py/objtype.c's method-name tables), as qstr ids; 0 where an
    // operator has no special method. Used for user-class dispatch and for TypeError messages.
    public static class OpNames
    {
        public static readonly int[] Binary = MakeBinary();
        public static readonly int[] Unary = MakeUnary();

        private static int[] MakeBinary()
        {
            string[] n = new string[BinaryOpKind.IsNot + 1];
            n[BinaryOpKind.Less] = "__lt__";
            n[BinaryOpKind.More] = "__gt__";
            n[BinaryOpKind.Equal] = "__eq__";
            n[BinaryOpKind.LessEqual] = "__le__";
            n[BinaryOpKind.MoreEqual] = "__ge__";
            n[BinaryOpKind.NotEqual] = "__ne__";
            n[BinaryOpKind.Contains] = "__contains__";
            string[] ops = { "or", "xor", "and", "lshift", "rshift", "add", "sub", "mul", "matmul", "floordiv", "truediv", "mod", "pow" };
            for (int i = 0; i < ops.Length; i++)
            {
                n[BinaryOpKind.InplaceOr + i] = "__i" + ops[i] + "__";
                n[BinaryOpKind.Or + i] = "__" + ops[i] + "__";
                n[BinaryOpKind.ReverseOr + i] = "__r" + ops[i] + "__";
            }
            n[BinaryOpKind.DivMod] = "__divmod__";
            return Intern(n);
        }

        private static int[] MakeUnary()
        {
            string[] n = new string[UnaryOpKind.SizeOf + 1];
            n[UnaryOpKind.Bool] = "__bool__";
            n[UnaryOpKind.Len] = "__len__";
            n[UnaryOpKind.Hash] = "__hash__";
            n[UnaryOpKind.IntMaybe] = "__int__";
            n[UnaryOpKind.Positive] = "__pos__";
            n[UnaryOpKind.Negative] = "__neg__";
            n[UnaryOpKind.Invert] = "__invert__";
            n[UnaryOpKind.Abs] = "__abs__";
            n[UnaryOpKind.FloatMaybe] = "__float__";
            n[UnaryOpKind.ComplexMaybe] = "__complex__";
            n[UnaryOpKind.SizeOf] = "__sizeof__";
            return Intern(n);
        }

        private static int[] Intern(string[] names)
        {
            int[] ids = new int[names.Length];
            for (int i = 0; i < names.Length; i++)
            {
                ids[i] = names[i] == null ? 0 : Qstr.Intern(names[i]);
            }
            return ids;
        }
    }
}
