namespace NanoMpy.Compiler
{
    // MicroPython's tokenizer (py/lexer.c behaviour): logical lines, INDENT/DEDENT from leading columns
    // (a tab advances to the next multiple of 8), newlines ignored inside brackets, adjacent string
    // literals of the same kind joined into one token, and MicroPython's error messages.
    public sealed class Lexer
    {
        private string _src;
        private int _pos;
        private int _line = 1;
        private int _nest;
        private int[] _indents = new int[16];
        private int _nIndent = 1;
        private bool _atLineStart = true;
        private int _pendingDedents;
        private bool _emittedNewline = true;
        // The NEWLINE token before an indentation change carries the line it ends, and a bad dedent replaces it.
        private int _newlineLine = 1;
        private Token _peeked;

        public Lexer(string source)
        {
            // lexer.c reads CR LF and a lone CR as LF.
            if (source.IndexOf('\r') >= 0) source = new System.Text.StringBuilder(source).Replace("\r\n", "\n").Replace('\r', '\n').ToString();
            // The reader adds a newline at the end of input when the text does not end with one.
            if (source.Length > 0 && source[source.Length - 1] != '\n') source += "\n";
            _src = source;
        }

        // A lexing error becomes an Invalid token, so it is only reported if the parser gets that far (as
        // lexer.c's MP_TOKEN_INVALID); the \N escape raises at once, as in lexer.c.
        public Token Next()
        {
            try
            {
                return NextToken();
            }
            catch (CompileError e)
            {
                if (e.Kind == "NotImplementedError") throw;
                Token t = Make(Token.Invalid, null);
                t.Line = e.Line;
                t.Error = e;
                return t;
            }
        }

        private Token NextToken()
        {
            if (_peeked != null)
            {
                Token t = _peeked;
                _peeked = null;
                return t;
            }
            Token tok = Scan();
            if (tok.Kind == Token.Str || tok.Kind == Token.Bytes)
            {
                // Implicit concatenation (done in the lexer, as lexer.c does): literals of the same kind that follow,
                // across spaces, comments and (inside brackets) newlines, are appended.
                while (true)
                {
                    SkipBetweenStrings();
                    int prefix = StringPrefixLength();
                    if (prefix < 0) break;
                    bool isBytes = _src[_pos] == 'b' || prefix == 2 && _src[_pos + 1] == 'b';
                    if (isBytes != (tok.Kind == Token.Bytes)) break;
                    Token n;
                    try
                    {
                        n = ScanPrefixedString(prefix);
                    }
                    catch (CompileError e)
                    {
                        // The joined literal is one token: a bad part makes it invalid at its first line.
                        if (e.Kind == "NotImplementedError") throw;
                        throw new CompileError(e.Kind, e.Text, tok.Line);
                    }
                    byte[] d = new byte[tok.Data.Length + n.Data.Length];
                    System.Array.Copy(tok.Data, d, tok.Data.Length);
                    System.Array.Copy(n.Data, 0, d, tok.Data.Length, n.Data.Length);
                    tok.Data = d;
                }
                if (_fstringArgs != null)
                {
                    // An f-string is the format string followed by `.format(args)`: the call's text is put into
                    // the input here and lexed like source (so a newline in it counts again, as in lexer.c).
                    _fstringArgs.Append(')');
                    _src = _src.Substring(0, _pos) + _fstringArgs.ToString() + _src.Substring(_pos);
                    _fstringArgs = null;
                }
            }
            return tok;
        }

        private System.Text.StringBuilder _fstringArgs;

        private void SkipBetweenStrings()
        {
            while (_pos < _src.Length)
            {
                char c = Cur;
                if (c == ' ' || c == '\t' || c == '\f') _pos++;
                else if (c == '#') { while (_pos < _src.Length && Cur != '\n') _pos++; }
                else if (c == '\\' && At(1) == '\n') { _pos += 2; _line++; }
                else if (c == '\n' && _nest > 0) { _pos++; _line++; }
                else break;
            }
        }

        // The number of prefix characters (0..2) when a string or bytes literal starts here, else -1. Prefixes
        // are lower case only: u b r f br rb rf fr (lexer.c is_string_or_bytes).
        private int StringPrefixLength()
        {
            char c0 = Cur, c1 = At(1), c2 = At(2);
            if (c0 == '\'' || c0 == '"') return 0;
            if ((c0 == 'r' || c0 == 'u' || c0 == 'b' || c0 == 'f') && (c1 == '\'' || c1 == '"')) return 1;
            if ((c0 == 'r' && (c1 == 'b' || c1 == 'f') || c0 == 'b' && c1 == 'r' || c0 == 'f' && c1 == 'r') && (c2 == '\'' || c2 == '"')) return 2;
            return -1;
        }

