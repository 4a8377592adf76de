namespace NanoMpy
{
    // The built-in exception hierarchy (py/objexcept.c), exactly the exception types the unix port v1.27
    // has in builtins (ViperTypeError is there because the unix port has the native emitters).
    public static class ExcTypes
    {
        public static readonly PyType BaseException = Make("BaseException", PyType.ObjectType);
        public static readonly PyType SystemExit = Make("SystemExit", BaseException);
        public static readonly PyType KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
        public static readonly PyType GeneratorExit = Make("GeneratorExit", BaseException);
        public static readonly PyType Exception = Make("Exception", BaseException);
        public static readonly PyType StopAsyncIteration = Make("StopAsyncIteration", Exception);
        public static readonly PyType StopIteration = Make("StopIteration", Exception);
        public static readonly PyType ArithmeticError = Make("ArithmeticError", Exception);
        public static readonly PyType OverflowError = Make("OverflowError", ArithmeticError);
        public static readonly PyType ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
        public static readonly PyType AssertionError = Make("AssertionError", Exception);
        public static readonly PyType AttributeError = Make("AttributeError", Exception);
        public static readonly PyType EOFError = Make("EOFError", Exception);
        public static readonly PyType ImportError = Make("ImportError", Exception);
        public static readonly PyType LookupError = Make("LookupError", Exception);
        public static readonly PyType IndexError = Make("IndexError", LookupError);
        public static readonly PyType KeyError = Make("KeyError", LookupError);
        public static readonly PyType MemoryError = Make("MemoryError", Exception);
        public static readonly PyType NameError = Make("NameError", Exception);
        public static readonly PyType OSError = Make("OSError", Exception);
        public static readonly PyType RuntimeError = Make("RuntimeError", Exception);
        public static readonly PyType NotImplementedError = Make("NotImplementedError", RuntimeError);
        public static readonly PyType SyntaxError = Make("SyntaxError", Exception);
        public static readonly PyType IndentationError = Make("IndentationError", SyntaxError);
        public static readonly PyType TypeError = Make("TypeError", Exception);
        public static readonly PyType ViperTypeError = Make("ViperTypeError", TypeError);
        public static readonly PyType ValueError = Make("ValueError", Exception);
        public static readonly PyType UnicodeError = Make("UnicodeError", ValueError);

        // Every type above, for registering in builtins.
        public static readonly PyType[] All = new PyType[]
        {
            BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopAsyncIteration,
            StopIteration, ArithmeticError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
            EOFError, ImportError, LookupError, IndexError, KeyError, MemoryError, NameError, OSError,
            RuntimeError, NotImplementedError, SyntaxError, IndentationError, TypeError, ViperTypeError, ValueError,
            UnicodeError,
        };

        private static PyType Make(string name, PyType baseType)
        {
            PyType t = new PyType(Qstr.Intern(name), baseType);
            t.MakeNew = MakeException;
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
