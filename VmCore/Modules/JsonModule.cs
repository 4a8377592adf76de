#if MP_JSON
// (only in builds with MP_JSON: build/FeatureLevel.props)
namespace NanoMpy
{
    // json (extmod/modjson.c): dumps/dump write MicroPython's JSON print of an object (its printers in JSON
    // mode: tuples as lists, non-str dict keys quoted, other objects as their repr); loads/load are its
    // one-pass parser, which treats ',' and ':' as whitespace and raises ValueError("syntax error in JSON").
    public static class JsonModule
    {
        private static readonly int QSeparators = Qstr.Intern("separators");
        private static readonly int QRead = Qstr.Intern("read");
        private static readonly int QWrite = Qstr.Intern("write");

        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("json");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(Qstr.Intern("dump"), new PyBuiltin("dump", Dump));
            g.SetQ(Qstr.Intern("dumps"), new PyBuiltin("dumps", Dumps));
            g.SetQ(Qstr.Intern("load"), new PyBuiltin("load", Load));
            g.SetQ(Qstr.Intern("loads"), new PyBuiltin("loads", Loads));
            return new PyModule(name, g);
        }

        // ---- dumps / dump ----

        private static Value Dumps(Value[] a, int s, int nPos, int nKw)
        {
            if (nPos != 1) throw Rt.ArgCountError(1, 1, nPos);
            string itemSep, keySep;
            Separators(a, s + nPos, nKw, out itemSep, out keySep);
            Printer p = new Printer();
            Write(p, a[s], itemSep, keySep, 0);
            return SeqArgs.FromPrinter(PyStr.TypeObj, p);
        }

        private static Value Dump(Value[] a, int s, int nPos, int nKw)
        {
            if (nPos != 2) throw Rt.ArgCountError(2, 2, nPos);
            string itemSep, keySep;
            Separators(a, s + nPos, nKw, out itemSep, out keySep);
            Printer p = new Printer();
            Write(p, a[s], itemSep, keySep, 0);
            Value write = Rt.LoadAttr(a[s + 1], QWrite);
            Rt.Call1(write, SeqArgs.FromPrinter(PyStr.TypeObj, p));
            return Value.None;
        }

        // separators=(item_separator, key_separator); None gives ", " and ": ".
        private static void Separators(Value[] a, int kwStart, int nKw, out string itemSep, out string keySep)
        {
            itemSep = ", ";
            keySep = ": ";
            for (int i = 0; i < nKw; i++)
            {
                PyStr k = a[kwStart + 2 * i].Obj as PyStr;
                if (k == null || k.Intern() != QSeparators) throw Rt.TypeError("unexpected keyword argument");
                Value v = a[kwStart + 2 * i + 1];
                if (v.IsNone) continue;
                PyObject[] items = FixedPair(v);
                itemSep = StrArg(items[0]);
                keySep = StrArg(items[1]);
            }
        }

        private static PyObject[] FixedPair(Value v)
        {
            Value[] items;
            int n;
            PyTuple t = v.Obj as PyTuple;
            PyList l = v.Obj as PyList;
            if (t != null) { items = t.Items; n = t.Items.Length; }
            else if (l != null) { items = l.Items; n = l.Count; }
            else throw Rt.TypeError("object '" + Rt.TypeNameOf(v) + "' isn't a tuple or list");
            if (n != 2) throw Rt.ValueError("requested length 2 but object has length " + n);
            return new PyObject[] { Boxed(items[0]), Boxed(items[1]) };
        }

        private static PyObject Boxed(Value v)
        {
            if (v.IsObj) return v.Obj;
            throw Rt.TypeError("can't convert " + Rt.TypeNameOf(v) + " to str");
        }

        private static string StrArg(PyObject o)
        {
            PyStr str = o as PyStr;
            if (str == null) throw Rt.TypeError("can't convert " + o.Type.NameStr + " to str");
            return str.ToString();
        }

