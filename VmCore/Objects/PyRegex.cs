#if MP_RE
// (only in builds with MP_RE: build/FeatureLevel.props)
namespace NanoMpy
{
    // The compiled-pattern object of the re module (type name "re", extmod/modre.c): match, search, split, sub.
    public sealed class PyRegex : PyObject
    {
        private static PyType _typeObj;
        public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }

        public readonly RegexProgram Program;

        public PyRegex(RegexProgram program)
        {
            Program = program;
        }

        public override PyType Type { get { return TypeObj; } }

        private static PyType MakeType()
        {
            PyType t = new PyType(Qstr.Intern("re"), PyType.ObjectType);
            t.FillOnFirstUse(FillMethods);
            return t;
        }

        // Methods made on first use of the type (PyType.FillOnFirstUse).
        private static void FillMethods(PyType t)
        {
            t.AddMethod(new PyBuiltin("match", 2, 4, MatchFn));
            t.AddMethod(new PyBuiltin("search", 2, 4, SearchFn));
            t.AddMethod(new PyBuiltin("split", 2, 3, SplitFn));
            t.AddMethod(new PyBuiltin("sub", 3, 5, SubFn));
        }

        public override void Print(Printer p, int kind)
        {
            p.Write("<re 0x");
            p.Write(Rt.IdentityHash(this).ToString("x"));
            p.Write(">");
        }

        // re.compile(pattern[, flags]): flags are accepted and ignored (no DEBUG on this port).
        public static Value CompileFn(Value[] a, int s, int n)
        {
            return Compile(a[s]);
        }

        private static PyRegex Compile(Value pattern)
        {
            byte[] d;
            int off, len;
            StrData(pattern, out d, out off, out len);
            return new PyRegex(RegexProgram.Compile(d, off, len));
        }

        // mp_obj_str_get_data: str or bytes only.
        private static void StrData(Value v, out byte[] d, out int off, out int len)
        {
            if (!(v.Obj is PyStr || v.Obj is PyBytes)) throw SeqArgs.BadImplicitConversion(v);
            SeqArgs.GetData(v, out d, out off, out len);
        }

        public static Value MatchFn(Value[] a, int s, int n) { return Exec(true, a, s, n); }
        public static Value SearchFn(Value[] a, int s, int n) { return Exec(false, a, s, n); }

        // match/search(pattern_or_re, string[, pos[, endpos]]): pos and endpos only for a compiled pattern.
        private static Value Exec(bool anchored, Value[] a, int s, int n)
        {
            PyRegex self = a[s].Obj as PyRegex;
            bool compiled = self != null;
            if (!compiled) self = Compile(a[s]);
            byte[] d;
            int off, len;
            StrData(a[s + 1], out d, out off, out len);
            int begin = off, end = off + len;
            if (compiled && n > 2)
            {
                long startPos = NumberOps.GetInt(a[s + 2]);
                if (startPos > len) startPos = len;
                else if (startPos < 0) startPos = 0;
                begin = off + (int)startPos;
                if (n > 3)
                {
                    long endPos = NumberOps.GetInt(a[s + 3]);
                    if (endPos > len) endPos = len;
                    else if (endPos < startPos) endPos = startPos;
                    end = off + (int)endPos;
                }
            }
            int[] caps = new int[(self.Program.Groups + 1) * 2];
            if (!self.Program.Exec(d, off, begin, end, caps, anchored)) return Value.None;
            return new PyMatch(a[s + 1], d, caps);
        }

