namespace NanoMpy.Compiler
{
    // Recursive-descent parser over MicroPython's grammar (py/grammar.h) for the supported subset. It folds
    // integer constant expressions exactly when MicroPython's parser does: a whole operator chain folds only
    // if every operand is an integer constant (so `1+2+x` is not folded), division or shift errors prevent
    // folding, and results that do not fit a 31-bit small int become int constant objects.
    public sealed class Parser
    {
        private readonly Lexer _lex;
        private Token _tok;
        private readonly System.Collections.Hashtable _interned = new System.Collections.Hashtable();

        // Strings longer than 10 bytes that mpy-cross v1.27.0 has interned in its own qstr pool besides the
        // static qstrs of the .mpy format: a string literal equal to one of them is a qstr there too.
        private static readonly string[] MpyCrossQstrs = new string[]
        {
            "StopAsyncIteration", "UnicodeError", "ViperTypeError", "__build_class__", "__complex__", "__contains__",
            "__repl_print__", "__reversed__", "__traceback__", "bound_method", "difference_update", "heap_unlock",
            "intersection", "intersection_update", "maximum recursion depth exceeded", "symmetric_difference",
            "symmetric_difference_update", "unpack_from", "vcvt_f32_s32", "vcvt_s32_f32",
        };

        // mpy-cross -msmall-int-bits=N (default 31): ints in range are SMALL_INT nodes (LOAD_CONST_SMALL_INT),
        // others constant objects. Set through SetSmallIntBits.
        public static int SmallIntBits = 31;
        public static long SmallIntMin = -(1L << 30);
        public static long SmallIntMax = (1L << 30) - 1;

        public static void SetSmallIntBits(int bits)
        {
            SmallIntBits = bits;
            SmallIntMin = -(1L << (bits - 1));
            SmallIntMax = (1L << (bits - 1)) - 1;
        }

        public Parser(string source)
        {
            _lex = new Lexer(source);
            string[] list = StaticQstrs.List;
            for (int i = 0; i < list.Length; i++) _interned[list[i]] = true;
            for (int i = 0; i < MpyCrossQstrs.Length; i++) _interned[MpyCrossQstrs[i]] = true;
            _tok = _lex.Next();
        }

        public static Node ParseModule(string source, string sourceName)
        {
            Parser p = new Parser(source);
            p._interned[sourceName] = true; // the lexer interns the source name before anything is parsed
            Node block = new Node(Node.Block, 1);
            System.Collections.ArrayList stmts = new System.Collections.ArrayList();
            while (p._tok.Kind != Token.End)
            {
                if (p._tok.Kind == Token.Newline) { p.Advance(); continue; }
                if (p._tok.Kind == Token.Indent) throw new CompileError("IndentationError", "unexpected indent", p._tok.Line);
                p.ParseStatement(stmts);
            }
            block.Items = ToArray(stmts);
            return block;
        }

        // single_input (the REPL's line, compile(..., 'single')): a blank input, or one simple statement line or
        // compound statement and then nothing but newlines. Anything else, including a statement after blank
        // or comment lines, is a SyntaxError at its line, as parse.c reports it.
        public static Node ParseSingle(string source, string sourceName)
        {
            Parser p = new Parser(source);
            p._interned[sourceName] = true;
            Node block = new Node(Node.Block, 1);
            System.Collections.ArrayList stmts = new System.Collections.ArrayList();
            // END first after only a line continuation: lexer.c emits no NEWLINE for it, and single_input needs one
            if (p._tok.Kind == Token.End && p._lex.ContinuationAtEnd && source.IndexOf('\n') == source.LastIndexOf('\n')) throw p.Syntax();
            if (p._tok.Kind != Token.Newline && p._tok.Kind != Token.End)
            {
                // the lexer skips blank lines, which single_input sees as a NEWLINE statement of their own
                if (p._tok.Line != 1 || p._tok.Kind == Token.Indent) throw p.Syntax();
                p.ParseStatement(stmts);
            }
            while (p._tok.Kind == Token.Newline) p.Advance();
            if (p._tok.Kind != Token.End) throw p.Syntax();
            block.Items = ToArray(stmts);
            return block;
        }

        // eval_input: one expression list, then only newlines; compiled as `return <expr>` of the module.
        public static Node ParseEval(string source, string sourceName)
        {
            Parser p = new Parser(source);
            p._interned[sourceName] = true;
            while (p._tok.Kind == Token.Newline) p.Advance();
            Node r = new Node(Node.Return, p._tok.Line);
            r.Items = new Node[] { p.ParseTestList() };
            while (p._tok.Kind == Token.Newline) p.Advance();
            if (p._tok.Kind != Token.End) throw p.Syntax();
            Node block = new Node(Node.Block, 1);
            block.Items = new Node[] { r };
            return block;
        }

        private static Node[] ToArray(System.Collections.ArrayList list)
        {
            Node[] a = new Node[list.Count];
            for (int i = 0; i < a.Length; i++) a[i] = (Node)list[i];
            return a;
        }

        private void Advance()
        {
            _tok = _lex.Next();
        }

        // The error for a parse that cannot go on at the current token (parse.c syntax_error): the message
        // depends on that token.
        private CompileError Syntax()
        {
            if (_tok.Kind == Token.Indent) return new CompileError("IndentationError", "unexpected indent", _tok.Line);
            if (_tok.Kind == Token.Invalid && _tok.Error.Kind == "IndentationError") return _tok.Error;
            return new CompileError("SyntaxError", "invalid syntax", _tok.Line);
        }

        private bool IsOp(string s) { return _tok.Kind == Token.Op && _tok.Text == s; }
        private bool IsKw(string s) { return _tok.Kind == Token.Name && _tok.Text == s; }

        private void ExpectOp(string s)
        {
            if (!IsOp(s)) throw Syntax();
            Advance();
        }

        private void ExpectKw(string s)
        {
            if (!IsKw(s)) throw Syntax();
            Advance();
        }

        private static bool IsKeyword(string s)
        {
            switch (s)
            {
                case "False": case "None": case "True": case "and": case "as": case "assert": case "async":
                case "await": case "break": case "class": case "continue": case "def": case "del": case "elif":
                case "else": case "except": case "finally": case "for": case "from": case "global": case "if":
                case "import": case "in": case "is": case "lambda": case "nonlocal": case "not": case "or":
                case "pass": case "raise": case "return": case "try": case "while": case "with": case "yield":
                    return true;
            }
            return false;
        }