        private Token ScanPrefixedString(int prefix)
        {
            bool raw = false, bytes = false, fstr = false;
            for (int i = 0; i < prefix; i++)
            {
                char w = _src[_pos + i];
                if (w == 'r') raw = true;
                else if (w == 'b') bytes = true;
                else if (w == 'f') fstr = true;
            }
            _pos += prefix;
            return ScanString(raw, bytes, fstr);
        }

        private Token Make(int kind, string text)
        {
            Token t = new Token();
            t.Kind = kind;
            t.Text = text;
            t.Line = _line;
            return t;
        }

        // True once a backslash continuation was the very end of the text (not one inside a comment or string).
        public bool ContinuationAtEnd { get; private set; }

        private char Cur { get { return _pos < _src.Length ? _src[_pos] : '\0'; } }
        private char At(int k) { return _pos + k < _src.Length ? _src[_pos + k] : '\0'; }

        private Token Scan()
        {
            if (_pendingDedents > 0)
            {
                _pendingDedents--;
                return Make(Token.Dedent, null);
            }
            if (_atLineStart && _nest == 0)
            {
                _atLineStart = false;
                Token ind = ScanIndent();
                if (ind != null) return ind;
            }
            while (true)
            {
                char c = Cur;
                if (c == ' ' || c == '\t' || c == '\f' || c == '\r') { _pos++; continue; }
                if (c == '#') { while (_pos < _src.Length && Cur != '\n') _pos++; continue; }
                if (c == '\\' && At(1) == '\n') { _pos += 2; _line++; ContinuationAtEnd = _pos >= _src.Length; continue; }
                if (c == '\\' && At(1) == '\r' && At(2) == '\n') { _pos += 3; _line++; ContinuationAtEnd = _pos >= _src.Length; continue; }
                break;
            }
            if (_pos >= _src.Length)
            {
                // lexer.c ends the input with a newline when it has none, and emits NEWLINE for a physical one;
                // a backslash continuation that is the very end of the text leaves none (END comes at once)
                if (!_emittedNewline && !ContinuationAtEnd)
                {
                    _emittedNewline = true;
                    return Make(Token.Newline, null);
                }
                if (_nIndent > 1)
                {
                    _nIndent--;
                    return Make(Token.Dedent, null);
                }
                return Make(Token.End, null);
            }
            char ch = Cur;
            if (ch == '\n')
            {
                Token nl = Make(Token.Newline, null);
                _pos++;
                _line++;
                if (_nest > 0) return Scan();
                _atLineStart = true;
                if (_emittedNewline) return Scan();
                _emittedNewline = true;
                _newlineLine = nl.Line;
                // A bad dedent on the next line replaces this NEWLINE token (lexer.c DEDENT_MISMATCH).
                if (DedentMismatchAhead()) throw new CompileError("IndentationError", "unindent doesn't match any outer indent level", nl.Line);
                return nl;
            }
            _emittedNewline = false;
            int prefix = StringPrefixLength();
            if (prefix >= 0) return ScanPrefixedString(prefix);
            if (IsIdStart(ch))
            {
                int start = _pos;
                while (IsIdChar(Cur)) _pos++;
                string word = _src.Substring(start, _pos - start);
                // __debug__ is the keyword True (optimisation level 0), as lexer.c turns it into.
                return Make(Token.Name, word == "__debug__" ? (PyCompiler.OptLevel == 0 ? "True" : "False") : word);
            }
            if (ch >= '0' && ch <= '9' || ch == '.' && At(1) >= '0' && At(1) <= '9') return ScanNumber();
            return ScanOp();
        }

