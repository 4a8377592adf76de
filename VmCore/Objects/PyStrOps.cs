namespace NanoMpy
{
    // str operators and slots (py/objstrunicode.c): printing, len, +, *, %, comparisons, `in`, indexing and
    // slicing by code point, iteration. Methods are in PyStrMethods.cs, formatting in PyStrFormat.cs.
    public sealed partial class PyStr
    {

        // One-character ASCII strs, shared so that iterating and indexing ASCII text allocates nothing.
        private static PyStr[] _ascii; // made on first use: nanoCLR would make it at start-up

        public static PyStr Empty { get { return Qstr.Obj(Q.empty); } }

        // The str of one code point starting at byte off of data (a view, never copied: str bytes never change).
        public static PyStr OneChar(byte[] data, int off)
        {
            int c = data[off];
            if (c < 0x80)
            {
                if (_ascii == null) _ascii = new PyStr[128];
                PyStr s = _ascii[c];
                if (s == null)
                {
                    s = new PyStr(new byte[] { (byte)c }, 0, 1);
                    _ascii[c] = s;
                }
                return s;
            }
            return new PyStr(data, off, Utf8Len(c));
        }

        // Bytes of the UTF-8 sequence led by byte c.
        public static int Utf8Len(int c)
        {
            if (c < 0xC0) return 1;
            if (c < 0xE0) return 2;
            if (c < 0xF0) return 3;
            return 4;
        }

        public override void Print(Printer p, int kind)
        {
            if (kind == PrintKind.Str)
            {
                p.WriteBytes(Data, Offset, Length);
                return;
            }
            PrintQuoted(p);
        }

        // repr(): escapes as MicroPython's unicode str repr.
        private void PrintQuoted(Printer p)
        {
            int quote = StrMethods.QuoteChar(Data, Offset, Length);
            p.WriteByte((byte)quote);
            int i = Offset, end = Offset + Length;
            while (i < end)
            {
                int c = Data[i];
                int n = Utf8Len(c);
                if (n > 1 && i + n <= end)
                {
                    c &= (0x7F >> n);
                    for (int k = 1; k < n; k++) c = (c << 6) | (Data[i + k] & 0x3F);
                }
                else
                {
                    n = 1;
                }
                i += n;
                if (c == quote) { p.WriteByte((byte)'\\'); p.WriteByte((byte)quote); }
                else if (c == '\\') p.Write("\\\\");
                else if (c >= 32 && c <= 126) p.WriteByte((byte)c);
                else if (c == '\n') p.Write("\\n");
                else if (c == '\r') p.Write("\\r");
                else if (c == '\t') p.Write("\\t");
                else if (c < 0x100) { p.Write("\\x"); StrMethods.WriteHex(p, c, 2); }
                else if (c < 0x10000) { p.Write("\\u"); StrMethods.WriteHex(p, c, 4); }
                else { p.Write("\\U"); StrMethods.WriteHex(p, c, 8); }
            }
            p.WriteByte((byte)quote);
        }

        public override Value UnaryOp(int op)
        {
            if (op == UnaryOpKind.Bool) return Value.FromBool(Length != 0);
            if (op == UnaryOpKind.Len) return Value.FromInt(CharLength);
            return Value.Null;
        }

        public override Value BinaryOp(int op, Value rhs)
        {
            return StrMethods.BinaryOp(this, op, rhs);
        }

        public override Value Subscr(Value index, Value value)
        {
            if (!value.IsSentinel) return Value.Null;
            PySlice sl = index.Obj as PySlice;
            if (sl != null)
            {
                if (!sl.Step.IsNone && !(sl.Step.IsSmallInt && sl.Step.Bits == 1))
                {
                    throw Rt.NotImplementedError("only slices with step=1 (aka None) are supported");
                }
                int ps = sl.Start.IsNone ? 0 : CharToByte(sl.Start, true);
                int pe = sl.Stop.IsNone ? Length : CharToByte(sl.Stop, true);
                if (pe <= ps) return Empty;
                if (ps == 0 && pe == Length) return this;
                return new PyStr(Data, Offset + ps, pe - ps);
            }
            int b = CharToByte(index, false);
            return OneChar(Data, Offset + b);
        }

        // str_index_to_ptr: the byte offset (from Offset) of code point index. Out of range: clamped for
        // slices, IndexError otherwise.
        public int CharToByte(Value index, bool isSlice)
        {
            if (!SeqArgs.IsInt(index))
            {
                throw Rt.TypeError("string indices must be integers, not " + Rt.TypeNameOf(index));
            }
            long i = SeqArgs.ToInt(index);
            if (IsAscii)
            {
                if (i < 0) i += Length;
                if (i < 0 || i >= Length)
                {
                    if (!isSlice) throw Rt.IndexError("string index out of range");
                    return i < 0 ? 0 : Length;
                }
                return (int)i;
            }
            int end = Offset + Length;
            if (i < 0)
            {
                int s = end;
                while (i < 0)
                {
                    s--;
                    while (s >= Offset && (Data[s] & 0xC0) == 0x80) s--;
                    if (s < Offset)
                    {
                        if (isSlice) return 0;
                        throw Rt.IndexError("string index out of range");
                    }
                    i++;
                }
                return s - Offset;
            }
            int p = Offset;
            while (true)
            {
                if (p >= end)
                {
                    if (isSlice) return Length;
                    throw Rt.IndexError("string index out of range");
                }
                if (i-- == 0) return p - Offset;
                p++;
                while (p < end && (Data[p] & 0xC0) == 0x80) p++;
            }
        }

        // Code point index of byte offset b (from Offset).
        public int ByteToChar(int b)
        {
            if (IsAscii) return b;
            return Utf8.CharCount(Data, Offset, b);
        }

        public override Value GetIter()
        {
            return new PyStrIterator(this, true);
        }
    }

    // Iterator over a str (one-character strs) or over the bytes of a binary object (ints).
    public sealed class PyStrIterator : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = new PyType(Qstr.Intern("iterator"), PyType.ObjectType)); } }

        private readonly Value _seq;
        private readonly bool _chars;
        private int _pos;

        public PyStrIterator(Value seq, bool chars)
        {
            _seq = seq;
            _chars = chars;
        }

        public override PyType Type { get { return TypeObj; } }

        public override Value GetIter()
        {
            return this;
        }

        public override Value IterNext()
        {
            byte[] d;
            int off, len;
            SeqArgs.GetBuffer(_seq, out d, out off, out len);
            if (_pos >= len) return Value.Null;
            if (_chars)
            {
                PyStr c = PyStr.OneChar(d, off + _pos);
                _pos += c.Length;
                return c;
            }
            return Value.FromInt(d[off + _pos++]);
        }
    }
}
