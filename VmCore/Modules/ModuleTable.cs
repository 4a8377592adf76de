namespace NanoMpy
{
    // Where the import system finds modules written in C#. Two kinds, as in MicroPython:
    //  - fixed built-ins (sys, builtins, micropython, gc, math, ...): found before sys.path is searched;
    //  - extensible built-ins (MP_REGISTER_EXTENSIBLE_MODULE: array, collections, io, json, ...): a file of the
    //    same name on sys.path wins, and "uNAME" also names them.
    // Each module is created on first import, so a program pays only for what it uses. To add a module: its
    // name in Names (or BoardNames) and a case in Make, at the same index.
    public static class ModuleTable
    {
        // Every name Fixed and Extensible answer, for whoever must list the built-in modules (the REPL's
        // completion after "import ", help('modules')); keep it in step with Make. A literal, so it stays in flash.
        // A feature level leaves some out (build/FeatureLevel.props): they are neither listed nor importable.
        public const string Names = "sys builtins"
#if MP_MATH
            + " math"
#endif
#if MP_COMPLEX
            + " cmath"
#endif
            + " micropython gc"
#if MP_ARRAY
            + " array"
#endif
#if MP_EXTRA_MODULES
            + " collections"
#endif
#if MP_EXTRA_MODULES
            + " binascii hashlib"
#endif
#if MP_JSON
            + " json"
#endif
#if MP_RE
            + " re"
#endif
#if MP_EXTRA_MODULES
            + " heapq random"
#endif
#if MP_TIME
            + " time"
#endif
#if MP_EXTRA_MODULES
            + " struct"
#endif
#if MP_IO
            + " io"
#endif
#if MP_ERRNO
            + " errno"
#endif
#if MP_OS
            + " os"
#endif
            ;

        // The first FixedCount names are fixed built-ins, the rest extensible.
        private const int FixedCount = 4
#if MP_MATH
            + 1
#endif
#if MP_COMPLEX
            + 1
#endif
            ;
        private const int BuiltinsIndex = 1;
        // how many names Names has (its length differs by feature level)
        private static int Count
        {
            get { return Words.Count(Names); }
        }

        public const string BoardNames = "machine"
#if MP_OS
            + " vfs"
#endif
#if MP_EXTRA_MODULES
            + " select"
#endif
            ;

        // Each module is made on its first import and kept, by index in Names then BoardNames (a static
        // initializer per module would cost a board RAM at start-up: nanoCLR runs them all then).
        private static PyModule[] _made;

        public static PyModule Fixed(string name)
        {
            int i = Words.IndexOf(Names, name);
            return i >= 0 && i < FixedCount ? Get(i) : null;
        }

        public static PyModule Extensible(string name)
        {
            int i = Words.IndexOf(Names, name);
            return i >= FixedCount ? Get(i) : null;
        }

        // The modules only a board has; BoardPort.Module asks for them only while a board runs.
        public static PyModule Board(string name)
        {
            int i = Words.IndexOf(BoardNames, name);
            return i >= 0 ? Get(Count + i) : null;
        }

        // A new interpreter starts with no module made (MpState.Init): each is made again on its next import,
        // with its state (random's generator, say) new.
        public static void Reset()
        {
            _made = null;
        }

        private static PyModule Get(int i)
        {
            PyModule[] made = _made;
            if (made == null) _made = made = new PyModule[Count + Words.Count(BoardNames)];
            PyModule m = made[i];
            if (m == null)
            {
                string name = i < Count ? Words.At(Names, i) : Words.At(BoardNames, i - Count);
                m = Make(name);
                // a program may store into builtins (MICROPY_CAN_OVERRIDE_BUILTINS), not into the others
                m.ReadOnly = i != BuiltinsIndex;
                // os differs between a board and the desktop, so OsModule keeps (and switches) its own; builtins
                // is a view of the builtins namespace, which a soft reset starts afresh
                if (name != "os" && i != BuiltinsIndex) made[i] = m;
            }
            return m;
        }

        private static PyModule Make(string name)
        {
            switch (name)
            {
                case "sys": return SysModule.Module;
                case "builtins": return new PyModule(Qstr.Intern("builtins"), Builtins.Dict);
#if MP_MATH
                case "math": return MathModule.Make();
#endif
#if MP_COMPLEX
                case "cmath": return CmathModule.Make();
#endif
                case "micropython": return MicroPythonModule.Make();
                case "gc": return GcModule.Make();
#if MP_ARRAY
                case "array": return ArrayModule.Make();
#endif
#if MP_EXTRA_MODULES
                case "collections": return CollectionsModule.Make();
                case "binascii": return BinasciiModule.Make();
                case "hashlib": return HashlibModule.Make();
                case "heapq": return HeapqModule.Make();
                case "random": return RandomModule.Make();
                case "struct": return StructModule.Make();
                case "select": return SelectModule.Make();
#endif
#if MP_JSON
                case "json": return JsonModule.Make();
#endif
#if MP_RE
                case "re": return ReModule.Make();
#endif
#if MP_TIME
                case "time": return TimeModule.Make();
#endif
#if MP_IO
                case "io": return IoModule.Make();
#endif
#if MP_ERRNO
                case "errno": return ErrnoModule.Make();
#endif
#if MP_OS
                case "os": return OsModule.Module;
                case "vfs": return VfsModule.Make();
#endif
                default: return MachineModule.Make();
            }
        }
    }
}
