namespace NanoMpy
{
    // bytes: immutable bytes referenced as (Data, Offset, Length). A bytes constant of a module in flash
    // references the image in place. MINIMAL version made for the loader (constructor, type, repr); the
    // strings work owns the full type.
    public sealed partial class PyBytes : PyObject
    {
        public static readonly PyType TypeObj = new PyType(Q.bytes, PyType.ObjectType);
        public static readonly PyBytes Empty = new PyBytes(new byte[0], 0, 0);

        public readonly byte[] Data;
        public readonly int Offset;
        public readonly int Length;

        public PyBytes(byte[] data, int offset, int length)
        {
            Data = data;
            Offset = offset;
            Length = length;
        }

        public override PyType Type { get { return TypeObj; } }

        // str() and repr() of bytes are both b'...' (py/objstr.c mp_str_print_quoted).
        public override void Print(Printer p, int kind)
        {
            bool hasSingle = false;
            bool hasDouble = false;
            int end = Offset + Length;
            for (int i = Offset; i < end; i++)
            {
                if (Data[i] == (byte)'\'') hasSingle = true;
                else if (Data[i] == (byte)'"') hasDouble = true;
            }
            byte quote = hasSingle && !hasDouble ? (byte)'"' : (byte)'\'';
            p.WriteByte((byte)'b');
            p.WriteByte(quote);
            for (int i = Offset; i < end; i++)
            {
                byte b = Data[i];
                if (b == quote || b == (byte)'\\')
                {
                    p.WriteByte((byte)'\\');
                    p.WriteByte(b);
                }
                else if (b >= 0x20 && b < 0x7f) p.WriteByte(b);
                else if (b == (byte)'\n') p.Write("\\n");
                else if (b == (byte)'\r') p.Write("\\r");
                else if (b == (byte)'\t') p.Write("\\t");
                else
                {
                    p.Write("\\x");
                    p.WriteByte(HexDigit(b >> 4));
                    p.WriteByte(HexDigit(b & 15));
                }
            }
            p.WriteByte(quote);
        }

        private static byte HexDigit(int d)
        {
            return (byte)(d < 10 ? '0' + d : 'a' + d - 10);
        }
    }
}
