namespace NanoMpy
{
    // Iterates an object through __getitem__ with 0, 1, 2, ... until IndexError (mp_obj_getitem_iter).
    public sealed class PySeqIterator : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = new PyType(Qstr.Intern("iterator"), PyType.ObjectType)); } }

        private readonly Value _seq;
        private long _index;

        public PySeqIterator(Value seq)
        {
            _seq = seq;
        }

        public override PyType Type { get { return TypeObj; } }

        public override Value GetIter()
        {
            return this;
        }

        public override Value IterNext()
        {
            try
            {
                return Rt.Subscr(_seq, Value.FromInt(_index++), Value.Sentinel);
            }
            catch (PyException e)
            {
                if (e.Exc.ExcType.IsSubclassOf(ExcTypes.IndexError) || e.Exc.ExcType.IsSubclassOf(ExcTypes.StopIteration))
                {
                    return Value.Null;
                }
                throw;
            }
        }
    }
}
