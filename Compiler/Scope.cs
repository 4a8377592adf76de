namespace NanoMpy.Compiler
{
    // A compilation scope (module or function) with its identifiers, as py/scope.c: parameters are added
    // first so they take the first local slots; names loaded before any binding are implicit globals.
    public sealed class Scope
    {
        public const int KindModule = 0;
        public const int KindClass = 1;
        public const int KindLambda = 2;
        public const int KindListComp = 3;
        public const int KindDictComp = 4;
        public const int KindSetComp = 5;
        public const int KindGenExpr = 6;
        public const int KindFunction = 7;

        public bool IsFuncLike { get { return Kind >= KindLambda; } }
        public bool IsCompLike { get { return Kind >= KindListComp && Kind <= KindGenExpr; } }

        public const int IdUndecided = 0;
        public const int IdGlobalImplicit = 1;
        public const int IdGlobalExplicit = 2;
        public const int IdLocal = 3;
        public const int IdGlobalImplicitAssigned = 4; // module-level name that is assigned: never closed over
        public const int IdCell = 5;
        public const int IdFree = 6;

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

        public const int FlagGenerator = 0x01;
        public const int FlagVarKeywords = 0x02;
        public const int FlagVarArgs = 0x04;
        public const int FlagDefKwArgs = 0x08;

        public bool[] IdIsStar = new bool[8];  // *args or **kwargs parameter
        public int NumKwOnlyArgs;
        public int NumDefPosArgs;
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
                bool[] e = new bool[n]; System.Array.Copy(IdIsStar, e, IdCount); IdIsStar = e;
            }
            IdNames[IdCount] = name;
            IdKinds[IdCount] = kind;
            return IdCount++;
        }

        // Numbers the locals once all identifiers are known (parameters already hold the first slots).
        public void ComputeThings()
        {
            if ((ScopeFlags & FlagVarArgs) != 0)
            {
                // *args goes after the keyword-only parameters: swap it with the last plain parameter.
                int plain = -1;
                for (int i = IdCount - 1; i >= 0; i--)
                {
                    if (IdIsParam[i] && IdIsStar[i] && !IsDblStar(i))
                    {
                        if (plain >= 0) Swap(i, plain);
                        break;
                    }
                    if (plain < 0 && IdIsParam[i] && !IdIsStar[i]) plain = i;
                }
            }
            NumLocals = 0;
            for (int i = 0; i < IdCount; i++)
            {
                if (IsFuncLike && IdKinds[i] == IdGlobalImplicit) IdKinds[i] = IdGlobalExplicit;
                if (Kind == KindClass && IdNames[i] == "__class__") continue;
                if (IdKinds[i] == IdLocal || IdIsParam[i]) IdLocalNum[i] = NumLocals++;
            }
            for (int i = 0; i < IdCount; i++)
            {
                if (IdKinds[i] == IdCell && !IdIsParam[i]) IdLocalNum[i] = NumLocals++;
            }
            if (Parent == null) return;
            // Free variables take the first slots, in the order of the parent's identifiers.
            int numFree = 0;
            for (int i = 0; i < Parent.IdCount; i++)
            {
                int k = Parent.IdKinds[i];
                if (k != IdCell && k != IdFree) continue;
                for (int j = 0; j < IdCount; j++)
                {
                    if (IdKinds[j] == IdFree && IdNames[j] == Parent.IdNames[i]) IdLocalNum[j] = numFree++;
                }
            }
            if (numFree > 0)
            {
                for (int i = 0; i < IdCount; i++)
                {
                    if (IdKinds[i] != IdFree || IdIsParam[i]) IdLocalNum[i] += numFree;
                }
                NumPosArgs += numFree;
                NumLocals += numFree;
            }
        }

        public int DblStarId = -1;

        private bool IsDblStar(int i)
        {
            return i == DblStarId;
        }

        private void Swap(int a, int b)
        {
            string n = IdNames[a]; IdNames[a] = IdNames[b]; IdNames[b] = n;
            int k = IdKinds[a]; IdKinds[a] = IdKinds[b]; IdKinds[b] = k;
            bool p = IdIsParam[a]; IdIsParam[a] = IdIsParam[b]; IdIsParam[b] = p;
            bool s = IdIsStar[a]; IdIsStar[a] = IdIsStar[b]; IdIsStar[b] = s;
            int l = IdLocalNum[a]; IdLocalNum[a] = IdLocalNum[b]; IdLocalNum[b] = l;
            if (DblStarId == a) DblStarId = b; else if (DblStarId == b) DblStarId = a;
        }

        // After this scope's first pass: implicit globals that are locals of an enclosing function become
        // free variables here and cells there (py/scope.c).
        public void CloseOverImplicitGlobals()
        {
            for (int i = 0; i < IdCount; i++)
            {
                if (IdKinds[i] == IdGlobalImplicit) CheckToCloseOver(i);
            }
        }

        public void CheckToCloseOver(int i)
        {
            if (Parent == null) return;
            {
                for (Scope s = Parent; s.Parent != null; s = s.Parent)
                {
                    int j = s.Find(IdNames[i]);
                    if (j < 0) continue;
                    int k = s.IdKinds[j];
                    if (k == IdLocal || k == IdCell || k == IdFree)
                    {
                        IdKinds[i] = IdFree;
                        for (Scope p = Parent; ; p = p.Parent)
                        {
                            int m = p.FindOrAdd(IdNames[i], IdUndecided);
                            if (p.IdKinds[m] == IdUndecided) { p.IdKinds[m] = IdFree; continue; }
                            if (p.IdKinds[m] == IdLocal) p.IdKinds[m] = IdCell;
                            break;
                        }
                    }
                    break;
                }
            }
        }
    }
}