        private string ExpectName()
        {
            if (_tok.Kind != Token.Name || IsKeyword(_tok.Text)) throw Syntax();
            string s = _tok.Text;
            _interned[s] = true;
            Advance();
            return s;
        }

        // ---- statements ----

        private void ParseStatement(System.Collections.ArrayList into)
        {
            int line = _tok.Line;
            if (_tok.Kind == Token.Name)
            {
                switch (_tok.Text)
                {
                    case "if": into.Add(ParseIf()); return;
                    case "while": into.Add(ParseWhile()); return;
                    case "for": into.Add(ParseFor()); return;
                    case "def": into.Add(ParseDef()); return;
                    case "try": into.Add(ParseTry()); return;
                    case "class": into.Add(ParseClass()); return;
                    case "with": into.Add(ParseWith()); return;
                    case "async":
                        {
                            // async_stmt: 'async' (funcdef | with_stmt | for_stmt)
                            Advance();
                            Node a;
                            if (IsKw("def")) a = ParseDef();
                            else if (IsKw("for")) a = ParseFor();
                            else if (IsKw("with")) a = ParseWith();
                            else throw Syntax();
                            a.Async = true;
                            a.Line = line;
                            into.Add(a);
                            return;
                        }
                }
            }
            if (IsOp("@"))
            {
                Node dec = new Node(Node.Decorated, line);
                System.Collections.ArrayList ds = new System.Collections.ArrayList();
                while (IsOp("@"))
                {
                    Advance();
                    int dl = _tok.Line;
                    Node nm = new Node(Node.Name, dl);
                    nm.Text = ExpectName();
                    System.Collections.ArrayList parts = new System.Collections.ArrayList();
                    parts.Add(nm);
                    while (IsOp("."))
                    {
                        Advance();
                        Node at = new Node(Node.TrAttr, _tok.Line);
                        at.Text = ExpectName();
                        parts.Add(at);
                    }
                    if (IsOp("(")) parts.Add(ParseAtomExprTrailerCall());
                    if (parts.Count == 1) ds.Add(nm);
                    else
                    {
                        Node ae = new Node(Node.AtomExpr, dl);
                        ae.Items = ToArray(parts);
                        ds.Add(ae);
                    }
                    if (_tok.Kind != Token.Newline) throw Syntax();
                    Advance();
                }
                if (IsKw("def")) ds.Add(ParseDef());
                else if (IsKw("class")) ds.Add(ParseClass());
                else if (IsKw("async"))
                {
                    Advance();
                    if (!IsKw("def")) throw Syntax();
                    Node ad = ParseDef();
                    ad.Async = true;
                    ds.Add(ad);
                }
                else throw Syntax();
                dec.Items = ToArray(ds);
                into.Add(dec);
                return;
            }
            // simple_stmt: small statements separated by ';'
            while (true)
            {
                into.Add(ParseSmall());
                if (IsOp(";"))
                {
                    Advance();
                    if (_tok.Kind == Token.Newline) break;
                    continue;
                }
                break;
            }
            if (_tok.Kind != Token.Newline) throw Syntax();
            Advance();
        }

        private Node ParseWith()
        {
            Node w = new Node(Node.With, _tok.Line);
            Advance();
            System.Collections.ArrayList items = new System.Collections.ArrayList();
            items.Add(null);
            while (true)
            {
                items.Add(ParseTest());
                Node target = null;
                if (IsKw("as")) { Advance(); target = ParseExpr(); }
                items.Add(target);
                if (!IsOp(",")) break;
                Advance();
            }
            items[0] = ParseSuite();
            w.Items = ToArray(items);
            return w;
        }