        // split(string[, maxsplit]): stops at the first empty match; patterns with groups are not supported.
        private static Value SplitFn(Value[] a, int s, int n)
        {
            PyRegex self = a[s].Obj as PyRegex;
            if (self == null) throw Rt.TypeError("argument has wrong type");
            Value str = a[s + 1];
            byte[] d;
            int off, len;
            StrData(str, out d, out off, out len);
            PyType kind = Rt.TypeOf(str);
            long maxSplit = n > 2 ? NumberOps.GetInt(a[s + 2]) : 0;
            int begin = off, end = off + len;
            int[] caps = new int[(self.Program.Groups + 1) * 2];
            PyList result = new PyList(0);
            for (;;)
            {
                bool ok = self.Program.Exec(d, off, begin, end, caps, false);
                if (!ok || caps[0] == caps[1]) break;
                result.Append(Piece(kind, d, begin, caps[0] - begin));
                if (self.Program.Groups > 0) throw Rt.NotImplementedError("splitting with sub-captures");
                begin = caps[1];
                if (maxSplit > 0 && --maxSplit == 0) break;
            }
            result.Append(Piece(kind, d, begin, end - begin));
            return result;
        }

        public static Value Piece(PyType kind, byte[] d, int off, int len)
        {
            byte[] r = new byte[len];
            System.Array.Copy(d, off, r, 0, len);
            if (kind == PyBytes.TypeObj) return new PyBytes(r, 0, len);
            return new PyStr(r, 0, len);
        }

        // sub(pattern_or_re, repl, string[, count[, flags]]): repl is a str with \N and \g<N> group references,
        // or a callable given the match object.
        public static Value SubFn(Value[] a, int s, int n)
        {
            PyRegex self = a[s].Obj as PyRegex;
            if (self == null) self = Compile(a[s]);
            Value replace = a[s + 1];
            Value where = a[s + 2];
            long count = n > 3 ? NumberOps.GetInt(a[s + 3]) : 0;
            byte[] d;
            int off, len;
            StrData(where, out d, out off, out len);
            int begin = off, end = off + len;
            Printer outp = null;
            bool callable = Rt.IsCallable(replace);
            for (;;)
            {
                int[] caps = new int[(self.Program.Groups + 1) * 2];
                bool ok = self.Program.Exec(d, off, begin, end, caps, false);
                if (!ok || caps[0] == caps[1]) break;
                if (outp == null) outp = new Printer();
                outp.WriteBytes(d, begin, caps[0] - begin);
                Value repl = callable ? Rt.Call1(replace, new PyMatch(where, d, caps)) : replace;
                byte[] r;
                int roff, rlen;
                StrData(repl, out r, out roff, out rlen);
                AppendReplacement(outp, r, roff, rlen, d, caps);
                begin = caps[1];
                if (count > 0 && --count == 0) break;
            }
            if (outp == null) return where;
            outp.WriteBytes(d, begin, end - begin);
            byte[] res = outp.ToArray();
            if (where.Obj is PyStr) return new PyStr(res, 0, res.Length);
            return new PyBytes(res, 0, res.Length);
        }

        private static void AppendReplacement(Printer p, byte[] r, int i, int rlen, byte[] d, int[] caps)
        {
            int end = i + rlen;
            while (i < end && r[i] != 0)
            {
                if (r[i] != '\\')
                {
                    p.WriteByte(r[i++]);
                    continue;
                }
                i++;
                bool gFormat = false;
                if (i < end && r[i] == 'g' && i + 1 < end && r[i + 1] == '<')
                {
                    i += 2;
                    gFormat = true;
                }
                if (i < end && r[i] >= '0' && r[i] <= '9')
                {
                    long no = 0;
                    do
                    {
                        no = no * 10 + (r[i++] - '0');
                    } while (i < end && r[i] >= '0' && r[i] <= '9');
                    if (gFormat && i < end && r[i] == '>') i++;
                    if (no >= caps.Length / 2) throw Rt.RaiseWith(ExcTypes.IndexError, Value.FromInt(no));
                    int st = caps[2 * no];
                    if (st >= 0) p.WriteBytes(d, st, caps[2 * no + 1] - st);
                }
                else if (i < end && r[i] == '\\')
                {
                    p.WriteByte(r[i++]);
                }
            }
        }
    }
}
#endif
