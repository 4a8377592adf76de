namespace NanoMpy.Board
{
    // The REPL's growable byte string (py/vstr.c's vstr_t), with vstr's edge rules: cuts past the end are
    // clamped, an insertion past the end appends.
    public sealed class LineBuffer
    {
        private byte[] _buf = new byte[32];
        private int _len;

        public int Length { get { return _len; } }
        public byte[] Bytes { get { return _buf; } }

        public byte this[int i] { get { return _buf[i]; } }

        public void Reset()
        {
            _len = 0;
        }

        // Drops the storage too (vstr_clear), so a long paste does not keep its buffer.
        public void Clear()
        {
            if (_buf.Length > 256) _buf = new byte[32];
            _len = 0;
        }

        private void Ensure(int extra)
        {
            if (_len + extra <= _buf.Length) return;
            int cap = _buf.Length * 2;
            while (cap < _len + extra) cap *= 2;
            byte[] n = new byte[cap];
            System.Array.Copy(_buf, n, _len);
            _buf = n;
        }

        public void Add(int b)
        {
            Ensure(1);
            _buf[_len++] = (byte)b;
        }

        public void Add(byte[] data, int off, int len)
        {
            Ensure(len);
            System.Array.Copy(data, off, _buf, _len, len);
            _len += len;
        }

        public void Add(string ascii)
        {
            for (int i = 0; i < ascii.Length; i++) Add(ascii[i]);
        }

        public void Insert(int pos, int b)
        {
            if (pos > _len) pos = _len;
            if (pos < 0) pos = 0;
            Ensure(1);
            System.Array.Copy(_buf, pos, _buf, pos + 1, _len - pos);
            _buf[pos] = (byte)b;
            _len++;
        }

        public void CutTail(int n)
        {
            if (n < 0) return;
            _len = n > _len ? 0 : _len - n;
        }

        public void CutOut(int pos, int n)
        {
            if (pos < 0 || n < 0 || pos >= _len) return;
            if (pos + n >= _len)
            {
                _len = pos;
                return;
            }
            System.Array.Copy(_buf, pos + n, _buf, pos, _len - pos - n);
            _len -= n;
        }

        public string Text(int off)
        {
            return Utf8.Decode(_buf, off, _len - off);
        }
    }
}
