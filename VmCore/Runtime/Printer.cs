namespace NanoMpy
{
    // Builds UTF-8 text: the target of print/repr/str/format (MicroPython's mp_print_t). str objects are UTF-8,
    // so printing one is a byte copy. A Printer with a sink flushes to it (the board console); one without
    // collects text for repr()/str()/format.
    public sealed class Printer
    {
        private byte[] _buf;
        private int _len;
        private readonly IByteSink _sink;

        public Printer() : this(null) { }

        public Printer(IByteSink sink)
        {
            _buf = new byte[sink == null ? 32 : 256];
            _sink = sink;
        }

        public int Length { get { return _len; } }
        public byte[] Buffer { get { return _buf; } }

        public void Write(string s)
        {
            int n = s.Length;
            Ensure(n);
            for (int i = 0; i < n; i++)
            {
                char c = s[i];
                if (c >= 0x80)
                {
                    byte[] b = Utf8.Encode(s.Substring(i));
                    WriteBytes(b, 0, b.Length);
                    return;
                }
                _buf[_len++] = (byte)c;
            }
        }

        public void WriteByte(byte b)
        {
            Ensure(1);
            _buf[_len++] = b;
        }

        // A code point, UTF-8 encoded.
        public void WriteChar(int c)
        {
            Ensure(4);
            _len = Utf8.Put(_buf, _len, c);
        }

        public void WriteBytes(byte[] data, int off, int len)
        {
            if (_sink != null && len > _buf.Length)
            {
                Flush();
                _sink.Write(data, off, len);
                return;
            }
            Ensure(len);
            System.Array.Copy(data, off, _buf, _len, len);
            _len += len;
        }

        public void WriteInt(long v)
        {
            if (v == 0) { WriteByte((byte)'0'); return; }
            Ensure(20);
            if (v < 0)
            {
                _buf[_len++] = (byte)'-';
                if (v == long.MinValue) { Write("9223372036854775808"); return; }
                v = -v;
            }
            int start = _len;
            while (v > 0) { _buf[_len++] = (byte)('0' + (int)(v % 10)); v /= 10; }
            for (int i = start, j = _len - 1; i < j; i++, j--) { byte t = _buf[i]; _buf[i] = _buf[j]; _buf[j] = t; }
        }

        public void Flush()
        {
            if (_sink != null && _len > 0)
            {
                _sink.Write(_buf, 0, _len);
                _len = 0;
            }
        }

        public void Clear()
        {
            _len = 0;
        }

        public byte[] ToArray()
        {
            byte[] r = new byte[_len];
            System.Array.Copy(_buf, r, _len);
            return r;
        }

        public override string ToString()
        {
            return Utf8.Decode(_buf, 0, _len);
        }

        private void Ensure(int n)
        {
            if (_len + n <= _buf.Length) return;
            if (_sink != null)
            {
                Flush();
                if (n <= _buf.Length) return;
            }
            int cap = _buf.Length * 2;
            while (cap < _len + n) cap *= 2;
            byte[] nb = new byte[cap];
            System.Array.Copy(_buf, nb, _len);
            _buf = nb;
        }
    }
}
