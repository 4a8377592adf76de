namespace NanoMpy
{
    // Where the import system finds modules written in C#. Two kinds, as in MicroPython:
    //  - fixed built-ins (sys, builtins, micropython, gc, math, ...): found before sys.path is searched;
    //  - extensible built-ins (MP_REGISTER_EXTENSIBLE_MODULE: array, collections, io, json, ...): a file of the
    //    same name on sys.path wins, and "uNAME" also names them.
    // Each module is created on first import (its static Module field), so a program pays only for what it uses.
    // To add a module: one line in the right function below.
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

        public static PyModule Fixed(string name)
        {
            if (name == "math") return MathModule.Module;
            if (name == "cmath") return CmathModule.Module;
            if (name == "micropython") return MicroPythonModule.Module;
            if (name == "gc") return GcModule.Module;
            return null;
        }

        public static PyModule Extensible(string name)
        {
            if (name == "array") return ArrayModule.Module;
            if (name == "collections") return CollectionsModule.Module;
            if (name == "binascii") return BinasciiModule.Module;
            if (name == "hashlib") return HashlibModule.Module;
            if (name == "json") return JsonModule.Module;
            if (name == "re") return ReModule.Module;
            if (name == "heapq") return HeapqModule.Module;
            if (name == "random") return RandomModule.Module;
            if (name == "time") return TimeModule.Module;
            if (name == "struct") return StructModule.Module;
            if (name == "io") return IoModule.Module;
            if (name == "errno") return ErrnoModule.Module;
            if (name == "os") return OsModule.Module;
            return null;
        }
    }
}
