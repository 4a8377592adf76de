#if MP_ARRAY
// (only in builds with MP_ARRAY: build/FeatureLevel.props)
namespace NanoMpy
{
    // Iterates a memoryview over flash a few bytes at a time (PyTypedIterator would read the whole window per
    // item).
    public sealed class PyFlashIterator : PyObject
    {
        private const int Chunk = 32;
        private readonly PyFlashBuffer _flash;
        private readonly int _end;
        private int _next;
        private byte[] _chunk;
        private int _chunkStart = -1;

        public PyFlashIterator(PyFlashBuffer flash, int start, int length)
        {
            _flash = flash;
            _next = start;
            _end = start + length;
        }

        public override PyType Type { get { return PyStrIterator.TypeObj; } }

        public override Value GetIter()
        {
            return this;
        }

        public override Value IterNext()
        {
            if (_next >= _end) return Value.Null;
            if (_chunkStart < 0 || _next >= _chunkStart + Chunk)
            {
                int n = _end - _next < Chunk ? _end - _next : Chunk;
                if (_chunk == null) _chunk = new byte[Chunk];
                _flash.Fill(_next, _chunk, n);
                _chunkStart = _next;
            }
            int b = _chunk[_next - _chunkStart];
            _next++;
            return Value.FromInt(b);
        }
    }
}
#endif
