using NanoMpy.Flash;

namespace NanoMpy
{
    // One function of a loaded module (mp_raw_code_t): where its code sits in the image and the counts a call
    // needs. Bytecode, the prelude's names and the line-number table stay in the image. A module keeps these
    // only for the functions that have run (ModuleContext.CodeAt decodes one on first use: importing a module
    // of 200 defs makes 200 function objects, not 200 descriptors), so a function never called costs nothing
    // beyond its function object, which names it by position; the rest is decoded from the prelude when asked (a
    // traceback, a keyword argument, __name__), as MicroPython's mp_setup_code_state does:
    //
    //   prelude:  signature | sizes (n_info, n_cell) | name, arg names, line-number table | cells | bytecode
    //             ^ PreludeStart                       ^ info (n_info bytes)                       ^ BytecodeStart
    //
    //   Sig bits: 0-7 scope flags | 8-17 positional args | 18-25 keyword-only args | 26-33 positional defaults
    //             | 34-42 exception-handler depth | 43-52 closed-over cells + 1 | 53 has cells | 54 has children
    public sealed class RawCode
    {
        public ModuleContext Context;
        public int Position;         // of its kind_len: its identity in the module (ModuleContext.CodeAt)
        public int BytecodeStart;    // position of the first opcode
        public int NState;           // locals + value stack slots
        private long _sig;
        // PreludeStart | End << 32: positions a call never reads share one field (nanoCLR spends 12 bytes on a
        // field whatever its width)
        private long _span;
        // The child MAKE_FUNCTION named last: k << 32 | its position (0: none yet), so that a def run in a loop or
        // a module's defs in order find their child without walking its elder siblings.
        private long _childAt;

        // Position of the prelude (signature).
        public int PreludeStart
        {
            get { return (int)_span; }
            set { _span = (_span & ~0xffffffffL) | (uint)value; }
        }

        // Position after the last byte of this function's bytecode.
        public int End
        {
            get { return (int)(_span >> 32); }
            set { _span = (_span & 0xffffffffL) | ((long)value << 32); }
        }

        public const int MaxPosArgs = 0x3ff, MaxKwOnlyArgs = 0xff, MaxDefPosArgs = 0xff, MaxExcStack = 0x1ff;

        // The loader's decoded signature (py/bc.h MP_BC_PRELUDE_SIG_DECODE); false when a count is beyond the
        // packed widths (the loader then refuses the file).
        public bool SetSignature(int scopeFlags, int nPosArgs, int nKwOnlyArgs, int nDefPosArgs, int nExcStack, bool hasCells)
        {
            if (scopeFlags < 0 || scopeFlags > 0xff || nPosArgs > MaxPosArgs || nKwOnlyArgs > MaxKwOnlyArgs
                || nDefPosArgs > MaxDefPosArgs || nExcStack > MaxExcStack)
            {
                return false;
            }
            _sig = (long)(uint)scopeFlags | ((long)nPosArgs << 8) | ((long)nKwOnlyArgs << 18) | ((long)nDefPosArgs << 26)
                | ((long)nExcStack << 34) | (hasCells ? 1L << 53 : 0) | (_sig & (1L << 54));
            return true;
        }

        // Whether the file lists children after its code (kind_len's flag): the count and their subtrees follow End.
        public bool HasChildren { get { return (_sig & (1L << 54)) != 0; } }

        internal void MarkHasChildren()
        {
            _sig |= 1L << 54;
        }

        // The function MAKE_FUNCTION k of this code makes, decoded on first use.
        public RawCode Child(int k)
        {
            return Context.CodeAt(ChildPosition(k));
        }

        // Where child k's kind_len is (the key of ModuleContext.CodeAt): the file lists a function's code, then
        // its children's subtrees, so it is found by skipping its elder siblings from End, or from the child
        // named last when that is not past k.
        public int ChildPosition(int k)
        {
            long at = _childAt;
            int j = (int)(at >> 32);
            int p = (int)at;
            if (at == 0 || j > k)
            {
                j = 0;
                p = End;
                VarUint.Decode(Context.Image, ref p); // n_children
            }
            for (; j < k; j++) p = ModuleContext.SkipFunction(Context.Image, p);
            _childAt = (long)k << 32 | (uint)p;
            return p;
        }

        public int ChildCount
        {
            get
            {
                if (!HasChildren) return 0;
                int p = End;
                return VarUint.Decode(Context.Image, ref p);
            }
        }

#if MP_COMPILER
        // The children in a new array (tools and tests; the VM uses Child).
        public RawCode[] Children
        {
            get
            {
                RawCode[] c = new RawCode[ChildCount];
                for (int i = 0; i < c.Length; i++) c[i] = Child(i);
                return c;
            }
        }
#endif

