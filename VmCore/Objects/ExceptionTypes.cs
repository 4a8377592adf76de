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

        public static PyType BaseException { get { return Made[0] ?? Create(0); } }
        public static PyType SystemExit { get { return Made[1] ?? Create(1); } }
        public static PyType KeyboardInterrupt { get { return Made[2] ?? Create(2); } }
        public static PyType GeneratorExit { get { return Made[3] ?? Create(3); } }
        public static PyType Exception { get { return Made[4] ?? Create(4); } }
        public static PyType StopAsyncIteration { get { return Made[5] ?? Create(5); } }
        public static PyType StopIteration { get { return Made[6] ?? Create(6); } }
        public static PyType ArithmeticError { get { return Made[7] ?? Create(7); } }
        public static PyType OverflowError { get { return Made[8] ?? Create(8); } }
        public static PyType ZeroDivisionError { get { return Made[9] ?? Create(9); } }
        public static PyType AssertionError { get { return Made[10] ?? Create(10); } }
        public static PyType AttributeError { get { return Made[11] ?? Create(11); } }
        public static PyType EOFError { get { return Made[12] ?? Create(12); } }
        public static PyType ImportError { get { return Made[13] ?? Create(13); } }
        public static PyType LookupError { get { return Made[14] ?? Create(14); } }
        public static PyType IndexError { get { return Made[15] ?? Create(15); } }
        public static PyType KeyError { get { return Made[16] ?? Create(16); } }
        public static PyType MemoryError { get { return Made[17] ?? Create(17); } }
        public static PyType NameError { get { return Made[18] ?? Create(18); } }
        public static PyType OSError { get { return Made[19] ?? Create(19); } }
        public static PyType RuntimeError { get { return Made[20] ?? Create(20); } }
        public static PyType NotImplementedError { get { return Made[21] ?? Create(21); } }
        public static PyType SyntaxError { get { return Made[22] ?? Create(22); } }
        public static PyType IndentationError { get { return Made[23] ?? Create(23); } }
        public static PyType TypeError { get { return Made[24] ?? Create(24); } }
        public static PyType ViperTypeError { get { return Made[25] ?? Create(25); } }
        public static PyType ValueError { get { return Made[26] ?? Create(26); } }
        public static PyType UnicodeError { get { return Made[27] ?? Create(27); } }

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
