#if MP_EXTRA_MODULES
// (only in builds with MP_EXTRA_MODULES: build/FeatureLevel.props)
namespace NanoMpy
{
    // binascii (extmod/modbinascii.c): hexlify, unhexlify, a2b_base64, b2a_base64, crc32. Results are bytes.
    public static class BinasciiModule
    {
        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("binascii");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(Qstr.Intern("hexlify"), new PyBuiltin("hexlify", 1, 2, Hexlify));
            g.SetQ(Qstr.Intern("unhexlify"), new PyBuiltin("unhexlify", Unhexlify));
            g.SetQ(Qstr.Intern("a2b_base64"), new PyBuiltin("a2b_base64", A2bBase64));
            g.SetQ(Qstr.Intern("b2a_base64"), new PyBuiltin("b2a_base64", B2aBase64));
            g.SetQ(Qstr.Intern("crc32"), new PyBuiltin("crc32", 1, 2, Crc32));
            return new PyModule(name, g);
        }

        private static Value Hexlify(Value[] a, int s, int n)
        {
            byte[] d;
            int off, len;
            SeqArgs.GetBufferRaise(a[s], out d, out off, out len);
            if (len == 0) return PyBytes.Empty;
            int sep = -1;
            if (n > 1)
            {
                byte[] sd;
                int soff, slen;
                if (!(a[s + 1].Obj is PyStr || a[s + 1].Obj is PyBytes)) throw SeqArgs.BadImplicitConversion(a[s + 1]);
                SeqArgs.GetData(a[s + 1], out sd, out soff, out slen);
                sep = slen > 0 ? sd[soff] : 0;
            }
            byte[] r = new byte[sep < 0 ? 2 * len : 3 * len - 1];
            int o = 0;
            for (int i = 0; i < len; i++)
            {
                if (sep >= 0 && i > 0) r[o++] = (byte)sep;
                r[o++] = HexDigit(d[off + i] >> 4);
                r[o++] = HexDigit(d[off + i] & 15);
            }
            return new PyBytes(r, 0, r.Length);
        }

        private static byte HexDigit(int v)
        {
            return (byte)(v < 10 ? '0' + v : 'a' + v - 10);
        }

        private static Value Unhexlify(Value arg)
        {
            return Rt.Call1(PyBytes.TypeObj.Lookup(Qstr.Intern("fromhex")), arg);
        }

        private static int Sextet(int c)
        {
            if (c >= 'A' && c <= 'Z') return c - 'A';
            if (c >= 'a' && c <= 'z') return c - 'a' + 26;
            if (c >= '0' && c <= '9') return c - '0' + 52;
            if (c == '+') return 62;
            if (c == '/') return 63;
            return -1;
        }

        // Characters outside the alphabet are skipped; '=' ends the data once it completes a group.
        private static Value A2bBase64(Value data)
        {
            byte[] d;
            int off, len;
            SeqArgs.GetBufferRaise(data, out d, out off, out len);
            byte[] r = new byte[len * 3 / 4 + 1];
            int o = 0, shift = 0, nbits = 0;
            bool hadPad = false;
            for (int i = 0; i < len; i++)
            {
                int c = d[off + i];
                if (c == '=')
                {
                    if (nbits == 2 || (nbits == 4 && hadPad))
                    {
                        nbits = 0;
                        break;
                    }
                    hadPad = true;
                }
                int v = Sextet(c);
                if (v < 0) continue;
                hadPad = false;
                shift = ((shift << 6) | v) & 0xFFFFFF;
                nbits += 6;
                if (nbits >= 8)
                {
                    nbits -= 8;
                    r[o++] = (byte)(shift >> nbits);
                }
            }
            if (nbits != 0) throw Rt.ValueError("incorrect padding");
            if (o == 0) return PyBytes.Empty;
            return new PyBytes(r, 0, o);
        }

        private static readonly string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        // b2a_base64(data, *, newline=True)
        private static Value B2aBase64(Value[] a, int s, int nPos, int nKw)
        {
            if (nPos != 1) throw Rt.ArgCountError(1, 1, nPos);
            bool newline = true;
            for (int i = 0; i < nKw; i++)
            {
                PyStr k = a[s + 1 + 2 * i].Obj as PyStr;
                if (k == null || k.ToString() != "newline") throw Rt.TypeError("unexpected keyword argument");
                newline = Rt.IsTrue(a[s + 2 + 2 * i]);
            }
            byte[] d;
            int off, len;
            SeqArgs.GetBufferRaise(a[s], out d, out off, out len);
            int outLen = (len != 0 ? ((len - 1) / 3 + 1) * 4 : 0) + (newline ? 1 : 0);
            if (outLen == 0) return PyBytes.Empty;
            byte[] r = new byte[outLen];
            int o = 0, i2 = 0;
            for (; len - i2 >= 3; i2 += 3)
            {
                int v = (d[off + i2] << 16) | (d[off + i2 + 1] << 8) | d[off + i2 + 2];
                r[o++] = (byte)Alphabet[v >> 18];
                r[o++] = (byte)Alphabet[(v >> 12) & 63];
                r[o++] = (byte)Alphabet[(v >> 6) & 63];
                r[o++] = (byte)Alphabet[v & 63];
            }
            int rest = len - i2;
            if (rest != 0)
            {
                int v = d[off + i2] << 16;
                if (rest == 2) v |= d[off + i2 + 1] << 8;
                r[o++] = (byte)Alphabet[v >> 18];
                r[o++] = (byte)Alphabet[(v >> 12) & 63];
                r[o++] = rest == 2 ? (byte)Alphabet[(v >> 6) & 63] : (byte)'=';
                r[o++] = (byte)'=';
            }
            if (newline) r[o] = (byte)'\n';
            return new PyBytes(r, 0, r.Length);
        }

        // CRC-32, continuing from a previous value (Flash.Crc32 is the one definition).
        private static Value Crc32(Value[] a, int s, int n)
        {
            byte[] d;
            int off, len;
            SeqArgs.GetBufferRaise(a[s], out d, out off, out len);
            uint crc = 0;
            if (n > 1) crc = (uint)NumberOps.GetIntTruncated(a[s + 1]);
            return Value.FromInt((long)NanoMpy.Flash.Crc32.Update(crc, d, off, len));
        }

    }
}
#endif