        public int ScopeFlags { get { return (int)_sig & 0xff; } }
        public int NPosArgs { get { return (int)(_sig >> 8) & 0x3ff; } }
        public int NKwOnlyArgs { get { return (int)(_sig >> 18) & 0xff; } }
        public int NDefPosArgs { get { return (int)(_sig >> 26) & 0xff; } }
        public int NExcStack { get { return (int)(_sig >> 34) & 0x1ff; } }
        public bool HasCells { get { return (_sig & (1L << 53)) != 0; } }

        // Cells MAKE_CLOSURE passes it (0: made by MAKE_FUNCTION; -1: not made by its parent's code); set when
        // the parent is verified. At most 255 (MAKE_CLOSURE's count is one byte).
        public int ClosedCells
        {
            get { return (int)((_sig >> 43) & 0x3ff) - 1; }
            set { _sig = (_sig & ~(0x3ffL << 43)) | ((long)((value + 1) & 0x3ff) << 43); }
        }

        // The array the loader read (in place: the module file, or the flash mirror); code runs through
        // Context.Image.
        public byte[] Code { get { return Context.Code; } }

        // Position of the source info (name, arg names, line-number table) and its length, and the cell count.
        private int Info(out int nInfo, out int nCell)
        {
            CodeImage img = Context.Image;
            int p = PreludeStart;
            VarUint.Decode(img, ref p); // the signature, var-uint shaped
            nInfo = 0;
            nCell = 0;
            for (int n = 0; ; n++)
            {
                int z = img.ByteAt(p++);
                nCell |= (z & 1) << n;
                nInfo |= ((z & 0x7e) >> 1) << (6 * n);
                if ((z & 0x80) == 0) break;
            }
            return p;
        }

        // Qstr id of the var-uint qstr index at p, which moves past it.
        private int QstrAt(ref int p)
        {
            return Context.QstrAt(VarUint.Decode(Context.Image, ref p));
        }

        // The function's name (qstr id).
        public int Name
        {
            get
            {
                int nInfo, nCell;
                int p = Info(out nInfo, out nCell);
                return QstrAt(ref p);
            }
        }

        // The qstr ids of the parameters, NPosArgs + NKwOnlyArgs of them, into names (at least that long).
        public void ArgNamesInto(int[] names)
        {
            int n = NPosArgs + NKwOnlyArgs;
            // a call with keywords reads them on every call: from the line that holds the prelude's head when it is
            // whole there (a cache line has slack past its span; a file in RAM is one line), since ByteAt looks a
            // line up for every byte
            CodeLine l = Context.Image.Line(PreludeStart);
            byte[] d = l.Data;
            int o = PreludeStart - l.Base;
            if (o + 16 + 3 * n <= d.Length)
            {
                VarUint.Decode(d, ref o);                 // the signature, var-uint shaped
                while ((d[o++] & 0x80) != 0) { }          // n_info and n_cell
                VarUint.Decode(d, ref o);                 // the name
                for (int i = 0; i < n; i++) names[i] = Context.QstrAt(VarUint.Decode(d, ref o));
                return;
            }
            int nInfo, nCell;
            int p = Info(out nInfo, out nCell);
            QstrAt(ref p);
            for (int i = 0; i < n; i++) names[i] = QstrAt(ref p);
        }

#if MP_COMPILER
        // The parameters' qstr ids in a new array (tools and tests; calls use ArgNamesInto).
        public int[] ArgNames
        {
            get
            {
                int[] names = new int[NPosArgs + NKwOnlyArgs];
                ArgNamesInto(names);
                return names;
            }
        }
#endif

        // Position of the line-number table (after the name and arg names).
        public int LineInfoStart
        {
            get
            {
                int nInfo, nCell;
                int p = Info(out nInfo, out nCell);
                int n = 1 + NPosArgs + NKwOnlyArgs;
                for (int i = 0; i < n; i++) QstrAt(ref p);
                return p;
            }
        }

        // Position where the line-number table ends; the closure cells follow up to BytecodeStart (the local
        // numbers made into cells).
        public int LineInfoEnd
        {
            get
            {
                int nInfo, nCell;
                int p = Info(out nInfo, out nCell);
                return p + nInfo;
            }
        }
    }

    // MP_SCOPE_FLAG_* bits of RawCode.ScopeFlags (py/runtime0.h).
    public static class ScopeFlag
    {
        public const int Generator = 0x01;
        public const int VarKeywords = 0x02;
        public const int VarArgs = 0x04;
        public const int DefKwArgs = 0x08;
    }

