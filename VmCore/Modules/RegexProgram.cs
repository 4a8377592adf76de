#if MP_RE
// (only in builds with MP_RE: build/FeatureLevel.props)
namespace NanoMpy
{
    // A compiled regular expression in MicroPython's re1.5 byte code (lib/re1.5), and its backtracking matcher.
    //
    // Syntax (what re1.5 accepts): literals, '.', [...] and [^...] classes with ranges, \d \D \s \S \w \W (also
    // inside classes), '*' '+' '?' and their non-greedy forms, '|', (...) captures, (?:...) groups, '^', '$'.
    // Any other escaped character is a literal; '{' is a literal. Matching is bytewise over UTF-8.
    //
    // Code layout (one byte each, offsets are signed bytes relative to the end of the instruction):
    //   0: RSplit +3; Any; Jmp -5      the search prefix, skipped for match()
    //   5: Save 0; <pattern>; Save 1; Match
    //   Char c | Any | Class n lo hi.. | ClassNot n lo hi.. | NamedClass c | Bol | Eol
    //   Jmp off | Split off (try next first) | RSplit off (try target first) | Save slot | Match
    // In a class a pair (0, c) stands for the named class \c. An offset or class size that does not fit a
    // signed byte makes the pattern "too complex", as in MicroPython.
    public sealed class RegexProgram
    {
        public const int Char = 1, Any = 2, Class = 3, ClassNot = 4, NamedClass = 5;
        public const int Bol = 0x50, Eol = 0x51;
        public const int Jmp = 0x60, Split = 0x61, RSplit = 0x62;
        public const int Save = 0x7e, Match = 0x7f;
        public const int SearchPrefix = 5;

        // Deepest backtracking recursion before RuntimeError, like MicroPython's C stack check.
        private const int MaxDepth = 20000;

        public byte[] Code;
        public int Length;
        public int Groups;          // capturing groups, not counting group 0

        private byte[] _re;         // pattern bytes plus a terminating 0, as the C code reads them
        private bool _err;

        // Compiles pattern; ValueError("regex too complex") or ("error in regex") on bad patterns.
        public static RegexProgram Compile(byte[] data, int off, int len)
        {
            RegexProgram p = new RegexProgram();
            p._re = new byte[len + 1];
            int n = 0;
            while (n < len && data[off + n] != 0)
            {
                p._re[n] = data[off + n];
                n++;
            }
            p.Code = new byte[32];
            p.Emit(RSplit); p.Emit(3); p.Emit(Any); p.Emit(Jmp); p.Emit(unchecked((byte)-5));
            p.Emit(Save); p.Emit(0);
            int end = p.CompileSeq(0);
            if (end < 0 || p._err) throw Rt.ValueError("regex too complex");
            if (p._re[end] != 0) throw Rt.ValueError("error in regex");
            p.Emit(Save); p.Emit(1);
            p.Emit(Match);
            return p;
        }

        private void Emit(int b)
        {
            if (Length == Code.Length)
            {
                byte[] c = new byte[Code.Length * 2];
                System.Array.Copy(Code, c, Length);
                Code = c;
            }
            Code[Length++] = (byte)b;
        }

        private void Put(int at, int b)
        {
            if (b < -128 || b > 127) _err = true;
            Code[at] = (byte)b;
        }

        private void Insert(int at, int num)
        {
            for (int i = 0; i < num; i++) Emit(0);
            System.Array.Copy(Code, at, Code, at + num, Length - num - at);
        }

        private static bool IsNamedClass(int c)
        {
            return (c | 0x20) == 'd' || (c | 0x24) == 'w';
        }

        // Compiles up to the end of the pattern or an unmatched ')'; returns its index, or -1 on error.
        private int CompileSeq(int i)
        {
            byte[] re = _re;
            int start = Length;
            int term = Length;
            int altLabel = 0;
            for (; re[i] != 0 && re[i] != ')'; i++)
            {
                int c = re[i];
                switch (c)
                {
                    case '\\':
                        i++;
                        if (re[i] == 0) return -1;
                        term = Length;
                        if (IsNamedClass(re[i]))
                        {
                            Emit(NamedClass);
                            Emit(re[i]);
                        }
                        else
                        {
                            Emit(Char);
                            Emit(re[i]);
                        }
                        break;
                    case '.':
                        term = Length;
                        Emit(Any);
                        break;
                    case '[':
                        {
                            term = Length;
                            i++;
                            if (re[i] == '^')
                            {
                                Emit(ClassNot);
                                i++;
                            }
                            else
                            {
                                Emit(Class);
                            }
                            Emit(0);
                            int cnt = 0;
                            for (; re[i] != ']'; i++, cnt++)
                            {
                                int lo = re[i];
                                if (lo == '\\')
                                {
                                    i++;
                                    lo = re[i];
                                    if (IsNamedClass(lo))
                                    {
                                        Emit(0);
                                        Emit(re[i]);
                                        continue;
                                    }
                                }
                                if (lo == 0) return -1;
                                if (re[i + 1] == '-' && re[i + 2] != ']') i += 2;
                                Emit(lo);
                                Emit(re[i]);
                            }
                            Put(term + 1, cnt);
                            break;
                        }
                    case '(':
                        {
                            term = Length;
                            int sub = 0;
                            bool capture = re[i + 1] != '?' || re[i + 2] != ':';
                            if (capture)
                            {
                                sub = ++Groups;
                                Emit(Save);
                                Emit(0);
                                Put(Length - 1, 2 * sub);
                            }
                            else
                            {
                                i += 2;
                            }
                            i = CompileSeq(i + 1);
                            if (i < 0 || re[i] != ')') return -1;
                            if (capture)
                            {
                                Emit(Save);
                                Emit(0);
                                Put(Length - 1, 2 * sub + 1);
                            }
                            break;
                        }
                    case '?':
                        if (Length == term) return -1;
                        Insert(term, 2);
                        if (re[i + 1] == '?')
                        {
                            Code[term] = RSplit;
                            i++;
                        }
                        else
                        {
                            Code[term] = Split;
                        }
                        Put(term + 1, Length - term - 2);
                        term = Length;
                        break;
                    case '*':
                        if (Length == term) return -1;
                        Insert(term, 2);
                        Emit(Jmp);
                        Emit(0);
                        Put(Length - 1, term - (Length - 2) - 2);
                        if (re[i + 1] == '?')
                        {
                            Code[term] = RSplit;
                            i++;
                        }
                        else
                        {
                            Code[term] = Split;
                        }
                        Put(term + 1, Length - term - 2);
                        term = Length;
                        break;
                    case '+':
                        if (Length == term) return -1;
                        if (re[i + 1] == '?')
                        {
                            Emit(Split);
                            i++;
                        }
                        else
                        {
                            Emit(RSplit);
                        }
                        Emit(0);
                        Put(Length - 1, term - (Length - 2) - 2);
                        term = Length;
                        break;
                    case '|':
                        if (altLabel != 0) Put(altLabel, Length - altLabel - 2 + 1);
                        Insert(start, 2);
                        Emit(Jmp);
                        altLabel = Length;
                        Emit(0);
                        Code[start] = Split;
                        Put(start + 1, Length - start - 2);
                        term = Length;
                        break;
                    case '^':
                        Emit(Bol);
                        term = Length;
                        break;
                    case '$':
                        Emit(Eol);
                        term = Length;
                        break;
                    default:
                        term = Length;
                        Emit(Char);
                        Emit(c);
                        break;
                }
            }
            if (altLabel != 0) Put(altLabel, Length - altLabel - 2 + 1);
            return i;
        }

