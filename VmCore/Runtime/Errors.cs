namespace NanoMpy
{
    // Constructors of the exceptions the runtime raises: `throw Rt.TypeError("...")`. Messages are
    // MicroPython's, since programs print them.
    public static partial class Rt
    {
        public static PyException Raise(PyType type, string msg)
        {
            if (Heap.LockDepth != 0) return new PyException(Heap.Emergency(type, msg));
            Value[] args = msg == null ? Value.NewArray(0) : new Value[] { PyStr.FromString(msg) };
            return new PyException(new PyBaseException(type, new PyTuple(args)));
        }

        public static PyException RaiseWith(PyType type, Value arg)
        {
            if (Heap.LockDepth != 0) return new PyException(Heap.Emergency(type, new Value[] { arg }, 0, 1));
            return new PyException(new PyBaseException(type, new PyTuple(new Value[] { arg })));
        }

        public static PyException TypeError(string msg) { return Raise(ExcTypes.TypeError, msg); }
        public static PyException ValueError(string msg) { return Raise(ExcTypes.ValueError, msg); }
        public static PyException IndexError(string msg) { return Raise(ExcTypes.IndexError, msg); }
        public static PyException AttributeError(string msg) { return Raise(ExcTypes.AttributeError, msg); }
        public static PyException NameError(string msg) { return Raise(ExcTypes.NameError, msg); }
        public static PyException ZeroDivisionError(string msg) { return Raise(ExcTypes.ZeroDivisionError, msg); }
        public static PyException OverflowError(string msg) { return Raise(ExcTypes.OverflowError, msg); }
        public static PyException RuntimeError(string msg) { return Raise(ExcTypes.RuntimeError, msg); }
        public static PyException MemoryError(string msg) { return Raise(ExcTypes.MemoryError, msg); }
        public static PyException ImportError(string msg) { return Raise(ExcTypes.ImportError, msg); }
        public static PyException NotImplementedError(string msg) { return Raise(ExcTypes.NotImplementedError, msg); }
        public static PyException AssertionError(string msg) { return Raise(ExcTypes.AssertionError, msg); }
        public static PyException KeyError(Value key) { return RaiseWith(ExcTypes.KeyError, key); }
        public static PyException StopIteration() { return Raise(ExcTypes.StopIteration, null); }
        public static PyException OSError(int errno) { return RaiseWith(ExcTypes.OSError, Value.FromInt(errno)); }

        // mp_arg_check_num's messages.
        public static PyException ArgCountError(int min, int max, int given)
        {
            if (min == max)
            {
                return TypeError("function takes " + min + " positional arguments but " + given + " were given");
            }
            if (given < min)
            {
                return TypeError("function missing " + (min - given) + " required positional arguments");
            }
            return TypeError("function expected at most " + max + " arguments, got " + given);
        }
    }
}
