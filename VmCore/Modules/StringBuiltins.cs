namespace NanoMpy
{
    // Characters and their code points: chr and ord (py/modbuiltins.c). (MicroPython's unix port has neither
    // format() nor ascii() as built-ins.)
    public static class StringBuiltins
    {
        public static Value Chr(Value v)
        {
            long c = SeqArgs.ToInt(v);
            if (c < 0 || c >= 0x110000) throw Rt.ValueError("chr() arg not in range(0x110000)");
            byte[] b = new byte[Utf8.EncodedLength((int)c)];
            Utf8.Put(b, 0, (int)c);
            if (c < 0x80) return PyStr.OneChar(b, 0);
            return new PyStr(b, 0, b.Length);
        }

        public static Value Ord(Value v)
        {
            byte[] d;
            int off, len;
            if (!(v.Obj is PyStr || v.Obj is PyBytes) || !SeqArgs.GetData(v, out d, out off, out len))
            {
                throw SeqArgs.BadImplicitConversion(v);
            }
            if (v.Obj is PyStr)
            {
                int n = ((PyStr)v.Obj).CharLength;
                if (n == 1)
                {
                    int c = d[off];
                    int k = PyStr.Utf8Len(c);
                    if (k > 1)
                    {
                        c &= 0x7F >> k;
                        for (int i = 1; i < k; i++) c = (c << 6) | (d[off + i] & 0x3F);
                    }
                    return Value.FromInt(c);
                }
                len = n;
            }
            else if (len == 1)
            {
                return Value.FromInt(d[off]);
            }
            throw Rt.TypeError("ord() expected a character, but string of length " + len + " found");
        }
    }
}
