namespace NanoMpy
{
    // One function of a loaded module (mp_raw_code_t): where its code sits in the image and its decoded
    // prelude. Bytecode and the line-number table stay in the image; this descriptor is all that a function
    // costs in RAM at import.
    public sealed class RawCode
    {
        public ModuleContext Context;
        public byte[] Code;          // the image (FlashRegion.Data); never copied
        public int PreludeStart;     // index in Code of the prelude (signature)
        public int LineInfoStart;    // index in Code of the line-number table (after name and arg names)
        public int LineInfoEnd;      // index in Code where the line-number table ends; the closure cells follow:
                                     // Code[LineInfoEnd..BytecodeStart) are the local numbers made into cells
        public int BytecodeStart;    // index in Code of the first opcode
        public int End;              // index in Code after the last byte of this function's bytecode

        // Prelude signature (py/bc.h MP_BC_PRELUDE_SIG_DECODE).
        public int NState;           // locals + value stack slots
        public int NExcStack;        // exception-handler stack depth
        public int ScopeFlags;       // ScopeFlag bits
        public int NPosArgs;
        public int NKwOnlyArgs;
        public int NDefPosArgs;

        public int Name;             // qstr id of the function name
        public int[] ArgNames;       // qstr ids, NPosArgs + NKwOnlyArgs of them
        public RawCode[] Children;   // functions/classes/lambdas defined inside, indexed by MAKE_FUNCTION
        public int ClosedCells = -1; // cells MAKE_CLOSURE passes it (0: made by MAKE_FUNCTION; -1: not made
                                     // by its parent's code); set when the parent is verified
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
    // indexes to pool ids, the constant table, and the module's globals once it is imported.
    public sealed class ModuleContext
    {
        public NanoMpy.Flash.CodeImage Image; // what the VM reads the code from (RawCode positions index it)
        public int[] Qstrs;          // file qstr index -> Qstr id; Qstrs[0] is the source file name
        public Value[] Consts;       // constant table (LOAD_CONST_OBJ)
        public PyModule Module;      // globals of the module this code runs in
        public int SourceFile { get { return Qstrs.Length > 0 ? Qstrs[0] : 0; } }
    }
}