        // ---- matching ----

        // Runs the program on s[begin, end) (lineStart is where '^' matches); caps gets 2 * (Groups + 1)
        // positions (-1: unset). True on a match.
        public bool Exec(byte[] s, int lineStart, int begin, int end, int[] caps, bool anchored)
        {
            for (int i = 0; i < caps.Length; i++) caps[i] = -1;
            Matcher m = new Matcher();
            m.Code = Code;
            m.S = s;
            m.LineStart = lineStart;
            m.End = end;
            m.Caps = caps;
            return m.Run(anchored ? SearchPrefix : 0, begin, 0);
        }

        private sealed class Matcher
        {
            public byte[] Code;
            public byte[] S;
            public int LineStart;
            public int End;
            public int[] Caps;

            public bool Run(int pc, int sp, int depth)
            {
                if (depth > MaxDepth) throw Rt.RuntimeError("maximum recursion depth exceeded");
                byte[] code = Code;
                for (;;)
                {
                    int op = code[pc++];
                    if (op < Bol && sp >= End) return false;
                    int off;
                    switch (op)
                    {
                        case Char:
                            if (S[sp] != code[pc++]) return false;
                            sp++;
                            continue;
                        case Any:
                            sp++;
                            continue;
                        case Class:
                        case ClassNot:
                            if (!ClassMatch(code, pc, S[sp], op == Class)) return false;
                            pc += code[pc] * 2 + 1;
                            sp++;
                            continue;
                        case NamedClass:
                            if (!NamedClassMatch(code[pc], S[sp])) return false;
                            pc++;
                            sp++;
                            continue;
                        case Match:
                            return true;
                        case Jmp:
                            off = (sbyte)code[pc++];
                            pc += off;
                            continue;
                        case Split:
                            off = (sbyte)code[pc++];
                            if (Run(pc, sp, depth + 1)) return true;
                            pc += off;
                            continue;
                        case RSplit:
                            off = (sbyte)code[pc++];
                            if (Run(pc + off, sp, depth + 1)) return true;
                            continue;
                        case Save:
                            {
                                off = code[pc++];
                                if (off >= Caps.Length) continue;
                                int old = Caps[off];
                                Caps[off] = sp;
                                if (Run(pc, sp, depth + 1)) return true;
                                Caps[off] = old;
                                return false;
                            }
                        case Bol:
                            if (sp != LineStart) return false;
                            continue;
                        case Eol:
                            if (sp != End) return false;
                            continue;
                        default:
                            throw Rt.RuntimeError("internal error");
                    }
                }
            }
        }

        // Class ranges compare as C's signed char, as MicroPython does on its usual targets.
        private static bool ClassMatch(byte[] code, int pc, byte ch, bool positive)
        {
            int cnt = code[pc++];
            int c = (sbyte)ch;
            while (cnt-- > 0)
            {
                if (code[pc] == 0)
                {
                    if (NamedClassMatch(code[pc + 1], ch)) return positive;
                }
                else if (c >= (sbyte)code[pc] && c <= (sbyte)code[pc + 1])
                {
                    return positive;
                }
                pc += 2;
            }
            return !positive;
        }

        // \d \s \w match when the class letter is lower case; \D \S \W when it does not.
        private static bool NamedClassMatch(int name, byte ch)
        {
            bool lower = (name & 0x20) != 0;
            bool inClass;
            int c = ch;
            int n = name | 0x20;
            if (n == 'd') inClass = c >= '0' && c <= '9';
            else if (n == 's') inClass = c == ' ' || (c >= '\t' && c <= '\r');
            else inClass = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
            return inClass == lower;
        }
    }
}
#endif
