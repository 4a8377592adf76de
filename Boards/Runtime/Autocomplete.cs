namespace NanoMpy.Board
{
    // Tab completion (py/repl.c mp_repl_autocomplete): completes the dotted name before the cursor from the
    // globals of __main__, then attribute by attribute; after "import " from the built-in modules.
    //
    // MicroPython walks every qstr in id order and keeps the names the object has. That order is visible (the
    // listing, and which name a common prefix comes from): its qstr pool holds the static qstrs first, then a
    // few dunder method names, then every other name compiled into the firmware sorted by bytes
    // (py/makeqstrdata.py), then the names made at run time in the order they were made. Our pool has the
    // static qstrs first too; the names that exist once the VM and its built-in modules are set up stand for
    // the firmware's (MarkFirmware), later ones are run-time names.
    public static class Autocomplete
    {
        private const int WordSlotLen = 16;
        private const int MaxLineLen = 4 * WordSlotLen;

        private static int _firmwareEnd = -1;
        private static int[] _order;
        private static int _orderCount = -1;

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

        // Creates the built-in types and modules, so that every name they define is interned, and takes the
        // qstrs that exist then as the firmware's. Idempotent; the REPL calls it before its first prompt.
        public static void MarkFirmware()
        {
            if (_firmwareEnd >= 0) return;
            StaticTypes.EnsureAll();
            for (int i = 0; i < ModuleTable.Names.Length; i++)
            {
                if (ModuleTable.Fixed(ModuleTable.Names[i]) == null) ModuleTable.Extensible(ModuleTable.Names[i]);
            }
            for (int i = 0; i < PoolZero.Length; i++) Qstr.Intern(PoolZero[i]);
            _firmwareEnd = Qstr.Count;
        }

        // Qstr ids in MicroPython's pool order (see above), rebuilt when names were added.
        private static int[] Order()
        {
            int count = Qstr.Count;
            if (_order != null && _orderCount == count) return _order;
            if (_firmwareEnd < 0) _firmwareEnd = count;
            int firstDynamic = Qstr.StaticCount + 1;
            int[] order = new int[count - 1];
            int n = 0;
            for (int q = 1; q < firstDynamic && q < count; q++) order[n++] = q;
            int poolZeroStart = n;
            for (int i = 0; i < PoolZero.Length; i++)
            {
                byte[] b = Utf8.Encode(PoolZero[i]);
                int q = Qstr.Find(b, 0, b.Length);
                if (q >= firstDynamic) order[n++] = q;
            }
            SortByBytes(order, poolZeroStart, n);
            int sortedStart = n;
            for (int q = firstDynamic; q < _firmwareEnd && q < count; q++)
            {
                if (!IsPoolZero(q)) order[n++] = q;
            }
            SortByBytes(order, sortedStart, n);
            for (int q = _firmwareEnd; q < count; q++) order[n++] = q;
            _order = order;
            _orderCount = count;
            return order;
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

        // Insertion sort: a few hundred names, once per new qstr count.
        private static void SortByBytes(int[] a, int from, int to)
        {
            for (int i = from + 1; i < to; i++)
            {
                int q = a[i];
                int j = i - 1;
                while (j >= from && Compare(a[j], q) > 0)
                {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = q;
            }
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
            if (name == "sys" || name == "builtins" || name == "__main__") return true;
            for (int i = 0; i < ModuleTable.Names.Length; i++)
            {
                if (ModuleTable.Names[i] == name) return true;
            }
            return false;
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
