namespace NanoMpy
{
    // A compilation scope (module or function) with its identifiers, as py/scope.c: parameters are added
    // first so they take the first local slots; names loaded before any binding are implicit globals.
    public sealed class Scope
    {
        public const int KindModule = 0;
        public const int KindFunction = 1;

        public const int IdGlobalImplicit = 1;
        public const int IdGlobalExplicit = 2;
        public const int IdLocal = 3;

        public int Kind;
        public Node Pn;
        public string SimpleName;
        public Scope Parent;
        public Scope Next;

        public string[] IdNames = new string[8];
        public int[] IdKinds = new int[8];
        public bool[] IdIsParam = new bool[8];
        public int[] IdLocalNum = new int[8];
        public int IdCount;

        public int NumPosArgs;
        public int NumLocals;
        public int StackSize;
        public int ExcStackSize;
        public int ScopeFlags;

        // Result of the final pass.
        public byte[] Code;
        public Scope[] Children;
        public int NumChildren;

        public Scope(int kind, Node pn, string simpleName)
        {
            Kind = kind;
            Pn = pn;
            SimpleName = simpleName;
        }

        public int Find(string name)
        {
            for (int i = 0; i < IdCount; i++)
            {
                if (IdNames[i] == name) return i;
            }
            return -1;
        }

        public int FindOrAdd(string name, int kind)
        {
            int i = Find(name);
            if (i >= 0) return i;
            if (IdCount == IdNames.Length)
            {
                int n = IdCount * 2;
                string[] a = new string[n]; System.Array.Copy(IdNames, a, IdCount); IdNames = a;
                int[] b = new int[n]; System.Array.Copy(IdKinds, b, IdCount); IdKinds = b;
                bool[] c = new bool[n]; System.Array.Copy(IdIsParam, c, IdCount); IdIsParam = c;
                int[] d = new int[n]; System.Array.Copy(IdLocalNum, d, IdCount); IdLocalNum = d;
            }
            IdNames[IdCount] = name;
            IdKinds[IdCount] = kind;
            return IdCount++;
        }

        // Numbers the locals once all identifiers are known (parameters already hold the first slots).
        public void ComputeThings()
        {
            NumLocals = 0;
            for (int i = 0; i < IdCount; i++)
            {
                if (IdKinds[i] == IdLocal)
                {
                    IdLocalNum[i] = NumLocals++;
                }
            }
        }
    }
}
