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
        public const string Names = "sys builtins math cmath micropython gc "
            + "array collections binascii hashlib json re heapq random time struct io errno os";

        // The first FixedCount names are fixed built-ins, the rest extensible.
        private const int FixedCount = 6;
        private const int BuiltinsIndex = 1;
        private const int OsIndex = 18;
        private const int Count = 19;

        public const string BoardNames = "machine vfs select";

        // Each module is made on its first import and kept, by index in Names then BoardNames (a static
        // initializer per module would cost a board RAM at start-up: nanoCLR runs them all then).
        private static readonly PyModule[] Made = new PyModule[Count + 3];

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
            for (int i = 0; i < Made.Length; i++) Made[i] = null;
        }

        private static PyModule Get(int i)
        {
            PyModule m = Made[i];
            if (m == null)
            {
                m = Make(i);
                // a program may store into builtins (MICROPY_CAN_OVERRIDE_BUILTINS), not into the others
                m.ReadOnly = i != BuiltinsIndex;
                // os differs between a board and the desktop, so OsModule keeps (and switches) its own; builtins
                // is a view of the builtins namespace, which a soft reset starts afresh
                if (i != OsIndex && i != BuiltinsIndex) Made[i] = m;
            }
            return m;
        }

        private static PyModule Make(int i)
        {
            switch (i)
            {
                case 0: return SysModule.Module;
                case BuiltinsIndex: return new PyModule(Qstr.Intern("builtins"), Builtins.Dict);
                case 2: return MathModule.Make();
                case 3: return CmathModule.Make();
                case 4: return MicroPythonModule.Make();
                case 5: return GcModule.Make();
                case 6: return ArrayModule.Make();
                case 7: return CollectionsModule.Make();
                case 8: return BinasciiModule.Make();
                case 9: return HashlibModule.Make();
                case 10: return JsonModule.Make();
                case 11: return ReModule.Make();
                case 12: return HeapqModule.Make();
                case 13: return RandomModule.Make();
                case 14: return TimeModule.Make();
                case 15: return StructModule.Make();
                case 16: return IoModule.Make();
                case 17: return ErrnoModule.Make();
                case OsIndex: return OsModule.Module;
                case Count: return MachineModule.Make();
                case Count + 1: return VfsModule.Make();
                default: return SelectModule.Make();
            }
        }
    }
}
