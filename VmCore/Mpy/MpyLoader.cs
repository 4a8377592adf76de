using NanoMpy.Flash;

namespace NanoMpy
{
    // Loads a .mpy v6 file (the format py/persistentcode.c reads; MpyFormat describes it) from a flash
    // region, in place.
    //
    // Nothing is copied: qstr text is interned by reference to the image, str/bytes constants reference it,
    // and each RawCode points at its function's bytes. RAM cost is the qstr-id table, the constant table
    // (and its boxed objects); a function costs nothing until it first runs (ModuleContext).
    //
    // Every count read from the file is bounded by the bytes left before anything is allocated, recursion
    // is bounded, and each function passes BytecodeVerifier, so a bad file raises ValueError and the VM can
    // trust what loads.
    public sealed class MpyLoader
    {
        public const int MpyVersion = MpyFormat.Version;
        public const int MpySubVersion = MpyFormat.SubVersion;
        public const int SmallIntBits = 63;     // our small ints are longs; MicroPython's 64-bit ports use 63
        private const int MaxDepth = 100;        // nesting of constant tuples

        private const int ObjNone = MpyFormat.ObjNone;
        private const int ObjFalse = MpyFormat.ObjFalse;
        private const int ObjTrue = MpyFormat.ObjTrue;
        private const int ObjEllipsis = MpyFormat.ObjEllipsis;
        private const int ObjStr = MpyFormat.ObjStr;
        private const int ObjBytes = MpyFormat.ObjBytes;
        private const int ObjInt = MpyFormat.ObjInt;
        private const int ObjFloat = MpyFormat.ObjFloat;
        private const int ObjComplex = MpyFormat.ObjComplex;
        private const int ObjTuple = MpyFormat.ObjTuple;

        private readonly byte[] _d;  // the image when the loader can index it (a file in RAM, mapped flash); else null
        private readonly CodeImage _image;
        // The bytes B reads: _d itself, or the flash cache's line over position _wb.. (flash that is not mapped)
        private byte[] _w;
        private int _wb, _wl;
        private readonly int _start; // absolute index in _d of the region
        private readonly int _end;   // absolute index in _d after the region
        private int _pos;            // absolute index in _d of the next byte to read
        private ModuleContext _ctx;

        private MpyLoader(FlashRegion region) : this(region.Image, region.Data, region.Start, region.Start + region.Length)
        {
        }

        // Over the image of a loaded module, from position pos.
        private MpyLoader(ModuleContext ctx, int pos) : this(ctx.Image, ctx.Code, pos, int.MaxValue)
        {
            _ctx = ctx;
        }

        // Over image (d: its array when the loader can index it, else null) from start, up to end.
        private MpyLoader(CodeImage image, byte[] d, int start, int end)
        {
            _image = image;
            _d = d;
            if (d != null)
            {
                _w = d;
                _wb = 0;
                _wl = d.Length;
            }
            _pos = start;
            _start = start;
            _end = end;
        }

        // Reads the module and returns its top-level raw code. Context.Globals is set later by the importer.
        public static RawCode Load(FlashRegion region)
        {
            if (region == null) throw Incompatible();
            MpyLoader l = new MpyLoader(region);
            l.ReadHeader();
            RawCode top = l.ReadModule();
            // top down: a function is verified knowing how its parent makes it (closure cells, defaults)
            BytecodeVerifier.VerifyTree(top);
            // the descriptors go (the importer runs the top-level code's, which no function names): one is made
            // again when its function first runs, until then the function names it by position
            top.Context.Codes = null;
            return top;
        }

        public static PyException Incompatible()
        {
            return Rt.ValueError("incompatible .mpy file");
        }

        public static PyException Corrupt(string what)
        {
            return Rt.ValueError("corrupt .mpy file: " + what);
        }

        // The header checks of mp_raw_code_load for a port that runs bytecode only.
        private void ReadHeader()
        {
            if (_end - _pos < MpyFormat.HeaderSize) throw Incompatible();
            int magic = B(_pos);
            int version = B(_pos + 1);
            int feature = B(_pos + 2);
            int smallIntBits = B(_pos + 3);
            _pos += MpyFormat.HeaderSize;
            int arch = (feature >> MpyFormat.ArchShift) & MpyFormat.ArchMask;
            if (magic != MpyFormat.Magic || version != MpyFormat.Version
                || (arch != 0 && (feature & MpyFormat.SubVersionMask) != MpyFormat.SubVersion)
                || smallIntBits > SmallIntBits)
            {
                throw Incompatible();
            }
            if (arch != 0) throw Rt.ValueError("native code in .mpy unsupported");
            if ((feature & MpyFormat.ArchFlags) != 0) throw Incompatible(); // only native code has arch flags
        }

