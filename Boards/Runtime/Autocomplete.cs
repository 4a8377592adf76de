#if MP_COMPILER
// (only in builds with MP_COMPILER: build/FeatureLevel.props)
namespace NanoMpy.Board
{
    // Tab completion (py/repl.c mp_repl_autocomplete): completes the dotted name before the cursor from the
    // globals of __main__, then attribute by attribute; after "import " from the built-in modules.
    //
    // MicroPython walks every qstr in id order and keeps the names the object has. That order is visible (the
    // listing, and which name a common prefix comes from): its qstr pool holds the static qstrs first, then a
    // few dunder method names, then every other name compiled into the firmware sorted by bytes
    // (py/makeqstrdata.py), then the names made at run time in the order they were made since the last soft
    // reset. Our pool has the static qstrs first too; the firmware's other names are those of the built-in
    // namespaces (builtins, the built-in modules and the types found in them); run-time names rank in the order
    // the REPL's input first used them this session (SourceNames), then by id. The pool itself outlives soft
    // resets (and is shared by whatever else runs in the process), so ids alone would not give that order.
    public static class Autocomplete
    {
        private const int WordSlotLen = 16;
        private const int MaxLineLen = 4 * WordSlotLen;
        private const int GroupStatic = 0, GroupPoolZero = 1, GroupFirmware = 2, GroupRuntime = 3;

        private static bool[] _firmware;
        private static bool _marked;
        private static int[] _sessionRank = new int[0]; // qstr id -> 1 + position of first use this session, 0: unused
        private static int _sessionCount;
        private static int[] _order;
        private static int _orderCount = -1;
        private static int _orderSession = -1;
        private static int[] _group;
        private static int[] _rank;

        // The dunder names py/makeqstrdata.py puts in the first (unsorted) pool, after the static qstrs.
        private static readonly string[] PoolZero = new string[]
        {
            "__bool__", "__pos__", "__neg__", "__invert__", "__abs__", "__float__", "__complex__", "__sizeof__",
            "__lt__", "__gt__", "__eq__", "__le__", "__ge__", "__ne__", "__contains__", "__iadd__", "__isub__",
            "__imul__", "__imatmul__", "__ifloordiv__", "__itruediv__", "__imod__", "__ipow__", "__ior__", "__ixor__",
            "__iand__", "__ilshift__", "__irshift__", "__add__", "__sub__", "__mul__", "__matmul__", "__floordiv__",
            "__truediv__", "__mod__", "__divmod__", "__pow__", "__or__", "__xor__", "__and__", "__lshift__",
            "__rshift__", "__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rfloordiv__", "__rtruediv__",
            "__rmod__", "__rpow__", "__ror__", "__rxor__", "__rand__", "__rlshift__", "__rrshift__", "__get__",
            "__set__", "__delete__", "<lambda>", "<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>",
        };

        // Creates the built-in types and modules and collects the names of the built-in namespaces as the
        // firmware's. Idempotent; the first completion calls it (before, it would cost a board all of them).
        private static void MarkFirmware()
        {
            if (_marked) return;
            StaticTypes.EnsureAll();
            for (int i = 0; i < PoolZero.Length; i++) Qstr.Intern(PoolZero[i]);
            _firmware = new bool[Qstr.Count + 256];
            AddNamespace(Builtins.Dict, 0);
            AddNamespace(SysModule.Module.Globals, 0);
            int n = Words.Count(ModuleTable.Names);
            for (int i = 0; i < n; i++)
            {
                string name = Words.At(ModuleTable.Names, i);
                AddName(Qstr.Intern(name));
                PyModule m = ModuleTable.Fixed(name);
                if (m == null) m = ModuleTable.Extensible(name);
                if (m != null) AddNamespace(m.Globals, 0);
            }
            _marked = true;
        }

        private static void AddName(int q)
        {
            if (q <= 0) return;
            if (q >= _firmware.Length)
            {
                bool[] n = new bool[q * 2];
                System.Array.Copy(_firmware, n, _firmware.Length);
                _firmware = n;
            }
            _firmware[q] = true;
        }

        // The str keys of a namespace, and those of the types (and their bases) it holds.
        private static void AddNamespace(PyDict d, int depth)
        {
            if (d == null || depth > 4) return;
            int pos = 0;
            Value k, v;
            while ((pos = d.Next(pos, out k, out v)) >= 0)
            {
                PyStr s = k.Obj as PyStr;
                if (s != null) AddName(Qstr.Find(s.Data, s.Offset, s.Length));
                PyType t = v.Obj as PyType;
                if (t != null && !t.IsUser) AddType(t, depth + 1);
            }
        }

        private static void AddType(PyType t, int depth)
        {
            AddName(t.Name);
            AddNamespace(t.Locals, depth);
            for (int i = 0; i < t.Bases.Length; i++) AddType(t.Bases[i], depth + 1);
        }

        // A new session (power-on, soft reset): run-time names start over.
        public static void BeginSession()
        {
            for (int i = 0; i < _sessionRank.Length; i++) _sessionRank[i] = 0;
            _sessionCount = 0;
        }