        private static void Write(Printer p, Value v, string itemSep, string keySep, int depth)
        {
            if (depth > 1000) throw Rt.RuntimeError("maximum recursion depth exceeded");
            PyObject o = v.Obj;
            if (v.IsNone) { p.Write("null"); return; }
            if (o is PyBool) { p.Write(((PyBool)o).B ? "true" : "false"); return; }
            PyInstance inst = o as PyInstance;
            if (inst != null && inst.NativeBase != null) o = inst.NativeBase;
            if (o is PyStr || o is PyBytes)
            {
                byte[] d;
                int off, len;
                SeqArgs.GetData(o, out d, out off, out len);
                WriteString(p, d, off, len);
                return;
            }
            PyList list = o as PyList;
            if (list != null)
            {
                WriteItems(p, list.Items, list.Count, itemSep, keySep, depth);
                return;
            }
            PyTuple tuple = o as PyTuple;
            if (tuple != null)
            {
                WriteItems(p, tuple.Items, tuple.Items.Length, itemSep, keySep, depth);
                return;
            }
            PyDict dict = o as PyDict;
            if (dict != null)
            {
                p.WriteByte((byte)'{');
                Value key, val;
                bool first = true;
                for (int pos = dict.Next(0, out key, out val); pos >= 0; pos = dict.Next(pos, out key, out val))
                {
                    if (!first) p.Write(itemSep);
                    first = false;
                    bool quote = !(key.Obj is PyStr || key.Obj is PyBytes);
                    if (quote) p.WriteByte((byte)'"');
                    Write(p, key, itemSep, keySep, depth + 1);
                    if (quote) p.WriteByte((byte)'"');
                    p.Write(keySep);
                    Write(p, val, itemSep, keySep, depth + 1);
                }
                p.WriteByte((byte)'}');
                return;
            }
            Rt.Print(p, v, PrintKind.Repr);
        }

        private static void WriteItems(Printer p, Value[] items, int n, string itemSep, string keySep, int depth)
        {
            p.WriteByte((byte)'[');
            for (int i = 0; i < n; i++)
            {
                if (i > 0) p.Write(itemSep);
                Write(p, items[i], itemSep, keySep, depth + 1);
            }
            p.WriteByte((byte)']');
        }

        // mp_str_print_json: UTF-8 passes through; quote, backslash and control bytes are escaped.
        private static void WriteString(Printer p, byte[] d, int off, int len)
        {
            p.WriteByte((byte)'"');
            for (int i = off; i < off + len; i++)
            {
                int c = d[i];
                if (c == '"' || c == '\\') { p.WriteByte((byte)'\\'); p.WriteByte((byte)c); }
                else if (c >= 32) p.WriteByte((byte)c);
                else if (c == '\n') p.Write("\\n");
                else if (c == '\r') p.Write("\\r");
                else if (c == '\t') p.Write("\\t");
                else
                {
                    p.Write("\\u00");
                    StrMethods.WriteHex(p, c, 2);
                }
            }
            p.WriteByte((byte)'"');
        }

        // ---- loads / load ----

        private static Value Loads(Value text)
        {
            byte[] d;
            int off, len;
            SeqArgs.GetBufferRaise(text, out d, out off, out len);
            return Parse(d, off, off + len);
        }

        // load(stream): the whole stream is read with stream.read(), then parsed.
        private static Value Load(Value stream)
        {
            Value data = Rt.Call0(Rt.LoadAttr(stream, QRead));
            byte[] d;
            int off, len;
            SeqArgs.GetBufferRaise(data, out d, out off, out len);
            return Parse(d, off, off + len);
        }

        private static PyException Fail()
        {
            return Rt.ValueError("syntax error in JSON");
        }

        private static bool Word(byte[] d, ref int i, int end, string rest)
        {
            for (int k = 0; k < rest.Length; k++)
            {
                if (i >= end || d[i] != rest[k]) return false;
                i++;
            }
            return true;
        }

        private static int HexDigit(int c)
        {
            c = (c | 0x20) - '0';
            if (c > 9) c -= 'a' - ('9' + 1);
            return c & 0xFF;
        }

