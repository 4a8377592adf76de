namespace NanoMpy
{
    // __import__ (py/modbuiltins.c): the builtin the import statement calls; Imports does the work.
    public static class ImportBuiltins
    {
        internal static PyBuiltin MakeImport()
        {
            return new PyBuiltin("__import__", ImportFn);
        }

        // __import__(name, globals=None, locals=None, fromlist=(), level=0)
        private static Value ImportFn(Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (nPos < 1 || nPos > 5) throw Rt.ArgCountError(1, 5, nPos);
            PyStr name = args[start].Obj as PyStr;
            if (name == null) throw Rt.TypeError("can't convert to str implicitly");
            PyDict globals = nPos >= 2 ? args[start + 1].Obj as PyDict : null;
            bool badGlobals = nPos >= 2 && globals == null && !args[start + 1].IsNone;
            Value fromList = nPos >= 4 ? args[start + 3] : Value.None;
            long level = 0;
            if (nPos >= 5)
            {
                if (!args[start + 4].IsSmallInt) throw Rt.TypeError("can't convert to int");
                level = args[start + 4].Bits;
            }
            // globals must be a dict (or None) for a relative import
            if (level > 0 && badGlobals) throw Rt.Raise(ExcTypes.TypeError, null);
            if (level != 0 && globals == null) globals = Vm.Globals;
            return Imports.Import(name.ToString(), fromList, level, globals, false);
        }
    }
}
