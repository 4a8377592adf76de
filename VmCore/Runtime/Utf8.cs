namespace NanoMpy
{
    // UTF-8 <-> .NET string, our own so that behaviour is the same on every platform (str objects hold UTF-8,
    // as in MicroPython; .NET strings appear only at the edges: names, messages, host I/O).
    public static class Utf8
    {
        public static byte[] Encode(string s)
        {
            int n = 0;
            for (int i = 0; i < s.Length; i++)
            {
                int c = s[i];
                if (c < 0x80) n += 1;
                else if (c < 0x800) n += 2;
                else if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.Length && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000) { n += 4; i++; }
                else n += 3;
            }
            byte[] b = new byte[n];
            int j = 0;
            for (int i = 0; i < s.Length; i++)
            {
                int c = s[i];
                if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.Length && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000)
                {
                    c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
                    i++;
                }
                j = Put(b, j, c);
            }
            return b;
        }

        // Writes code point c at b[j..]; returns the index after it. b must have room (EncodedLength).
        public static int Put(byte[] b, int j, int c)
        {
            if (c < 0x80) { b[j++] = (byte)c; }
            else if (c < 0x800) { b[j++] = (byte)(0xC0 | (c >> 6)); b[j++] = (byte)(0x80 | (c & 0x3F)); }
            else if (c < 0x10000)
            {
                b[j++] = (byte)(0xE0 | (c >> 12)); b[j++] = (byte)(0x80 | ((c >> 6) & 0x3F)); b[j++] = (byte)(0x80 | (c & 0x3F));
            }
            else
            {
                b[j++] = (byte)(0xF0 | (c >> 18)); b[j++] = (byte)(0x80 | ((c >> 12) & 0x3F));
                b[j++] = (byte)(0x80 | ((c >> 6) & 0x3F)); b[j++] = (byte)(0x80 | (c & 0x3F));
            }
            return j;
        }

        public static int EncodedLength(int c)
        {
            return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }

        // Decodes leniently: a malformed byte becomes U+FFFD rather than an exception.
        public static string Decode(byte[] b, int off, int len)
        {
            char[] chars = new char[len * 2];
            int n = 0;
            int end = off + len;
            int i = off;
            while (i < end)
            {
                int c = b[i];
                int need;
                if (c < 0x80) { need = 0; }
                else if (c >= 0xF0 && c < 0xF8) { need = 3; c &= 0x07; }
                else if (c >= 0xE0) { need = 2; c &= 0x0F; }
                else if (c >= 0xC0) { need = 1; c &= 0x1F; }
                else { chars[n++] = (char)0xFFFD; i++; continue; }
                if (i + need >= end)
                {
                    chars[n++] = (char)0xFFFD; i++; continue;
                }
                i++;
                for (int k = 0; k < need; k++) c = (c << 6) | (b[i++] & 0x3F);
                if (c >= 0x10000)
                {
                    c -= 0x10000;
                    chars[n++] = (char)(0xD800 + (c >> 10));
                    chars[n++] = (char)(0xDC00 + (c & 0x3FF));
                }
                else
                {
                    chars[n++] = (char)c;
                }
            }
            return new string(chars, 0, n);
        }

#if MP_COMPILER
        // Source text keeps its bytes, as MicroPython's lexer (which reads bytes) does: well-formed UTF-8 is
        // decoded, and every byte that is not part of a well-formed sequence (a stray continuation, an overlong
        // or surrogate encoding, a truncated sequence) becomes U+DC00 + byte, as Python's "surrogateescape"
        // does. EncodeSource turns those back into the bytes, so string literals, names and comments carry the
        // source's exact bytes into the .mpy, as with mpy-cross.
        public static string DecodeSource(byte[] b, int off, int len)
        {
            char[] chars = new char[len];
            int n = 0;
            int end = off + len;
            int i = off;
            while (i < end)
            {
                int c = b[i];
                if (c < 0x80) { chars[n++] = (char)c; i++; continue; }
                int need, lo = 0x80, hi = 0xBF;
                if (c >= 0xC2 && c <= 0xDF) { need = 1; c &= 0x1F; }
                else if (c >= 0xE0 && c <= 0xEF)
                {
                    need = 2;
                    if (c == 0xE0) lo = 0xA0;
                    else if (c == 0xED) hi = 0x9F;
                    c &= 0x0F;
                }
                else if (c >= 0xF0 && c <= 0xF4)
                {
                    need = 3;
                    if (c == 0xF0) lo = 0x90;
                    else if (c == 0xF4) hi = 0x8F;
                    c &= 0x07;
                }
                else { chars[n++] = (char)(0xDC00 + c); i++; continue; }
                bool ok = i + need < end && b[i + 1] >= lo && b[i + 1] <= hi;
                for (int k = 2; ok && k <= need; k++) ok = (b[i + k] & 0xC0) == 0x80;
                if (!ok) { chars[n++] = (char)(0xDC00 + b[i]); i++; continue; }
                for (int k = 1; k <= need; k++) c = (c << 6) | (b[i + k] & 0x3F);
                i += need + 1;
                if (c >= 0x10000)
                {
                    c -= 0x10000;
                    chars[n++] = (char)(0xD800 + (c >> 10));
                    chars[n++] = (char)(0xDC00 + (c & 0x3FF));
                }
                else chars[n++] = (char)c;
            }
            return new string(chars, 0, n);
        }

        // A char that stands for one byte of source that was not UTF-8 (DecodeSource).
        public static bool IsSourceByte(int c)
        {
            return c >= 0xDC80 && c <= 0xDCFF;
        }

        // The inverse of DecodeSource: UTF-8, but a lone U+DC80..U+DCFF is the byte it stands for.
        public static byte[] EncodeSource(string s)
        {
            int n = 0;
            for (int i = 0; i < s.Length; i++)
            {
                int c = s[i];
                if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.Length && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000) { n += 4; i++; }
                else n += IsSourceByte(c) ? 1 : EncodedLength(c);
            }
            byte[] b = new byte[n];
            int j = 0;
            for (int i = 0; i < s.Length; i++)
            {
                int c = s[i];
                if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.Length && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000)
                {
                    c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
                    i++;
                }
                else if (IsSourceByte(c))
                {
                    b[j++] = (byte)(c - 0xDC00);
                    continue;
                }
                j = Put(b, j, c);
            }
            return b;
        }

#else
        // Without a compiler no source is compiled (ExecBuiltins.CompileText refuses it), so its bytes need no
        // keeping: a plain decode serves the callers that hand it over.
        public static string DecodeSource(byte[] b, int off, int len)
        {
            return Decode(b, off, len);
        }
#endif

        // Number of code points in well-formed UTF-8 (continuation bytes are not counted).
        public static int CharCount(byte[] b, int off, int len)
        {
            int n = 0;
            for (int i = off; i < off + len; i++)
            {
                if ((b[i] & 0xC0) != 0x80) n++;
            }
            return n;
        }
    }
}