        private Node ParseSmall()
        {
            int line = _tok.Line;
            if (_tok.Kind == Token.Name)
            {
                switch (_tok.Text)
                {
                    case "pass": Advance(); return new Node(Node.Pass, line);
                    case "break": Advance(); return new Node(Node.Break, line);
                    case "continue": Advance(); return new Node(Node.Continue, line);
                    case "return":
                        {
                            Advance();
                            Node r = new Node(Node.Return, line);
                            r.Items = new Node[1];
                            if (_tok.Kind != Token.Newline && !IsOp(";")) r.Items[0] = ParseTestList(false);
                            return r;
                        }
                    case "raise":
                        {
                            Advance();
                            Node r = new Node(Node.Raise, line);
                            if (_tok.Kind == Token.Newline || IsOp(";")) { r.Items = new Node[0]; return r; }
                            Node exc = ParseTest();
                            if (IsKw("from")) { Advance(); r.Items = new Node[] { exc, ParseTest() }; }
                            else r.Items = new Node[] { exc };
                            return r;
                        }
                    case "assert":
                        {
                            Advance();
                            Node a = new Node(Node.Assert, line);
                            Node cond = ParseTest();
                            Node msg = null;
                            if (IsOp(",")) { Advance(); msg = ParseTest(); }
                            a.Items = new Node[] { cond, msg };
                            return a;
                        }
                    case "del":
                        {
                            Advance();
                            Node d = new Node(Node.Del, line);
                            Node t = ParseExprList();
                            d.Items = t.Kind == Node.Tuple && !t.Paren ? t.Items : new Node[] { t };
                            return d;
                        }
                    case "import":
                        {
                            Advance();
                            Node im = new Node(Node.Import, line);
                            System.Collections.ArrayList names = new System.Collections.ArrayList();
                            System.Collections.ArrayList asNames = new System.Collections.ArrayList();
                            while (true)
                            {
                                names.Add(DottedName());
                                string asName = null;
                                if (IsKw("as")) { Advance(); asName = ExpectName(); }
                                asNames.Add(asName);
                                if (!IsOp(",")) break;
                                Advance();
                            }
                            im.Params = Strings(names);
                            im.KwNames = Strings(asNames);
                            return im;
                        }
                    case "from":
                        {
                            Advance();
                            Node im = new Node(Node.ImportFrom, line);
                            while (IsOp(".") || IsOp("..."))
                            {
                                im.IntValue += _tok.Text.Length;
                                Advance();
                            }
                            if (!IsKw("import")) im.Text = DottedName();
                            else if (im.IntValue == 0) throw Syntax();
                            ExpectKw("import");
                            if (IsOp("*"))
                            {
                                Advance();
                                return im;
                            }
                            bool paren = IsOp("(");
                            if (paren) Advance();
                            System.Collections.ArrayList names = new System.Collections.ArrayList();
                            System.Collections.ArrayList asNames = new System.Collections.ArrayList();
                            while (true)
                            {
                                names.Add(ExpectName());
                                string asName = null;
                                if (IsKw("as")) { Advance(); asName = ExpectName(); }
                                asNames.Add(asName);
                                if (!IsOp(",")) break;
                                Advance();
                                if (_tok.Kind != Token.Name) break; // import_as_names may end with a comma
                            }
                            if (paren) ExpectOp(")");
                            im.Params = Strings(names);
                            im.KwNames = Strings(asNames);
                            return im;
                        }
                    case "global":
                    case "nonlocal":
                        {
                            Node g = new Node(_tok.Text == "global" ? Node.Global : Node.Nonlocal, line);
                            Advance();
                            System.Collections.ArrayList names = new System.Collections.ArrayList();
                            names.Add(ExpectName());
                            while (IsOp(",")) { Advance(); names.Add(ExpectName()); }
                            g.Params = new string[names.Count];
                            for (int i = 0; i < names.Count; i++) g.Params[i] = (string)names[i];
                            return g;
                        }
                }
            }
            if (IsKw("yield"))
            {
                // yield_stmt: nothing may follow (no assignment to a yield).
                Node ys = new Node(Node.ExprStmt, line);
                ys.Items = new Node[] { ParseYield() };
                return ys;
            }
            Node first = ParseTestList();
            if (IsOp(":"))
            {
                // annassign: the annotation is parsed and dropped; with a value it is a plain assignment
                Advance();
                ParseTest();
                if (IsOp("="))
                {
                    Advance();
                    Node av = new Node(Node.Assign, line);
                    av.Items = new Node[] { first, ParseTestList() };
                    return av;
                }
                Node ann = new Node(Node.AnnLocal, line);
                ann.Text = first.Kind == Node.Name ? first.Text : null;
                return ann;
            }
            if (IsOp("="))
            {
                System.Collections.ArrayList parts = new System.Collections.ArrayList();
                parts.Add(first);
                while (IsOp("="))
                {
                    Advance();
                    parts.Add(ParseTestList());
                }
                if (parts.Count == 2)
                {
                    Node c = ConstAssign(first, (Node)parts[1]);
                    if (c != null) return c;
                }
                Node a = new Node(Node.Assign, line);
                a.Items = ToArray(parts);
                return a;
            }
            if (_tok.Kind == Token.Op && _tok.Text.Length >= 2 && _tok.Text[_tok.Text.Length - 1] == '=' && _tok.Text != "==" && _tok.Text != "<=" && _tok.Text != ">=" && _tok.Text != "!=")
            {
                int op = AugOp(_tok.Text);
                if (op < 0) throw Syntax();
                Advance();
                Node aug = new Node(Node.AugAssign, line);
                aug.Op = op;
                aug.Items = new Node[] { first, ParseTestList() };
                return aug;
            }
            Node e = new Node(Node.ExprStmt, line);
            e.Items = new Node[] { first };
            return e;
        }

        // `NAME = const(value)` (parse.c, MICROPY_COMP_CONST): NAME stands for the constant from here on; the
        // assignment stays (with the bare value) unless NAME starts with '_'. Returns the replacement statement,
        // or null when this is not such an assignment.
        private Node ConstAssign(Node target, Node rhs)
        {
            if (target.Kind != Node.Name || rhs.Kind != Node.AtomExpr || rhs.Items.Length != 2 || rhs.Items[0].Kind != Node.Name
                || rhs.Items[0].Text != "const" || rhs.Items[1].Kind != Node.TrCall)
            {
                return null;
            }
            Node call = rhs.Items[1];
            if (call.Items.Length != 1 || call.ArgKinds[0] != Node.ArgPlain || call.Items[0].BareGen || !call.Items[0].IsConst)
            {
                throw new CompileError("SyntaxError", "not a constant", rhs.Line);
            }
            Node value = call.Items[0];
            if (_consts == null) _consts = new System.Collections.Hashtable();
            _consts[target.Text] = value;
            if (target.Text[0] == '_') return new Node(Node.Pass, 0);
            Node a = new Node(Node.Assign, target.Line);
            a.Items = new Node[] { target, value };
            return a;
        }

        // A const() name used as an atom: small ints stay small ints, other constants become constant objects.
        private Node ConstValue(Node value, int line)
        {
            if (value.Kind == Node.SmallInt) return Folder.IntNode(value.IntValue, line);
            if (value.Kind == Node.StrQstr || value.Kind == Node.KwConst || value.Kind == Node.Tuple)
            {
                Node o = new Node(Node.ObjConst, line);
                o.Items = new Node[] { value };
                return o;
            }
            return value.CopyAt(line);
        }

        private System.Collections.Hashtable _consts;

        private string DottedName()
        {
            string name = ExpectName();
            while (IsOp("."))
            {
                Advance();
                name = name + "." + ExpectName();
            }
            return name;
        }

        private static string[] Strings(System.Collections.ArrayList list)
        {
            string[] a = new string[list.Count];
            for (int i = 0; i < a.Length; i++) a[i] = (string)list[i];
            return a;
        }

        private static int AugOp(string s)
        {
            switch (s)
            {
                case "|=": return BinaryOpKind.InplaceOr;
                case "^=": return BinaryOpKind.InplaceXor;
                case "&=": return BinaryOpKind.InplaceAnd;
                case "<<=": return BinaryOpKind.InplaceLShift;
                case ">>=": return BinaryOpKind.InplaceRShift;
                case "+=": return BinaryOpKind.InplaceAdd;
                case "-=": return BinaryOpKind.InplaceSubtract;
                case "*=": return BinaryOpKind.InplaceMultiply;
                case "@=": return BinaryOpKind.InplaceMatMultiply;
                case "//=": return BinaryOpKind.InplaceFloorDivide;
                case "/=": return BinaryOpKind.InplaceTrueDivide;
                case "%=": return BinaryOpKind.InplaceModulo;
                case "**=": return BinaryOpKind.InplacePower;
            }
            return -1;
        }

        private Node ParseSuite()
        {
            Enter();
            try
            {
                return ParseSuiteInner();
            }
            finally
            {
                _depth--;
            }
        }

