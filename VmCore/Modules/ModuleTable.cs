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
        // completion after "import ", help('modules')); keep it in step with the two functions.
        public static readonly string[] Names = new string[]
        {
            "math", "cmath", "micropython", "gc",
            "array", "collections", "binascii", "hashlib", "json", "re", "heapq", "random", "time", "struct", "io",
            "errno", "os",
        };

        // The first FixedCount names are fixed built-ins, the rest extensible.
        private const int FixedCount = 4;
        private const int OsIndex = 16;

        public static readonly string[] BoardNames = new string[] { "machine", "vfs", "select" };

        // Each module is made on its first import and kept, by index in Names then BoardNames (a static
        // initializer per module would cost a board RAM at start-up: nanoCLR runs them all then).
        private static readonly PyModule[] Made = new PyModule[17 + 3];

        public static PyModule Fixed(string name)
        {
            int i = IndexOf(Names, name);
            return i >= 0 && i < FixedCount ? Get(i) : null;
        }

        public static PyModule Extensible(string name)
        {
            int i = IndexOf(Names, name);
            return i >= FixedCount ? Get(i) : null;
        }

        // The modules only a board has; BoardPort.Module asks for them only while a board runs.
        public static PyModule Board(string name)
        {
            int i = IndexOf(BoardNames, name);
            return i >= 0 ? Get(Names.Length + i) : null;
        }

        private static int IndexOf(string[] names, string name)
        {
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] == name) return i;
            }
            return -1;
        }

        private static PyModule Get(int i)
        {
            PyModule m = Made[i];
            if (m == null)
            {
                m = Make(i);
                // os differs between a board and the desktop, so OsModule keeps (and switches) its own
                if (i != OsIndex) Made[i] = m;
            }
            return m;
        }

        private static PyModule Make(int i)
        {
            switch (i)
            {
                case 0: return MathModule.Make();
                case 1: return CmathModule.Make();
                case 2: return MicroPythonModule.Make();
                case 3: return GcModule.Make();
                case 4: return ArrayModule.Make();
                case 5: return CollectionsModule.Make();
                case 6: return BinasciiModule.Make();
                case 7: return HashlibModule.Make();
                case 8: return JsonModule.Make();
                case 9: return ReModule.Make();
                case 10: return HeapqModule.Make();
                case 11: return RandomModule.Make();
                case 12: return TimeModule.Make();
                case 13: return StructModule.Make();
                case 14: return IoModule.Make();
                case 15: return ErrnoModule.Make();
                case OsIndex: return OsModule.Module;
                case 17: return MachineModule.Make();
                case 18: return VfsModule.Make();
                default: return SelectModule.Make();
            }
        }
    }
}
