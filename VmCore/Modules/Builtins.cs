namespace NanoMpy
{
    // The builtins namespace: its one table, as py/modbuiltins.c's mp_module_builtins_globals_table. Names lists
    // every builtin in that table's order and Make maps a name's index there to its value (a switch on the index is
    // a jump table, where one on the name cost a board about 25 B of IL a case); the bodies of the builtin functions
    // live in files named by what they do (PrintBuiltins, IterationBuiltins, AttributeBuiltins, ClassBuiltins,
    // NumberBuiltins, StringBuiltins, ExecBuiltins, ImportBuiltins, IoModule.Open).
    //
    // MicroPython keeps the table in ROM. Here the list is a string literal and the mapping a switch, both in the
    // assembly (flash on a board): a static array or dict would be built by nanoCLR at start-up and held in RAM.
    // Each builtin is made the first time a program names it and kept in a dict, which also holds what a program
    // stores into builtins, so a board's start-up pays for none of them and a program only for those it uses.
    public static class Builtins
    {
        // Every builtin of the full level, in modbuiltins.c's order (the unix port's, without `help`, which nanoMpy
        // does not have); Make has none for the names a smaller level leaves out. Make's cases are indexes here.
        internal const string Names = "__build_class__ __import__ __repl_print__ bool bytes bytearray complex dict enumerate filter "
            + "float frozenset int list map memoryview object property range reversed set slice str super "
            + "tuple type zip classmethod staticmethod Ellipsis NotImplemented abs all any bin callable "
            + "compile chr delattr dir divmod eval exec execfile getattr setattr globals hasattr hash hex id "
            + "input isinstance issubclass iter len locals max min next oct open ord pow print repr round "
            + "sorted sum "
            // built-in exceptions
            + "BaseException ArithmeticError AssertionError AttributeError EOFError Exception GeneratorExit "
            + "ImportError IndentationError IndexError KeyboardInterrupt KeyError LookupError MemoryError NameError "
            + "NotImplementedError OSError OverflowError RuntimeError StopAsyncIteration StopIteration SyntaxError "
            + "SystemExit TypeError UnicodeError ValueError ViperTypeError ZeroDivisionError";

        // The builtin called name, made now (Lookup keeps it), or Null when there is none. A builtin function is
        // named by `name` itself, not a second literal: one IL load instead of a string token each.
        private static Value Make(string name)
        {
            switch (Words.IndexOf(Names, name))
            {
                case 0: return new PyBuiltin(name, 2, int.MaxValue, ClassBuiltins.BuildClass); // __build_class__
                case 1: return Imports.DefaultImport; // __import__
                case 2: return new PyBuiltin(name, PrintBuiltins.ReplPrint); // __repl_print__
                case 3: return PyBool.TypeObj; // bool
                case 4: return PyBytes.TypeObj; // bytes
#if MP_BYTEARRAY
                case 5: return PyByteArray.TypeObj; // bytearray
#endif
#if MP_COMPLEX
                case 6: return PyComplex.TypeObj; // complex
#endif
                case 7: return PyDict.TypeObj; // dict
#if MP_CORE_BUILTINS
                case 8: return PyEnumerate.TypeObj; // enumerate
                case 9: return PyFilter.TypeObj; // filter
#endif
                case 10: return PyFloat.TypeObj; // float
#if MP_SET
                case 11: return PySet.FrozenSetType; // frozenset
#endif
                case 12: return PyInt.TypeObj; // int
                case 13: return PyList.TypeObj; // list
                case 14: return PyMap.TypeObj; // map
#if MP_ARRAY
                case 15: return PyMemoryView.TypeObj; // memoryview
#endif
                case 16: return PyType.ObjectType; // object
#if MP_CORE_BUILTINS
                case 17: return PyProperty.TypeObj; // property
#endif
                case 18: return PyRange.TypeObj; // range
#if MP_CORE_BUILTINS
                case 19: return PyReversed.TypeObj; // reversed
#endif
#if MP_SET
                case 20: return PySet.TypeObj; // set
#endif
#if MP_BUILTINS_EXTRAS
                case 21: return PySlice.TypeObj; // slice
#endif
                case 22: return PyStr.TypeObj; // str
                case 23: return PySuper.TypeObj; // super
                case 24: return PyTuple.TypeObj; // tuple
                case 25: return PyType.TypeType; // type
                case 26: return PyZip.TypeObj; // zip
                case 27: return PyClassMethod.TypeObj; // classmethod
                case 28: return PyStaticMethod.TypeObj; // staticmethod
                case 29: return Value.Ellipsis; // Ellipsis
#if MP_CORE_BUILTINS
                case 30: return PyNotImplemented.Instance; // NotImplemented
#endif
                case 31: return new PyBuiltin(name, NumberBuiltins.Abs); // abs
                case 32: return new PyBuiltin(name, IterationBuiltins.All); // all
                case 33: return new PyBuiltin(name, IterationBuiltins.Any); // any
                case 34: return new PyBuiltin(name, NumberBuiltins.Bin); // bin
                case 35: return new PyBuiltin(name, ClassBuiltins.Callable); // callable
#if MP_COMPILER
                case 36: return new PyBuiltin(name, 3, 6, ExecBuiltins.Compile); // compile
#endif
                case 37: return new PyBuiltin(name, StringBuiltins.Chr); // chr
#if MP_CORE_BUILTINS
                case 38: return new PyBuiltin(name, AttributeBuiltins.DelAttr); // delattr
#endif
                case 39: return new PyBuiltin(name, 0, 1, AttributeBuiltins.Dir); // dir
                case 40: return new PyBuiltin(name, NumberBuiltins.DivMod); // divmod
#if MP_COMPILER
                case 41: return new PyBuiltin(name, 1, 3, ExecBuiltins.Eval); // eval
                case 42: return new PyBuiltin(name, 1, 3, ExecBuiltins.Exec); // exec
                case 43: return new PyBuiltin(name, 1, 3, ExecBuiltins.ExecFile); // execfile
#endif
                case 44: return new PyBuiltin(name, 2, 3, AttributeBuiltins.GetAttr); // getattr
                case 45: return new PyBuiltin(name, AttributeBuiltins.SetAttr); // setattr
                case 46: return new PyBuiltin(name, ExecBuiltins.Globals); // globals
                case 47: return new PyBuiltin(name, AttributeBuiltins.HasAttr); // hasattr
                case 48: return new PyBuiltin(name, ClassBuiltins.Hash); // hash
                case 49: return new PyBuiltin(name, NumberBuiltins.Hex); // hex
                case 50: return new PyBuiltin(name, ClassBuiltins.Id); // id
#if MP_CORE_BUILTINS
                case 51: return new PyBuiltin(name, 0, 1, InputBuiltin.Input); // input
#endif
                case 52: return new PyBuiltin(name, ClassBuiltins.IsInstance); // isinstance
                case 53: return new PyBuiltin(name, ClassBuiltins.IsSubclass); // issubclass
                case 54: return new PyBuiltin(name, IterationBuiltins.Iter); // iter
                case 55: return new PyBuiltin(name, IterationBuiltins.Len); // len
                case 56: return new PyBuiltin(name, ExecBuiltins.Locals); // locals
#if MP_CORE_BUILTINS
                case 57: return new PyBuiltin(name, IterationBuiltins.Max); // max
                case 58: return new PyBuiltin(name, IterationBuiltins.Min); // min
#endif
#if MP_BUILTINS_EXTRAS
                case 59: return new PyBuiltin(name, 1, 2, IterationBuiltins.Next); // next
#else
                case 59: return new PyBuiltin(name, 1, 1, IterationBuiltins.Next); // next; MICROPY_PY_BUILTINS_NEXT2
#endif
                case 60: return new PyBuiltin(name, NumberBuiltins.Oct); // oct
#if MP_IO
                case 61: return new PyBuiltin(name, IoModule.Open); // open
#endif
                case 62: return new PyBuiltin(name, StringBuiltins.Ord); // ord
                case 63: return new PyBuiltin(name, 2, 3, NumberBuiltins.Pow); // pow
                case 64: return new PyBuiltin(name, PrintBuiltins.Print); // print
                case 65: return new PyBuiltin(name, PrintBuiltins.Repr); // repr
                case 66: return new PyBuiltin(name, 1, 2, NumberBuiltins.Round); // round
                case 67: return new PyBuiltin(name, IterationBuiltins.Sorted); // sorted
                case 68: return new PyBuiltin(name, 1, 2, IterationBuiltins.Sum); // sum

                default:
                    // the exception types (ExcTypes makes each one with its base); Null for a name this level
                    // leaves out, or no builtin
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