        private Node ParseSuiteInner()
        {
            ExpectOp(":");
            Node block = new Node(Node.Block, _tok.Line);
            System.Collections.ArrayList stmts = new System.Collections.ArrayList();
            if (_tok.Kind != Token.Newline)
            {
                while (true)
                {
                    stmts.Add(ParseSmall());
                    if (IsOp(";")) { Advance(); if (_tok.Kind == Token.Newline) break; continue; }
                    break;
                }
                if (_tok.Kind != Token.Newline) throw Syntax();
                Advance();
            }
            else
            {
                Advance();
                if (_tok.Kind != Token.Indent) throw Syntax();
                Advance();
                while (_tok.Kind != Token.Dedent && _tok.Kind != Token.End) ParseStatement(stmts);
                if (_tok.Kind == Token.Dedent) Advance();
            }
            block.Items = ToArray(stmts);
            return block;
        }

        private Node ParseIf()
        {
            Node n = new Node(Node.If, _tok.Line);
            System.Collections.ArrayList parts = new System.Collections.ArrayList();
            Advance();
            parts.Add(ParseNamedExpr());
            parts.Add(ParseSuite());
            while (IsKw("elif"))
            {
                Advance();
                parts.Add(ParseNamedExpr());
                parts.Add(ParseSuite());
            }
            if (IsKw("else"))
            {
                Advance();
                parts.Add(ParseSuite());
            }
            n.Items = ToArray(parts);
            return n;
        }

        private Node ParseClass()
        {
            Node n = new Node(Node.Class, _tok.Line);
            Advance();
            n.Text = ExpectName();
            Node bases = null;
            if (IsOp("("))
            {
                Node probe = ParseAtomExprTrailerCall();
                if (probe.Items.Length > 0) bases = probe;
            }
            n.Items = new Node[] { ParseSuite(), bases };
            return n;
        }

        private Node ParseTry()
        {
            Node n = new Node(Node.Try, _tok.Line);
            Advance();
            System.Collections.ArrayList items = new System.Collections.ArrayList();
            items.Add(ParseSuite());
            items.Add(null);
            items.Add(null);
            while (IsKw("except"))
            {
                Node e = new Node(Node.Except, _tok.Line);
                Advance();
                Node type = null;
                if (!IsOp(":"))
                {
                    type = ParseTest();
                    if (IsKw("as")) { Advance(); e.Text = ExpectName(); }
                }
                e.Items = new Node[] { type, ParseSuite() };
                items.Add(e);
            }
            if (IsKw("else"))
            {
                if (items.Count == 3) throw Syntax();
                Advance();
                items[1] = ParseSuite();
            }
            if (IsKw("finally"))
            {
                Advance();
                items[2] = ParseSuite();
            }
            if (items.Count == 3 && items[2] == null) throw Syntax();
            n.Items = ToArray(items);
            return n;
        }

        private Node ParseWhile()
        {
            Node n = new Node(Node.While, _tok.Line);
            Advance();
            Node cond = ParseNamedExpr();
            Node body = ParseSuite();
            Node els = null;
            if (IsKw("else")) { Advance(); els = ParseSuite(); }
            n.Items = new Node[] { cond, body, els };
            return n;
        }

        private Node ParseFor()
        {
            Node n = new Node(Node.For, _tok.Line);
            Advance();
            Node target = ParseExprList();
            ExpectKw("in");
            Node iter = ParseTestList(false);
            Node body = ParseSuite();
            Node els = null;
            if (IsKw("else")) { Advance(); els = ParseSuite(); }
            n.Items = new Node[] { target, iter, body, els };
            return n;
        }

        private Node ParseDef()
        {
            Node n = new Node(Node.Def, _tok.Line);
            Advance();
            n.Text = ExpectName();
            ExpectOp("(");
            ParseParams(n, ")");
            ExpectOp(")");
            if (IsOp("->"))
            {
                Advance();
                ParseTest(); // return annotation: ignored
            }
            n.Items = new Node[] { ParseSuite() };
            return n;
        }

        private void ParseParams(Node n, string end)
        {
            System.Collections.ArrayList ps = new System.Collections.ArrayList();
            System.Collections.ArrayList kinds = new System.Collections.ArrayList();
            System.Collections.ArrayList defs = new System.Collections.ArrayList();
            while (!IsOp(end))
            {
                int kind = Node.ParamPlain;
                string name = null;
                Node def = null;
                if (IsOp("*"))
                {
                    Advance();
                    kind = Node.ParamStar;
                    if (!IsOp(",") && !IsOp(end))
                    {
                        name = ExpectName();
                        SkipAnnotation(end);
                    }
                }
                else if (IsOp("**"))
                {
                    Advance();
                    kind = Node.ParamDblStar;
                    name = ExpectName();
                    SkipAnnotation(end);
                }
                else
                {
                    name = ExpectName();
                    SkipAnnotation(end);
                    if (IsOp("="))
                    {
                        Advance();
                        def = ParseTest();
                    }
                }
                ps.Add(name);
                kinds.Add(kind);
                defs.Add(def);
                if (!IsOp(",")) break;
                Advance();
            }
            n.Params = new string[ps.Count];
            n.ParamKinds = new int[ps.Count];
            n.Defaults = new Node[ps.Count];
            for (int i = 0; i < ps.Count; i++)
            {
                n.Params[i] = (string)ps[i];
                n.ParamKinds[i] = (int)kinds[i];
                n.Defaults[i] = (Node)defs[i];
            }
        }

        // tfpdef: NAME [':' test] in a def (lambda parameters have no annotations); the annotation is ignored.
        private void SkipAnnotation(string end)
        {
            if (end != ")" || !IsOp(":")) return;
            Advance();
            ParseTest();
        }

        // After the element of a comprehension: `for ... in ...` followed by more for/if clauses.
        // line: where the parent sets its line for the call (the bracket, or 0 for a bare generator argument);
        // scopeLine: the comprehension's own node (its first item), the line its scope starts at.
        private Node ParseComp(int kind, Node element, Node value, int line, int scopeLine)
        {
            Node c = new Node(Node.Comp, line);
            c.Op = kind;
            c.ScopeLine = scopeLine;
            System.Collections.ArrayList items = new System.Collections.ArrayList();
            items.Add(element);
            items.Add(value);
            while (IsKw("for") || IsKw("if"))
            {
                int cl = _tok.Line;
                if (IsKw("for"))
                {
                    Advance();
                    Node f = new Node(Node.CompFor, cl);
                    Node target = ParseExprList();
                    ExpectKw("in");
                    f.Items = new Node[] { target, ParseOrTest() };
                    items.Add(f);
                }
                else
                {
                    Advance();
                    Node i = new Node(Node.CompIf, cl);
                    i.Items = new Node[] { ParseOrTest() };
                    items.Add(i);
                }
            }
            c.Items = ToArray(items);
            return c;
        }

