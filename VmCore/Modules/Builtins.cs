namespace NanoMpy
{
    // The builtins namespace: its one table, as py/modbuiltins.c's mp_module_builtins_globals_table. Names lists
    // every builtin in that table's order and Make maps a name to its value; the bodies of the builtin functions
    // live in files named by what they do (PrintBuiltins, IterationBuiltins, AttributeBuiltins, ClassBuiltins,
    // NumberBuiltins, StringBuiltins, ExecBuiltins, ImportBuiltins, IoModule.Open).
    //
    // MicroPython keeps the table in ROM. Here the list is a string literal and the mapping a switch, both in the
    // assembly (flash on a board): a static array or dict would be built by nanoCLR at start-up and held in RAM.
    // Each builtin is made the first time a program names it and kept in a dict, which also holds what a program
    // stores into builtins, so a board's start-up pays for none of them and a program only for those it uses.
    public static class Builtins
    {
        // Every builtin, in modbuiltins.c's order (the unix port's, without `help`, which nanoMpy does not have).
        internal const string Names = "__build_class__ __import__ __repl_print__ "
            // built-in types
            + "bool bytes "
#if MP_BYTEARRAY
            + "bytearray "
#endif
#if MP_COMPLEX
            + "complex "
#endif
            + "dict "
#if MP_CORE_BUILTINS
            + "enumerate filter "
#endif
            + "float "
#if MP_SET
            + "frozenset "
#endif
            + "int list map "
#if MP_ARRAY
            + "memoryview "
#endif
            + "object "
#if MP_CORE_BUILTINS
            + "property "
#endif
            + "range "
#if MP_CORE_BUILTINS
            + "reversed "
#endif
#if MP_SET
            + "set "
#endif
#if MP_BUILTINS_EXTRAS
            + "slice "
#endif
            + "str super tuple type zip classmethod staticmethod "
            // built-in objects
            + "Ellipsis "
#if MP_CORE_BUILTINS
            + "NotImplemented "
#endif
            // built-in functions
            // (no compile, eval, exec, execfile without a compiler: MICROPY_PY_BUILTINS_EVAL_EXEC and _COMPILE)
            + "abs all any bin callable "
#if MP_COMPILER
            + "compile "
#endif
            + "chr "
#if MP_CORE_BUILTINS
            + "delattr "
#endif
            + "dir divmod "
#if MP_COMPILER
            + "eval exec execfile "
#endif
            + "getattr setattr globals hasattr hash hex id "
#if MP_CORE_BUILTINS
            + "input "
#endif
            + "isinstance issubclass iter len locals "
#if MP_CORE_BUILTINS
            + "max min "
#endif
            + "next oct "
#if MP_IO
            + "open "
#endif
            + "ord pow print repr "
            + "round sorted sum "
            // built-in exceptions
            + "BaseException ArithmeticError AssertionError AttributeError EOFError Exception GeneratorExit "
            + "ImportError IndentationError IndexError KeyboardInterrupt KeyError LookupError MemoryError NameError "
            + "NotImplementedError OSError OverflowError RuntimeError StopAsyncIteration StopIteration SyntaxError "
            + "SystemExit TypeError UnicodeError ValueError ViperTypeError ZeroDivisionError";

        // The builtin called name, made now (Lookup keeps it), or Null when there is none. A builtin function is
        // named by `name` itself, not a second literal: one IL load instead of a string token each.
        private static Value Make(string name)
        {
            switch (name)
            {
                case "__build_class__": return new PyBuiltin(name, 2, int.MaxValue, ClassBuiltins.BuildClass);
                case "__import__": return Imports.DefaultImport;
                case "__repl_print__": return new PyBuiltin(name, PrintBuiltins.ReplPrint);

                case "bool": return PyBool.TypeObj;
                case "bytes": return PyBytes.TypeObj;
#if MP_BYTEARRAY
                case "bytearray": return PyByteArray.TypeObj;
#endif
#if MP_COMPLEX
                case "complex": return PyComplex.TypeObj;
#endif
                case "dict": return PyDict.TypeObj;
#if MP_CORE_BUILTINS
                case "enumerate": return PyEnumerate.TypeObj;
                case "filter": return PyFilter.TypeObj;
#endif
                case "float": return PyFloat.TypeObj;
#if MP_SET
                case "frozenset": return PySet.FrozenSetType;
#endif
                case "int": return PyInt.TypeObj;
                case "list": return PyList.TypeObj;
                case "map": return PyMap.TypeObj;
#if MP_ARRAY
                case "memoryview": return PyMemoryView.TypeObj;
#endif
                case "object": return PyType.ObjectType;
#if MP_CORE_BUILTINS
                case "property": return PyProperty.TypeObj;
#endif
                case "range": return PyRange.TypeObj;
#if MP_CORE_BUILTINS
                case "reversed": return PyReversed.TypeObj;
#endif
#if MP_SET
                case "set": return PySet.TypeObj;
#endif
#if MP_BUILTINS_EXTRAS
                case "slice": return PySlice.TypeObj;
#endif
                case "str": return PyStr.TypeObj;
                case "super": return PySuper.TypeObj;
                case "tuple": return PyTuple.TypeObj;
                case "type": return PyType.TypeType;
                case "zip": return PyZip.TypeObj;
                case "classmethod": return PyClassMethod.TypeObj;
                case "staticmethod": return PyStaticMethod.TypeObj;

                case "Ellipsis": return Value.Ellipsis;
#if MP_CORE_BUILTINS
                case "NotImplemented": return PyNotImplemented.Instance;
#endif

                case "abs": return new PyBuiltin(name, NumberBuiltins.Abs);
                case "all": return new PyBuiltin(name, IterationBuiltins.All);
                case "any": return new PyBuiltin(name, IterationBuiltins.Any);
                case "bin": return new PyBuiltin(name, NumberBuiltins.Bin);
                case "callable": return new PyBuiltin(name, ClassBuiltins.Callable);
#if MP_COMPILER
                case "compile": return new PyBuiltin(name, 3, 6, ExecBuiltins.Compile);
#endif
                case "chr": return new PyBuiltin(name, StringBuiltins.Chr);
#if MP_CORE_BUILTINS
                case "delattr": return new PyBuiltin(name, AttributeBuiltins.DelAttr);
#endif
                case "dir": return new PyBuiltin(name, 0, 1, AttributeBuiltins.Dir);
                case "divmod": return new PyBuiltin(name, NumberBuiltins.DivMod);
#if MP_COMPILER
                case "eval": return new PyBuiltin(name, 1, 3, ExecBuiltins.Eval);
                case "exec": return new PyBuiltin(name, 1, 3, ExecBuiltins.Exec);
                case "execfile": return new PyBuiltin(name, 1, 3, ExecBuiltins.ExecFile);
#endif
                case "getattr": return new PyBuiltin(name, 2, 3, AttributeBuiltins.GetAttr);
                case "setattr": return new PyBuiltin(name, AttributeBuiltins.SetAttr);
                case "globals": return new PyBuiltin(name, ExecBuiltins.Globals);
                case "hasattr": return new PyBuiltin(name, AttributeBuiltins.HasAttr);
                case "hash": return new PyBuiltin(name, ClassBuiltins.Hash);
                case "hex": return new PyBuiltin(name, NumberBuiltins.Hex);
                case "id": return new PyBuiltin(name, ClassBuiltins.Id);
#if MP_CORE_BUILTINS
                case "input": return new PyBuiltin(name, 0, 1, InputBuiltin.Input);
#endif
                case "isinstance": return new PyBuiltin(name, ClassBuiltins.IsInstance);
                case "issubclass": return new PyBuiltin(name, ClassBuiltins.IsSubclass);
                case "iter": return new PyBuiltin(name, IterationBuiltins.Iter);
                case "len": return new PyBuiltin(name, IterationBuiltins.Len);
                case "locals": return new PyBuiltin(name, ExecBuiltins.Locals);
#if MP_CORE_BUILTINS
                case "max": return new PyBuiltin(name, IterationBuiltins.Max);
                case "min": return new PyBuiltin(name, IterationBuiltins.Min);
#endif
#if MP_BUILTINS_EXTRAS
                case "next": return new PyBuiltin(name, 1, 2, IterationBuiltins.Next);
#else
                case "next": return new PyBuiltin(name, 1, 1, IterationBuiltins.Next); // MICROPY_PY_BUILTINS_NEXT2
#endif
                case "oct": return new PyBuiltin(name, NumberBuiltins.Oct);
#if MP_IO
                case "open": return new PyBuiltin(name, IoModule.Open);
#endif
                case "ord": return new PyBuiltin(name, StringBuiltins.Ord);
                case "pow": return new PyBuiltin(name, 2, 3, NumberBuiltins.Pow);
                case "print": return new PyBuiltin(name, PrintBuiltins.Print);
                case "repr": return new PyBuiltin(name, PrintBuiltins.Repr);
                case "round": return new PyBuiltin(name, 1, 2, NumberBuiltins.Round);
                case "sorted": return new PyBuiltin(name, IterationBuiltins.Sorted);
                case "sum": return new PyBuiltin(name, 1, 2, IterationBuiltins.Sum);

                default:
                    // the exception types (ExcTypes makes each one with its base)
                    PyType e = ExcTypes.ByName(name);
                    return e == null ? Value.Null : (Value)e;
            }
        }

        private static PyDict _made;
        private static bool _complete; // every name is in _made: it is the whole namespace

        // The builtin named by qstr q, or Null when there is none (a NameError for LOAD_GLOBAL).
        public static Value Lookup(int q)
        {
            PyDict d = _made;
            if (d == null) d = Start();
            Value v = d.GetQ(q);
            if (!v.IsNull || _complete) return v;
            int locked = Heap.SuspendLock();
            try
            {
                v = Make(Qstr.Str(q));
                if (!v.IsNull) d.SetQ(q, v);
            }
            finally
            {
                Heap.ResumeLock(locked);
            }
            return v;
        }

#if MP_OPT_SPEED
        // The builtins table, as made so far.
        public static MapTable Table
        {
            get
            {
                PyDict d = _made;
                if (d == null) d = Start();
                return d.Map;
            }
        }

        // The slot of q in the builtins table (with the table), or -1 when q is no builtin: LOAD_GLOBAL
        // remembers it (LookupCache).
        public static int Slot(int q, out MapTable map)
        {
            Value v = Lookup(q);
            map = _made.Map;
            return v.IsNull ? -1 : map.FindQ(q);
        }
#endif

        // The whole namespace as a dict (`import builtins`, dir(builtins), the REPL's completion): every builtin
        // is made, and from then on the dict is the one source of truth, so stores and deletes hold.
        public static PyDict Dict
        {
            get
            {
                if (!_complete)
                {
                    int locked = Heap.SuspendLock();
                    try
                    {
                        InternSorted();
                    }
                    finally
                    {
                        Heap.ResumeLock(locked);
                    }
                    int n = Words.Count(Names);
                    for (int i = 0; i < n; i++) Lookup(Qstr.Intern(Words.At(Names, i)));
                    _complete = true;
                }
                return _made;
            }
        }

        // Forgets what programs stored and the builtins made (mp_init starts the override dict afresh).
        public static void Reset()
        {
            _made = null;
            _complete = false;
        }

        // The qstr of a keyword argument's name (0 when it is not a str), for builtins that take keywords.
        internal static int KwName(Value name)
        {
            PyStr s = name.Obj as PyStr;
            return s == null ? 0 : s.Intern();
        }

        private static PyDict Start()
        {
            int locked = Heap.SuspendLock();
            // object and type get their constructors and methods before a program can reach them
            ClassBuiltins.InitCoreTypes();
            _made = PyDict.NewNamespace();
            Heap.ResumeLock(locked);
            return _made;
        }

        // dir(builtins) lists the names in qstr order. MicroPython's firmware pool holds the names that are not
        // static qstrs sorted by bytes (py/makeqstrdata.py); interning those not yet interned in that order
        // gives dir(builtins) MicroPython's order.
        private static void InternSorted()
        {
            int n = Words.Count(Names);
            string[] names = new string[n];
            for (int i = 0; i < n; i++)
            {
                string s = Words.At(Names, i);
                int j = i;
                for (; j > 0 && Ordinal(names[j - 1], s) > 0; j--) names[j] = names[j - 1];
                names[j] = s;
            }
            for (int i = 0; i < n; i++) Qstr.Intern(names[i]);
        }

        // Compares by char code (the names are ASCII, so by bytes), whatever the culture.
        private static int Ordinal(string a, string b)
        {
            int n = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < n; i++)
            {
                if (a[i] != b[i]) return a[i] - b[i];
            }
            return a.Length - b.Length;
        }
    }
}