        // Called at the start of a logical line outside brackets: skips blank and comment lines and
        // compares the indentation with the stack.
        private Token ScanIndent()
        {
            while (true)
            {
                int col = 0;
                int p = _pos;
                while (p < _src.Length)
                {
                    char c = _src[p];
                    if (c == ' ') col++;
                    else if (c == '\t') col = (col + 8) & ~7;
                    else if (c == '\f' || c == '\r') { }
                    else break;
                    p++;
                }
                if (p >= _src.Length) { _pos = p; return null; }
                char f = _src[p];
                if (f == '\n') { _pos = p + 1; _line++; continue; }
                if (f == '#')
                {
                    while (p < _src.Length && _src[p] != '\n') p++;
                    _pos = p;
                    continue;
                }
                _pos = p;
                int top = _indents[_nIndent - 1];
                if (col > top)
                {
                    if (_nIndent == _indents.Length)
                    {
                        int[] n = new int[_indents.Length * 2];
                        System.Array.Copy(_indents, n, _indents.Length);
                        _indents = n;
                    }
                    _indents[_nIndent++] = col;
                    return Make(Token.Indent, null);
                }
                if (col < top)
                {
                    int count = 0;
                    while (_nIndent > 1 && _indents[_nIndent - 1] > col)
                    {
                        _nIndent--;
                        count++;
                    }
                    if (_indents[_nIndent - 1] != col)
                    {
                        throw new CompileError("IndentationError", "unindent doesn't match any outer indent level", _newlineLine);
                    }
                    _pendingDedents = count - 1;
                    return Make(Token.Dedent, null);
                }
                return null;
            }
        }

        // ScanIndent's verdict on the next non-blank line, without consuming anything.
        private bool DedentMismatchAhead()
        {
            int p = _pos;
            while (true)
            {
                int col = 0;
                while (p < _src.Length)
                {
                    char c = _src[p];
                    if (c == ' ') col++;
                    else if (c == '\t') col = (col + 8) & ~7;
                    else if (c != '\f' && c != '\r') break;
                    p++;
                }
                if (p >= _src.Length) return false;
                if (_src[p] == '\n') { p++; continue; }
                if (_src[p] == '#')
                {
                    while (p < _src.Length && _src[p] != '\n') p++;
                    continue;
                }
                int n = _nIndent;
                while (n > 1 && _indents[n - 1] > col) n--;
                return col < _indents[_nIndent - 1] && _indents[n - 1] != col;
            }
        }

        private static bool IsIdStart(char c)
        {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
        }

        private static bool IsIdChar(char c)
        {
            return IsIdStart(c) || c >= '0' && c <= '9';
        }

        // lexer.c: a number token runs over letters, digits, '.' and 'e' with an optional sign (not after a
        // 0x/0o/0b prefix); '_' is dropped. It is a float or imaginary when it has '.', 'e' or 'j', else an int;
        // the value is parsed as mp_parse_num_integer / mp_parse_num_float parse it.
        private Token ScanNumber()
        {
            int line = _line;
            bool isFloat = Cur == '.';
            char b1 = (char)(At(1) | 0x20);
            bool forcedInt = Cur == '0' && (b1 == 'x' || b1 == 'o' || b1 == 'b');
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            sb.Append(Cur);
            _pos++;
            while (_pos < _src.Length)
            {
                char c = Cur;
                if (!forcedInt && (c == 'e' || c == 'E'))
                {
                    isFloat = true;
                    sb.Append('e');
                    _pos++;
                    if (Cur == '+' || Cur == '-') { sb.Append(Cur); _pos++; }
                }
                else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.')
                {
                    if (c == '.' || c == 'j' || c == 'J') isFloat = true;
                    sb.Append(c);
                    _pos++;
                }
                else if (c == '_') _pos++;
                else break;
            }
            string text = sb.ToString();
            byte[] bytes = Utf8.Encode(text); // ASCII only: the loop above takes nothing else
            if (isFloat)
            {
                double real, imag;
                int kind = FloatParse.ParseDecimal(bytes, 0, bytes.Length, true, false, out real, out imag);
                Token f = Make(Token.Float, text);
                if (kind == FloatParse.Invalid) f.Error = new CompileError("SyntaxError", "invalid syntax for number", line);
                f.Line = line;
                f.Imag = kind != FloatParse.Real;
                f.FloatValue = f.Imag ? imag : real;
                return f;
            }
            long small;
            BigInt big;
            int valStart, errBase;
            Token t = Make(Token.Int, text);
            if (!BigInt.ParseInt(bytes, 0, bytes.Length, 0, out small, out big, out valStart, out errBase))
            {
                t.Error = new CompileError("SyntaxError", "invalid syntax for integer with base " + errBase + ": '" + text.Substring(valStart) + "'", line);
            }
            t.Line = line;
            t.IntValue = small;
            t.BigValue = big;
            t.Big = big != null;
            return t;
        }

