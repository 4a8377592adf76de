#if MP_EXTRA_MODULES
// (only in builds with MP_EXTRA_MODULES: build/FeatureLevel.props)
namespace NanoMpy
{
    // random (extmod/modrandom.c): MicroPython's Yasmarang generator, so a seeded sequence is the one
    // MicroPython gives: getrandbits, seed, randrange, randint, choice, random, uniform. Seeded from the
    // clock on first import, as the unix port does.
    public static class RandomModule
    {
        private static uint _pad = 0xeda4baba, _n = 69, _d = 233;
        private static byte _dat;

        // After the generator state: static fields are initialised in textual order, and Make seeds it.
        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("random");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(Qstr.Intern("getrandbits"), new PyBuiltin("getrandbits", GetRandBits));
            g.SetQ(Qstr.Intern("seed"), new PyBuiltin("seed", 0, 1, Seed));
            g.SetQ(Qstr.Intern("randrange"), new PyBuiltin("randrange", 1, 3, RandRange));
            g.SetQ(Qstr.Intern("randint"), new PyBuiltin("randint", RandInt));
            g.SetQ(Qstr.Intern("choice"), new PyBuiltin("choice", Choice));
            g.SetQ(Qstr.Intern("random"), new PyBuiltin("random", RandomFn));
            g.SetQ(Qstr.Intern("uniform"), new PyBuiltin("uniform", Uniform));
            SetSeed(ClockSeed());
            return new PyModule(name, g);
        }

        private static uint ClockSeed()
        {
            long t = System.DateTime.UtcNow.Ticks;
            return (uint)(t ^ (t >> 32));
        }

        private static uint Next()
        {
            _pad = _pad + (uint)_dat + _d * _n;
            _pad = (_pad << 3) + (_pad >> 29);
            _n = _pad | 2;
            _d ^= (_pad << 31) + (_pad >> 1);
            _dat ^= (byte)((byte)_pad ^ (byte)(_d >> 8) ^ 1);
            return _pad ^ (_d << 5) ^ (_pad >> 18) ^ ((uint)_dat << 1);
        }

        // An unsigned integer below n (n > 0): masked draws, rejecting those out of range.
        private static uint Below(uint n)
        {
            uint mask = 1;
            while ((n & mask) < n) mask = (mask << 1) | 1;
            uint r;
            do
            {
                r = Next() & mask;
            } while (r >= n);
            return r;
        }

        private static void SetSeed(uint seed)
        {
            _pad = seed;
            _n = 69;
            _d = 233;
            _dat = 0;
        }

        private static Value GetRandBits(Value nIn)
        {
            long n = NumberOps.GetInt(nIn);
            if (n > 32 || n < 0) throw Rt.ValueError("bits must be 32 or less");
            if (n == 0) return Value.Zero;
            uint mask = 0xFFFFFFFFu >> (int)(32 - n);
            return Value.FromInt(Next() & mask);
        }

        private static Value Seed(Value[] a, int s, int n)
        {
            if (n == 0 || a[s].IsNone) SetSeed(ClockSeed());
            else SetSeed((uint)NumberOps.GetIntTruncated(a[s]));
            return Value.None;
        }


        private static Value RandRange(Value[] a, int s, int n)
        {
            long start = NumberOps.GetInt(a[s]);
            if (n == 1)
            {
                if (start > 0) return Value.FromInt(Below((uint)start));
                throw Rt.Raise(ExcTypes.ValueError, null);
            }
            long stop = NumberOps.GetInt(a[s + 1]);
            if (n == 2)
            {
                if (start < stop) return Value.FromInt(start + Below((uint)(stop - start)));
                throw Rt.Raise(ExcTypes.ValueError, null);
            }
            long step = NumberOps.GetInt(a[s + 2]);
            long count;
            if (step > 0) count = (stop - start + step - 1) / step;
            else if (step < 0) count = (stop - start + step + 1) / step;
            else throw Rt.Raise(ExcTypes.ValueError, null);
            if (count > 0) return Value.FromInt(start + step * Below((uint)count));
            throw Rt.Raise(ExcTypes.ValueError, null);
        }

        private static Value RandInt(Value aIn, Value bIn)
        {
            long a = NumberOps.GetInt(aIn);
            long b = NumberOps.GetInt(bIn);
            if (a > b) throw Rt.Raise(ExcTypes.ValueError, null);
            return Value.FromInt(a + Below((uint)(b - a + 1)));
        }

        private static Value Choice(Value seq)
        {
            long len = NumberOps.GetInt(IterationBuiltins.Len(seq));
            if (len <= 0) throw Rt.Raise(ExcTypes.IndexError, null);
            return Rt.Subscr(seq, Value.FromInt(Below((uint)len)), Value.Sentinel);
        }

        // [0, 1): 52 fraction bits from two draws under the exponent of 1.0, minus 1.
        private static double NextFloat()
        {
            if (Float32.Single)
            {
                // float: the low 23 bits of one draw as the fraction
                return Float32.FromBits(0x3F800000 | (int)(Next() & 0x7FFFFF)) - 1;
            }
            ulong hi = Next();
            ulong lo = Next();
            ulong frac = ((hi << 32) | lo) & 0xFFFFFFFFFFFFFUL;
            return System.BitConverter.Int64BitsToDouble((long)(0x3FF0000000000000UL | frac)) - 1;
        }

        private static Value RandomFn()
        {
            return Value.FromFloat(NextFloat());
        }

        private static Value Uniform(Value aIn, Value bIn)
        {
            double a = NumberOps.GetFloat(aIn);
            double b = NumberOps.GetFloat(bIn);
            return Value.FromFloat(a + Float32.Round(Float32.Round(b - a) * NextFloat()));
        }
    }
}
#endif