        private RawCode ReadModule()
        {
            int nQstr = ReadCount("qstr count");
            int nObj = ReadCount("constant count");
            _ctx = new ModuleContext();
            _ctx.Image = _image;
            _ctx.Code = _d;
            _ctx.Size = _end - _start;
            _ctx.Qstrs = new ushort[nQstr];
            _ctx.Consts = Value.NewArray(nObj);
            // room in the pool for the names it does not have yet (counted first: most of a module's names are
            // static qstrs or interned already), so that it grows to just what the module adds
            int start = _pos, fresh = 0;
            for (int i = 0; i < nQstr; i++)
            {
                int len = ReadUint();
                if ((len & MpyFormat.QstrStaticBit) != 0) continue;
                len >>= 1;
                if (len >= Remaining) throw Corrupt("truncated qstr");
                int at;
                byte[] t = Bytes(_pos, len, out at);
                if (Qstr.Find(t, at, len) == 0) fresh++;
                _pos += len + 1;
            }
            _pos = start;
            Qstr.Reserve(fresh);
            for (int i = 0; i < nQstr; i++)
            {
                int q = ReadQstr();
                if (q > 0xffff)
                {
                    if (_ctx.WideQstrs == null) _ctx.WideQstrs = new int[nQstr];
                    _ctx.WideQstrs[i] = q;
                    q = 0;
                }
                _ctx.Qstrs[i] = (ushort)q;
            }
            for (int i = 0; i < nObj; i++) _ctx.Consts[i] = ReadConst(i, nObj);
            return ReadTree();
        }

        private int Remaining { get { return _end - _pos; } }

        private int ReadByte()
        {
            if (_pos >= _end) throw Corrupt("truncated");
            return B(_pos++);
        }

        // The byte at position i (inside the region: callers check against _end first).
        private int B(int i)
        {
            if ((uint)(i - _wb) >= (uint)_wl)
            {
                CodeLine l = _image.Line(i);
                _w = l.Data;
                _wb = l.Base;
                _wl = l.Limit + CodeImage.Slack;
            }
            return _w[i - _wb];
        }

        // n bytes at position off as (array, index): in place when the image is indexable, else a copy.
        private byte[] Bytes(int off, int n, out int index)
        {
            if (_d != null)
            {
                index = off;
                return _d;
            }
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) b[i] = (byte)B(off + i);
            index = 0;
            return b;
        }

        // A var-uint that must fit an int (VarUint.Read through B).
        private int ReadVarUint(ref int pos, int end)
        {
            int v = 0;
            while (true)
            {
                if (pos >= end) throw Corrupt("truncated number");
                int b = B(pos++);
                if (v > (int.MaxValue >> 7)) throw Corrupt("number too large");
                v = (v << 7) | (b & 0x7f);
                if ((b & 0x80) == 0) return v;
            }
        }

        // A var-uint that must fit an int.
        private int ReadUint()
        {
            return ReadVarUint(ref _pos, _end);
        }

        // A count of items that each take at least one byte of what follows.
        private int ReadCount(string what)
        {
            int n = ReadUint();
            if (n > Remaining) throw Corrupt(what + " " + n + " exceeds the file");
            return n;
        }

        private int ReadQstr()
        {
            int len = ReadUint();
            if ((len & MpyFormat.QstrStaticBit) != 0)
            {
                int id = len >> 1;
                if (id < 1 || id > Qstr.StaticCount) throw Corrupt("static qstr " + id + " out of range");
                return id;
            }
            len >>= 1;
            if (len >= Remaining) throw Corrupt("truncated qstr");
            int off = _pos;
            CheckUtf8(off, len);
            _pos += len + 1; // the text and its NUL terminator, which stays in the image unread
            // in place; from flash the managed heap cannot address, a copy (only of text not interned yet)
            if (_d == null)
            {
                int at;
                byte[] t = Bytes(off, len, out at);
                return Qstr.InternCopy(t, at, len);
            }
            return Qstr.Intern(_d, off, len);
        }

        // Constant i of the table (of n). A str or bytes is checked now and made on first use (MakeConst): Null
        // here, its record's position in ConstAt. Most text constants of a module never run at import (a method's
        // format strings, messages), and a board spends 72 bytes on each str object.
        private Value ReadConst(int i, int n)
        {
            int at = _pos;
            Value v = ReadObj(-1);
            if (v.IsNull)
            {
                if (_ctx.ConstAt == null) _ctx.ConstAt = new int[n];
                _ctx.ConstAt[i] = at;
            }
            return v;
        }

