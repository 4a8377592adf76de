namespace NanoMpy
{
    // MicroPython's static qstr list (py/makeqstrdata.py, static_qstr_list, v1.27.0): the order is the .mpy v6
    // index space for static qstrs, so it is kept exactly. Entry i has qstr id i + 1 (id 0 is MP_QSTR_NULL).
    // Generated from the MicroPython v1.27.0 list; do not reorder.
    public static class StaticQstrs
    {
        // One literal, the entries separated by NUL (no qstr holds one; "", " " and "\n" rule out spaces): a
        // string[] initializer costs ~11 bytes of IL an entry. The array is made on each call, not kept in a
        // static field: nanoCLR runs static initializers at start-up and would keep it (and a string object per
        // entry) in RAM for good. The qstr pool copies it once.
        private const string Text =
              "" + "\0"
            + "__dir__" + "\0"
            + "\n" + "\0"
            + " " + "\0"
            + "*" + "\0"
            + "/" + "\0"
            + "<module>" + "\0"
            + "_" + "\0"
            + "__call__" + "\0"
            + "__class__" + "\0"
            + "__delitem__" + "\0"
            + "__enter__" + "\0"
            + "__exit__" + "\0"
            + "__getattr__" + "\0"
            + "__getitem__" + "\0"
            + "__hash__" + "\0"
            + "__init__" + "\0"
            + "__int__" + "\0"
            + "__iter__" + "\0"
            + "__len__" + "\0"
            + "__main__" + "\0"
            + "__module__" + "\0"
            + "__name__" + "\0"
            + "__new__" + "\0"
            + "__next__" + "\0"
            + "__qualname__" + "\0"
            + "__repr__" + "\0"
            + "__setitem__" + "\0"
            + "__str__" + "\0"
            + "ArithmeticError" + "\0"
            + "AssertionError" + "\0"
            + "AttributeError" + "\0"
            + "BaseException" + "\0"
            + "EOFError" + "\0"
            + "Ellipsis" + "\0"
            + "Exception" + "\0"
            + "GeneratorExit" + "\0"
            + "ImportError" + "\0"
            + "IndentationError" + "\0"
            + "IndexError" + "\0"
            + "KeyError" + "\0"
            + "KeyboardInterrupt" + "\0"
            + "LookupError" + "\0"
            + "MemoryError" + "\0"
            + "NameError" + "\0"
            + "NoneType" + "\0"
            + "NotImplementedError" + "\0"
            + "OSError" + "\0"
            + "OverflowError" + "\0"
            + "RuntimeError" + "\0"
            + "StopIteration" + "\0"
            + "SyntaxError" + "\0"
            + "SystemExit" + "\0"
            + "TypeError" + "\0"
            + "ValueError" + "\0"
            + "ZeroDivisionError" + "\0"
            + "abs" + "\0"
            + "all" + "\0"
            + "any" + "\0"
            + "append" + "\0"
            + "args" + "\0"
            + "bool" + "\0"
            + "builtins" + "\0"
            + "bytearray" + "\0"
            + "bytecode" + "\0"
            + "bytes" + "\0"
            + "callable" + "\0"
            + "chr" + "\0"
            + "classmethod" + "\0"
            + "clear" + "\0"
            + "close" + "\0"
            + "const" + "\0"
            + "copy" + "\0"
            + "count" + "\0"
            + "dict" + "\0"
            + "dir" + "\0"
            + "divmod" + "\0"
            + "end" + "\0"
            + "endswith" + "\0"
            + "eval" + "\0"
            + "exec" + "\0"
            + "extend" + "\0"
            + "find" + "\0"
            + "format" + "\0"
            + "from_bytes" + "\0"
            + "get" + "\0"
            + "getattr" + "\0"
            + "globals" + "\0"
            + "hasattr" + "\0"
            + "hash" + "\0"
            + "id" + "\0"
            + "index" + "\0"
            + "insert" + "\0"
            + "int" + "\0"
            + "isalpha" + "\0"
            + "isdigit" + "\0"
            + "isinstance" + "\0"
            + "islower" + "\0"
            + "isspace" + "\0"
            + "issubclass" + "\0"
            + "isupper" + "\0"
            + "items" + "\0"
            + "iter" + "\0"
            + "join" + "\0"
            + "key" + "\0"
            + "keys" + "\0"
            + "len" + "\0"
            + "list" + "\0"
            + "little" + "\0"
            + "locals" + "\0"
            + "lower" + "\0"
            + "lstrip" + "\0"
            + "main" + "\0"
            + "map" + "\0"
            + "micropython" + "\0"
            + "next" + "\0"
            + "object" + "\0"
            + "open" + "\0"
            + "ord" + "\0"
            + "pop" + "\0"
            + "popitem" + "\0"
            + "pow" + "\0"
            + "print" + "\0"
            + "range" + "\0"
            + "read" + "\0"
            + "readinto" + "\0"
            + "readline" + "\0"
            + "remove" + "\0"
            + "replace" + "\0"
            + "repr" + "\0"
            + "reverse" + "\0"
            + "rfind" + "\0"
            + "rindex" + "\0"
            + "round" + "\0"
            + "rsplit" + "\0"
            + "rstrip" + "\0"
            + "self" + "\0"
            + "send" + "\0"
            + "sep" + "\0"
            + "set" + "\0"
            + "setattr" + "\0"
            + "setdefault" + "\0"
            + "sort" + "\0"
            + "sorted" + "\0"
            + "split" + "\0"
            + "start" + "\0"
            + "startswith" + "\0"
            + "staticmethod" + "\0"
            + "step" + "\0"
            + "stop" + "\0"
            + "str" + "\0"
            + "strip" + "\0"
            + "sum" + "\0"
            + "super" + "\0"
            + "throw" + "\0"
            + "to_bytes" + "\0"
            + "tuple" + "\0"
            + "type" + "\0"
            + "update" + "\0"
            + "upper" + "\0"
            + "utf-8" + "\0"
            + "value" + "\0"
            + "values" + "\0"
            + "write" + "\0"
            + "zip";

        public static string[] List
        {
            get { return Text.Split(new char[] { '\0' }); }
        }
    }

    // Ids of the static qstrs, named as MicroPython names them (MP_QSTR_xxx -> Q.xxx; "" is Q.empty).
    public static class Q
    {
        public const int empty = 1;
        public const int __dir__ = 2;
        public const int _0x0a_ = 3;
        public const int _space_ = 4;
        public const int _star_ = 5;
        public const int _slash_ = 6;
        public const int _lt_module_gt_ = 7;
        public const int _ = 8;
        public const int __call__ = 9;
        public const int __class__ = 10;
        public const int __delitem__ = 11;
        public const int __enter__ = 12;
        public const int __exit__ = 13;
        public const int __getattr__ = 14;
        public const int __getitem__ = 15;
        public const int __hash__ = 16;
        public const int __init__ = 17;
        public const int __int__ = 18;
        public const int __iter__ = 19;
        public const int __len__ = 20;
        public const int __main__ = 21;
        public const int __module__ = 22;
        public const int __name__ = 23;
        public const int __new__ = 24;
        public const int __next__ = 25;
        public const int __qualname__ = 26;
        public const int __repr__ = 27;
        public const int __setitem__ = 28;
        public const int __str__ = 29;
        public const int ArithmeticError = 30;
        public const int AssertionError = 31;
        public const int AttributeError = 32;
        public const int BaseException = 33;
        public const int EOFError = 34;
        public const int Ellipsis = 35;
        public const int Exception = 36;
        public const int GeneratorExit = 37;
        public const int ImportError = 38;
        public const int IndentationError = 39;
        public const int IndexError = 40;
        public const int KeyError = 41;
        public const int KeyboardInterrupt = 42;
        public const int LookupError = 43;
        public const int MemoryError = 44;
        public const int NameError = 45;
        public const int NoneType = 46;
        public const int NotImplementedError = 47;
        public const int OSError = 48;
        public const int OverflowError = 49;
        public const int RuntimeError = 50;
        public const int StopIteration = 51;
        public const int SyntaxError = 52;
        public const int SystemExit = 53;
        public const int TypeError = 54;
        public const int ValueError = 55;
        public const int ZeroDivisionError = 56;
        public const int abs = 57;
        public const int all = 58;
        public const int any = 59;
        public const int append = 60;
        public const int args = 61;
        public const int @bool = 62;
        public const int builtins = 63;
        public const int bytearray = 64;
        public const int bytecode = 65;
        public const int bytes = 66;
        public const int callable = 67;
        public const int chr = 68;
        public const int classmethod = 69;
        public const int clear = 70;
        public const int close = 71;
        public const int @const = 72;
        public const int copy = 73;
        public const int count = 74;
        public const int dict = 75;
        public const int dir = 76;
        public const int divmod = 77;
        public const int end = 78;
        public const int endswith = 79;
        public const int eval = 80;
        public const int exec = 81;
        public const int extend = 82;
        public const int find = 83;
        public const int format = 84;
        public const int from_bytes = 85;
        public const int get = 86;
        public const int getattr = 87;
        public const int globals = 88;
        public const int hasattr = 89;
        public const int hash = 90;
        public const int id = 91;
        public const int index = 92;
        public const int insert = 93;
        public const int @int = 94;
        public const int isalpha = 95;
        public const int isdigit = 96;
        public const int isinstance = 97;
        public const int islower = 98;
        public const int isspace = 99;
        public const int issubclass = 100;
        public const int isupper = 101;
        public const int items = 102;
        public const int iter = 103;
        public const int join = 104;
        public const int key = 105;
        public const int keys = 106;
        public const int len = 107;
        public const int list = 108;
        public const int little = 109;
        public const int locals = 110;
        public const int lower = 111;
        public const int lstrip = 112;
        public const int main = 113;
        public const int map = 114;
        public const int micropython = 115;
        public const int next = 116;
        public const int @object = 117;
        public const int open = 118;
        public const int ord = 119;
        public const int pop = 120;
        public const int popitem = 121;
        public const int pow = 122;
        public const int print = 123;
        public const int range = 124;
        public const int read = 125;
        public const int readinto = 126;
        public const int readline = 127;
        public const int remove = 128;
        public const int replace = 129;
        public const int repr = 130;
        public const int reverse = 131;
        public const int rfind = 132;
        public const int rindex = 133;
        public const int round = 134;
        public const int rsplit = 135;
        public const int rstrip = 136;
        public const int self = 137;
        public const int send = 138;
        public const int sep = 139;
        public const int set = 140;
        public const int setattr = 141;
        public const int setdefault = 142;
        public const int sort = 143;
        public const int sorted = 144;
        public const int split = 145;
        public const int start = 146;
        public const int startswith = 147;
        public const int staticmethod = 148;
        public const int step = 149;
        public const int stop = 150;
        public const int str = 151;
        public const int strip = 152;
        public const int sum = 153;
        public const int super = 154;
        public const int @throw = 155;
        public const int to_bytes = 156;
        public const int tuple = 157;
        public const int type = 158;
        public const int update = 159;
        public const int upper = 160;
        public const int utf_hyphen_8 = 161;
        public const int value = 162;
        public const int values = 163;
        public const int write = 164;
        public const int zip = 165;
    }
}
