namespace NanoMpy.Compiler
{
    // One lexical token. Names, keywords and operators carry their text; literals carry their value.
    public sealed class Token
    {
        public const int End = 0;
        public const int Newline = 1;
        public const int Indent = 2;
        public const int Dedent = 3;
        public const int Name = 4;     // identifiers and keywords (Text)
        public const int Int = 5;      // IntValue, or BigValue when Big
        public const int Float = 6;    // Text as written, Imag when it ends in j
        public const int Str = 7;      // Data = UTF-8 bytes of the decoded value
        public const int Bytes = 8;    // Data
        public const int Op = 9;       // operators and delimiters (Text)
        public const int Invalid = 10; // a token the lexer could not make (Error): the parser fails on it

        public int Kind;
        public string Text;
        public long IntValue;
        public BigInt BigValue;     // Int outside the long range
        public double FloatValue;   // Float: the value, or the imaginary part when Imag
        public bool Big;
        public bool Imag;
        public byte[] Data;
        public int Line;
        // Invalid: what went wrong; Int/Float: a bad literal, raised only when the parser takes the number.
        public CompileError Error;

        public bool Is(int kind, string text)
        {
            return Kind == kind && Text == text;
        }
    }
}