        // Constant i of a loaded module that ReadConst left to first use: MicroPython made it at load, so a locked
        // heap does not refuse it.
        internal static Value MakeConst(ModuleContext ctx, int i)
        {
            int depth = Heap.SuspendLock();
            try
            {
                MpyLoader l = new MpyLoader(ctx, ctx.ConstAt[i]);
                Value v = l.ReadObj(0);
                ctx.Consts[i] = v;
                return v;
            }
            finally
            {
                Heap.ResumeLock(depth);
            }
        }

        // depth -1: a str or bytes at the top is checked, and Null returned for it (ReadConst).
        private Value ReadObj(int depth)
        {
            int type = ReadByte();
            switch (type)
            {
                case ObjNone: return Value.None;
                case ObjFalse: return Value.False;
                case ObjTrue: return Value.True;
                case ObjEllipsis: return Value.Ellipsis;
                case ObjTuple:
                {
                    int n = ReadCount("tuple length");
                    if (n == 0) return PyTuple.Empty;
                    if (depth >= MaxDepth) throw Corrupt("constant tuples nested too deep");
                    Value[] items = Value.NewArray(n);
                    for (int i = 0; i < n; i++) items[i] = ReadObj(depth + 1);
                    return new PyTuple(items);
                }
                case ObjStr:
                case ObjBytes:
                {
                    int len = ReadUint();
                    if (len >= Remaining) throw Corrupt("truncated str/bytes constant");
                    int off = _pos;
                    _pos += len + 1; // data and NUL terminator
                    if (type == ObjStr) CheckUtf8(off, len);
                    if (depth < 0) return Value.Null; // ReadConst's: made on first use
                    int at;
                    if (type == ObjBytes) return len == 0 ? PyBytes.Empty : new PyBytes(Bytes(off, len, out at), at, len);
                    return new PyStr(Bytes(off, len, out at), at, len);
                }
                case ObjInt:
                case ObjFloat:
                case ObjComplex:
                {
                    int len = ReadUint();
                    if (len > Remaining) throw Corrupt("truncated number constant");
                    int off = _pos;
                    _pos += len;
                    if (type == ObjInt) return ParseInt(off, len);
                    return ParseFloatConst(off, len, type == ObjComplex);
                }
                default:
                    // ObjFunTable only appears in native code.
                    throw Corrupt("constant type " + type);
            }
        }

        // An int as save_obj writes it (decimal repr), parsed as mp_parse_num_integer does: a long becomes a
        // small int, anything larger a PyBigInt.
        private Value ParseInt(int off, int len)
        {
            long small;
            BigInt big;
            int valStart;
            int errBase;
            int at;
            byte[] d = Bytes(off, len, out at);
            if (!BigInt.ParseInt(d, at, at + len, 10, out small, out big, out valStart, out errBase))
            {
                throw Corrupt("bad int constant");
            }
            return big == null ? Value.FromInt(small) : PyBigInt.Make(big);
        }

        // A float or complex constant (float repr such as "1.5", "1e+100", "inf"; complex repr "2j"), parsed
        // as mp_parse_num_float does, bit for bit: imaginary literals are allowed only for complex constants,
        // and a complex constant without 'j' gives a float, as there.
        private Value ParseFloatConst(int off, int len, bool complex)
        {
            double real;
            double imag;
            int at;
            byte[] d = Bytes(off, len, out at);
            int kind = FloatParse.ParseDecimal(d, at, at + len, complex, false, out real, out imag);
            if (kind == FloatParse.Real) return Value.FromFloat(real);
#if MP_COMPLEX
            if (kind == FloatParse.Complex) return new PyComplex(real, imag);
#else
            if (kind == FloatParse.Complex) throw Rt.ValueError("complex values not supported");
#endif
            throw Corrupt("bad float constant");
        }

        // Rejects malformed UTF-8 (bad lead/continuation bytes, truncated sequences) so str code can trust it.
        private void CheckUtf8(int off, int len)
        {
            int end = off + len;
            int i = off;
            while (i < end)
            {
                int b = B(i++);
                int more;
                if (b < 0x80) continue;
                if (b >= 0xc2 && b < 0xe0) more = 1;
                else if (b >= 0xe0 && b < 0xf0) more = 2;
                else if (b >= 0xf0 && b < 0xf5) more = 3;
                else throw Corrupt("invalid UTF-8 in string");
                if (end - i < more) throw Corrupt("invalid UTF-8 in string");
                for (; more > 0; more--)
                {
                    if ((B(i++) & 0xc0) != 0x80) throw Corrupt("invalid UTF-8 in string");
                }
            }
        }

        // The functions as read, in file order (each followed by its children's subtrees).
        private RawCode[] _nodes;
        private int _n;

