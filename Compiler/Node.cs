namespace NanoMpy.Compiler
{
    // A parse-tree node. Leaves (names, small ints, interned strings, keyword constants) correspond to
    // MicroPython's leaf parse nodes; everything else is a struct node, which sets the source line when
    // compiled, as in py/compile.c.
    public sealed class Node
    {
        // Leaves
        public const int Name = 1;        // Text
        public const int SmallInt = 2;    // IntValue (fits a 31-bit small int)
        public const int StrQstr = 3;     // Text (interned string)
        public const int KwConst = 4;     // Text: None, True, False, ...
        // Constant objects (struct nodes in MicroPython)
        public const int IntObj = 5;      // IntValue, or BigValue when Big
        public const int StrObj = 6;      // Data
        public const int BytesObj = 7;    // Data
        public const int FloatObj = 8;    // Text
        public const int TupleObj = 9;    // Items (all constants)
        public const int ComplexObj = 56; // FloatValue: the imaginary part (a literal like 2j)
        public const int Star = 58;       // Items[0]: `*x` in a tuple/list (an unpacking target)
        public const int NamedExpr = 59;  // Items: target, value (`target := value`)
        public const int Await = 60;      // Items[0]: the awaited atom or AtomExpr
        public const int AnnLocal = 61;   // `x: T` without a value; Text: x (a local in a function) or null
        public const int DictPair = 62;   // parser only: one `key: value` of a brace display
        public const int ObjConst = 57;   // Items[0]: a str/None/True/False/.../() constant used as a const() name: LOAD_CONST_OBJ
        // Expressions
        public const int BinOp = 10;      // Op, Items[0], Items[1]
        public const int Unary = 11;      // Op, Items[0]
        public const int Not = 12;        // Items[0]
        public const int And = 13;        // Items
        public const int Or = 14;         // Items
        public const int Compare = 15;    // Items (operands), Ops (binary op kinds; NotIn/IsNot as below)
        public const int AtomExpr = 16;   // Items[0] atom, Items[1..] trailers
        public const int TrCall = 17;     // Items: args; KwNames (null for positional)
        public const int TrAttr = 18;     // Text
        public const int TrSubscr = 19;   // Items[0]
        public const int Tuple = 20;      // Items
        public const int List = 21;      // Items
        public const int Dict = 22;      // Items: key, value, key, value...; Text: compile error of a mixed display (IntValue: its line)
        public const int IfExpr = 23;     // Items: cond, then, else
        public const int Comp = 24;       // Op: scope kind; Items: element, value|null, then CompFor/CompIf clauses
        public const int CompFor = 25;    // Items: target, iter
        public const int CompIf = 26;     // Items: cond
        public const int Slice = 28;      // Items: start|null, stop|null, step|null
        public const int Set = 29;        // Items
        public const int Yield = 52;      // Items[0] value|null; Op 1 for `yield from`
        public const int Lambda = 27;     // Params/ParamKinds/Defaults, Items[0] body
        // Statements
        public const int Block = 30;      // Items
        public const int ExprStmt = 31;   // Items[0]
        public const int Assign = 32;     // Items: targets..., value
        public const int AugAssign = 33;  // Op, Items[0] target, Items[1] value
        public const int If = 34;         // Items: cond, body, cond, body, ..., [else]
        public const int While = 35;      // Items: cond, body, else|null
        public const int For = 36;        // Items: target, iter, body, else|null
        public const int Def = 37;        // Text name, Params, Items[0] body
        public const int Return = 38;     // Items[0] or null
        public const int Pass = 39;
        public const int Break = 40;
        public const int Continue = 41;
        public const int Global = 42;     // Params (names)
        public const int Nonlocal = 43;   // Params (names)
        public const int Raise = 46;      // Items: [exc, [cause]]
        public const int Assert = 47;     // Items: cond, message|null
        public const int Del = 48;        // Items: targets
        public const int Try = 49;        // Items: body, else|null, finally|null, Except...
        public const int Except = 50;     // Items: type|null, body; Text: `as` name or null
        public const int Class = 51;      // Text name, Items: body, bases call (TrCall) or null
        public const int Decorated = 53;  // Items: decorators (AtomExpr or Name)..., then the Def or Class
        public const int With = 54;       // Items: body, then (context expression, target|null) pairs
        public const int Import = 44;     // Params: dotted names; KwNames: `as` names or null
        public const int ImportFrom = 45; // Text: dotted module or null, IntValue: level, Params/KwNames, Params null for *

        public const int OpNotIn = 100;
        public const int OpIsNot = 101;

        public int Kind;
        public int Line;
        public string Text;
        public long IntValue;
        public double FloatValue;
        public bool Big;
        public BigInt BigValue;      // IntObj when Big
        public byte[] Data;
        public int Op;
        public Node[] Items;
        public int[] Ops;
        public string[] KwNames;     // TrCall: keyword name per argument (null if not a keyword argument)
        public int[] ArgKinds;       // TrCall: ArgPlain, ArgStar, ArgDblStar or ArgKeyword per argument

        public const int ArgPlain = 0;
        public const int ArgStar = 1;
        public const int ArgDblStar = 2;
        public const int ArgKeyword = 3;
        public const int ArgBadKeyword = 4; // `expr=value` with expr not a name: Items[i] only carries the line
        public string[] Params;
        public int[] ParamKinds;     // Def: ParamPlain, ParamStar (Params[i] null for a bare *), ParamDblStar
        public Node[] Defaults;      // Def: default value per parameter, or null

        public const int ParamPlain = 0;
        public const int ParamStar = 1;
        public const int ParamDblStar = 2;

        public Node(int kind, int line)
        {
            Kind = kind;
            Line = line;
        }

        // A constant that may be an item of a constant tuple (mp_parse_node_is_const).
        public bool IsConst
        {
            get { return Kind >= SmallInt && Kind <= TupleObj && Kind != Name || Kind == ComplexObj || Kind == ObjConst || Kind == Tuple && Items.Length == 0 && Paren; }
        }

        public bool Paren;
        public object Identity;      // FloatObj: the shared object for math.nan (see ConstKey)
        public int ScopeLine;        // Comp: the line of its own node, where its scope starts
        public bool BareGen;
        public bool Async;           // Def, For, With written with `async`         // Comp: a generator expression written as a call's argument without parentheses

        public bool IsLeaf { get { return Kind <= KwConst; } }

        // Truth value of a constant: 1 true, 0 false, -1 not a constant (parse.c parse_node_is_const_bool).
        private int ConstTruth
        {
            get
            {
                if (!IsConst) return -1;
                switch (Kind)
                {
                    case ObjConst: return Items[0].ConstTruth;
                    case KwConst: return Text == "True" || Text == "..." ? 1 : 0;
                    case SmallInt: return IntValue != 0 ? 1 : 0;
                    case IntObj: return Big || IntValue != 0 ? 1 : 0;
                    case FloatObj:
                    case ComplexObj: return FloatValue != 0 ? 1 : 0;
                    case StrQstr:
                    case StrObj:
                    case BytesObj: return Data.Length != 0 ? 1 : 0;
                    default: return Items.Length != 0 ? 1 : 0;
                }
            }
        }

        // The same constant at another line (a const() name standing for its value).
        public Node CopyAt(int line)
        {
            Node n = new Node(Kind, line);
            n.Text = Text;
            n.IntValue = IntValue;
            n.FloatValue = FloatValue;
            n.Big = Big;
            n.BigValue = BigValue;
            n.Data = Data;
            n.Items = Items;
            n.Identity = Identity != null ? Identity : this;
            n.Paren = Paren;
            return n;
        }

        public bool IsConstFalse { get { return ConstTruth == 0; } }

        public bool IsConstTrue { get { return ConstTruth == 1; } }
    }
}
