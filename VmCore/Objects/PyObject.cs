namespace NanoMpy
{
    // Base of every heap object. The virtual members are the type slots of MicroPython's mp_obj_type_t:
    // built-in types override them in C#; PyInstance (user classes) overrides them to call dunder methods,
    // so built-in and user classes dispatch the same way through Rt.
    //
    // Convention: a slot returns Value.Null for "not supported here", and Rt turns that into the reflected
    // operation or the TypeError MicroPython raises. Slots raise PyException for Python-level errors.
    public abstract partial class PyObject
    {
        // Every heap object is made here: a locked heap refuses it (Heap.cs).
        protected PyObject()
        {
            if (--Heap.Countdown <= 0) Heap.Checkpoint();
        }

        // For objects that stand for static data in MicroPython (a qstr's str object): never refused.
        protected PyObject(bool staticData)
        {
        }

        public abstract PyType Type { get; }

        // MP_UNARY_OP_* (UnaryOpKind). Null: unsupported.
        public virtual Value UnaryOp(int op)
        {
            return Value.Null;
        }

        // MP_BINARY_OP_* (BinaryOpKind), self is the left operand (or the right for REVERSE_* ops).
        public virtual Value BinaryOp(int op, Value rhs)
        {
            return Value.Null;
        }

        // index: the subscript; value: Value.Sentinel to load, Value.Null to delete, else the value to store.
        // Returns the loaded value, or None after a store/delete; Null when the type is not subscriptable.
        public virtual Value Subscr(Value index, Value value)
        {
            return Value.Null;
        }

        // args[start .. start+nPos) positional, then nKw (name str, value) pairs: MicroPython's stack layout,
        // so the VM calls straight from its stack without copying.
        public virtual Value Call(Value[] args, int start, int nPos, int nKw)
        {
            throw Rt.TypeError("'" + Type.NameStr + "' object isn't callable");
        }

        // Null: not iterable. An object that is its own iterator returns itself.
        public virtual Value GetIter()
        {
            return Value.Null;
        }

        // Next item, or Null when exhausted (MP_OBJ_STOP_ITERATION), without raising StopIteration.
        public virtual Value IterNext()
        {
            return Value.Null;
        }

        // Attribute load. Null: not found (Rt raises AttributeError). The default finds methods and class
        // attributes through the type's MRO and binds them.
        public virtual Value LoadAttr(int qstr)
        {
            return Rt.GenericLoadAttr(this, qstr);
        }

        // Attribute store; value Null deletes. False: unsupported (AttributeError).
        public virtual bool StoreAttr(int qstr, Value value)
        {
            return false;
        }

        // kind: PrintKind.Str or PrintKind.Repr.
        public virtual void Print(Printer p, int kind)
        {
            p.Write("<");
            p.Write(Qstr.Str(Type.Name));
            p.Write(">");
        }

        // Python ==; only called when other is not the same object.
        public virtual bool Eq(Value other)
        {
            return false;
        }

        // Python hash(); Null-free: unhashable types raise TypeError.
        public virtual long Hash()
        {
            return Rt.IdentityHash(this);
        }
    }

    public static class PrintKind
    {
        public const int Str = 0;  // PRINT_STR
        public const int Repr = 1; // PRINT_REPR
        public const int Exc = 2;  // PRINT_EXC: the last line of a traceback ("Name: message")
    }
}
