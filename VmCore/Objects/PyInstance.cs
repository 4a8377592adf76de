namespace NanoMpy
{
    // An instance of a user class (mp_obj_instance_t). Every slot dispatches to the class's special methods
    // (Rt's instance functions). Instances of user exception classes are PyBaseException instead.
    public sealed class PyInstance : PyObject
    {
        public readonly PyType Class;
        public PyDict Dict;
        // The built-in part (subobj) of an instance of a subclass of list, dict, int, ...: made by the
        // built-in's MakeNew, from super().__init__() or after __init__. Null until then.
        public Value Native = Value.Null;

        public PyInstance(PyType cls)
        {
            Class = cls;
            Dict = new PyDict();
        }

#if MP_OPT_SPEED
        // An instance whose attribute table has arrays for `reserve` slots from the start (what its class's
        // instances grew to: Rt.PlainConstruct), so that __init__'s stores need no growth allocations.
        public PyInstance(PyType cls, int reserve)
        {
            Class = cls;
            Dict = new PyDict();
            Dict.Map.ReserveArrays(reserve);
        }
#endif

        public PyObject NativeBase
        {
            get { return Native.IsObj ? Native.Obj : null; }
            set { Native = value; }
        }

        public override PyType Type { get { return Class; } }

        public override Value UnaryOp(int op) { return Rt.InstanceUnaryOp(this, op); }

        public override Value BinaryOp(int op, Value rhs) { return Rt.InstanceBinaryOp(this, op, rhs); }

        public override Value Subscr(Value index, Value value) { return Rt.InstanceSubscr(this, index, value); }

        public override Value Call(Value[] args, int start, int nPos, int nKw)
        {
            return Rt.InstanceCall(this, args, start, nPos, nKw);
        }

        public override Value GetIter() { return Rt.InstanceGetIter(this); }

        public override Value IterNext() { return Rt.InstanceIterNext(this); }

        public override Value LoadAttr(int qstr)
        {
            // Fast path: an instance member needs no class lookup.
            Value v = Dict.GetQ(qstr);
            if (!v.IsNull) return v;
            return Rt.InstanceLoadAttr(this, qstr);
        }

        public override bool StoreAttr(int qstr, Value value) { return Rt.InstanceStoreAttr(this, qstr, value); }

        public override void Print(Printer p, int kind) { Rt.InstancePrint(this, p, kind); }

        public override bool Eq(Value other)
        {
            return Rt.IsTrue(Rt.UserEqualOp(BinaryOpKind.Equal, this, other));
        }

        public override long Hash() { return Rt.InstanceHash(this); }
    }
}