        // ---- expressions ----

        private bool AtExprEnd()
        {
            if (_tok.Kind == Token.Newline || _tok.Kind == Token.End) return true;
            if (_tok.Kind == Token.Op)
            {
                string t = _tok.Text;
                return t == ")" || t == "]" || t == "}" || t == "=" || t == ":" || t == ";" || AugOp(t) >= 0;
            }
            return _tok.Kind == Token.Name && (_tok.Text == "in" || _tok.Text == "for");
        }

        private Node ParseYield()
        {
            Node y = new Node(Node.Yield, _tok.Line);
            Advance();
            y.Items = new Node[1];
            if (IsKw("from"))
            {
                Advance();
                y.Op = 1;
                y.Items[0] = ParseTest();
            }
            else if (!AtExprEnd()) y.Items[0] = ParseTestList(false);
            return y;
        }

        private Node ParseTestList()
        {
            return ParseTestList(true);
        }

        // testlist_star_expr (star: `*x` items allowed) or testlist (return, yield, for ... in).
        private Node ParseTestList(bool star)
        {
            int line = _tok.Line;
            if (IsKw("yield"))
            {
                // A yield is a value only where the grammar says yield_expr (right of `=`), not in a testlist.
                if (!star) throw Syntax();
                return ParseYield();
            }
            Node first = star ? ParseStarOr(false) : ParseTest();
            if (!IsOp(",")) return first;
            System.Collections.ArrayList items = new System.Collections.ArrayList();
            items.Add(first);
            while (IsOp(","))
            {
                Advance();
                if (AtExprEnd()) break;
                items.Add(star ? ParseStarOr(false) : ParseTest());
            }
            return MakeConstTuple(items, line);
        }

        // namedexpr_test: test [':=' test]
        private Node ParseNamedExpr()
        {
            Node t = ParseTest();
            return IsOp(":=") ? NamedExprAfter(t) : t;
        }

        private Node NamedExprAfter(Node target)
        {
            Node n = new Node(Node.NamedExpr, target.Line);
            Advance();
            n.Items = new Node[] { target, ParseTest() };
            return n;
        }

        // star_expr ('*' expr) where the grammar allows it, else a test (or an expr for exprlist).
        private Node ParseStarOr(bool exprOnly)
        {
            if (IsOp("*"))
            {
                Node st = new Node(Node.Star, _tok.Line);
                Advance();
                st.Items = new Node[] { ParseExpr() };
                return st;
            }
            return exprOnly ? ParseExpr() : ParseTest();
        }

        // testlist_comp_2: star_expr | namedexpr_test
        private Node ParseStarOrNamed()
        {
            Node t = ParseStarOr(false);
            return IsOp(":=") && t.Kind != Node.Star ? NamedExprAfter(t) : t;
        }

        private Node ParseExprList()
        {
            int line = _tok.Line;
            Node first = ParseStarOr(true);
            if (!IsOp(",")) return first;
            System.Collections.ArrayList items = new System.Collections.ArrayList();
            items.Add(first);
            while (IsOp(","))
            {
                Advance();
                if (AtExprEnd()) break;
                items.Add(ParseStarOr(true));
            }
            return MakeTuple(items, line);
        }

        private Node MakeTuple(System.Collections.ArrayList items, int line)
        {
            Node t = new Node(Node.Tuple, line);
            t.Items = ToArray(items);
            return t;
        }

        // Tuples of constants become one constant object, as the parser's build_tuple does.
        private Node MakeConstTuple(System.Collections.ArrayList items, int line)
        {
            Node t = MakeTuple(items, line);
            for (int i = 0; i < t.Items.Length; i++)
            {
                if (!t.Items[i].IsConst) return t;
            }
            t.Kind = Node.TupleObj;
            return t;
        }

        // Nesting depth of expressions and suites: the parser recurses once per level (about 20 frames per
        // parenthesis); NestingGuard turns input deeper than the thread can take into MicroPython's MemoryError.
        private int _depth;

        private void Enter()
        {
            NestingGuard.Check(++_depth);
        }

        private Node ParseTest()
        {
            Enter();
            try
            {
                return ParseTestInner();
            }
            finally
            {
                _depth--;
            }
        }

        private Node ParseTestInner()
        {
            int line = _tok.Line;
            if (IsKw("lambda"))
            {
                Advance();
                Node lam = new Node(Node.Lambda, line);
                ParseParams(lam, ":");
                ExpectOp(":");
                lam.Items = new Node[] { ParseTest() };
                return lam;
            }
            Node a = ParseOrTest();
            if (IsKw("if"))
            {
                Advance();
                Node cond = ParseOrTest();
                ExpectKw("else");
                Node b = ParseTest();
                Node n = new Node(Node.IfExpr, line);
                n.Items = new Node[] { cond, a, b };
                return n;
            }
            return a;
        }

        private Node ParseOrTest()
        {
            int line = _tok.Line;
            Node a = ParseAndTest();
            if (!IsKw("or")) return a;
            System.Collections.ArrayList items = new System.Collections.ArrayList();
            items.Add(a);
            while (IsKw("or")) { Advance(); items.Add(ParseAndTest()); }
            return FoldLogical(Node.Or, items, line);
        }

        private Node ParseAndTest()
        {
            int line = _tok.Line;
            Node a = ParseNotTest();
            if (!IsKw("and")) return a;
            System.Collections.ArrayList items = new System.Collections.ArrayList();
            items.Add(a);
            while (IsKw("and")) { Advance(); items.Add(ParseNotTest()); }
            return FoldLogical(Node.And, items, line);
        }

        // fold_logical_constants: operands that cannot decide the result are dropped, and evaluation stops
        // at the first constant that decides it (`x or True` keeps both, `False or x` is just x).
        private static Node FoldLogical(int kind, System.Collections.ArrayList items, int line)
        {
            System.Collections.ArrayList kept = new System.Collections.ArrayList();
            for (int i = 0; i < items.Count; i++)
            {
                Node pn = (Node)items[i];
                if (i == items.Count - 1) { kept.Add(pn); break; }
                bool decides = kind == Node.Or ? pn.IsConstTrue : pn.IsConstFalse;
                bool neutral = kind == Node.Or ? pn.IsConstFalse : pn.IsConstTrue;
                if (decides) { kept.Add(pn); break; }
                if (!neutral) kept.Add(pn);
            }
            if (kept.Count == 1) return (Node)kept[0];
            Node n = new Node(kind, line);
            n.Items = ToArray(kept);
            return n;
        }