        // parse_string_literal: closing quotes are counted as they come (and cut off at the end). In an
        // f-string each {expression} goes to the .format() arguments as raw text, wrapped in parentheses; `{{`
        // stays, `{x=}` also puts "x=" in the text; conversion and format specs stay in the format string.
        private Token ScanString(bool raw, bool bytes, bool fstr)
        {
            int line = _line;
            char q = Cur;
            _pos++;
            int numQuotes = 1;
            if (Cur == q && At(1) == q)
            {
                _pos += 2;
                numQuotes = 3;
            }
            if (fstr && _fstringArgs == null) _fstringArgs = new System.Text.StringBuilder(".format(");
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            int nClosing = 0;
            while (nClosing < numQuotes)
            {
                if (_pos >= _src.Length || numQuotes == 1 && Cur == '\n') throw new CompileError("SyntaxError", "invalid syntax", line);
                char c = Cur;
                if (c == q)
                {
                    nClosing++;
                    sb.Append(c);
                    _pos++;
                    continue;
                }
                nClosing = 0;
                while (fstr && Cur == '{')
                {
                    _pos++;
                    if (Cur == '{')
                    {
                        sb.Append('{');
                        _pos++;
                    }
                    else FStringArg(sb);
                    sb.Append('{');
                }
                if (_pos >= _src.Length) throw new CompileError("SyntaxError", "invalid syntax", line);
                c = Cur;
                if (c == '\\' && _pos + 1 < _src.Length)
                {
                    char e = At(1);
                    if (raw)
                    {
                        sb.Append(c);
                        _pos++;
                        if (e == '\n') _line++;
                        if (bytes && e >= 0x80) AppendSourceChar(sb);
                        else { sb.Append(e); _pos++; }
                        continue;
                    }
                    _pos += 2;
                    switch (e)
                    {
                        case '\n': _line++; continue;
                        case '\\': sb.Append('\\'); continue;
                        case '\'': sb.Append('\''); continue;
                        case '"': sb.Append('"'); continue;
                        case 'a': sb.Append('\a'); continue;
                        case 'b': sb.Append('\b'); continue;
                        case 'f': sb.Append('\f'); continue;
                        case 'n': sb.Append('\n'); continue;
                        case 'r': sb.Append('\r'); continue;
                        case 't': sb.Append('\t'); continue;
                        case 'v': sb.Append('\v'); continue;
                        case 'x': AppendHex(sb, 2, line, bytes); continue;
                        case 'N': throw new CompileError("NotImplementedError", "unicode name escapes", 0); // raised without a traceback
                        case 'u':
                        case 'U':
                            if (bytes) { sb.Append('\\'); sb.Append(e); continue; }
                            AppendHex(sb, e == 'u' ? 4 : 8, line, false);
                            continue;
                        default:
                            if (e >= '0' && e <= '7')
                            {
                                int v = e - '0';
                                for (int k = 0; k < 2 && Cur >= '0' && Cur <= '7'; k++) { v = v * 8 + (Cur - '0'); _pos++; }
                                CheckCode(v, bytes, line);
                                AppendCode(sb, v, bytes);
                                continue;
                            }
                            sb.Append('\\');
                            sb.Append(e);
                            continue;
                    }
                }
                if (c == '\n') _line++;
                if (bytes && c >= 0x80)
                {
                    AppendSourceChar(sb);
                    continue;
                }
                sb.Append(c);
                _pos++;
            }
            sb.Length -= nClosing;
            Token t = Make(bytes ? Token.Bytes : Token.Str, null);
            t.Line = line;
            t.Data = bytes ? Latin1(sb.ToString()) : Utf8.EncodeSource(sb.ToString());
            return t;
        }

        // One {expression} of an f-string, after its '{': the raw text up to ':', '}' or a !r/!s conversion at
        // bracket level 0 (lexer.c counts only [] and {} levels and knows nothing of quotes).
        private void FStringArg(System.Text.StringBuilder sb)
        {
            System.Text.StringBuilder args = _fstringArgs;
            args.Append('(');
            int start = args.Length;
            int level = 0;
            char last = '(';
            while (_pos < _src.Length)
            {
                char c = Cur;
                if (level == 0 && (c == ':' || c == '}' || c == '!' && (At(1) == 'r' || At(1) == 's') && (At(2) == ':' || At(2) == '}'))) break;
                if (c == '[' || c == '{') level++;
                else if (c == ']' || c == '}') level--;
                if (c == '\n') _line++;
                args.Append(c);
                last = c;
                _pos++;
            }
            if (last == '=')
            {
                sb.Append(args.ToString(start, args.Length - start));
                args.Length--;
            }
            args.Append(')');
            args.Append(',');
        }

