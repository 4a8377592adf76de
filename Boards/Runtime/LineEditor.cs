namespace NanoMpy.Board
{
    // The REPL's line editor, byte for byte shared/readline/readline.c of MicroPython v1.27.0 as a board with
    // MICROPY_REPL_EMACS_KEYS, MICROPY_REPL_EMACS_WORDS_MOVE, MICROPY_REPL_EMACS_EXTRA_WORDS_MOVE,
    // MICROPY_REPL_AUTO_INDENT and MICROPY_HELPER_REPL (tab completion) builds it, with VT100 cursor moves.
    // Without MP_REPL_EXTRAS (the minimal level) it is readline.c without the first four, as MicroPython's
    // minimum level builds it.
    //
    // Process takes one input byte and returns -1 while the line goes on, 0 when Enter ended it, or the
    // control character (Ctrl-A..E on an empty line, Ctrl-C) the caller acts on. The edited text is the tail
    // of Line from the position the line started at; earlier lines of a compound statement stay before it.
    public sealed class LineEditor
    {
        private const int EseqNone = 0, EseqEsc = 1, EseqEscBracket = 2, EseqEscBracketDigit = 3, EseqEscO = 4;
        private const int AutoIndentEnabled = 1, AutoIndentJustAdded = 2;

        private readonly ReplOutput _out;
        private readonly string[] _history;
        private LineBuffer _line;
        private int _origLen;
        private int _escape;
        private int _histCur;
        private int _cursor;
        private int _escapeBuf;
#if MP_REPL_EXTRAS
        private int _autoIndent;
#endif
        private string _prompt;

        // The module whose globals tab completion searches.
        public PyModule Main;

        public LineEditor(ReplOutput output, int historySize)
        {
            _out = output;
            _history = new string[historySize];
        }

        public LineBuffer Line { get { return _line; } }

        // readline_init0: forget the history (each soft reset).
        public void ClearHistory()
        {
            for (int i = 0; i < _history.Length; i++) _history[i] = null;
        }

        // readline_init: starts editing at the end of line, after printing the prompt.
        public void Init(LineBuffer line, string prompt)
        {
            _line = line;
            _origLen = line.Length;
            _escape = EseqNone;
            _escapeBuf = 0;
            _histCur = -1;
            _cursor = _origLen;
            _prompt = prompt;
            _out.Raw(prompt);
#if MP_REPL_EXTRAS
            if (line.Length == 0) _autoIndent = AutoIndentEnabled;
            AutoIndent();
#endif
        }

#if MP_REPL_EXTRAS
        private static bool IsAlnum(int c)
        {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
#endif

        private static bool IsSpace(int c)
        {
            return c == ' ' || c >= 9 && c <= 13;
        }

#if MP_REPL_EXTRAS
        // cursor_count_word: the distance to the start (backwards) or end (forwards) of a word. As in C the
        // backward walk stops at the start of the whole buffer, not of the current line.
        private int CountWord(bool forward)
        {
            int pos = _cursor;
            bool inWord = false;
            while (true)
            {
                if (!forward && pos <= 0) break;
                if (forward && pos >= _line.Length) break;
                int idx = forward ? pos : pos - 1;
                if (idx < 0 || idx >= _line.Length) break;
                if (IsAlnum(_line[idx])) inWord = true;
                else if (inWord) break;
                pos += forward ? 1 : -1;
            }
            return forward ? pos - _cursor : _cursor - pos;
        }
#endif

        private void MoveCursorBack(int pos)
        {
            if (pos <= 0) return;
            if (pos <= 4)
            {
                for (int i = 0; i < pos; i++) _out.Raw((byte)'\b');
            }
            else
            {
                _out.Raw("\x1b[" + pos.ToString() + "D");
            }
        }

        public int Process(int c)
        {
            int lastLen = _line.Length;
            int stepBack = 0;
            bool fromCursor = false;
            int stepForward = 0;
            int key = 0; // a key reached through one of readline.c's goto labels
            const int Home = 1, End = 2, Delete = 3, Left = 4, Right = 5, Up = 6, Down = 7;
#if MP_REPL_EXTRAS
            const int BackWord = 8, ForwardWord = 9, KillWordBack = 10;
#endif
            bool resetEscape = false;
            bool keepEscape = false;

            if (_escape == EseqNone)
            {
                if (c >= 1 && c <= 5 && _line.Length == _origLen) return c; // control character, empty line
                if (c == 1) key = Home;
#if MP_REPL_EXTRAS
                else if (c == 2) key = Left;
#endif
                else if (c == 3) return c;
#if MP_REPL_EXTRAS
                else if (c == 4) key = Delete;
#endif
                else if (c == 5) key = End;
#if MP_REPL_EXTRAS
                else if (c == 6) key = Right;
                else if (c == 11)
                {
                    // Ctrl-K: kill to the end of the line
                    _line.CutTail(lastLen - _cursor);
                    fromCursor = true;
                }
                else if (c == 14) key = Down;
                else if (c == 16) key = Up;
                else if (c == 21)
                {
                    // Ctrl-U: kill from the start of the line to the cursor
                    _line.CutOut(_origLen, _cursor - _origLen);
                    stepBack = _cursor - _origLen;
                    fromCursor = true;
                }
                else if (c == 23) key = KillWordBack;
#endif
                else if (c == '\r')
                {
                    _out.Raw("\r\n");
                    PushHistory(_line.Text(_origLen < _line.Length ? _origLen : _line.Length));
                    return 0;
                }
                else if (c == 27) _escape = EseqEsc;
                else if (c == 8 || c == 127)
                {
                    if (_cursor > _origLen)
                    {
#if MP_REPL_EXTRAS
                        // backspace removes a whole level of indentation when only spaces precede the cursor
                        int nspace = 0;
                        for (int i = _origLen; i < _cursor; i++)
                        {
                            if (_line[i] != ' ')
                            {
                                nspace = 0;
                                break;
                            }
                            nspace++;
                        }
                        nspace = nspace < 4 ? 1 : 4;
#else
                        int nspace = 1;
#endif
                        _line.CutOut(_cursor - nspace, nspace);
                        stepBack = nspace;
                        fromCursor = true;
                    }
                }
#if MP_REPL_EXTRAS
                else if ((_autoIndent & AutoIndentJustAdded) != 0 && (c == 9 || c == ' '))
                {
                    // tab or space right after an auto-indent turns auto-indent off; a space takes back 3 of
                    // the 4 spaces added
                    _autoIndent = 0;
                    if (c == ' ')
                    {
                        stepBack = 3;
                        _line.CutTail(3);
                    }
                }
#endif
                else if (c == 9)
                {
                    Tab(ref fromCursor, ref stepForward);
                }
                else if (c >= 32 && c <= 126)
                {
                    _line.Insert(_cursor, c);
                    fromCursor = true;
                    stepForward = 1;
                }
            }
            else if (_escape == EseqEsc)
            {
                if (c == '[') _escape = EseqEscBracket;
                else if (c == 'O') _escape = EseqEscO;
#if MP_REPL_EXTRAS
                else if (c == 'b') key = BackWord;
                else if (c == 'f') key = ForwardWord;
                else if (c == 'd')
                {
                    _line.CutOut(_cursor, CountWord(true));
                    fromCursor = true;
                    _escape = EseqNone;
                }
                else if (c == 127) key = KillWordBack;
#endif
                else _escape = EseqNone;
            }
            else if (_escape == EseqEscBracket)
            {
                if (c >= '0' && c <= '9')
                {
                    _escape = EseqEscBracketDigit;
                    _escapeBuf = c;
                }
                else
                {
                    _escape = EseqNone;
                    if (c == 'A') key = Up;
                    else if (c == 'B') key = Down;
                    else if (c == 'C') key = Right;
                    else if (c == 'D') key = Left;
                    else if (c == 'H') key = Home;
                    else if (c == 'F') key = End;
                }
            }
            else if (_escape == EseqEscBracketDigit)
            {
                resetEscape = true;
                if (c == '~')
                {
                    if (_escapeBuf == '1' || _escapeBuf == '7') key = Home;
                    else if (_escapeBuf == '4' || _escapeBuf == '8') key = End;
                    else if (_escapeBuf == '3') key = Delete;
                }
#if MP_REPL_EXTRAS
                else if (c == ';' && _escapeBuf == '1')
                {
                    // a parameter list such as ESC [ 1 ; 5 C (ctrl+arrow): read on as after "ESC ["
                    _escape = EseqEscBracket;
                    keepEscape = true;
                    resetEscape = false;
                }
                else if (_escapeBuf == '5' && c == 'C') key = ForwardWord;
                else if (_escapeBuf == '5' && c == 'D') key = BackWord;
#endif
            }
            else if (_escape == EseqEscO)
            {
                if (c == 'H') key = Home;
                else if (c == 'F') key = End;
                else _escape = EseqNone;
            }
            else
            {
                _escape = EseqNone;
            }

            switch (key)
            {
                case Home:
                    stepBack = _cursor - _origLen;
                    resetEscape = true;
                    break;
                case End:
                    stepForward = _line.Length - _cursor;
                    resetEscape = true;
                    break;
                case Delete:
                    if (_cursor < _line.Length)
                    {
                        _line.CutOut(_cursor, 1);
                        fromCursor = true;
                    }
                    resetEscape = true;
                    break;
                case Left:
                    if (_cursor > _origLen) stepBack = 1;
                    break;
                case Right:
                    if (_cursor < _line.Length) stepForward = 1;
                    break;
                case Up:
                    if (_histCur + 1 < _history.Length && _history[_histCur + 1] != null)
                    {
                        _histCur++;
                        _line.CutTail(_line.Length - _origLen);
                        _line.Add(_history[_histCur]);
                        stepBack = _cursor - _origLen;
                        fromCursor = true;
                        stepForward = _line.Length - _origLen;
                    }
                    break;
                case Down:
                    if (_histCur >= 0)
                    {
                        _histCur--;
                        _line.CutTail(_line.Length - _origLen);
                        if (_histCur >= 0) _line.Add(_history[_histCur]);
                        stepBack = _cursor - _origLen;
                        fromCursor = true;
                        stepForward = _line.Length - _origLen;
                    }
                    break;
#if MP_REPL_EXTRAS
                case BackWord:
                    stepBack = CountWord(false);
                    _escape = EseqNone;
                    break;
                case ForwardWord:
                    stepForward = CountWord(true);
                    _escape = EseqNone;
                    break;
                case KillWordBack:
                    stepBack = CountWord(false);
                    _line.CutOut(_cursor - stepBack, stepBack);
                    fromCursor = true;
                    _escape = EseqNone;
                    break;
#endif
            }
            if (resetEscape && !keepEscape) _escape = EseqNone;

            // redraw the line from the cursor, efficiently
            if (stepBack > 0)
            {
                MoveCursorBack(stepBack);
                _cursor -= stepBack;
            }
            if (fromCursor)
            {
                if (_line.Length < lastLen) _out.Raw("\x1b[K"); // erase the old characters
                int from = _cursor < 0 ? 0 : _cursor > _line.Length ? _line.Length : _cursor;
                _out.Raw(_line.Bytes, from, _line.Length - from);
                MoveCursorBack(_line.Length - (_cursor + stepForward));
                _cursor += stepForward;
            }
            else if (stepForward > 0)
            {
                int from = _cursor < 0 ? 0 : _cursor;
                int n = from + stepForward > _line.Length ? _line.Length - from : stepForward;
                if (n > 0) _out.Raw(_line.Bytes, from, n);
                _cursor += stepForward;
            }
#if MP_REPL_EXTRAS
            _autoIndent &= ~AutoIndentJustAdded;
#endif
            return -1;
        }

        // Tab: four spaces after whitespace, else completion of the name before the cursor.
        private void Tab(ref bool fromCursor, ref int stepForward)
        {
            byte[] text;
            int textOff, count;
            int prev = _cursor - 1;
            if (_line.Length != 0 && prev >= 0 && prev < _line.Length && IsSpace(_line[prev]))
            {
                text = FourSpaces;
                textOff = 0;
                count = 4;
            }
            else
            {
                int start = _origLen < _line.Length ? _origLen : _line.Length;
                int len = _cursor - start;
                if (len < 0) len = 0;
#if MP_COMPILER
                Autocomplete.Result r = Autocomplete.Complete(_line.Bytes, start, len, Main, _out.Print);
                text = r.Text;
                textOff = r.Offset;
                count = r.Count;
#else
                // no completion without a compiler (MICROPY_HELPER_REPL goes with the REPL)
                text = null;
                textOff = 0;
                count = 0;
#endif
            }
            if (count == -1)
            {
                // many matches, listed: print the prompt and the line again
                _out.Raw(_prompt);
                int start = _origLen < _line.Length ? _origLen : _line.Length;
                int n = _cursor - start;
                if (n > 0) _out.Raw(_line.Bytes, start, n);
                fromCursor = true;
            }
            else if (count > 0)
            {
                for (int i = 0; i < count; i++) _line.Insert(_cursor + i, text[textOff + i]);
                fromCursor = true;
                stepForward = count;
            }
        }

        private static readonly byte[] FourSpaces = new byte[] { 32, 32, 32, 32 };

#if MP_REPL_EXTRAS
        // readline_auto_indent: after a newline, indent as the previous line, one level more after a colon.
        private void AutoIndent()
        {
            if ((_autoIndent & AutoIndentEnabled) == 0) return;
            LineBuffer line = _line;
            int len = line.Length;
            if (len <= 1 || line[len - 1] != '\n') return;
            int i;
            for (i = len - 1; i > 0; i--)
            {
                if (line[i - 1] == '\n') break;
            }
            int j;
            for (j = i; j < len; j++)
            {
                if (line[j] != ' ') break;
            }
            // i: start of the previous line, j: its first non-space
            if (i > 0 && j + 1 == len)
            {
                // the previous line is all spaces and not the first: no indent if the one before is too
                for (int k = i - 1; k > 0; --k)
                {
                    if (line[k - 1] == '\n') return;
                    if (line[k - 1] != ' ') break;
                }
            }
            int n = (j - i) / 4;
            if (line[len - 2] == ':') n++;
            while (n-- > 0)
            {
                line.Add("    ");
                _out.Raw("    ");
                _cursor += 4;
                _autoIndent |= AutoIndentJustAdded;
            }
        }
#endif

        // readline_push_history: a line that is not empty and differs from the last one.
        private void PushHistory(string line)
        {
            if (_history.Length == 0) return;
            int nul = line.IndexOf('\0');
            if (nul >= 0) line = line.Substring(0, nul);
            if (line.Length == 0 || _history[0] != null && _history[0] == line) return;
            for (int i = _history.Length - 1; i > 0; i--) _history[i] = _history[i - 1];
            _history[0] = line;
        }
    }
}