        private void ReadRawCode(int depth)
        {
            // functions nest as deep as the source did (mpy-cross has no limit of its own); past the VM's recursion
            // limit MicroPython's loader runs out of C stack: the same RuntimeError
            if (depth >= Vm.MaxDepth) throw Rt.RuntimeError("maximum recursion depth exceeded");
            int kpos = _pos;
            int kindLen = ReadUint();
            RawCode rc = MakeRawCode(kindLen);
            rc.Position = kpos;
            _pos = rc.End;
            int me = _n++;
            if (me == _nodes.Length)
            {
                RawCode[] nodes = new RawCode[me * 2];
                System.Array.Copy(_nodes, nodes, me);
                _nodes = nodes;
            }
            _nodes[me] = rc;
            if (rc.HasChildren)
            {
                int n = ReadCount("child count");
                for (int i = 0; i < n; i++) ReadRawCode(depth + 1);
            }
        }

        // The module's functions in file order (by position), all of them decoded for the verifier; returns the
        // top-level code.
        private RawCode ReadTree()
        {
            _nodes = new RawCode[8];
            _n = 0;
            ReadRawCode(0);
            RawCode[] codes = new RawCode[_n];
            System.Array.Copy(_nodes, codes, _n);
            _ctx.Codes = codes;
            _nodes = null;
            return codes[0];
        }

        // A function's descriptor from its kind_len on (the prelude decoded; _pos is left at the prelude).
        private RawCode MakeRawCode(int kindLen)
        {
            if ((kindLen & MpyFormat.KindMask) != MpyFormat.KindBytecode) throw Incompatible(); // native, viper, asm
            int len = kindLen >> MpyFormat.KindLenShift;
            if (len > Remaining) throw Corrupt("function data exceeds the file");
            RawCode rc = new RawCode();
            rc.Context = _ctx;
            if ((kindLen & MpyFormat.KindHasChildren) != 0) rc.MarkHasChildren();
            rc.PreludeStart = _pos;
            rc.End = _pos + len;
            DecodePrelude(rc);
            return rc;
        }

        // The function of a loaded module at position `key` again, from its kind_len at kpos (key, or 0 in the
        // verifier's copy): the file passed the loader, so this only decodes.
        internal static RawCode DecodeRawCode(ModuleContext ctx, int kpos, int key)
        {
            MpyLoader l = new MpyLoader(ctx, kpos);
            RawCode rc = l.MakeRawCode(l.ReadUint());
            rc.Position = key;
            return rc;
        }

        // py/bc.h: signature (MP_BC_PRELUDE_SIG_DECODE), sizes (MP_BC_PRELUDE_SIZE_DECODE), then the source
        // info section (simple name, arg names, line-number table) and the closure cells.
        private void DecodePrelude(RawCode rc)
        {
            int end = rc.End;
            int ip = rc.PreludeStart;

            if (ip >= end) throw Corrupt("truncated prelude");
            int z = B(ip++);
            int s = (z >> 3) & 0xf;
            int e = (z >> 2) & 1;
            int f = 0;
            int a = z & 3;
            int k = 0;
            int def = 0;
            for (int n = 0; (z & 0x80) != 0; n++)
            {
                if (n >= 8) throw Corrupt("prelude signature too long");
                if (ip >= end) throw Corrupt("truncated prelude");
                z = B(ip++);
                s |= (z & 0x30) << (2 * n);
                e |= (z & 0x02) << n;
                f |= ((z & 0x40) >> 6) << n;
                a |= (z & 0x04) << n;
                k |= ((z & 0x08) >> 3) << n;
                def |= (z & 0x01) << n;
            }
            rc.NState = s + 1;

            int nInfo = 0;
            int nCell = 0;
            for (int n = 0; ; n++)
            {
                if (n >= 5) throw Corrupt("prelude size too long");
                if (ip >= end) throw Corrupt("truncated prelude");
                z = B(ip++);
                nCell |= (z & 1) << n;
                nInfo |= ((z & 0x7e) >> 1) << (6 * n);
                if ((z & 0x80) == 0) break;
            }
            if (nInfo > end - ip || nCell > end - ip - nInfo) throw Corrupt("prelude sizes exceed the function");
            int infoEnd = ip + nInfo;
            rc.BytecodeStart = infoEnd + nCell;
            if (!rc.SetSignature(f, a, k, def, e, nCell != 0)) throw Corrupt("prelude signature out of range");

            // the name and arg names are decoded again when needed (RawCode): checked once here
            int nArgs = a + k;
            if (nArgs > nInfo) throw Corrupt("argument names exceed the source info");
            for (int i = 0; i <= nArgs; i++) ReadPreludeQstr(ref ip, infoEnd);
        }

        private int ReadPreludeQstr(ref int ip, int end)
        {
            int v = ReadVarUint(ref ip, end);
            if (v >= _ctx.Qstrs.Length) throw Corrupt("qstr index " + v + " out of range");
            return _ctx.QstrAt(v);
        }
    }
}