        // The REPL's input used the name q (first use ranks it).
        public static void NoteName(int q)
        {
            if (q >= _sessionRank.Length)
            {
                int[] n = new int[q * 2 + 64];
                System.Array.Copy(_sessionRank, n, _sessionRank.Length);
                _sessionRank = n;
            }
            if (_sessionRank[q] == 0) _sessionRank[q] = ++_sessionCount;
        }

        // Qstr ids in MicroPython's pool order (see above), rebuilt when names were added or used.
        private static int[] Order()
        {
            int count = Qstr.Count;
            if (_order != null && _orderCount == count && _orderSession == _sessionCount) return _order;
            _group = new int[count];
            _rank = new int[count];
            int[] order = new int[count - 1];
            for (int q = 1; q < count; q++)
            {
                order[q - 1] = q;
                int session = q < _sessionRank.Length ? _sessionRank[q] : 0;
                if (q <= Qstr.StaticCount)
                {
                    _group[q] = GroupStatic;
                    _rank[q] = q;
                }
                else if (IsPoolZero(q))
                {
                    _group[q] = GroupPoolZero;
                }
                else if (_firmware != null && q < _firmware.Length && _firmware[q])
                {
                    _group[q] = GroupFirmware;
                }
                else
                {
                    _group[q] = GroupRuntime;
                    _rank[q] = session > 0 ? session : count + q;
                }
            }
            int[] tmp = new int[order.Length];
            MergeSort(order, tmp, 0, order.Length);
            _order = order;
            _orderCount = count;
            _orderSession = _sessionCount;
            return order;
        }

        private static int CompareOrder(int a, int b)
        {
            int ga = _group[a], gb = _group[b];
            if (ga != gb) return ga - gb;
            if (ga == GroupPoolZero || ga == GroupFirmware) return Compare(a, b);
            return _rank[a] - _rank[b];
        }

        private static void MergeSort(int[] a, int[] tmp, int from, int to)
        {
            if (to - from < 2) return;
            int mid = (from + to) / 2;
            MergeSort(a, tmp, from, mid);
            MergeSort(a, tmp, mid, to);
            int i = from, j = mid, k = from;
            while (i < mid && j < to) tmp[k++] = CompareOrder(a[i], a[j]) <= 0 ? a[i++] : a[j++];
            while (i < mid) tmp[k++] = a[i++];
            while (j < to) tmp[k++] = a[j++];
            System.Array.Copy(tmp, from, a, from, to - from);
        }

        private static bool IsPoolZero(int q)
        {
            for (int i = 0; i < PoolZero.Length; i++)
            {
                if (Matches(q, PoolZero[i])) return true;
            }
            return false;
        }

        private static bool Matches(int q, string ascii)
        {
            if (Qstr.Length(q) != ascii.Length) return false;
            byte[] d = Qstr.Data(q);
            int off = Qstr.Offset(q);
            for (int i = 0; i < ascii.Length; i++)
            {
                if (d[off + i] != ascii[i]) return false;
            }
            return true;
        }

        private static int Compare(int x, int y)
        {
            byte[] dx = Qstr.Data(x), dy = Qstr.Data(y);
            int ox = Qstr.Offset(x), oy = Qstr.Offset(y);
            int lx = Qstr.Length(x), ly = Qstr.Length(y);
            int n = lx < ly ? lx : ly;
            for (int i = 0; i < n; i++)
            {
                int c = dx[ox + i] - dy[oy + i];
                if (c != 0) return c;
            }
            return lx - ly;
        }

        private static bool IsIdentChar(int c)
        {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }

        // Does the object have the attribute (mp_load_method_protected: any exception means no)? Null stands
        // for the built-in module table.
        private static bool Has(Value obj, int q)
        {
            if (obj.IsNull) return IsBuiltinModule(Qstr.Str(q));
            try
            {
                return !Rt.LoadAttrMaybe(obj, q).IsNull;
            }
            catch (PyException)
            {
                return false;
            }
        }

        private static Value Lookup(Value obj, int q)
        {
            try
            {
                return Rt.LoadAttrMaybe(obj, q);
            }
            catch (PyException)
            {
                return Value.Null;
            }
        }

        private static bool IsBuiltinModule(string name)
        {
            return name == "__main__" || Words.IndexOf(ModuleTable.Names, name) >= 0;
        }

        // Does qstr q start with line[start, start+len)?
        private static bool StartsWith(int q, byte[] line, int start, int len)
        {
            if (Qstr.Length(q) < len) return false;
            byte[] d = Qstr.Data(q);
            int off = Qstr.Offset(q);
            for (int i = 0; i < len; i++)
            {
                if (d[off + i] != line[start + i]) return false;
            }
            return true;
        }

        // The result of a completion: Count 0 nothing, -1 many matches (already printed), else the Count bytes
        // of Text from Offset to insert.
        public sealed class Result
        {
            public int Count;
            public byte[] Text;
            public int Offset;
        }

