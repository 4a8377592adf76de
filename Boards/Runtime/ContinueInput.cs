#if MP_COMPILER
// (only in builds with MP_COMPILER: build/FeatureLevel.props)
namespace NanoMpy.Board
{
    // Whether the friendly REPL needs another line before it runs what was typed (py/repl.c
    // mp_repl_continue_with_input): an open bracket or triple quote, a trailing backslash, or a compound
    // statement whose last line was not empty.
    public static class ContinueInput
    {
        private const int QNone = 0, Q1Single = 1, Q1Double = 2, Q3Single = 3, Q3Double = 4;

        private static readonly string[] Compound = new string[] { "if", "while", "for", "try", "with", "def", "class", "async" };

        private static bool IsIdent(int c)
        {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }

        private static bool StartsWithWord(LineBuffer s, string head)
        {
            int i;
            for (i = 0; i < s.Length && i < head.Length; i++)
            {
                if (s[i] != head[i]) return false;
            }
            return i == head.Length && (i == s.Length || !IsIdent(s[i]));
        }

        // MicroPython reads the line as a C string: it ends at the first NUL byte.
        private static int CLength(LineBuffer s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] == 0) return i;
            }
            return s.Length;
        }

        public static bool Needed(LineBuffer input)
        {
            int n = CLength(input);
            if (n == 0) return false;
            bool compound = input[0] == '@';
            for (int k = 0; !compound && k < Compound.Length; k++) compound = StartsWithWord(input, Compound[k]);

            int paren = 0, brack = 0, brace = 0;
            int quote = QNone;
            for (int i = 0; i < n; i++)
            {
                int c = input[i];
                int c1 = i + 1 < n ? input[i + 1] : 0;
                int c2 = i + 2 < n ? input[i + 2] : 0;
                if (c == '\'')
                {
                    if ((quote == QNone || quote == Q3Single) && c1 == '\'' && c2 == '\'')
                    {
                        i += 2;
                        quote = Q3Single - quote;
                    }
                    else if (quote == QNone || quote == Q1Single)
                    {
                        quote = Q1Single - quote;
                    }
                }
                else if (c == '"')
                {
                    if ((quote == QNone || quote == Q3Double) && c1 == '"' && c2 == '"')
                    {
                        i += 2;
                        quote = Q3Double - quote;
                    }
                    else if (quote == QNone || quote == Q1Double)
                    {
                        quote = Q1Double - quote;
                    }
                }
                else if (c == '\\' && (c1 == '\'' || c1 == '"' || c1 == '\\'))
                {
                    if (quote != QNone) i++;
                }
                else if (quote == QNone)
                {
                    if (c == '(') paren++;
                    else if (c == ')') paren--;
                    else if (c == '[') brack++;
                    else if (c == ']') brack--;
                    else if (c == '{') brace++;
                    else if (c == '}') brace--;
                }
            }
            if (quote == Q3Single || quote == Q3Double) return true;
            if ((paren > 0 || brack > 0 || brace > 0) && quote == QNone) return true;
            int last = input[n - 1];
            if (last == '\\') return true;
            if (compound && last != '\n') return true;
            return false;
        }
    }
}
#endif
