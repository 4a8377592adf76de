#if MP_EXTRA_MODULES
// (only in builds with MP_EXTRA_MODULES: build/FeatureLevel.props)
namespace NanoMpy
{
    // One running hash. Both algorithms share the 64-byte block, the big-endian length padding and the
    // buffering; only the compression function and the state size differ.
    public sealed class PyHash : PyObject
    {
        private static PyType _sha256Type;
        public static PyType Sha256Type { get { return _sha256Type ?? (_sha256Type = MakeType("sha256")); } }
        private static PyType _sha1Type;
        public static PyType Sha1Type { get { return _sha1Type ?? (_sha1Type = MakeType("sha1")); } }

        // SHA-256's round constants, made on first use (nanoCLR would make an initialized field at start-up).
        private static uint[] _k256;

        private static uint[] MakeK256()
        {
            return new uint[]
            {
                0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
                0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
                0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
                0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
                0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
                0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
                0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
                0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
            };
        }

        private readonly PyType _type;
        private readonly bool _sha1;
        private readonly uint[] _h;
        private readonly byte[] _block = new byte[64];
        private readonly uint[] _w;
        private int _fill;
        private long _total;
        private bool _final;

        private PyHash(PyType type)
        {
            _type = type;
            _sha1 = type == Sha1Type;
            if (_sha1)
            {
                _h = new uint[] { 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0 };
                _w = new uint[80];
            }
            else
            {
                _h = new uint[] { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
                _w = new uint[64];
            }
        }

        public override PyType Type { get { return _type; } }

        private static PyType MakeType(string name)
        {
            PyType t = new PyType(Qstr.Intern(name), PyType.ObjectType);
            t.MakeNew = MakeNew;
            t.FillOnFirstUse(FillMethods);
            return t;
        }

        // Methods made on first use of the type (PyType.FillOnFirstUse).
        private static void FillMethods(PyType t)
        {
            t.AddMethod(new PyBuiltin("update", UpdateFn));
            t.AddMethod(new PyBuiltin("digest", DigestFn));
        }

        private static Value MakeNew(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos > 1) throw Rt.ArgCountError(0, 1, nPos);
            PyHash h = new PyHash(type);
            if (nPos == 1) UpdateFn(h, args[start]);
            return h;
        }

        private static PyHash SelfOf(Value v)
        {
            PyHash h = v.Obj as PyHash;
            if (h == null) throw Rt.TypeError("argument has wrong type");
            if (h._final) throw Rt.ValueError("hash is final");
            return h;
        }

        private static Value UpdateFn(Value self, Value data)
        {
            PyHash h = SelfOf(self);
            byte[] d;
            int off, len;
            SeqArgs.GetBufferRaise(data, out d, out off, out len);
            h.Update(d, off, len);
            return Value.None;
        }

        private static Value DigestFn(Value self)
        {
            PyHash h = SelfOf(self);
            h._final = true;
            byte[] r = h.Finish();
            return new PyBytes(r, 0, r.Length);
        }

        private void Update(byte[] d, int off, int len)
        {
            _total += len;
            for (int i = 0; i < len; i++)
            {
                _block[_fill++] = d[off + i];
                if (_fill == 64)
                {
                    Compress();
                    _fill = 0;
                }
            }
        }

        private byte[] Finish()
        {
            long bits = _total * 8;
            _block[_fill++] = 0x80;
            if (_fill > 56)
            {
                while (_fill < 64) _block[_fill++] = 0;
                Compress();
                _fill = 0;
            }
            while (_fill < 56) _block[_fill++] = 0;
            for (int i = 7; i >= 0; i--) _block[_fill++] = (byte)(bits >> (8 * i));
            Compress();
            byte[] r = new byte[_h.Length * 4];
            for (int i = 0; i < _h.Length; i++)
            {
                r[4 * i] = (byte)(_h[i] >> 24);
                r[4 * i + 1] = (byte)(_h[i] >> 16);
                r[4 * i + 2] = (byte)(_h[i] >> 8);
                r[4 * i + 3] = (byte)_h[i];
            }
            return r;
        }

        private static uint Rotl(uint x, int n) { return (x << n) | (x >> (32 - n)); }
        private static uint Rotr(uint x, int n) { return (x >> n) | (x << (32 - n)); }

        private void Compress()
        {
            uint[] w = _w;
            for (int i = 0; i < 16; i++)
            {
                w[i] = ((uint)_block[4 * i] << 24) | ((uint)_block[4 * i + 1] << 16) | ((uint)_block[4 * i + 2] << 8) | _block[4 * i + 3];
            }
            if (_sha1) CompressSha1(w);
            else CompressSha256(w);
        }

        private void CompressSha1(uint[] w)
        {
            for (int i = 16; i < 80; i++) w[i] = Rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
            uint a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4];
            for (int i = 0; i < 80; i++)
            {
                uint f, k;
                if (i < 20) { f = (b & c) | (~b & d); k = 0x5A827999; }
                else if (i < 40) { f = b ^ c ^ d; k = 0x6ED9EBA1; }
                else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC; }
                else { f = b ^ c ^ d; k = 0xCA62C1D6; }
                uint t = Rotl(a, 5) + f + e + k + w[i];
                e = d;
                d = c;
                c = Rotl(b, 30);
                b = a;
                a = t;
            }
            _h[0] += a; _h[1] += b; _h[2] += c; _h[3] += d; _h[4] += e;
        }

        private void CompressSha256(uint[] w)
        {
            for (int i = 16; i < 64; i++)
            {
                uint s0 = Rotr(w[i - 15], 7) ^ Rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
                uint s1 = Rotr(w[i - 2], 17) ^ Rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
                w[i] = w[i - 16] + s0 + w[i - 7] + s1;
            }
            uint[] k = _k256 ?? (_k256 = MakeK256());
            uint a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4], f = _h[5], g = _h[6], h = _h[7];
            for (int i = 0; i < 64; i++)
            {
                uint t1 = h + (Rotr(e, 6) ^ Rotr(e, 11) ^ Rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
                uint t2 = (Rotr(a, 2) ^ Rotr(a, 13) ^ Rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
                h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
            }
            _h[0] += a; _h[1] += b; _h[2] += c; _h[3] += d; _h[4] += e; _h[5] += f; _h[6] += g; _h[7] += h;
        }
    }
}
#endif
