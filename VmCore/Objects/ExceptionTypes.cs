namespace NanoMpy
{
    // The built-in exception hierarchy (py/objexcept.c), exactly the exception types the unix port v1.27
    // has in builtins (ViperTypeError is there because the unix port has the native emitters).
    public static class ExcTypes
    {
        // Each type is made when first named (nanoCLR would run initializers at start-up and keep them all in
        // RAM). Index i names the type at word i of Names; Create gives its base.
        internal const string Names = "BaseException SystemExit KeyboardInterrupt GeneratorExit Exception StopAsyncIteration "
            + "StopIteration ArithmeticError OverflowError ZeroDivisionError AssertionError AttributeError "
            + "EOFError ImportError LookupError IndexError KeyError MemoryError NameError OSError "
            + "RuntimeError NotImplementedError SyntaxError IndentationError TypeError ViperTypeError "
            + "ValueError UnicodeError";

        public const int Count = 28;
        private static readonly PyType[] Made = new PyType[Count];

        public static PyType BaseException { get { return At(0); } }
        public static PyType SystemExit { get { return At(1); } }
        public static PyType KeyboardInterrupt { get { return At(2); } }
        public static PyType GeneratorExit { get { return At(3); } }
        public static PyType Exception { get { return At(4); } }
        public static PyType StopAsyncIteration { get { return At(5); } }
        public static PyType StopIteration { get { return At(6); } }
        public static PyType ArithmeticError { get { return At(7); } }
        public static PyType OverflowError { get { return At(8); } }
        public static PyType ZeroDivisionError { get { return At(9); } }
        public static PyType AssertionError { get { return At(10); } }
        public static PyType AttributeError { get { return At(11); } }
        public static PyType EOFError { get { return At(12); } }
        public static PyType ImportError { get { return At(13); } }
        public static PyType LookupError { get { return At(14); } }
        public static PyType IndexError { get { return At(15); } }
        public static PyType KeyError { get { return At(16); } }
        public static PyType MemoryError { get { return At(17); } }
        public static PyType NameError { get { return At(18); } }
        public static PyType OSError { get { return At(19); } }
        public static PyType RuntimeError { get { return At(20); } }
        public static PyType NotImplementedError { get { return At(21); } }
        public static PyType SyntaxError { get { return At(22); } }
        public static PyType IndentationError { get { return At(23); } }
        public static PyType TypeError { get { return At(24); } }
        public static PyType ViperTypeError { get { return At(25); } }
        public static PyType ValueError { get { return At(26); } }
        public static PyType UnicodeError { get { return At(27); } }

        public static PyType At(int i)
        {
            return Made[i] ?? Create(i);
        }

        // The exception type called name, or null.
        public static PyType ByName(string name)
        {
            int i = Words.IndexOf(Names, name);
            return i < 0 ? null : At(i);
        }

        private static PyType Create(int i)
        {
            PyType b;
            switch (i)
            {
                case 0: b = PyType.ObjectType; break;
                case 1: b = BaseException; break;
                case 2: b = BaseException; break;
                case 3: b = BaseException; break;
                case 4: b = BaseException; break;
                case 5: b = Exception; break;
                case 6: b = Exception; break;
                case 7: b = Exception; break;
                case 8: b = ArithmeticError; break;
                case 9: b = ArithmeticError; break;
                case 10: b = Exception; break;
                case 11: b = Exception; break;
                case 12: b = Exception; break;
                case 13: b = Exception; break;
                case 14: b = Exception; break;
                case 15: b = LookupError; break;
                case 16: b = LookupError; break;
                case 17: b = Exception; break;
                case 18: b = Exception; break;
                case 19: b = Exception; break;
                case 20: b = Exception; break;
                case 21: b = RuntimeError; break;
                case 22: b = Exception; break;
                case 23: b = SyntaxError; break;
                case 24: b = Exception; break;
                case 25: b = TypeError; break;
                case 26: b = Exception; break;
                case 27: b = ValueError; break;
                default: return null;
            }
            PyType t = new PyType(Qstr.Intern(Words.At(Names, i)), b);
            // Making a type can run a static constructor that names this one: the type made then stays the one,
            // or two would exist and `except` would miss one of them.
            if (Made[i] != null) return Made[i];
            t.MakeNew = MakeException;
            Made[i] = t;
            return t;
        }

        private static Value MakeException(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.TypeError("function doesn't take keyword arguments");
            if (Heap.LockDepth != 0) return Heap.Emergency(type, args, start, nPos);
            return new PyBaseException(type, PyTuple.Copy(args, start, nPos));
        }

        public static bool IsException(PyType t)
        {
            return t.IsSubclassOf(BaseException);
        }
    }
}
