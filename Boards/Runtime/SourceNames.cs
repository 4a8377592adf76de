#if MP_COMPILER
// (only in builds with MP_COMPILER: build/FeatureLevel.props)
namespace NanoMpy.Board
{
    // Interns the names of REPL input in the order they appear, as MicroPython's parser does while it reads
    // the source (identifiers, and string literals of at most MICROPY_ALLOC_PARSE_INTERN_STRING_LEN bytes),
    // and ranks them so for tab completion (Autocomplete), where the order of run-time qstrs shows. Our
    // compiler goes through an .mpy image, whose qstr table has another order.
    public static class SourceNames
    {
        private const int InternStringLen = 10;

        private static readonly string[] Keywords = new string[]
        {
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
            "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        };

        private static bool IsIdStart(int c)
        {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
        }

        private static bool IsIdChar(int c)
        {
            return IsIdStart(c) || c >= '0' && c <= '9';
        }

        private static bool IsKeyword(byte[] s, int off, int len)
        {
            for (int k = 0; k < Keywords.Length; k++)
            {
                string w = Keywords[k];
                if (w.Length != len) continue;
                int i = 0;
                while (i < len && s[off + i] == w[i]) i++;
                if (i == len) return true;
            }
            return false;
        }

        public static void Intern(byte[] s, int len)
        {
            int i = 0;
            while (i < len)
            {
                int c = s[i];
                if (c == '#')
                {
                    while (i < len && s[i] != '\n' && s[i] != '\r') i++;
                }
                else if (c >= '0' && c <= '9' || c == '.' && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9')
                {
                    // a number, with its exponent, hex digits or suffix
                    while (i < len && (IsIdChar(s[i]) || s[i] == '.')) i++;
                }
                else if (c == '\'' || c == '"')
                {
                    i = String(s, len, i, false);
                }
                else if (IsIdStart(c))
                {
                    int start = i;
                    while (i < len && IsIdChar(s[i])) i++;
                    // a string prefix (r, b, f, u and their pairs) directly before a quote
                    if (i < len && (s[i] == '\'' || s[i] == '"') && i - start <= 2 && IsPrefix(s, start, i - start))
                    {
                        i = String(s, len, i, IsRaw(s, start, i - start));
                        continue;
                    }
                    if (!IsKeyword(s, start, i - start)) Note(s, start, i - start);
                }
                else
                {
                    i++;
                }
            }
        }

        private static bool IsPrefix(byte[] s, int off, int n)
        {
            for (int k = 0; k < n; k++)
            {
                int c = s[off + k] | 0x20;
                if (c != 'r' && c != 'b' && c != 'f' && c != 'u') return false;
            }
            return true;
        }

        private static bool IsRaw(byte[] s, int off, int n)
        {
            for (int k = 0; k < n; k++)
            {
                if ((s[off + k] | 0x20) == 'r') return true;
            }
            return false;
        }

        // Skips the string literal at i; a short one without escapes is interned as the parser does.
        private static int String(byte[] s, int len, int i, bool raw)
        {
            int q = s[i];
            bool triple = i + 2 < len && s[i + 1] == q && s[i + 2] == q;
            int open = triple ? 3 : 1;
            int start = i + open;
            int j = start;
            bool escapes = false;
            while (j < len)
            {
                if (s[j] == '\\' && j + 1 < len)
                {
                    escapes = true;
                    j += 2;
                    continue;
                }
                if (s[j] == q && (!triple || j + 2 < len && s[j + 1] == q && s[j + 2] == q)) break;
                if (!triple && (s[j] == '\n' || s[j] == '\r')) return j;
                j++;
            }
            int n = j - start;
            if (j < len && n <= InternStringLen && (raw || !escapes)) Note(s, start, n);
            return j < len ? j + open : len;
        }

        // Interns the name (the pool keeps a reference to the bytes: it gets a copy the REPL will not
        // overwrite) and ranks it for completion.
        private static void Note(byte[] s, int off, int n)
        {
            int q = Qstr.Find(s, off, n);
            if (q == 0)
            {
                byte[] b = new byte[n];
                System.Array.Copy(s, off, b, 0, n);
                q = Qstr.Intern(b, 0, n);
            }
            Autocomplete.NoteName(q);
        }
    }
}
#endif
