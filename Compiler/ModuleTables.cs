namespace NanoMpy.Compiler
{
    // The module-wide qstr and constant tables (py/emitcommon.c): entries are numbered in order of first use;
    // the source file name is always qstr 0.
    public sealed class ModuleTables
    {
        public readonly System.Collections.ArrayList Qstrs = new System.Collections.ArrayList();
        private readonly System.Collections.Hashtable _qstrIndex = new System.Collections.Hashtable();
        public readonly System.Collections.ArrayList Consts = new System.Collections.ArrayList();

        public ModuleTables(string sourceFile)
        {
            UseQstr(sourceFile);
        }

        public int UseQstr(string q)
        {
            object o = _qstrIndex[q];
            if (o != null) return (int)o;
            int i = Qstrs.Count;
            Qstrs.Add(q);
            _qstrIndex[q] = i;
            return i;
        }

        public int UseConst(ConstKey k)
        {
            for (int i = 0; i < Consts.Count; i++)
            {
                if (((ConstKey)Consts[i]).SameAs(k)) return i;
            }
            Consts.Add(k);
            return Consts.Count - 1;
        }
    }
}