        // line[start, start+len) is the current line up to the cursor; the main module's globals are searched.
        public static Result Complete(byte[] line, int start, int len, PyModule main, IByteSink print)
        {
            Result r = new Result();
            // no REPL session (a desktop program's input()): nothing to complete from
            if (main == null) return r;
            MarkFirmware();
            int top = start + len;
            int s = start;
            for (int i = top - 1; i >= start; i--)
            {
                int c = line[i];
                if (!(IsIdentChar(c) || c == '.'))
                {
                    s = i + 1;
                    break;
                }
            }
            Value obj = main;
            int sStart, sLen;
            while (true)
            {
                sStart = s;
                while (s < top && line[s] != '.') s++;
                sLen = s - sStart;
                if (s == top) break;
                int q = Qstr.Find(line, sStart, sLen);
                if (q == 0) return r;
                Value v = Lookup(obj, q);
                if (v.IsNull) return r;
                obj = v;
                s++;
            }
            if (len >= 7 && IsImport(line, start)) obj = Value.Null;

            // find_completions
            int[] order = Order();
            int matchQ = 0, matchLen = 0, qFirst = 0, qLast = 0, nMatch = 0;
            for (int i = 0; i < order.Length; i++)
            {
                int q = order[i];
                if (q == 1) continue; // MP_QSTR_ (the empty name) is where the search starts
                int dLen = Qstr.Length(q);
                if (sLen == 0 && dLen > 0 && Qstr.Data(q)[Qstr.Offset(q)] == '_') continue;
                if (sLen > dLen || !StartsWith(q, line, sStart, sLen) || !Has(obj, q)) continue;
                if (matchQ == 0)
                {
                    matchQ = q;
                    matchLen = dLen;
                }
                else
                {
                    byte[] md = Qstr.Data(matchQ), dd = Qstr.Data(q);
                    int mo = Qstr.Offset(matchQ), doff = Qstr.Offset(q);
                    for (int j = sLen; j <= matchLen && j <= dLen; j++)
                    {
                        // the C strings end in NUL, which differs from any byte of a longer name
                        int a = j < matchLen ? md[mo + j] : 0;
                        int b = j < dLen ? dd[doff + j] : 0;
                        if (a != b)
                        {
                            matchLen = j;
                            break;
                        }
                    }
                }
                if (qFirst == 0) qFirst = q;
                qLast = q;
                nMatch++;
            }

            if (qFirst == 0)
            {
                // the first word of the line may be the start of "import"
                if (sStart == start && sLen > 0 && sLen < 7 && IsImportPrefix(line, sStart, sLen))
                {
                    r.Text = ImportText;
                    r.Offset = sLen;
                    r.Count = 7 - sLen;
                }
                return r;
            }
            if (nMatch == 1 || matchLen > sLen)
            {
                r.Text = Qstr.Data(matchQ);
                r.Offset = Qstr.Offset(matchQ) + sLen;
                r.Count = matchLen - sLen;
                return r;
            }
            PrintCompletions(print, order, line, sStart, sLen, obj, qFirst, qLast);
            r.Count = -1;
            return r;
        }

        private static readonly byte[] ImportText = new byte[] { (byte)'i', (byte)'m', (byte)'p', (byte)'o', (byte)'r', (byte)'t', (byte)' ' };

        private static bool IsImport(byte[] line, int start)
        {
            for (int i = 0; i < 7; i++)
            {
                if (line[start + i] != ImportText[i]) return false;
            }
            return true;
        }

        private static bool IsImportPrefix(byte[] line, int s, int len)
        {
            for (int i = 0; i < len; i++)
            {
                if (line[s + i] != ImportText[i]) return false;
            }
            return true;
        }

        // print_completions: the names in 16-column slots, lines of at most 64 columns.
        private static void PrintCompletions(IByteSink print, int[] order, byte[] line, int sStart, int sLen,
            Value obj, int qFirst, int qLast)
        {
            LineBuffer o = new LineBuffer();
            int lineLen = MaxLineLen; // forces a newline before the first word
            bool on = false;
            for (int i = 0; i < order.Length; i++)
            {
                int q = order[i];
                if (q == qFirst) on = true;
                if (!on) continue;
                int dLen = Qstr.Length(q);
                bool skip = sLen == 0 && dLen > 0 && Qstr.Data(q)[Qstr.Offset(q)] == '_';
                if (!skip && sLen <= dLen && StartsWith(q, line, sStart, sLen) && Has(obj, q))
                {
                    int gap = (lineLen + WordSlotLen - 1) / WordSlotLen * WordSlotLen - lineLen;
                    if (gap < 2) gap += WordSlotLen;
                    if (lineLen + gap + dLen <= MaxLineLen)
                    {
                        for (int j = 0; j < gap; j++) o.Add(' ');
                        o.Add(Qstr.Data(q), Qstr.Offset(q), dLen);
                        lineLen += gap + dLen;
                    }
                    else
                    {
                        o.Add('\n');
                        o.Add(Qstr.Data(q), Qstr.Offset(q), dLen);
                        lineLen = dLen;
                    }
                }
                if (q == qLast) break;
            }
            o.Add('\n');
            print.Write(o.Bytes, 0, o.Length);
        }
    }
}
#endif
