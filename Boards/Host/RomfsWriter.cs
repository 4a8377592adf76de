namespace NanoMpy.Flash
{
    // Builds a ROMFS image the way mpremote's VfsRomWriter does (tools/mpremote/mpremote/romfs.py), so that the
    // same tree gives the same bytes: open a directory, add files (verbatim data), close it; Finish wraps the
    // root's records in the header record, padded to an even length. Host-only (the romfs command, tests): a
    // board reads images (RomfsImage) and never builds one, so it is not deployed with Flash.
    public sealed class RomfsWriter
    {
        private ByteList[] _stack = new ByteList[8];
        private string[] _names = new string[8];
        private int _depth;

        public RomfsWriter()
        {
            _stack[0] = new ByteList();
        }

        public void OpenDir(string name)
        {
            if (_depth + 1 == _stack.Length)
            {
                ByteList[] s = new ByteList[_stack.Length * 2];
                string[] n = new string[_names.Length * 2];
                System.Array.Copy(_stack, s, _stack.Length);
                System.Array.Copy(_names, n, _names.Length);
                _stack = s;
                _names = n;
            }
            _depth++;
            _stack[_depth] = new ByteList();
            _names[_depth] = name;
        }

        public void CloseDir()
        {
            ByteList body = _stack[_depth];
            byte[] name = Ascii(_names[_depth]);
            _stack[_depth] = null;
            _depth--;
            ByteList payload = new ByteList();
            payload.Add(EncodeUint(name.Length));
            payload.Add(name);
            payload.Add(body.ToArray());
            Pack(_stack[_depth], RomfsFormat.Directory, payload.ToArray());
        }

        public void AddFile(string name, byte[] data)
        {
            byte[] n = Ascii(name);
            ByteList payload = new ByteList();
            payload.Add(EncodeUint(n.Length));
            payload.Add(n);
            Pack(payload, RomfsFormat.Verbatim, data);
            Pack(_stack[_depth], RomfsFormat.File, payload.ToArray());
        }

        public byte[] Finish()
        {
            byte[] data = _stack[0].ToArray();
            byte[] kind = EncodeUint(RomfsFormat.Header);
            byte[] len = EncodeUint(data.Length);
            ByteList image = new ByteList();
            image.Add(kind);
            // a redundant leading 0x80 in the length makes the whole image even, as mpremote's writer does
            if ((kind.Length + len.Length + data.Length) % 2 == 1) image.Add(new byte[] { 0x80 });
            image.Add(len);
            image.Add(data);
            return image.ToArray();
        }

        private static void Pack(ByteList to, int kind, byte[] payload)
        {
            to.Add(EncodeUint(kind));
            to.Add(EncodeUint(payload.Length));
            to.Add(payload);
        }

        // mpremote encodes names as ASCII and fails on anything else; so does this writer.
        private static byte[] Ascii(string s)
        {
            byte[] b = new byte[s.Length];
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c > 0x7f) throw new System.ArgumentException("ROMFS names are ASCII: " + s);
                b[i] = (byte)c;
            }
            return b;
        }

        // A growable byte buffer (no generics on a board).
        private sealed class ByteList
        {
            private byte[] _b = new byte[64];
            private int _n;

            public void Add(byte[] data)
            {
                if (_n + data.Length > _b.Length)
                {
                    int cap = _b.Length * 2;
                    while (cap < _n + data.Length) cap *= 2;
                    byte[] nb = new byte[cap];
                    System.Array.Copy(_b, nb, _n);
                    _b = nb;
                }
                System.Array.Copy(data, 0, _b, _n, data.Length);
                _n += data.Length;
            }

            public byte[] ToArray()
            {
                byte[] r = new byte[_n];
                System.Array.Copy(_b, r, _n);
                return r;
            }
        }

        // The bytes of value as a varuint, shortest form.
        private static byte[] EncodeUint(int value)
        {
            int n = 1;
            for (int v = value >> 7; v != 0; v >>= 7) n++;
            byte[] b = new byte[n];
            for (int i = n - 1; i >= 0; i--)
            {
                b[i] = (byte)((value & 0x7f) | (i == n - 1 ? 0 : 0x80));
                value >>= 7;
            }
            return b;
        }
    }
}
