namespace NanoMpy
{
    // An exception instance. Instances of user classes derived from an exception type are PyBaseException
    // too (ExcType is the user class, Dict holds their attributes), so the VM handles one kind of object.
    public sealed class PyBaseException : PyObject
    {
        public PyType ExcType;
        public PyTuple Args;
        public PyDict Dict;        // attributes of user subclasses; null until first store
        // Traceback entries, three ints each: source-file qstr, line, function-name qstr; innermost last
        // (frames append as the exception unwinds through them).
        public int[] Traceback;
        public int TracebackLen;

        public PyBaseException(PyType type, PyTuple args)
        {
            ExcType = type;
            Args = args;
        }

        public override PyType Type { get { return ExcType; } }

        public void AddTraceback(int file, int line, int block)
        {
            if (Traceback == null) Traceback = new int[12];
            else if (TracebackLen + 3 > Traceback.Length)
            {
                int[] n = new int[Traceback.Length * 2];
                System.Array.Copy(Traceback, n, TracebackLen);
                Traceback = n;
            }
            Traceback[TracebackLen++] = file;
            Traceback[TracebackLen++] = line;
            Traceback[TracebackLen++] = block;
        }

        public override Value LoadAttr(int qstr)
        {
            return Rt.ExceptionLoadAttr(this, qstr);
        }

        public override bool StoreAttr(int qstr, Value value)
        {
            return Rt.ExceptionStoreAttr(this, qstr, value);
        }

        public override void Print(Printer p, int kind)
        {
            Rt.PrintException(this, p, kind);
        }
    }
}
