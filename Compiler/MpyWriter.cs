namespace NanoMpy.Compiler
{
    // Serialises a compiled module as .mpy v6 (py/persistentcode.c save path): header, qstr table (static
    // qstrs by index, others as length + UTF-8 + NUL), constant objects, then the raw-code tree.
    public sealed class MpyWriter
    {
        private byte[] _buf = new byte[256];
        private int _len;
        private static System.Collections.Hashtable _static;

        public static byte[] Write(ModuleTables tables, Scope module)
        {
            MpyWriter w = new MpyWriter();
            w.Byte(MpyFormat.Magic);
            w.Byte(MpyFormat.Version);
            w.Byte(MpyFormat.FeatureBytecode);
            w.Byte(Parser.SmallIntBits);
            w.Uint(tables.Qstrs.Count);
            w.Uint(tables.Consts.Count);
            for (int i = 0; i < tables.Qstrs.Count; i++) w.Qstr((string)tables.Qstrs[i]);
            for (int i = 0; i < tables.Consts.Count; i++) w.Const((ConstKey)tables.Consts[i]);
            w.RawCode(module);
            byte[] r = new byte[w._len];
            System.Array.Copy(w._buf, r, w._len);
            return r;
        }

        private static int StaticId(string q)
        {
            if (_static == null)
            {
                System.Collections.Hashtable t = new System.Collections.Hashtable();
                string[] list = StaticQstrs.List;
                for (int i = 0; i < list.Length; i++) t[list[i]] = i + 1;
                _static = t;
            }
            object o = _static[q];
            return o == null ? 0 : (int)o;
        }

        private void Byte(int b)
        {
            if (_len == _buf.Length)
            {
                byte[] n = new byte[_buf.Length * 2];
                System.Array.Copy(_buf, n, _len);
                _buf = n;
            }
            _buf[_len++] = (byte)b;
        }

        private void Bytes(byte[] d)
        {
            for (int i = 0; i < d.Length; i++) Byte(d[i]);
        }

        private void Uint(int v)
        {
            int n = VarUint.Size(v);
            for (int i = 0; i < n; i++) Byte(VarUint.ByteAt(v, i, n));
        }

        private void Qstr(string q)
        {
            int id = StaticId(q);
            if (id != 0)
            {
                Uint(id << 1 | MpyFormat.QstrStaticBit);
                return;
            }
            byte[] d = Utf8.EncodeSource(q); // source bytes that were not UTF-8 stay bytes
            Uint(d.Length << 1);
            Bytes(d);
            Byte(0);
        }

        private void Const(ConstKey k)
        {
            Bytes(k.Data);
        }

        private void RawCode(Scope s)
        {
            Uint(s.Code.Length << MpyFormat.KindLenShift | MpyFormat.KindBytecode
                | (s.NumChildren != 0 ? MpyFormat.KindHasChildren : 0));
            Bytes(s.Code);
            if (s.NumChildren != 0)
            {
                Uint(s.NumChildren);
                for (int i = 0; i < s.NumChildren; i++) RawCode(s.Children[i]);
            }
        }
    }
}
