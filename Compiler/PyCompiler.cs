namespace NanoMpy.Compiler
{
    // Walks the parse tree once per pass per scope, following py/compile.c's structure, and drives the
    // Emitter. Entry point: PyCompiler.Compile(source, sourceName) -> .mpy v6 bytes identical to mpy-cross.
    public sealed class PyCompiler
    {
        private readonly ModuleTables _tables;
        private readonly Emitter _emit;
        private Scope _head;
        private Scope _tail;
        private Scope _cur;
        private int _nextLabel;
        private int _breakLabel = -1;
        private int _continueLabel = -1;
        private bool _breakFromFor;
        private int _exceptLevel;
        private int _breakExceptLevel;

        private PyCompiler(string sourceName)
        {
            _tables = new ModuleTables(sourceName);
            _emit = new Emitter(_tables);
        }

        public const int ModeExec = 0;
        public const int ModeEval = 1;   // one expression; the module code returns its value
        public const int ModeSingle = 2; // the REPL: expression statements at module level print their value
        // The REPL's paste mode: file input compiled as REPL code (pyexec.c EXEC_FLAG_IS_REPL): expression
        // statements print too, except lone constants, which the parser drops from file input.
        public const int ModeFileRepl = 3;

        private int _mode;

        // micropython.opt_level() (MP_STATE_VM(mp_optimise_value)): 1+ drops asserts and makes __debug__
        // False, 3 drops line numbers. Read when a compile starts.
        public static int OptLevel;

        public static byte[] Compile(string source, string sourceName)
        {
            return Compile(source, sourceName, ModeExec);
        }

        public static byte[] Compile(string source, string sourceName, int mode)
        {
            Node root = mode == ModeEval ? Parser.ParseEval(source, sourceName)
                : mode == ModeSingle ? Parser.ParseSingle(source, sourceName) : Parser.ParseModule(source, sourceName);
            PyCompiler c = new PyCompiler(sourceName);
            c._mode = mode;
            Scope module = new Scope(Scope.KindModule, root, "<module>");
            c.Link(module);
            for (Scope s = c._head; s != null; s = s.Next)
            {
                c.CompileScope(s, Emitter.PassScope);
                s.CloseOverImplicitGlobals();
            }
            for (Scope s = c._head; s != null; s = s.Next) s.ComputeThings();
            for (Scope s = c._head; s != null; s = s.Next)
            {
                c.CompileScope(s, Emitter.PassStackSize);
                c.CompileScope(s, Emitter.PassCodeSize);
                while (!c.CompileScope(s, Emitter.PassEmit)) { }
            }
            return MpyWriter.Write(c._tables, module);
        }

        private void Link(Scope s)
        {
            if (_head == null) _head = s;
            else _tail.Next = s;
            _tail = s;
        }

        private int NewLabel()
        {
            int l = _nextLabel++;
            _emit.EnsureLabels(_nextLabel);
            return l;
        }

        private bool CompileScope(Scope scope, int pass)
        {
            try
            {
                return CompileScopeBody(scope, pass);
            }
            catch (CompileError e)
            {
                if (e.Line != 0) throw;
                // No statement gave it a line: the scope's node does (a one-statement module is that statement).
                Node pn = scope.Pn;
                if (scope.Kind == Scope.KindModule && pn.Items.Length > 0) pn = pn.Items[0];
                throw new CompileError(e.Kind, e.Text, pn.Line);
            }
        }

        private bool CompileScopeBody(Scope scope, int pass)
        {
            _cur = scope;
            _nextLabel = 0;
            _emit.StartPass(pass, scope);
            if (pass == Emitter.PassScope)
            {
                scope.StackSize = 0;
                scope.ExcStackSize = 0;
            }
            if (scope.Kind == Scope.KindModule)
            {
                CompileBlock(scope.Pn);
            }
            else if (scope.Kind == Scope.KindClass)
            {
                if (pass == Emitter.PassScope) scope.FindOrAdd("__class__", Scope.IdLocal);
                LoadId("__name__");
                StoreId("__module__");
                _emit.LoadConstStr(scope.Pn.Text);
                StoreId("__qualname__");
                CompileBlock(scope.Pn.Items[0]);
                int cls = scope.Find("__class__");
                if (scope.IdKinds[cls] == Scope.IdLocal) _emit.LoadConstTok("None");
                else _emit.LoadFast(scope.IdLocalNum[cls]);
                _emit.ReturnValue();
                return _emit.EndPass();
            }
            else if (scope.IsCompLike)
            {
                CompileCompScope(scope, pass);
                return _emit.EndPass();
            }
            else
            {
                if (pass == Emitter.PassScope)
                {
                    string[] ps = scope.Pn.Params;
                    bool haveStar = false;
                    for (int i = 0; i < ps.Length; i++)
                    {
                        // **kwargs must be the last parameter.
                        if ((scope.ScopeFlags & Scope.FlagVarKeywords) != 0) throw Error("invalid syntax", scope.Pn);
                        int kind = scope.Pn.ParamKinds[i];
                        if (kind == Node.ParamPlain)
                        {
                            if (haveStar) scope.NumKwOnlyArgs++;
                            else scope.NumPosArgs++;
                        }
                        else if (kind == Node.ParamStar)
                        {
                            if (haveStar) throw Error("invalid syntax", scope.Pn);
                            haveStar = true;
                            if (ps[i] != null) scope.ScopeFlags |= Scope.FlagVarArgs;
                        }
                        else scope.ScopeFlags |= Scope.FlagVarKeywords;
                        if (ps[i] == null) continue;
                        if (scope.Find(ps[i]) >= 0) throw Error("argument name reused", scope.Pn);
                        int id = scope.FindOrAdd(ps[i], Scope.IdLocal);
                        scope.IdIsParam[id] = true;
                        scope.IdIsStar[id] = kind != Node.ParamPlain;
                        if (kind == Node.ParamDblStar) scope.DblStarId = id;
                    }
                }
                if (scope.Kind == Scope.KindLambda)
                {
                    _emit.SetSourceLine(scope.Pn.Line);
                    CompileExpr(scope.Pn.Items[0]);
                    if ((scope.ScopeFlags & Scope.FlagGenerator) != 0)
                    {
                        // A generator lambda returns None, not its expression's value.
                        _emit.PopTop();
                        _emit.LoadConstTok("None");
                    }
                    _emit.ReturnValue();
                    return _emit.EndPass();
                }
                CompileBlock(scope.Pn.Items[0]);
            }
            _emit.LoadConstTok("None");
            _emit.ReturnValue();
            return _emit.EndPass();
        }

        // A leaf node has no line in MicroPython: the error then gets one from its statement or scope.
        private CompileError Error(string msg, Node n)
        {
            return new CompileError("SyntaxError", msg, n.IsLeaf ? 0 : n.Line);
        }

        // ---- names ----

        private void LoadId(string name)
        {
            Scope s = _cur;
            int id = _emit.Pass == Emitter.PassScope ? s.FindOrAdd(name, Scope.IdGlobalImplicit) : s.Find(name);
            // Names only reach the qstr table from the STACK_SIZE pass on, as in compile.c.
            if (_emit.Pass == Emitter.PassScope) return;
            int kind = s.IdKinds[id];
            if (kind == Scope.IdGlobalImplicit || kind == Scope.IdGlobalImplicitAssigned) _emit.LoadName(name);
            else if (kind == Scope.IdGlobalExplicit) _emit.LoadGlobal(name);
            else if (kind == Scope.IdLocal) _emit.LoadFast(s.IdLocalNum[id]);
            else _emit.LoadDeref(s.IdLocalNum[id]);
        }

        private void StoreId(string name)
        {
            Scope s = _cur;
            int id;
            if (_emit.Pass == Emitter.PassScope)
            {
                id = s.FindOrAdd(name, Scope.IdGlobalImplicit);
                if (s.IdKinds[id] == Scope.IdGlobalImplicit)
                {
                    s.IdKinds[id] = s.IsFuncLike ? Scope.IdLocal : Scope.IdGlobalImplicitAssigned;
                }
            }
            else id = s.Find(name);
            if (_emit.Pass == Emitter.PassScope) return;
            int kind = s.IdKinds[id];
            if (kind == Scope.IdGlobalImplicit || kind == Scope.IdGlobalImplicitAssigned) _emit.StoreName(name);
            else if (kind == Scope.IdGlobalExplicit) _emit.StoreGlobal(name);
            else if (kind == Scope.IdLocal) _emit.StoreFast(s.IdLocalNum[id]);
            else _emit.StoreDeref(s.IdLocalNum[id]);
        }

        // ---- statements ----

        // An error found at a leaf (no line of its own, Line 0) takes the line of the innermost statement that
        // sits in a block of two or more (compile_generic_all_nodes), else that of its scope (see CompileScope).
        private void CompileBlock(Node block)
        {
            if (block == null) return;
            if (block.Items.Length < 2)
            {
                for (int i = 0; i < block.Items.Length; i++) CompileStmt(block.Items[i]);
                return;
            }
            for (int i = 0; i < block.Items.Length; i++)
            {
                try
                {
                    CompileStmt(block.Items[i]);
                }
                catch (CompileError e)
                {
                    if (e.Line != 0) throw;
                    throw new CompileError(e.Kind, e.Text, block.Items[i].Line);
                }
            }
        }

        private void CompileStmt(Node n)
        {
            NestingGuard.Check(++_depth);
            try
            {
                CompileStmtInner(n);
            }
            finally
            {
                _depth--;
            }
        }

        private void CompileStmtInner(Node n)
        {
            _emit.SetSourceLine(n.Line);
            switch (n.Kind)
            {
                case Node.ExprStmt:
                    {
                        Node e = n.Items[0];
                        bool lone = e.IsLeaf && e.Kind != Node.Name || e.Kind >= Node.IntObj && e.Kind <= Node.FloatObj || e.Kind == Node.TupleObj || e.Kind == Node.ComplexObj || e.Kind == Node.ObjConst;
                        if ((_mode == ModeSingle || _mode == ModeFileRepl && !lone) && _cur.Kind == Scope.KindModule)
                        {
                            // compile.c in REPL mode: __repl_print__(expr)
                            LoadId("__repl_print__");
                            CompileExpr(e);
                            _emit.CallFunction(1, 0, false);
                            _emit.PopTop();
                            return;
                        }
                        if (lone) return;
                        CompileExpr(e);
                        _emit.PopTop();
                        return;
                    }
                case Node.Assign:
                    {
                        int rhs = n.Items.Length - 1;
                        Node l0 = n.Items[0], r0 = n.Items[rhs];
                        if (rhs == 1 && l0.Kind == Node.Tuple && !l0.Paren && r0.Kind == Node.Tuple && !r0.Paren
                            && l0.Items.Length == r0.Items.Length && (l0.Items.Length == 2 || l0.Items.Length == 3)
                            && !HasStar(l0) && !HasStar(r0))
                        {
                            // `a, b = b, a` without building a tuple (MICROPY_COMP_DOUBLE/TRIPLE_TUPLE_ASSIGN).
                            for (int i = 0; i < r0.Items.Length; i++) CompileExpr(r0.Items[i]);
                            if (r0.Items.Length == 3) _emit.RotThree();
                            _emit.RotTwo();
                            for (int i = 0; i < l0.Items.Length; i++) Assign(l0.Items[i]);
                            return;
                        }
                        CompileExpr(n.Items[rhs]);
                        if (rhs > 1) _emit.DupTop();
                        Assign(n.Items[0]);
                        for (int i = 1; i < rhs; i++)
                        {
                            if (i + 1 < rhs) _emit.DupTop();
                            Assign(n.Items[i]);
                        }
                        return;
                    }
                case Node.AugAssign:
                    AugAssign(n);
                    return;
                case Node.Pass:
                    return;
                case Node.AnnLocal:
                    // An annotation without a value only declares the name local (in a function).
                    if (_emit.Pass == Emitter.PassScope && _cur.Kind == Scope.KindFunction && n.Text != null) _cur.FindOrAdd(n.Text, Scope.IdLocal);
                    return;
                case Node.With:
                    if (!n.Async) CompileWith(n, 1);
                    else
                    {
                        CheckAsync(n);
                        CompileAsyncWith(n, 1);
                    }
                    return;
                case Node.Try:
                    if (n.Items[2] != null) CompileTryFinally(n);
                    else CompileTryExcept(n);
                    return;
                case Node.Raise:
                    for (int i = 0; i < n.Items.Length; i++) CompileExpr(n.Items[i]);
                    _emit.RaiseVarargs(n.Items.Length);
                    return;
                case Node.Assert:
                    {
                        if (OptLevel != 0) return;
                        int lEnd = NewLabel();
                        IfCond(n.Items[0], true, lEnd);
                        _emit.LoadGlobal("AssertionError");
                        if (n.Items[1] != null)
                        {
                            CompileExpr(n.Items[1]);
                            _emit.CallFunction(1, 0, false);
                        }
                        _emit.RaiseVarargs(1);
                        _emit.LabelAssign(lEnd);
                        return;
                    }
                case Node.Del:
                    for (int i = 0; i < n.Items.Length; i++) Delete(n.Items[i]);
                    return;
                case Node.Import:
                    for (int i = 0; i < n.Params.Length; i++)
                    {
                        string full = n.Params[i];
                        _emit.LoadConstSmallInt(0);
                        _emit.LoadConstTok("None");
                        _emit.ImportName(full);
                        int dot = full.IndexOf('.');
                        if (n.KwNames[i] == null)
                        {
                            StoreId(dot < 0 ? full : full.Substring(0, dot));
                            continue;
                        }
                        // `import a.b.c as d` binds the innermost module: walk the attributes after the first.
                        while (dot >= 0)
                        {
                            int next = full.IndexOf('.', dot + 1);
                            _emit.LoadAttr(next < 0 ? full.Substring(dot + 1) : full.Substring(dot + 1, next - dot - 1));
                            dot = next;
                        }
                        StoreId(n.KwNames[i]);
                    }
                    return;
                case Node.ImportFrom:
                    _emit.LoadConstSmallInt(n.IntValue);
                    if (n.Params == null)
                    {
                        if (_cur.Kind != Scope.KindModule) throw Error("import * not at module level", n);
                        _emit.LoadConstStr("*");
                        _emit.BuildTuple(1);
                        _emit.ImportName(n.Text == null ? "" : n.Text);
                        _emit.ImportStar();
                        return;
                    }
                    for (int i = 0; i < n.Params.Length; i++) _emit.LoadConstStr(n.Params[i]);
                    _emit.BuildTuple(n.Params.Length);
                    _emit.ImportName(n.Text == null ? "" : n.Text);
                    for (int i = 0; i < n.Params.Length; i++)
                    {
                        _emit.ImportFrom(n.Params[i]);
                        StoreId(n.KwNames[i] != null ? n.KwNames[i] : n.Params[i]);
                    }
                    _emit.PopTop();
                    return;
                case Node.Global:
                    if (_emit.Pass == Emitter.PassScope) DeclareGlobals(n);
                    return;
                case Node.Nonlocal:
                    if (_cur.Kind == Scope.KindModule) throw Error("can't declare nonlocal in outer code", n);
                    if (_emit.Pass == Emitter.PassScope) DeclareNonlocals(n);
                    return;
                case Node.If:
                    CompileIf(n);
                    return;
                case Node.While:
                    CompileWhile(n);
                    return;
                case Node.For:
                    if (!n.Async) CompileFor(n);
                    else
                    {
                        CheckAsync(n);
                        CompileAsyncFor(n);
                    }
                    return;
                case Node.Def:
                    CompileDef(n);
                    StoreId(n.Text);
                    return;
                case Node.Decorated:
                    {
                        int nd = n.Items.Length - 1;
                        int nCalls = 0;
                        for (int i = 0; i < nd; i++)
                        {
                            Node d = n.Items[i];
                            if (BuiltInDecorator(d)) continue;
                            nCalls++;
                            if (d.Kind == Node.Name) LoadId(d.Text);
                            else
                            {
                                // A dotted name loads attribute by attribute; a call is compiled as a trailer.
                                LoadId(d.Items[0].Text);
                                for (int j = 1; j < d.Items.Length; j++)
                                {
                                    Node tr = d.Items[j];
                                    if (tr.Kind == Node.TrAttr) _emit.LoadAttr(tr.Text);
                                    else
                                    {
                                        _emit.SetSourceLine(tr.Line);
                                        CompileCall(tr, false, 0);
                                    }
                                }
                            }
                        }
                        Node body = n.Items[nd];
                        if (body.Kind == Node.Def) CompileDef(body);
                        else CompileClass(body);
                        for (int i = 0; i < nCalls; i++) _emit.CallFunction(1, 0, false);
                        StoreId(body.Text);
                        return;
                    }
                case Node.Class:
                    CompileClass(n);
                    StoreId(n.Text);
                    return;
                case Node.Return:
                    if (_cur.Kind != Scope.KindFunction && !(_mode == ModeEval && _cur.Kind == Scope.KindModule))
                    {
                        throw Error("'return' outside function", n);
                    }
                    if (n.Items[0] == null) _emit.LoadConstTok("None");
                    else if (n.Items[0].Kind == Node.IfExpr)
                    {
                        // `return a if c else b` returns from each branch (MICROPY_COMP_RETURN_IF_EXPR).
                        Node ie = n.Items[0];
                        _emit.SetSourceLine(ie.Line);
                        int lFail = NewLabel();
                        IfCond(ie.Items[0], false, lFail);
                        CompileExpr(ie.Items[1]);
                        _emit.ReturnValue();
                        _emit.LabelAssign(lFail);
                        CompileExpr(ie.Items[2]);
                    }
                    else CompileExpr(n.Items[0]);
                    _emit.ReturnValue();
                    return;
                case Node.Break:
                    if (_breakLabel < 0) throw Error("'break'/'continue' outside loop", n);
                    _emit.UnwindJump(_breakLabel, _breakFromFor, _exceptLevel - _breakExceptLevel);
                    return;
                case Node.Continue:
                    if (_continueLabel < 0) throw Error("'break'/'continue' outside loop", n);
                    _emit.UnwindJump(_continueLabel, false, _exceptLevel - _breakExceptLevel);
                    return;
            }
            throw Error("unsupported statement", n);
        }

        // `@micropython.X` (compile_built_in_decorator): bytecode is the default and emits nothing; the native
        // emitters need an architecture, which this compiler (like mpy-cross without -march) does not have.
        private bool BuiltInDecorator(Node d)
        {
            Node first = d.Kind == Node.Name ? d : d.Items[0];
            if (first.Text != "micropython") return false;
            int nNames = 1;
            if (d.Kind == Node.AtomExpr)
            {
                while (nNames < d.Items.Length && d.Items[nNames].Kind == Node.TrAttr) nNames++;
            }
            // The names are leaves: these errors have no line of their own.
            if (nNames != 2) throw new CompileError("SyntaxError", "invalid micropython decorator", 0);
            switch (d.Items[1].Text)
            {
                case "bytecode": return true;
                case "native": case "viper": case "asm_thumb": case "asm_xtensa": case "asm_rv32":
                    throw new CompileError("SyntaxError", "invalid arch", 0);
            }
            throw new CompileError("SyntaxError", "invalid micropython decorator", 0);
        }

        private void CompileClass(Node n)
        {
            Scope child;
            if (_emit.Pass == Emitter.PassScope)
            {
                child = new Scope(Scope.KindClass, n, n.Text);
                child.Parent = _cur;
                _defScopes[n] = child;
                Link(child);
            }
            else child = (Scope)_defScopes[n];
            _emit.LoadBuildClass();
            CloseOver(child, false);
            _emit.LoadConstStr(n.Text);
            Node bases = n.Items[1];
            if (bases == null) _emit.CallFunction(2, 0, false);
            else
            {
                CompileCall(bases, false, 2);
            }
        }

        private void Assign(Node t)
        {
            switch (t.Kind)
            {
                case Node.Name:
                    StoreId(t.Text);
                    return;
                case Node.Tuple:
                case Node.List:
                    {
                        // c_assign_tuple: one `*x` target makes it UNPACK_EX with the counts either side.
                        if (t.Kind == Node.Tuple && t.Paren && t.Items.Length == 0) break;
                        int star = -1;
                        for (int i = 0; i < t.Items.Length; i++)
                        {
                            if (t.Items[i].Kind != Node.Star) continue;
                            if (star >= 0) throw Error("multiple *x in assignment", t.Items[i]);
                            _emit.UnpackEx(i, t.Items.Length - i - 1);
                            star = i;
                        }
                        if (star < 0) _emit.UnpackSequence(t.Items.Length);
                        for (int i = 0; i < t.Items.Length; i++) Assign(i == star ? t.Items[i].Items[0] : t.Items[i]);
                        return;
                    }
                case Node.AtomExpr:
                    {
                        int last = t.Items.Length - 1;
                        Node tr = t.Items[last];
                        if (tr.Kind == Node.TrCall) break;
                        CompileTrailers(t, last, false);
                        if (tr.Kind == Node.TrAttr)
                        {
                            _emit.StoreAttr(tr.Text);
                        }
                        else
                        {
                            CompileExpr(tr.Items[0]);
                            _emit.StoreSubscr();
                        }
                        return;
                    }
            }
            throw Error("can't assign to expression", t);
        }

        private static bool HasStar(Node tuple)
        {
            for (int i = 0; i < tuple.Items.Length; i++)
            {
                if (tuple.Items[i].Kind == Node.Star) return true;
            }
            return false;
        }

        private void IncreaseExceptLevel(int label, bool isFinally)
        {
            _emit.SetupBlock(label, isFinally);
            _exceptLevel++;
            if (_exceptLevel > _cur.ExcStackSize) _cur.ExcStackSize = _exceptLevel;
        }

        private void DecreaseExceptLevel()
        {
            _exceptLevel--;
            _emit.EndFinally();
        }

        private void CompileTryExcept(Node n)
        {
            int l1 = NewLabel();
            int success = NewLabel();
            IncreaseExceptLevel(l1, false);
            CompileBlock(n.Items[0]);
            _emit.PopExceptJump(success);
            _emit.LabelAssign(l1);
            _emit.AdjustStack(4);
            int l2 = NewLabel();
            int count = n.Items.Length - 3;
            for (int i = 0; i < count; i++)
            {
                Node ex = n.Items[3 + i];
                string asName = ex.Text;
                int endFinally = NewLabel();
                if (ex.Items[0] == null)
                {
                    if (i + 1 != count) throw Error("default 'except' must be last", ex);
                }
                else
                {
                    _emit.DupTop();
                    CompileExpr(ex.Items[0]);
                    _emit.BinaryOp(BinaryOpKind.ExceptionMatch);
                    _emit.PopJumpIf(false, endFinally);
                }
                if (asName == null) _emit.PopTop();
                else StoreId(asName);
                int l3 = 0;
                if (asName != null)
                {
                    l3 = NewLabel();
                    IncreaseExceptLevel(l3, true);
                }
                CompileBlock(ex.Items[1]);
                if (asName != null)
                {
                    _emit.LoadConstTok("None");
                    _emit.LabelAssign(l3);
                    _emit.AdjustStack(1);
                    _emit.LoadConstTok("None");
                    StoreId(asName);
                    Node nm = new Node(Node.Name, ex.Line);
                    nm.Text = asName;
                    Delete(nm);
                    _emit.AdjustStack(-1);
                    DecreaseExceptLevel();
                }
                _emit.PopExceptJump(l2);
                _emit.LabelAssign(endFinally);
                _emit.AdjustStack(1);
            }
            DecreaseExceptLevel();
            _emit.AdjustStack(-3);
            _emit.LabelAssign(success);
            CompileBlock(n.Items[1]);
            _emit.LabelAssign(l2);
        }

        private void CompileWith(Node n, int at)
        {
            if (at == n.Items.Length)
            {
                CompileBlock(n.Items[0]);
                return;
            }
            int lEnd = NewLabel();
            CompileExpr(n.Items[at]);
            _emit.SetupWith(lEnd);
            _exceptLevel++;
            if (_exceptLevel > _cur.ExcStackSize) _cur.ExcStackSize = _exceptLevel;
            if (n.Items[at + 1] != null) Assign(n.Items[at + 1]);
            else _emit.PopTop();
            CompileWith(n, at + 2);
            _emit.LoadConstTok("None");
            _emit.LabelAssign(lEnd);
            _emit.WithCleanup();
            DecreaseExceptLevel();
        }

        // compile_yield_from
        private void YieldFrom()
        {
            _emit.GetIter();
            _emit.LoadConstTok("None");
            _emit.YieldFrom();
        }

        private void AwaitMethod(string method)
        {
            _emit.LoadMethod(method);
            _emit.CallMethod(0, 0, false);
            YieldFrom();
        }

        private void CheckAsync(Node n)
        {
            if ((_cur.ScopeFlags & Scope.FlagGenerator) == 0) throw Error("async for/with outside async function", n);
        }

        // compile_async_for_stmt: __aiter__ once, then __anext__ awaited inside a try that ends the loop on
        // StopAsyncIteration.
        private void CompileAsyncFor(Node n)
        {
            int elseLabel = NewLabel();
            int excLabel = NewLabel();
            int tryElseLabel = NewLabel();
            int finallyLabel = NewLabel();
            CompileExpr(n.Items[1]);
            _emit.LoadMethod("__aiter__");
            _emit.CallMethod(0, 0, false);
            int oldBreak = _breakLabel, oldCont = _continueLabel;
            bool oldFor = _breakFromFor;
            int oldExcept = _breakExceptLevel;
            int breakLabel = NewLabel();
            int contLabel = NewLabel();
            _breakLabel = breakLabel;
            _continueLabel = contLabel;
            _breakFromFor = false;
            _breakExceptLevel = _exceptLevel;
            _emit.LabelAssign(contLabel);
            IncreaseExceptLevel(excLabel, false);
            _emit.DupTop();
            AwaitMethod("__anext__");
            Assign(n.Items[0]);
            _emit.PopExceptJump(tryElseLabel);
            _emit.LabelAssign(excLabel);
            _emit.AdjustStack(4);
            _emit.DupTop();
            _emit.LoadGlobal("StopAsyncIteration");
            _emit.BinaryOp(BinaryOpKind.ExceptionMatch);
            _emit.PopJumpIf(false, finallyLabel);
            _emit.PopTop();
            _emit.PopExceptJump(elseLabel);
            _emit.LabelAssign(finallyLabel);
            _emit.AdjustStack(1);
            DecreaseExceptLevel();
            _emit.AdjustStack(-3);
            _emit.LabelAssign(tryElseLabel);
            CompileBlock(n.Items[2]);
            _emit.Jump(contLabel);
            _breakLabel = oldBreak;
            _continueLabel = oldCont;
            _breakFromFor = oldFor;
            _breakExceptLevel = oldExcept;
            _emit.LabelAssign(elseLabel);
            CompileBlock(n.Items[3]);
            _emit.LabelAssign(breakLabel);
            _emit.PopTop();
        }

        // compile_async_with_stmt_helper: __aenter__ awaited, the body in a try/finally whose finally awaits
        // __aexit__ for the three ways out (fall through, exception, return/unwind jump).
        private void CompileAsyncWith(Node n, int at)
        {
            if (at == n.Items.Length)
            {
                CompileBlock(n.Items[0]);
                return;
            }
            int lFinally = NewLabel();
            int lAexitNoExc = NewLabel();
            int lRetUnwind = NewLabel();
            int lEnd = NewLabel();
            CompileExpr(n.Items[at]);
            _emit.DupTop();
            AwaitMethod("__aenter__");
            if (n.Items[at + 1] != null) Assign(n.Items[at + 1]);
            else _emit.PopTop();
            IncreaseExceptLevel(lFinally, true);
            _emit.AdjustStack(3);
            CompileAsyncWith(n, at + 2);
            _emit.AdjustStack(-3);
            // async_with_setup_finally
            _emit.LoadConstTok("None");
            _emit.RotTwo();
            _emit.Jump(lAexitNoExc);
            _emit.LabelAssign(lFinally);
            _emit.DupTop();
            _emit.LoadGlobal("BaseException");
            _emit.BinaryOp(BinaryOpKind.ExceptionMatch);
            _emit.PopJumpIf(false, lRetUnwind);
            // an exception: __aexit__(type, exc, None) decides whether it is swallowed
            _emit.DupTop();
            _emit.RotThree();
            _emit.RotTwo();
            _emit.LoadMethod("__aexit__");
            _emit.RotThree();
            _emit.RotThree();
            _emit.DupTop();
            _emit.LoadAttr("__class__");
            _emit.RotTwo();
            _emit.LoadConstTok("None");
            _emit.CallMethod(3, 0, false);
            YieldFrom();
            _emit.PopJumpIf(false, lEnd);
            _emit.PopTop();
            _emit.LoadConstTok("None");
            _emit.Jump(lEnd);
            _emit.AdjustStack(2);
            _emit.LabelAssign(lRetUnwind);
            _emit.RotThree();
            _emit.RotThree();
            _emit.LabelAssign(lAexitNoExc);
            _emit.LoadMethod("__aexit__");
            _emit.LoadConstTok("None");
            _emit.DupTop();
            _emit.DupTop();
            _emit.CallMethod(3, 0, false);
            YieldFrom();
            _emit.PopTop();
            _emit.AdjustStack(-1);
            _emit.LabelAssign(lEnd);
            DecreaseExceptLevel();
        }

        private void CompileTryFinally(Node n)
        {
            int lFinally = NewLabel();
            IncreaseExceptLevel(lFinally, true);
            if (n.Items.Length == 3)
            {
                _emit.AdjustStack(3);
                CompileBlock(n.Items[0]);
                _emit.AdjustStack(-3);
            }
            else CompileTryExcept(n);
            _emit.LoadConstTok("None");
            _emit.LabelAssign(lFinally);
            _emit.AdjustStack(1);
            CompileBlock(n.Items[2]);
            _emit.AdjustStack(-1);
            DecreaseExceptLevel();
        }

        private void Delete(Node t)
        {
            if (t.Kind == Node.Name)
            {
                Scope s = _cur;
                int id;
                if (_emit.Pass == Emitter.PassScope)
                {
                    id = s.FindOrAdd(t.Text, Scope.IdGlobalImplicit);
                    if (s.IdKinds[id] == Scope.IdGlobalImplicit)
                    {
                        s.IdKinds[id] = s.IsFuncLike ? Scope.IdLocal : Scope.IdGlobalImplicitAssigned;
                    }
                    return;
                }
                id = s.Find(t.Text);
                int kind = s.IdKinds[id];
                if (kind == Scope.IdGlobalImplicit || kind == Scope.IdGlobalImplicitAssigned) _emit.DeleteName(t.Text);
                else if (kind == Scope.IdGlobalExplicit) _emit.DeleteGlobal(t.Text);
                else _emit.DeleteLocal(s.IdLocalNum[id], kind == Scope.IdLocal);
                return;
            }
            if ((t.Kind == Node.Tuple || t.Kind == Node.List) && t.Items.Length > 0)
            {
                for (int i = 0; i < t.Items.Length; i++) Delete(t.Items[i]);
                return;
            }
            if (t.Kind == Node.AtomExpr && t.Items[t.Items.Length - 1].Kind != Node.TrCall)
            {
                int last = t.Items.Length - 1;
                Node tr = t.Items[last];
                CompileTrailers(t, last, false);
                if (tr.Kind == Node.TrAttr)
                {
                    _emit.LoadNull();
                    _emit.RotTwo();
                    _emit.StoreAttr(tr.Text);
                }
                else
                {
                    CompileExpr(tr.Items[0]);
                    _emit.LoadNull();
                    _emit.RotThree();
                    _emit.StoreSubscr();
                }
                return;
            }
            throw Error("can't delete expression", t);
        }

        private void AugAssign(Node n)
        {
            Node t = n.Items[0];
            if (t.Kind == Node.Name)
            {
                LoadId(t.Text);
                CompileExpr(n.Items[1]);
                _emit.BinaryOp(n.Op);
                StoreId(t.Text);
                return;
            }
            if (t.Kind == Node.AtomExpr && t.Items[t.Items.Length - 1].Kind != Node.TrCall)
            {
                int last = t.Items.Length - 1;
                Node tr = t.Items[last];
                CompileTrailers(t, last, false);
                if (tr.Kind == Node.TrAttr)
                {
                    _emit.DupTop();
                    _emit.LoadAttr(tr.Text);
                    CompileExpr(n.Items[1]);
                    _emit.BinaryOp(n.Op);
                    _emit.RotTwo();
                    _emit.StoreAttr(tr.Text);
                }
                else
                {
                    CompileExpr(tr.Items[0]);
                    _emit.DupTopTwo();
                    _emit.LoadSubscr();
                    CompileExpr(n.Items[1]);
                    _emit.BinaryOp(n.Op);
                    _emit.RotThree();
                    _emit.StoreSubscr();
                }
                return;
            }
            throw Error("can't assign to expression", t);
        }

        private void CompileIf(Node n)
        {
            int lEnd = NewLabel();
            Node[] it = n.Items;
            int pairs = it.Length / 2;
            Node els = (it.Length & 1) != 0 ? it[it.Length - 1] : null;
            for (int i = 0; i < pairs; i++)
            {
                Node cond = it[2 * i];
                if (cond.IsConstFalse) continue;
                int lFail = NewLabel();
                IfCond(cond, false, lFail);
                CompileBlock(it[2 * i + 1]);
                if (cond.IsConstTrue)
                {
                    _emit.LabelAssign(lEnd);
                    return;
                }
                if (i > 0 || pairs > 1 || els != null) _emit.Jump(lEnd);
                _emit.LabelAssign(lFail);
            }
            CompileBlock(els);
            _emit.LabelAssign(lEnd);
        }

        private void IfCond(Node n, bool jumpIf, int label)
        {
            if (n.IsConstFalse)
            {
                if (!jumpIf) _emit.Jump(label);
                return;
            }
            if (n.IsConstTrue)
            {
                if (jumpIf) _emit.Jump(label);
                return;
            }
            if (n.Kind == Node.Or || n.Kind == Node.And)
            {
                bool isOr = n.Kind == Node.Or;
                if (isOr != jumpIf)
                {
                    int label2 = NewLabel();
                    for (int i = 0; i < n.Items.Length - 1; i++) IfCond(n.Items[i], !jumpIf, label2);
                    IfCond(n.Items[n.Items.Length - 1], jumpIf, label);
                    _emit.LabelAssign(label2);
                }
                else
                {
                    for (int i = 0; i < n.Items.Length; i++) IfCond(n.Items[i], jumpIf, label);
                }
                return;
            }
            if (n.Kind == Node.Not)
            {
                IfCond(n.Items[0], !jumpIf, label);
                return;
            }
            CompileExpr(n);
            _emit.PopJumpIf(jumpIf, label);
        }

        private void CompileWhile(Node n)
        {
            int oldBreak = _breakLabel, oldCont = _continueLabel;
            bool oldFor = _breakFromFor;
            int oldExcept = _breakExceptLevel;
            _breakExceptLevel = _exceptLevel;
            int breakLabel = NewLabel();
            int contLabel = NewLabel();
            _breakLabel = breakLabel;
            _continueLabel = contLabel;
            _breakFromFor = false;
            Node cond = n.Items[0];
            if (!cond.IsConstFalse)
            {
                int top = NewLabel();
                if (!cond.IsConstTrue) _emit.Jump(contLabel);
                _emit.LabelAssign(top);
                CompileBlock(n.Items[1]);
                _emit.LabelAssign(contLabel);
                IfCond(cond, true, top);
            }
            _breakLabel = oldBreak;
            _continueLabel = oldCont;
            _breakFromFor = oldFor;
            _breakExceptLevel = oldExcept;
            CompileBlock(n.Items[2]);
            _emit.LabelAssign(breakLabel);
        }

        private static bool IsRangeCall(Node it)
        {
            return it.Kind == Node.AtomExpr && it.Items.Length == 2 && it.Items[0].Kind == Node.Name
                && it.Items[0].Text == "range" && it.Items[1].Kind == Node.TrCall;
        }

        private void CompileFor(Node n)
        {
            Node target = n.Items[0];
            Node iter = n.Items[1];
            if (target.Kind == Node.Name && IsRangeCall(iter))
            {
                Node call = iter.Items[1];
                Node[] args = call.Items;
                // compile.c checks start and end for *, ** and keyword/generator arguments, and wants a non-zero
                // small-int step.
                if (args.Length >= 1 && args.Length <= 3 && PlainArg(call, 0) && (args.Length == 1 || PlainArg(call, 1))
                    && (args.Length < 3 || call.ArgKinds[2] == Node.ArgPlain))
                {
                    Node start, end, step;
                    if (args.Length == 1) { start = Folder.IntNode(0, n.Line); end = args[0]; step = Folder.IntNode(1, n.Line); }
                    else if (args.Length == 2) { start = args[0]; end = args[1]; step = Folder.IntNode(1, n.Line); }
                    else { start = args[0]; end = args[1]; step = args[2]; }
                    if (step.Kind == Node.SmallInt && step.IntValue != 0)
                    {
                        CompileForRange(target, start, end, step, n.Items[2], n.Items[3]);
                        return;
                    }
                }
            }
            int oldBreak = _breakLabel, oldCont = _continueLabel;
            bool oldFor = _breakFromFor;
            int oldExcept = _breakExceptLevel;
            _breakExceptLevel = _exceptLevel;
            int breakLabel = NewLabel();
            int contLabel = NewLabel();
            _breakLabel = breakLabel;
            _continueLabel = contLabel;
            _breakFromFor = true;
            int popLabel = NewLabel();
            CompileExpr(iter);
            _emit.GetIterStack();
            _emit.LabelAssign(contLabel);
            _emit.ForIter(popLabel);
            Assign(target);
            CompileBlock(n.Items[2]);
            _emit.Jump(contLabel);
            _emit.LabelAssign(popLabel);
            _emit.ForIterEnd();
            _breakLabel = oldBreak;
            _continueLabel = oldCont;
            _breakFromFor = oldFor;
            _breakExceptLevel = oldExcept;
            CompileBlock(n.Items[3]);
            _emit.LabelAssign(breakLabel);
        }

        private static bool PlainArg(Node call, int i)
        {
            return call.ArgKinds[i] == Node.ArgPlain && !call.Items[i].BareGen;
        }

        private void CompileForRange(Node var, Node start, Node end, Node step, Node body, Node els)
        {
            int oldBreak = _breakLabel, oldCont = _continueLabel;
            bool oldFor = _breakFromFor;
            int oldExcept = _breakExceptLevel;
            _breakExceptLevel = _exceptLevel;
            int breakLabel = NewLabel();
            int contLabel = NewLabel();
            _breakLabel = breakLabel;
            _continueLabel = contLabel;
            _breakFromFor = false;
            int top = NewLabel();
            int entry = NewLabel();
            bool endOnStack = end.Kind != Node.SmallInt;
            if (endOnStack) CompileExpr(end);
            CompileExpr(start);
            _emit.Jump(entry);
            _emit.LabelAssign(top);
            _emit.DupTop();
            Assign(var);
            CompileBlock(body);
            _emit.LabelAssign(contLabel);
            CompileExpr(step);
            _emit.BinaryOp(BinaryOpKind.InplaceAdd);
            _emit.LabelAssign(entry);
            if (endOnStack)
            {
                _emit.DupTopTwo();
                _emit.RotTwo();
            }
            else
            {
                _emit.DupTop();
                CompileExpr(end);
            }
            _emit.BinaryOp(step.IntValue >= 0 ? BinaryOpKind.Less : BinaryOpKind.More);
            _emit.PopJumpIf(true, top);
            _breakLabel = oldBreak;
            _continueLabel = oldCont;
            _breakFromFor = oldFor;
            _breakExceptLevel = oldExcept;
            int endLabel = 0;
            if (els != null)
            {
                _emit.PopTop();
                if (endOnStack) _emit.PopTop();
                CompileBlock(els);
                endLabel = NewLabel();
                _emit.Jump(endLabel);
                _emit.AdjustStack(1 + (endOnStack ? 1 : 0));
            }
            _emit.LabelAssign(breakLabel);
            _emit.PopTop();
            if (endOnStack) _emit.PopTop();
            if (els != null) _emit.LabelAssign(endLabel);
        }

        private void CompileCompScope(Scope scope, int pass)
        {
            Node pn = scope.Pn;
            if (pass == Emitter.PassScope)
            {
                scope.FindOrAdd("", Scope.IdLocal);
                scope.NumPosArgs = 1;
            }
            _emit.SetSourceLine(pn.ScopeLine);
            if (scope.Kind == Scope.KindListComp) _emit.BuildList(0);
            else if (scope.Kind == Scope.KindDictComp) _emit.BuildMap(0);
            else if (scope.Kind == Scope.KindSetComp) _emit.BuildSet(0);
            if (scope.Kind == Scope.KindGenExpr)
            {
                _emit.LoadNull();
                LoadId("");
                _emit.LoadNull();
                _emit.LoadNull();
            }
            else
            {
                LoadId("");
                _emit.GetIterStack();
            }
            CompIter(pn, 2, 0);
            if (scope.Kind == Scope.KindGenExpr) _emit.LoadConstTok("None");
            _emit.ReturnValue();
        }

        // The for clause at Items[at] has its iterator on the stack already.
        private void CompIter(Node pn, int at, int depth)
        {
            int lTop = NewLabel();
            int lEnd = NewLabel();
            _emit.LabelAssign(lTop);
            _emit.ForIter(lEnd);
            Assign(pn.Items[at].Items[0]);
            int i = at + 1;
            while (true)
            {
                if (i == pn.Items.Length)
                {
                    if (_cur.Kind == Scope.KindDictComp)
                    {
                        _emit.SetSourceLine(pn.Items[0].Line);
                        CompileExpr(pn.Items[1]);
                        CompileExpr(pn.Items[0]);
                    }
                    else CompileExpr(pn.Items[0]);
                    if (_cur.Kind == Scope.KindGenExpr)
                    {
                        _emit.YieldValue();
                        _emit.PopTop();
                    }
                    else _emit.StoreComp(_cur.Kind, 4 * depth + 5);
                    break;
                }
                Node c = pn.Items[i];
                if (c.Kind == Node.CompIf)
                {
                    IfCond(c.Items[0], false, lTop);
                    i++;
                    continue;
                }
                CompileExpr(c.Items[1]);
                _emit.GetIterStack();
                CompIter(pn, i, depth + 1);
                break;
            }
            _emit.Jump(lTop);
            _emit.LabelAssign(lEnd);
            _emit.ForIterEnd();
        }

        private void CompileComp(Node n)
        {
            Scope child;
            if (_emit.Pass == Emitter.PassScope)
            {
                string name = n.Op == Scope.KindListComp ? "<listcomp>" : n.Op == Scope.KindDictComp ? "<dictcomp>" : n.Op == Scope.KindSetComp ? "<setcomp>" : "<genexpr>";
                child = new Scope(n.Op, n, name);
                child.Parent = _cur;
                _defScopes[n] = child;
                Link(child);
            }
            else child = (Scope)_defScopes[n];
            CloseOver(child, false);
            CompileExpr(n.Items[2].Items[1]);
            if (n.Op == Scope.KindGenExpr) _emit.GetIter();
            _emit.CallFunction(1, 0, false);
        }

        private void CompileDef(Node n)
        {
            Scope child;
            if (_emit.Pass == Emitter.PassScope)
            {
                child = new Scope(n.Kind == Node.Lambda ? Scope.KindLambda : Scope.KindFunction, n, n.Kind == Node.Lambda ? "<lambda>" : n.Text);
                child.Parent = _cur;
                n.Data = null;
                _defScopes[n] = child;
                Link(child);
            }
            else child = (Scope)_defScopes[n];
            // Defaults: positional ones as a tuple, keyword-only ones (after *) as a dict.
            int nDefault = 0, nDict = 0;
            bool haveStar = false;
            for (int i = 0; i < n.Params.Length; i++)
            {
                if (n.ParamKinds[i] == Node.ParamStar) { haveStar = true; continue; }
                Node d = n.Defaults[i];
                if (d == null)
                {
                    if (n.ParamKinds[i] == Node.ParamPlain && !haveStar && nDefault != 0) throw Error("non-default argument follows default argument", n);
                    continue;
                }
                if (haveStar)
                {
                    nDict++;
                    if (nDict == 1)
                    {
                        if (nDefault > 0) _emit.BuildTuple(nDefault);
                        else _emit.LoadNull();
                        _emit.BuildMap(0);
                    }
                    CompileExpr(d);
                    _emit.LoadConstStr(n.Params[i]);
                    _emit.StoreMap();
                }
                else
                {
                    nDefault++;
                    CompileExpr(d);
                }
            }
            if (nDefault > 0 && nDict == 0)
            {
                _emit.BuildTuple(nDefault);
                _emit.LoadNull();
            }
            if (nDict > 0) child.ScopeFlags |= Scope.FlagDefKwArgs;
            if (n.Async) child.ScopeFlags |= Scope.FlagGenerator; // an async def is a generator
            child.NumDefPosArgs = nDefault;
            CloseOver(child, nDefault > 0 || nDict > 0);
        }

        private void CloseOver(Scope child, bool defArgs)
        {
            // Variables of this scope that the new function closes over are passed by LOAD_FAST.
            int nFree = 0;
            if (_cur.Kind != Scope.KindModule)
            {
                for (int i = 0; i < _cur.IdCount; i++)
                {
                    int k = _cur.IdKinds[i];
                    if (k != Scope.IdCell && k != Scope.IdFree) continue;
                    for (int j = 0; j < child.IdCount; j++)
                    {
                        if (child.IdKinds[j] == Scope.IdFree && child.IdNames[j] == _cur.IdNames[i])
                        {
                            _emit.LoadFast(_cur.IdLocalNum[i]);
                            nFree++;
                        }
                    }
                }
            }
            if (nFree == 0) _emit.MakeFunction(child, defArgs);
            else _emit.MakeClosure(child, nFree, defArgs);
        }

        private void DeclareGlobals(Node n)
        {
            for (int i = 0; i < n.Params.Length; i++) DeclareGlobal(_cur.FindOrAdd(n.Params[i], Scope.IdUndecided), n);
        }

        private void DeclareGlobal(int id, Node n)
        {
            int k = _cur.IdKinds[id];
            if (k != Scope.IdUndecided && k != Scope.IdGlobalExplicit) throw Error("identifier redefined as global", n);
            _cur.IdKinds[id] = Scope.IdGlobalExplicit;
            Scope g = _cur;
            while (g.Parent != null) g = g.Parent;
            int gid = g.Find(_cur.IdNames[id]);
            if (gid >= 0) g.IdKinds[gid] = Scope.IdGlobalExplicit;
        }

        private void DeclareNonlocals(Node n)
        {
            for (int i = 0; i < n.Params.Length; i++) DeclareNonlocal(_cur.FindOrAdd(n.Params[i], Scope.IdUndecided), n);
        }

        private void DeclareNonlocal(int id, Node n)
        {
            int k = _cur.IdKinds[id];
            if (k == Scope.IdUndecided)
            {
                _cur.IdKinds[id] = Scope.IdGlobalImplicit;
                _cur.CheckToCloseOver(id);
                if (_cur.IdKinds[id] == Scope.IdGlobalImplicit) throw Error("no binding for nonlocal found", n);
            }
            else if (k != Scope.IdFree) throw Error("identifier redefined as nonlocal", n);
        }

        // `name := value` (compile_namedexpr_helper). In a comprehension the name belongs to the enclosing
        // scope: it is declared global or nonlocal there (honouring that scope's own global declaration).
        private void CompileNamedExpr(Node n)
        {
            Node target = n.Items[0];
            if (target.Kind != Node.Name) throw Error("can't assign to expression", target);
            CompileExpr(n.Items[1]);
            _emit.DupTop();
            string name = target.Text;
            if (_emit.Pass == Emitter.PassScope && _cur.IsCompLike)
            {
                Scope parent = _cur.Parent;
                int pid = parent.FindOrAdd(name, Scope.IdGlobalImplicit);
                if (parent.IdKinds[pid] == Scope.IdGlobalImplicit)
                {
                    parent.IdKinds[pid] = parent.IsFuncLike ? Scope.IdLocal : Scope.IdGlobalImplicitAssigned;
                }
                if (parent.IdKinds[pid] == Scope.IdGlobalExplicit) _cur.FindOrAdd(name, Scope.IdGlobalExplicit);
                else
                {
                    int id = _cur.FindOrAdd(name, Scope.IdUndecided);
                    bool isGlobal = parent.Parent == null;
                    if (!isGlobal && _cur.IdKinds[id] == Scope.IdGlobalImplicit) _cur.IdKinds[id] = Scope.IdUndecided;
                    if (isGlobal) DeclareGlobal(id, target);
                    else DeclareNonlocal(id, target);
                }
            }
            StoreId(name);
        }

        private readonly System.Collections.Hashtable _defScopes = new System.Collections.Hashtable();

        // ---- expressions ----

        // Recursion depth of CompileExpr/CompileStmt, which follows the source's nesting (NestingGuard).
        private int _depth;

        private void CompileExpr(Node n)
        {
            NestingGuard.Check(++_depth);
            try
            {
                CompileExprInner(n);
            }
            finally
            {
                _depth--;
            }
        }

        private void CompileExprInner(Node n)
        {
            if (!n.IsLeaf) _emit.SetSourceLine(n.Line);
            switch (n.Kind)
            {
                case Node.Name: LoadId(n.Text); return;
                case Node.SmallInt: _emit.LoadConstSmallInt(n.IntValue); return;
                case Node.StrQstr: _emit.LoadConstStr(n.Text); return;
                case Node.KwConst: _emit.LoadConstTok(n.Text); return;
                case Node.IntObj:
                case Node.StrObj:
                case Node.BytesObj:
                case Node.TupleObj:
                case Node.FloatObj:
                case Node.ComplexObj:
                case Node.ObjConst:
                    _emit.LoadConstObj(ConstKey.Of(n));
                    return;
                case Node.BinOp:
                    {
                        // A chain `a + b - c ...` is left-nested: walk its left spine without recursing.
                        int count = 0;
                        Node left = n;
                        while (left.Kind == Node.BinOp) { left = left.Items[0]; count++; }
                        Node[] spine = new Node[count];
                        left = n;
                        for (int i = count - 1; i >= 0; i--) { spine[i] = left; left = left.Items[0]; }
                        // Each nested node would set its line on entry, before any of the chain's code.
                        for (int i = count - 2; i >= 0; i--) _emit.SetSourceLine(spine[i].Line);
                        CompileExpr(left);
                        for (int i = 0; i < count; i++)
                        {
                            CompileExpr(spine[i].Items[1]);
                            _emit.BinaryOp(spine[i].Op);
                        }
                        return;
                    }
                case Node.Unary:
                    CompileExpr(n.Items[0]);
                    _emit.UnaryOp(n.Op);
                    return;
                case Node.Not:
                    CompileExpr(n.Items[0]);
                    _emit.UnaryOp(UnaryOpKind.Not);
                    return;
                case Node.And:
                case Node.Or:
                    {
                        int lEnd = NewLabel();
                        for (int i = 0; i < n.Items.Length; i++)
                        {
                            CompileExpr(n.Items[i]);
                            if (i + 1 < n.Items.Length) _emit.JumpIfOrPop(n.Kind == Node.Or, lEnd);
                        }
                        _emit.LabelAssign(lEnd);
                        return;
                    }
                case Node.Compare:
                    CompileCompare(n);
                    return;
                case Node.IfExpr:
                    {
                        int lFail = NewLabel();
                        int lEnd = NewLabel();
                        IfCond(n.Items[0], false, lFail);
                        CompileExpr(n.Items[1]);
                        _emit.Jump(lEnd);
                        _emit.LabelAssign(lFail);
                        _emit.AdjustStack(-1);
                        CompileExpr(n.Items[2]);
                        _emit.LabelAssign(lEnd);
                        return;
                    }
                case Node.AtomExpr:
                    CompileTrailers(n, n.Items.Length, true);
                    return;
                case Node.Comp:
                    CompileComp(n);
                    return;
                case Node.Yield:
                    if (_cur.Kind != Scope.KindFunction && _cur.Kind != Scope.KindLambda) throw Error("'yield' outside function", n);
                    if (n.Items[0] == null)
                    {
                        _emit.LoadConstTok("None");
                        _emit.YieldValue();
                    }
                    else if (n.Op == 1)
                    {
                        CompileExpr(n.Items[0]);
                        _emit.GetIter();
                        _emit.LoadConstTok("None");
                        _emit.YieldFrom();
                    }
                    else
                    {
                        CompileExpr(n.Items[0]);
                        _emit.YieldValue();
                    }
                    return;
                case Node.Slice:
                    for (int i = 0; i < 2; i++)
                    {
                        if (n.Items[i] == null) _emit.LoadConstTok("None");
                        else CompileExpr(n.Items[i]);
                    }
                    if (n.Items[2] != null) CompileExpr(n.Items[2]);
                    _emit.BuildSlice(n.Items[2] != null ? 3 : 2);
                    return;
                case Node.Set:
                    if (n.Text != null) throw new CompileError("SyntaxError", n.Text, (int)n.IntValue);
                    for (int i = 0; i < n.Items.Length; i++) CompileExpr(n.Items[i]);
                    _emit.BuildSet(n.Items.Length);
                    return;
                case Node.Lambda:
                    CompileDef(n);
                    return;
                case Node.Star:
                    throw Error("*x must be assignment target", n);
                case Node.NamedExpr:
                    CompileNamedExpr(n);
                    return;
                case Node.Await:
                    if (_cur.Kind != Scope.KindFunction && _cur.Kind != Scope.KindLambda) throw Error("'await' outside function", n);
                    if (n.Items[0].Kind == Node.AtomExpr) CompileTrailers(n.Items[0], n.Items[0].Items.Length, true);
                    else CompileExpr(n.Items[0]);
                    YieldFrom();
                    return;
                case Node.Tuple:
                    for (int i = 0; i < n.Items.Length; i++) CompileExpr(n.Items[i]);
                    _emit.BuildTuple(n.Items.Length);
                    return;
                case Node.List:
                    for (int i = 0; i < n.Items.Length; i++) CompileExpr(n.Items[i]);
                    _emit.BuildList(n.Items.Length);
                    return;
                case Node.Dict:
                    if (n.Text != null) throw new CompileError("SyntaxError", n.Text, (int)n.IntValue);
                    _emit.BuildMap(n.Items.Length / 2);
                    for (int i = 0; i < n.Items.Length; i += 2)
                    {
                        // Each key: value item is a parse-tree node of its own, starting at the key.
                        _emit.SetSourceLine(n.Items[i].Line);
                        CompileExpr(n.Items[i + 1]);
                        CompileExpr(n.Items[i]);
                        _emit.StoreMap();
                    }
                    return;
            }
            throw Error("unsupported expression", n);
        }

        private void CompileCompare(Node n)
        {
            CompileExpr(n.Items[0]);
            int count = n.Ops.Length;
            int lFail = count > 1 ? NewLabel() : 0;
            for (int i = 0; i < count; i++)
            {
                CompileExpr(n.Items[i + 1]);
                if (i + 1 < count)
                {
                    _emit.DupTop();
                    _emit.RotThree();
                }
                _emit.BinaryOp(n.Ops[i]);
                if (i + 1 < count) _emit.JumpIfOrPop(false, lFail);
            }
            if (count > 1)
            {
                int lEnd = NewLabel();
                _emit.Jump(lEnd);
                _emit.LabelAssign(lFail);
                _emit.AdjustStack(1);
                _emit.RotTwo();
                _emit.PopTop();
                _emit.LabelAssign(lEnd);
            }
        }

        // Compiles the atom and the first `count - 1` trailers; `a.f(...)` becomes LOAD_METHOD/CALL_METHOD.
        private void CompileTrailers(Node n, int count, bool full)
        {
            CompileExpr(n.Items[0]);
            int start = 1;
            if (full && _cur.Kind == Scope.KindFunction && n.Items[0].Kind == Node.Name && n.Items[0].Text == "super"
                && n.Items[1].Kind == Node.TrCall && n.Items[1].Items.Length == 0)
            {
                // Zero-argument super(): pass __class__ (closed over from the class) and the first parameter.
                LoadId("__class__");
                string self = null;
                for (int j = 0; j < _cur.IdCount; j++)
                {
                    if (_cur.IdIsParam[j]) { self = _cur.IdNames[j]; break; }
                }
                if (self == null) throw Error("super() can't find self", n);
                LoadId(self);
                if (count >= 4 && n.Items[2].Kind == Node.TrAttr && n.Items[3].Kind == Node.TrCall)
                {
                    _emit.LoadSuperMethod(n.Items[2].Text);
                    CompileCall(n.Items[3], true, 0);
                    start = 4;
                }
                else
                {
                    _emit.CallFunction(2, 0, false);
                    start = 2;
                }
            }
            for (int i = start; i < count; i++)
            {
                Node tr = n.Items[i];
                if (tr.Kind == Node.TrAttr && i + 1 < count && n.Items[i + 1].Kind == Node.TrCall)
                {
                    // Neither node of a method call goes through compile_node, so neither sets a line.
                    _emit.LoadMethod(tr.Text);
                    Node call = n.Items[i + 1];
                    CompileCall(call, true, 0);
                    i++;
                    continue;
                }
                _emit.SetSourceLine(tr.Line);
                if (tr.Kind == Node.TrAttr) _emit.LoadAttr(tr.Text);
                else if (tr.Kind == Node.TrSubscr)
                {
                    CompileExpr(tr.Items[0]);
                    _emit.LoadSubscr();
                }
                else
                {
                    CompileCall(tr, false, 0);
                }
            }
        }

        // Arguments in source order (compile_trailer_paren_helper): `*x` counts as positional and sets its bit
        // in a bitmap pushed last, `**x` is a NULL key plus the mapping, `k=v` is the name then the value.
        private void CompileCall(Node call, bool isMethod, int extraPos)
        {
            int nPos = extraPos, nKw = 0;
            bool star = false, dblStar = false;
            long starArgs = 0;
            for (int i = 0; i < call.Items.Length; i++)
            {
                int kind = call.ArgKinds[i];
                if (kind == Node.ArgStar)
                {
                    if (dblStar) throw Error("* arg after **", call.Items[i]);
                    // The star bitmap is a small int of the target (31 bits).
                    if (i >= 30) throw Error("too many args", call.Items[i]);
                    star = true;
                    starArgs |= 1L << i;
                    CompileExpr(call.Items[i]);
                    nPos++;
                }
                else if (kind == Node.ArgDblStar)
                {
                    dblStar = true;
                    _emit.LoadNull();
                    CompileExpr(call.Items[i]);
                    nKw++;
                }
                else if (kind == Node.ArgBadKeyword)
                {
                    throw Error("LHS of keyword arg must be an id", call.Items[i]);
                }
                else if (kind == Node.ArgKeyword)
                {
                    _emit.LoadConstStr(call.KwNames[i]);
                    CompileExpr(call.Items[i]);
                    nKw++;
                }
                else
                {
                    if (dblStar) throw Error("positional arg after **", call.Items[i]);
                    if (nKw > 0) throw Error("positional arg after keyword arg", call.Items[i]);
                    CompileExpr(call.Items[i]);
                    nPos++;
                }
            }
            bool stars = star || dblStar;
            if (stars) _emit.LoadConstSmallInt(starArgs);
            if (isMethod) _emit.CallMethod(nPos, nKw, stars);
            else _emit.CallFunction(nPos, nKw, stars);
        }
    }
}