        private Node ParseNotTest()
        {
            int line = _tok.Line;
            if (IsKw("not"))
            {
                Advance();
                Enter();
                Node operand = ParseNotTest();
                _depth--;
                if (operand.IsConstFalse || operand.IsConstTrue)
                {
                    Node k = new Node(Node.KwConst, line);
                    k.Text = operand.IsConstFalse ? "True" : "False";
                    return k;
                }
                Node n = new Node(Node.Not, line);
                n.Items = new Node[] { operand };
                return n;
            }
            return ParseComparison();
        }

        private int CompOp()
        {
            if (_tok.Kind == Token.Op)
            {
                switch (_tok.Text)
                {
                    case "<": return BinaryOpKind.Less;
                    case ">": return BinaryOpKind.More;
                    case "==": return BinaryOpKind.Equal;
                    case "<=": return BinaryOpKind.LessEqual;
                    case ">=": return BinaryOpKind.MoreEqual;
                    case "!=": return BinaryOpKind.NotEqual;
                }
                return -1;
            }
            if (IsKw("in")) return BinaryOpKind.In;
            if (IsKw("is")) return BinaryOpKind.Is;
            if (IsKw("not")) return Node.OpNotIn;
            return -1;
        }

        private Node ParseComparison()
        {
            int line = _tok.Line;
            Node a = ParseExpr();
            int op = CompOp();
            if (op < 0) return a;
            System.Collections.ArrayList items = new System.Collections.ArrayList();
            System.Collections.ArrayList ops = new System.Collections.ArrayList();
            items.Add(a);
            while ((op = CompOp()) >= 0)
            {
                Advance();
                if (op == Node.OpNotIn) ExpectKw("in");
                else if (op == BinaryOpKind.Is && IsKw("not")) { Advance(); op = Node.OpIsNot; }
                ops.Add(op);
                items.Add(ParseExpr());
            }
            Node n = new Node(Node.Compare, line);
            n.Items = ToArray(items);
            n.Ops = new int[ops.Count];
            for (int i = 0; i < ops.Count; i++) n.Ops[i] = (int)ops[i];
            return n;
        }

        // Binary operator levels, lowest first: '|', '^', '&', shifts, + -, * / // % @.
        private int BinOpAt(int level)
        {
            if (_tok.Kind != Token.Op) return -1;
            string t = _tok.Text;
            switch (level)
            {
                case 0: return t == "|" ? BinaryOpKind.Or : -1;
                case 1: return t == "^" ? BinaryOpKind.Xor : -1;
                case 2: return t == "&" ? BinaryOpKind.And : -1;
                case 3: return t == "<<" ? BinaryOpKind.LShift : t == ">>" ? BinaryOpKind.RShift : -1;
                case 4: return t == "+" ? BinaryOpKind.Add : t == "-" ? BinaryOpKind.Subtract : -1;
                default:
                    return t == "*" ? BinaryOpKind.Multiply : t == "/" ? BinaryOpKind.TrueDivide
                        : t == "//" ? BinaryOpKind.FloorDivide : t == "%" ? BinaryOpKind.Modulo
                        : t == "@" ? BinaryOpKind.MatMultiply : -1;
            }
        }

        // The six binary-operator levels ('|' ... '*'), parsed in one frame: the parser recurses once per level
        // of the source's nesting, and on nanoCLR every frame comes from the heap, so a parenthesis costs six
        // frames fewer than a function per level would. The trees are those of a recursive descent: each
        // level's chain of operands is folded whole or built left-associative (Finish).
        private Node ParseExpr()
        {
            int startLine = _tok.Line;
            System.Collections.ArrayList[] operands = null;
            System.Collections.ArrayList[] ops = null;
            int[] lines = null;
            Node x = ParseFactor();
            int level = 5;
            while (true)
            {
                int op = BinOpAt(level);
                if (op >= 0)
                {
                    Advance();
                    if (operands == null)
                    {
                        operands = new System.Collections.ArrayList[6];
                        ops = new System.Collections.ArrayList[6];
                        lines = new int[6];
                        for (int l = 0; l < 6; l++) lines[l] = startLine;
                    }
                    if (operands[level] == null)
                    {
                        operands[level] = new System.Collections.ArrayList();
                        ops[level] = new System.Collections.ArrayList();
                    }
                    operands[level].Add(x);
                    ops[level].Add(op);
                    // the next operand starts a chain at every level below this one
                    for (int l = level + 1; l < 6; l++)
                    {
                        operands[l] = null;
                        ops[l] = null;
                        lines[l] = _tok.Line;
                    }
                    x = ParseFactor();
                    level = 5;
                    continue;
                }
                if (operands != null && operands[level] != null)
                {
                    operands[level].Add(x);
                    x = Finish(operands[level], ops[level], lines[level]);
                    operands[level] = null;
                    ops[level] = null;
                }
                if (level == 0) return x;
                level--;
            }
        }

        // One level's chain: folded only when every operand is an integer constant and every step succeeds.
        private static Node Finish(System.Collections.ArrayList operands, System.Collections.ArrayList ops, int line)
        {
            Node acc = (Node)operands[0];
            Node folded = acc;
            for (int i = 0; folded != null && i < ops.Count; i++)
            {
                folded = Folder.Binary((int)ops[i], folded, (Node)operands[i + 1], line);
            }
            if (folded != null) return folded;
            for (int i = 0; i < ops.Count; i++)
            {
                Node n = new Node(Node.BinOp, line);
                n.Op = (int)ops[i];
                n.Items = new Node[] { acc, (Node)operands[i + 1] };
                acc = n;
            }
            return acc;
        }

        private Node ParseFactor()
        {
            int line = _tok.Line;
            if (IsOp("-") || IsOp("+") || IsOp("~"))
            {
                string t = _tok.Text;
                Advance();
                Enter();
                Node a = ParseFactor();
                _depth--;
                int op = t == "-" ? UnaryOpKind.Negative : t == "+" ? UnaryOpKind.Positive : UnaryOpKind.Invert;
                Node f = Folder.Unary(op, a, line);
                if (f != null) return f;
                Node n = new Node(Node.Unary, line);
                n.Op = op;
                n.Items = new Node[] { a };
                return n;
            }
            return ParsePower();
        }

