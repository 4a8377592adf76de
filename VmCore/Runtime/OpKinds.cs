namespace NanoMpy
{
    // MicroPython's mp_unary_op_t numbering (py/runtime0.h). UNARY_OP_MULTI encodes the first four directly.
    public static class UnaryOpKind
    {
        public const int Positive = 0;
        public const int Negative = 1;
        public const int Invert = 2;
        public const int Not = 3;
        public const int Bool = 4;        // __bool__
        public const int Len = 5;         // __len__
        public const int Hash = 6;        // __hash__
        public const int Abs = 7;         // __abs__
        public const int IntMaybe = 8;    // __int__
        public const int FloatMaybe = 9;  // __float__
        public const int ComplexMaybe = 10; // __complex__
        public const int SizeOf = 11;
    }

    // MicroPython's mp_binary_op_t numbering (py/runtime0.h). BINARY_OP_MULTI encodes Less..Power directly
    // (the bytecode range covers Less through Power, 0..35 in this numbering).
    public static class BinaryOpKind
    {
        public const int Less = 0;
        public const int More = 1;
        public const int Equal = 2;
        public const int LessEqual = 3;
        public const int MoreEqual = 4;
        public const int NotEqual = 5;
        public const int In = 6;
        public const int Is = 7;
        public const int ExceptionMatch = 8;

        public const int InplaceOr = 9;
        public const int InplaceXor = 10;
        public const int InplaceAnd = 11;
        public const int InplaceLShift = 12;
        public const int InplaceRShift = 13;
        public const int InplaceAdd = 14;
        public const int InplaceSubtract = 15;
        public const int InplaceMultiply = 16;
        public const int InplaceMatMultiply = 17;
        public const int InplaceFloorDivide = 18;
        public const int InplaceTrueDivide = 19;
        public const int InplaceModulo = 20;
        public const int InplacePower = 21;

        public const int Or = 22;
        public const int Xor = 23;
        public const int And = 24;
        public const int LShift = 25;
        public const int RShift = 26;
        public const int Add = 27;
        public const int Subtract = 28;
        public const int Multiply = 29;
        public const int MatMultiply = 30;
        public const int FloorDivide = 31;
        public const int TrueDivide = 32;
        public const int Modulo = 33;
        public const int Power = 34;

        public const int DivMod = 35;  // not emitted by the compiler; used by divmod()
        public const int Contains = 36; // container.__contains__(item): self is the container

        public const int ReverseOr = 37;
        public const int ReverseXor = 38;
        public const int ReverseAnd = 39;
        public const int ReverseLShift = 40;
        public const int ReverseRShift = 41;
        public const int ReverseAdd = 42;
        public const int ReverseSubtract = 43;
        public const int ReverseMultiply = 44;
        public const int ReverseMatMultiply = 45;
        public const int ReverseFloorDivide = 46;
        public const int ReverseTrueDivide = 47;
        public const int ReverseModulo = 48;
        public const int ReversePower = 49;

        public const int NotIn = 50;
        public const int IsNot = 51;

        // Inplace op -> plain op: op - InplaceOr + Or. Plain op -> reverse op: op - Or + ReverseOr.
        public const int InplaceToPlain = Or - InplaceOr;
        public const int PlainToReverse = ReverseOr - Or;
    }
}