        private static Value Parse(byte[] d, int i, int end)
        {
            PyList stack = null;
            Value top = Value.Null;
            Value pendingKey = Value.Null;
            Printer buf = new Printer();
            for (;;)
            {
                if (i >= end) throw Fail();
                int cur = d[i++];
                Value next;
                bool enter = false;
                switch (cur)
                {
                    case ',': case ':': case ' ': case '\t': case '\n': case '\r':
                        continue;
                    case 'n':
                        if (!Word(d, ref i, end, "ull")) throw Fail();
                        next = Value.None;
                        break;
                    case 'f':
                        if (!Word(d, ref i, end, "alse")) throw Fail();
                        next = Value.False;
                        break;
                    case 't':
                        if (!Word(d, ref i, end, "rue")) throw Fail();
                        next = Value.True;
                        break;
                    case '"':
                        buf.Clear();
                        while (i < end && d[i] != '"')
                        {
                            int c = d[i];
                            if (c == '\\')
                            {
                                i++;
                                c = i < end ? d[i] : 0;
                                if (c == 'b') c = 8;
                                else if (c == 'f') c = 12;
                                else if (c == 'n') c = 10;
                                else if (c == 'r') c = 13;
                                else if (c == 't') c = 9;
                                else if (c == 'u')
                                {
                                    int num = 0;
                                    for (int k = 0; k < 4; k++)
                                    {
                                        i++;
                                        num = (num << 4) | HexDigit(i < end ? d[i] : 0);
                                    }
                                    buf.WriteChar(num);
                                    i++;
                                    continue;
                                }
                            }
                            buf.WriteByte((byte)c);
                            i++;
                        }
                        if (i >= end) throw Fail();
                        i++;
                        next = SeqArgs.FromPrinter(PyStr.TypeObj, buf);
                        break;
                    case '-': case '0': case '1': case '2': case '3': case '4':
                    case '5': case '6': case '7': case '8': case '9':
                        {
                            int start = i - 1;
                            bool flt = false;
                            while (i < end)
                            {
                                int c = d[i];
                                if (c == '.' || c == 'E' || c == 'e') flt = true;
                                else if (!(c == '+' || c == '-' || (c >= '0' && c <= '9'))) break;
                                i++;
                            }
                            if (flt)
                            {
                                double f;
                                if (!FloatParse.TryParse(d, start, i, out f)) throw Rt.ValueError("invalid syntax for number");
                                next = Value.FromFloat(f);
                            }
                            else
                            {
                                next = NumberBuiltins.ParseInt(d, start, i - start, 10);
                            }
                            break;
                        }
                    case '[':
                        next = new PyList(0);
                        enter = true;
                        break;
                    case '{':
                        next = new PyDict();
                        enter = true;
                        break;
                    case '}':
                    case ']':
                        if (top.IsNull) throw Fail();
                        if (stack == null || stack.Count == 0) return Finish(d, i, end, top, stack);
                        top = stack.Items[stack.Count - 1];
                        stack.Count--;
                        stack.Items[stack.Count] = Value.Null;
                        continue;
                    default:
                        throw Fail();
                }
                if (top.IsNull)
                {
                    top = next;
                    if (!enter) return Finish(d, i, end, top, stack);
                    continue;
                }
                PyList tl = top.Obj as PyList;
                if (tl != null)
                {
                    tl.Append(next);
                }
                else if (pendingKey.IsNull)
                {
                    pendingKey = next;
                    if (enter) throw Fail();
                }
                else
                {
                    ((PyDict)top.Obj).Set(pendingKey, next);
                    pendingKey = Value.Null;
                }
                if (enter)
                {
                    if (stack == null) stack = new PyList(1);
                    stack.Append(top);
                    top = next;
                }
            }
        }

        private static Value Finish(byte[] d, int i, int end, Value top, PyList stack)
        {
            while (i < end && (d[i] == ' ' || d[i] == '\t' || d[i] == '\n' || d[i] == '\r' || d[i] == '\f' || d[i] == '\v')) i++;
            if (i < end || top.IsNull || (stack != null && stack.Count != 0)) throw Fail();
            return top;
        }
    }
}
#endif