        private Node ParsePower()
        {
            int line = _tok.Line;
            Node a = ParseAtomExpr();
            if (!IsOp("**")) return a;
            Advance();
            Enter();
            Node b = ParseFactor();
            _depth--;
            Node f = Folder.Binary(BinaryOpKind.Power, a, b, line);
            if (f != null) return f;
            Node n = new Node(Node.BinOp, line);
            n.Op = BinaryOpKind.Power;
            n.Items = new Node[] { a, b };
            return n;
        }

        private Node ParseAtomExpr()
        {
            if (IsKw("await"))
            {
                // atom_expr_await: 'await' atom trailer*
                Node aw = new Node(Node.Await, _tok.Line);
                Advance();
                aw.Items = new Node[] { ParseAtomExprNormal() };
                return aw;
            }
            return ParseAtomExprNormal();
        }

        private Node ParseAtomExprNormal()
        {
            int line = _tok.Line;
            Node atom = ParseAtom();
            if (!(IsOp("(") || IsOp("[") || IsOp("."))) return atom;
            System.Collections.ArrayList items = new System.Collections.ArrayList();
            items.Add(atom);
            while (true)
            {
                int tl = _tok.Line;
                if (IsOp("("))
                {
                    items.Add(ParseAtomExprTrailerCall());
                }
                else if (IsOp("["))
                {
                    Advance();
                    Node s = new Node(Node.TrSubscr, tl);
                    s.Items = new Node[] { ParseSubscript() };
                    ExpectOp("]");
                    items.Add(s);
                }
                else if (IsOp("."))
                {
                    Advance();
                    Node at = new Node(Node.TrAttr, tl);
                    at.Text = ExpectName();
                    items.Add(at);
                }
                else break;
            }
            if (items.Count == 2 && atom.Kind == Node.Name && atom.Text == "math" && ((Node)items[1]).Kind == Node.TrAttr)
            {
                // MICROPY_COMP_MODULE_CONST: `math.X` alone, X a float constant of the math module, is that float.
                double v = MathConstant(((Node)items[1]).Text);
                if (!double.IsNaN(v)) return Folder.FloatNode(v, 0);
                if (((Node)items[1]).Text == "nan")
                {
                    Node nan = Folder.FloatNode(double.NaN, 0);
                    nan.Identity = MathNan;
                    return nan;
                }
            }
            Node n = new Node(Node.AtomExpr, line);
            n.Items = ToArray(items);
            return n;
        }

        // The math module's single nan object: every `math.nan` is this object.
        private static readonly object MathNan = new object();

        private static double MathConstant(string name)
        {
            switch (name)
            {
                case "pi": return System.Math.PI;
                case "e": return System.Math.E;
                case "tau": return 2 * System.Math.PI;
                case "inf": return double.PositiveInfinity;
            }
            return double.NaN;
        }

        // subscriptlist: one subscript, or several (slices allowed) making a tuple.
        private Node ParseSubscript()
        {
            int line = _tok.Line;
            Node first = ParseSubscriptItem();
            if (!IsOp(",")) return first;
            System.Collections.ArrayList items = new System.Collections.ArrayList();
            items.Add(first);
            while (IsOp(","))
            {
                Advance();
                if (IsOp("]")) break;
                items.Add(ParseSubscriptItem());
            }
            return MakeConstTuple(items, line);
        }

        private Node ParseSubscriptItem()
        {
            int line = _tok.Line;
            Node first = IsOp(":") ? null : ParseTest();
            if (!IsOp(":")) return first;
            Advance();
            Node sl = new Node(Node.Slice, line);
            Node stop = IsOp(":") || IsOp("]") || IsOp(",") ? null : ParseTest();
            Node step = null;
            if (IsOp(":"))
            {
                Advance();
                if (!IsOp("]") && !IsOp(",")) step = ParseTest();
            }
            sl.Items = new Node[] { first, stop, step };
            return sl;
        }

        private Node ParseAtomExprTrailerCall()
        {
            int tl = _tok.Line;
            Advance();
            Node call = new Node(Node.TrCall, tl);
            System.Collections.ArrayList args = new System.Collections.ArrayList();
            System.Collections.ArrayList kws = new System.Collections.ArrayList();
            System.Collections.ArrayList kinds = new System.Collections.ArrayList();
            while (!IsOp(")"))
            {
                int kind = Node.ArgPlain;
                string kw = null;
                Node arg;
                if (IsOp("*") || IsOp("**"))
                {
                    kind = IsOp("*") ? Node.ArgStar : Node.ArgDblStar;
                    Advance();
                    arg = ParseTest();
                }
                else
                {
                    int argLine = _tok.Line;
                    arg = ParseTest();
                    if (IsKw("for"))
                    {
                        arg = ParseComp(Scope.KindGenExpr, arg, null, 0, argLine);
                        arg.BareGen = true;
                    }
                    else if (IsOp(":=")) arg = NamedExprAfter(arg);
                    else if (IsOp("="))
                    {
                        // A bad left-hand side is a compile error (reported after the whole file parsed).
                        kind = arg.Kind == Node.Name ? Node.ArgKeyword : Node.ArgBadKeyword;
                        kw = arg.Kind == Node.Name ? arg.Text : null;
                        Node lhs = arg;
                        Advance();
                        arg = ParseTest();
                        if (kind == Node.ArgBadKeyword) arg = new Node(Node.Pass, argLine); // only its line is used
                    }
                }
                args.Add(arg);
                kws.Add(kw);
                kinds.Add(kind);
                if (!IsOp(",")) break;
                Advance();
            }
            ExpectOp(")");
            call.Items = ToArray(args);
            call.KwNames = Strings(kws);
            call.ArgKinds = new int[kinds.Count];
            for (int i = 0; i < kinds.Count; i++) call.ArgKinds[i] = (int)kinds[i];
            return call;
        }

        private static Node Pair(Node key, Node value)
        {
            Node p = new Node(Node.DictPair, key.Line);
            p.Items = new Node[] { key, value };
            return p;
        }