    // What the functions of one .mpy share (mp_module_context_t): the qstr table that maps the file's qstr
    // indexes to pool ids, the constant table, the module's globals once it is imported, and its functions.
    //
    // A function is known by the position of its kind_len in the file, which lists a function's code and then
    // its children's subtrees (kind_len | code | n_children | child subtrees...): child k of a function is found
    // by skipping its elder siblings' subtrees from the parent's End, reading only kind_lens and counts. A
    // function object names its function by that position until it first runs, so the functions of a module
    // cost no RAM of their own until then (MicroPython keeps an mp_raw_code_t of about 20 bytes for each).
    public sealed class ModuleContext
    {
        public CodeImage Image;      // what the VM reads the code from (RawCode positions index it)
        public byte[] Code;          // the array the loader read (FlashRegion.Data), never copied; null for flash
                                     // that only Image reads
        public ushort[] Qstrs;       // file qstr index -> Qstr id, in 16 bits as MicroPython's qstr_short_t; 0 for
                                     // an id past them, which WideQstrs holds; Qstrs[0] is the source file name
        public int[] WideQstrs;      // null unless some id is past 16 bits (a process past 65,534 names)
        public Value[] Consts;       // constant table (LOAD_CONST_OBJ); Null: not made yet (Const)
        internal int[] ConstAt;      // where the file has each constant left Null (str and bytes), or null
        public PyDict Globals;       // the globals its code runs in (its module's; a function made with these
                                     // names its module's, not them)
        public LookupCache Lookups;  // where its global and attribute look-ups last found their names (RAM)
        public int Size;             // bytes of the module file
        // Every descriptor while the loader verifies the module (a parent tells its children how it makes them),
        // in file order (by position: a parent before its children); then null, and the last few decoded sit in
        // _recent (direct-mapped by position), so that a closure made on every call of its parent finds its
        // descriptor instead of decoding it again (made when the first function runs). An array with a slot per
        // function would cost a board 12 bytes a function.
        internal RawCode[] Codes;
        private RawCode[] _recent;
        private const int RecentMask = 7;

#if MP_COMPILER
        // Constant i, made on first use (as LOAD_CONST_OBJ does: tools and tests).
        public Value Const(int i)
        {
            Value v = Consts[i];
            return v.IsNull ? MpyLoader.MakeConst(this, i) : v;
        }
#endif

        // The descriptor of the function at pos (as the loader checked it), decoded on first use.
        public RawCode CodeAt(int pos)
        {
            RawCode rc = Cached(pos);
            if (rc != null) return rc;
            rc = MpyLoader.DecodeRawCode(this, pos, pos);
            if (_recent == null) _recent = new RawCode[RecentMask + 1];
            _recent[Slot(pos)] = rc;
            return rc;
        }

        // Lets the descriptor of a function that has done its work go (a class body runs once), rather than
        // keep it among the recent ones until another takes its slot.
        public void Forget(RawCode rc)
        {
            RawCode[] recent = _recent;
            if (recent != null && recent[Slot(rc.Position)] == rc) recent[Slot(rc.Position)] = null;
        }

        // The descriptor of the function at pos if it is at hand, else null.
        public RawCode Cached(int pos)
        {
            RawCode[] all = Codes;
            if (all != null) return all[Loaded(pos)];
            RawCode[] recent = _recent;
            if (recent == null) return null;
            RawCode rc = recent[Slot(pos)];
            return rc != null && rc.Position == pos ? rc : null;
        }

        private static int Slot(int pos)
        {
            return (int)((uint)(pos * -1640531535) >> 29) & RecentMask; // Fibonacci hashing: positions are uneven
        }

        // Index in Codes of the function at pos (the loader has them all, in file order).
        private int Loaded(int pos)
        {
            RawCode[] all = Codes;
            int lo = 0, hi = all.Length - 1;
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (all[mid].Position < pos) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        // Position after the function at p and all its children's subtrees.
        internal static int SkipFunction(CodeImage img, int p)
        {
            for (int pending = 1; pending > 0; pending--)
            {
                int kindLen = VarUint.Decode(img, ref p);
                p += kindLen >> MpyFormat.KindLenShift;
                if ((kindLen & MpyFormat.KindHasChildren) != 0) pending += VarUint.Decode(img, ref p);
            }
            return p;
        }

        // The qstr id of entry i of the module's qstr table.
        public int QstrAt(int i)
        {
            int q = Qstrs[i];
            return q != 0 ? q : WideQstrs[i];
        }

        public int SourceFile { get { return Qstrs.Length > 0 ? QstrAt(0) : 0; } }
    }
}
