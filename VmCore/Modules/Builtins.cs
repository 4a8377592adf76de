namespace NanoMpy
{
    // The builtins namespace (py/modbuiltins.c). MicroPython keeps it in ROM; here each builtin is made the first
    // time a program names it and kept in a dict, which also holds what a program stores into builtins. So a
    // board's start-up pays for none of them, and a program only for those it uses. Each subsystem answers its
    // own names (Names and Make in ContainerBuiltins, ClassBuiltins, ...).
    public static class Builtins
    {
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

        // The whole namespace as a dict (`import builtins`, dir(builtins), the REPL's completion): every builtin
        // is made, and from then on the dict is the one source of truth, so stores and deletes hold.
        public static PyDict Dict
        {
            get
            {
                if (!_complete)
                {
                    MakeAll(ContainerBuiltins.Names);
                    MakeAll(ClassBuiltins.Names);
                    for (int i = 0; i < ExcTypes.Count; i++) MakeAll(Words.At(ExcTypes.Names, i));
                    MakeAll(NumberBuiltins.Names);
                    MakeAll(VmBuiltins.Names);
                    MakeAll(ExecBuiltins.Names);
                    MakeAll(StringBuiltins.Names);
                    MakeAll("open");
                    MakeAll(InputBuiltin.Names);
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

        private static PyDict Start()
        {
            int locked = Heap.SuspendLock();
            // object and type get their constructors and methods before a program can reach them
            ClassBuiltins.InitCoreTypes();
            _made = new PyDict();
            Heap.ResumeLock(locked);
            return _made;
        }

        private static void MakeAll(string names)
        {
            int n = Words.Count(names);
            for (int i = 0; i < n; i++) Lookup(Qstr.Intern(Words.At(names, i)));
        }

        private static Value Make(string name)
        {
            Value v = ContainerBuiltins.Make(name);
            if (v.IsNull) v = ClassBuiltins.Make(name);
            if (v.IsNull) v = NumberBuiltins.Make(name);
            if (v.IsNull) v = VmBuiltins.Make(name);
            if (v.IsNull) v = StringBuiltins.Make(name);
            if (v.IsNull && name == "open") v = IoModule.MakeOpen();
            if (v.IsNull) v = InputBuiltin.Make(name);
            return v;
        }
    }
}