        private void AppendHex(System.Text.StringBuilder sb, int n, int line, bool bytes)
        {
            long v = 0;
            for (int i = 0; i < n; i++)
            {
                char c = Cur;
                int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (d < 0) throw new CompileError("SyntaxError", "invalid syntax", line);
                v = v * 16 + d;
                _pos++;
            }
            CheckCode(v, bytes, line);
            AppendCode(sb, (int)v, bytes);
        }

        // A code point past U+10FFFF in a str, or a byte value past 0xff in bytes, is an invalid token.
        private static void CheckCode(long v, bool bytes, int line)
        {
            if (v >= (bytes ? 0x100 : 0x110000)) throw new CompileError("SyntaxError", "invalid syntax", line);
        }

        // The source character at _pos, in a bytes literal: its UTF-8 bytes (mpy-cross copies source bytes),
        // each as the char that stands for a byte (Utf8.IsSourceByte) so that Latin1 tells them from escapes.
        private void AppendSourceChar(System.Text.StringBuilder sb)
        {
            int c = Cur;
            int n = 1;
            if (c >= 0xD800 && c < 0xDC00 && _pos + 1 < _src.Length && _src[_pos + 1] >= 0xDC00 && _src[_pos + 1] < 0xE000)
            {
                c = 0x10000 + ((c - 0xD800) << 10) + (_src[_pos + 1] - 0xDC00);
                n = 2;
            }
            _pos += n;
            AppendAsBytes(sb, c);
        }

        private static void AppendAsBytes(System.Text.StringBuilder sb, int c)
        {
            if (Utf8.IsSourceByte(c))
            {
                sb.Append((char)c);
                return;
            }
            byte[] u = new byte[4];
            int len = Utf8.Put(u, 0, c);
            for (int k = 0; k < len; k++) sb.Append((char)(0xDC00 + u[k]));
        }

        private static void AppendCode(System.Text.StringBuilder sb, int v, bool bytes)
        {
            // A lone surrogate escape ("\udc80") is its 3 UTF-8 bytes, as in MicroPython; kept as bytes so that
            // it cannot pair with a neighbour or be read as a source byte.
            if (!bytes && v >= 0xD800 && v < 0xE000)
            {
                byte[] u = new byte[3];
                Utf8.Put(u, 0, v);
                for (int k = 0; k < 3; k++) sb.Append((char)(0xDC00 + u[k]));
                return;
            }
            if (bytes || v < 0x10000) sb.Append((char)(bytes ? v & 0xff : v));
            else
            {
                v -= 0x10000;
                sb.Append((char)(0xd800 + (v >> 10)));
                sb.Append((char)(0xdc00 + (v & 0x3ff)));
            }
        }

        private static byte[] Latin1(string s)
        {
            // Bytes literals: source characters above 0x7f are kept as their UTF-8 encoding, escapes as bytes.
            byte[] tmp = new byte[s.Length * 4];
            int n = 0;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c < 0x100) tmp[n++] = (byte)c;
                else if (Utf8.IsSourceByte(c)) tmp[n++] = (byte)(c - 0xDC00);
                else
                {
                    byte[] u = Utf8.Encode(c.ToString());
                    for (int k = 0; k < u.Length; k++) tmp[n++] = u[k];
                }
            }
            byte[] r = new byte[n];
            System.Array.Copy(tmp, r, n);
            return r;
        }

        private static readonly string[] Ops3 = { "**=", "//=", ">>=", "<<=", "...", "!=" };
        private static readonly string[] Ops2 = { "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=" };

        private Token ScanOp()
        {
            for (int i = 0; i < Ops3.Length; i++)
            {
                string o = Ops3[i];
                if (o.Length == 3 && Cur == o[0] && At(1) == o[1] && At(2) == o[2]) { _pos += 3; return Make(Token.Op, o); }
            }
            for (int i = 0; i < Ops2.Length; i++)
            {
                string o = Ops2[i];
                if (Cur == o[0] && At(1) == o[1]) { _pos += 2; return Make(Token.Op, o); }
            }
            char c = Cur;
            if ("+-*/%&|^~<>()[]{},:.;=@".IndexOf(c) >= 0)
            {
                _pos++;
                if (c == '(' || c == '[' || c == '{') _nest++;
                else if ((c == ')' || c == ']' || c == '}') && _nest > 0) _nest--;
                return Make(Token.Op, c.ToString());
            }
            throw new CompileError("SyntaxError", "invalid syntax", _line);
        }
    }
}
