namespace NanoMpy
{
    // The .mpy v6 container (py/persistentcode.h/.c), one definition for the loader (MpyLoader) and the
    // writer (Compiler's MpyWriter, ConstKey):
    //
    //   header      'M' 6 feature small-int-bits          feature: arch << 2 | sub-version (bytecode: 0)
    //   n_qstr n_obj            var-uints
    //   qstr table  n_qstr x (var-uint L: odd -> static qstr id L>>1; even -> L>>1 bytes of UTF-8 + NUL)
    //   const table n_obj x (kind byte [len var-uint, data])
    //   raw code    var-uint kind_len (kind: low 2 bits, has-children: bit 2, length: >> 3), fun data,
    //               [n_children var-uint, children...] recursively
    public static class MpyFormat
    {
        public const int HeaderSize = 4;
        public const int Magic = 'M';
        public const int Version = 6;
        public const int SubVersion = 3;          // MPY_SUB_VERSION: checked only for native code
        public const int FeatureBytecode = 0;     // feature byte of a bytecode-only file
        public const int ArchShift = 2;           // feature >> ArchShift: the native architecture
        public const int ArchMask = 0x2f;
        public const int SubVersionMask = 3;
        public const int ArchFlags = 0x40;        // MPY_FEATURE_ARCH_FLAGS: native code only

        // qstr table entries: var-uint L, static qstr when odd
        public const int QstrStaticBit = 1;

        // MP_PERSISTENT_OBJ_*: the kind byte of a constant
        public const int ObjFunTable = 0;
        public const int ObjNone = 1;
        public const int ObjFalse = 2;
        public const int ObjTrue = 3;
        public const int ObjEllipsis = 4;
        public const int ObjStr = 5;
        public const int ObjBytes = 6;
        public const int ObjInt = 7;
        public const int ObjFloat = 8;
        public const int ObjComplex = 9;
        public const int ObjTuple = 10;

        // raw code kind_len
        public const int KindBytecode = 0;        // MP_CODE_BYTECODE (the low 2 bits; others are native)
        public const int KindMask = 3;
        public const int KindHasChildren = 4;
        public const int KindLenShift = 3;
    }
}