        private Node ParseAtom()
        {
            Token t = _tok;
            int line = t.Line;
            switch (t.Kind)
            {
                case Token.Name:
                    if (t.Text == "None" || t.Text == "True" || t.Text == "False")
                    {
                        Advance();
                        Node k = new Node(Node.KwConst, line);
                        k.Text = t.Text;
                        return k;
                    }
                    {
                        Node n = new Node(Node.Name, line);
                        n.Text = ExpectName();
                        if (_consts != null && _consts.Contains(n.Text)) return ConstValue((Node)_consts[n.Text], line);
                        return n;
                    }
                case Token.Int:
                    if (t.Error != null) throw t.Error;
                    Advance();
                    if (t.Big) return Folder.BigNode(t.BigValue, line);
                    return Folder.IntNode(t.IntValue, line);
                case Token.Float:
                    {
                        if (t.Error != null) throw t.Error;
                        Advance();
                        if (t.Imag)
                        {
                            Node c = new Node(Node.ComplexObj, line);
                            c.FloatValue = t.FloatValue;
                            return c;
                        }
                        return Folder.FloatNode(t.FloatValue, line);
                    }
                case Token.Str:
                    {
                        Advance();
                        string s = Utf8.DecodeSource(t.Data, 0, t.Data.Length);
                        if (t.Data.Length <= 10) _interned[s] = true;
                        if (_interned.Contains(s))
                        {
                            Node q = new Node(Node.StrQstr, line);
                            q.Text = s;
                            q.Data = t.Data;
                            return q;
                        }
                        Node so = new Node(Node.StrObj, line);
                        so.Data = t.Data;
                        return so;
                    }
                case Token.Bytes:
                    {
                        Advance();
                        Node bo = new Node(Node.BytesObj, line);
                        bo.Data = t.Data;
                        return bo;
                    }
                case Token.Op:
                    if (t.Text == "(")
                    {
                        Advance();
                        if (IsOp(")"))
                        {
                            Advance();
                            Node e = new Node(Node.Tuple, line);
                            e.Items = new Node[0];
                            e.Paren = true;
                            return e;
                        }
                        if (IsKw("yield"))
                        {
                            Node yv = ParseYield();
                            ExpectOp(")");
                            return yv;
                        }
                        int firstLine = _tok.Line;
                        Node inner = ParseStarOrNamed();
                        if (IsKw("for"))
                        {
                            inner = ParseComp(Scope.KindGenExpr, inner, null, line, firstLine);
                            ExpectOp(")");
                            return inner;
                        }
                        if (IsOp(","))
                        {
                            System.Collections.ArrayList items = new System.Collections.ArrayList();
                            items.Add(inner);
                            // A constant tuple takes the line of the rule that built it: testlist_comp (first
                            // item) for `(a,)` and `(a, b)`; the list after the first comma (second item) when
                            // that list has several items or a trailing comma, `(a, b, c)`, `(a, b,)`.
                            int secondLine = firstLine;
                            bool trailing = false;
                            while (IsOp(","))
                            {
                                Advance();
                                if (IsOp(")")) { trailing = true; break; }
                                if (items.Count == 1) secondLine = _tok.Line;
                                items.Add(ParseStarOrNamed());
                            }
                            inner = MakeConstTuple(items, line);
                            if (inner.Kind == Node.TupleObj) inner.Line = items.Count >= 3 || items.Count == 2 && trailing ? secondLine : firstLine;
                            inner.Paren = true;
                        }
                        ExpectOp(")");
                        return inner;
                    }
                    if (t.Text == "[")
                    {
                        Advance();
                        int firstLine = _tok.Line;
                        System.Collections.ArrayList items = new System.Collections.ArrayList();
                        while (!IsOp("]"))
                        {
                            items.Add(ParseStarOrNamed());
                            if (items.Count == 1 && IsKw("for"))
                            {
                                Node lc = ParseComp(Scope.KindListComp, (Node)items[0], null, line, firstLine);
                                ExpectOp("]");
                                return lc;
                            }
                            if (!IsOp(",")) break;
                            Advance();
                        }
                        ExpectOp("]");
                        Node l = new Node(Node.List, line);
                        l.Items = ToArray(items);
                        return l;
                    }
                    if (t.Text == "{")
                    {
                        Advance();
                        if (IsOp("}"))
                        {
                            Advance();
                            Node empty = new Node(Node.Dict, line);
                            empty.Items = new Node[0];
                            return empty;
                        }
                        int itemLine = _tok.Line;
                        Node k0 = ParseTest();
                        if (IsKw("for"))
                        {
                            Node sc = ParseComp(Scope.KindSetComp, k0, null, line, itemLine);
                            ExpectOp("}");
                            return sc;
                        }
                        bool isDict = IsOp(":");
                        if (isDict)
                        {
                            Advance();
                            Node v0 = ParseTest();
                            if (IsKw("for"))
                            {
                                Node dc = ParseComp(Scope.KindDictComp, k0, v0, line, itemLine);
                                ExpectOp("}");
                                return dc;
                            }
                            k0 = Pair(k0, v0);
                        }
                        // The grammar takes key: value and plain items mixed; the compiler rejects the mix.
                        System.Collections.ArrayList items = new System.Collections.ArrayList();
                        items.Add(k0);
                        string mixed = null;
                        while (IsOp(","))
                        {
                            Advance();
                            if (IsOp("}")) break;
                            Node k = ParseTest();
                            if (IsOp(":"))
                            {
                                Advance();
                                k = Pair(k, ParseTest());
                                if (!isDict && mixed == null) mixed = "expecting just a value for set";
                            }
                            else if (isDict && mixed == null) mixed = "expecting key:value for dict";
                            items.Add(k);
                        }
                        ExpectOp("}");
                        Node d = new Node(isDict ? Node.Dict : Node.Set, line);
                        if (mixed != null)
                        {
                            d.Text = mixed;
                            d.IntValue = itemLine;
                        }
                        if (!isDict)
                        {
                            d.Items = ToArray(items);
                            return d;
                        }
                        System.Collections.ArrayList flat = new System.Collections.ArrayList();
                        for (int i = 0; i < items.Count; i++)
                        {
                            Node it = (Node)items[i];
                            flat.Add(it.Kind == Node.DictPair ? it.Items[0] : it);
                            flat.Add(it.Kind == Node.DictPair ? it.Items[1] : null);
                        }
                        d.Items = ToArray(flat);
                        return d;
                    }
                    if (t.Text == "...")
                    {
                        Advance();
                        Node k = new Node(Node.KwConst, line);
                        k.Text = "...";
                        return k;
                    }
                    break;
            }
            throw Syntax();
        }
    }
}
