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
            if (Traceback == null || TracebackLen + 3 > Traceback.Length)
            {
                if (Heap.LockDepth != 0)
                {
                    // MicroPython drops entries it cannot allocate; its emergency buffer holds two
                    if (Traceback != null) return;
                    Traceback = new int[6];
                }
            }
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

        // Instances of user exception classes dispatch special methods like any user instance.
        public override Value UnaryOp(int op)
        {
            return ExcType.IsUser ? Rt.InstanceUnaryOp(this, op) : Value.Null;
        }

        public override Value BinaryOp(int op, Value rhs)
        {
            return ExcType.IsUser ? Rt.InstanceBinaryOp(this, op, rhs) : Value.Null;
        }

        public override Value Subscr(Value index, Value value)
        {
            return ExcType.IsUser ? Rt.InstanceSubscr(this, index, value) : Value.Null;
        }

        public override Value Call(Value[] args, int start, int nPos, int nKw)
        {
            if (ExcType.IsUser) return Rt.InstanceCall(this, args, start, nPos, nKw);
            return base.Call(args, start, nPos, nKw);
        }

        public override Value GetIter()
        {
            return ExcType.IsUser ? Rt.InstanceGetIter(this) : Value.Null;
        }

        public override bool Eq(Value other)
        {
            return ExcType.IsUser && Rt.IsTrue(Rt.UserEqualOp(BinaryOpKind.Equal, this, other));
        }

        public override long Hash()
        {
            return ExcType.IsUser ? Rt.InstanceHash(this) : Rt.IdentityHash(this);
        }
    }
}
