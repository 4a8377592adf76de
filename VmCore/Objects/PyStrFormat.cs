namespace NanoMpy
{
    // str.format (also what f-strings compile to) and the % operator of str and bytes, following
    // py/objstr.c's behaviour: byte-based widths, MicroPython's error messages, no attribute/index access in
    // replacement fields (NotImplementedError, as MicroPython).
    public static class StrFormat
    {
        // ---- str.format ----

        public static Value FormatMethod(Value[] args, int start, int nPos, int nKw)
        {
            if (nPos < 1) throw Rt.TypeError("function missing 1 required positional arguments");
            Value self = args[start];
            PyType kind = SeqArgs.KindOf(self);
            byte[] d;
            int off, len;
            if (
#if MP_BYTEARRAY
                kind == PyByteArray.TypeObj ||
#endif
                !SeqArgs.GetData(self, out d, out off, out len))
            {
                throw SeqArgs.WrongSelf("str", self);
            }
            Call c = new Call();
            c.Args = args;
            c.PosStart = start + 1;
            c.NPos = nPos - 1;
            c.KwStart = start + nPos;
            c.NKw = nKw;
            Printer p = new Printer();
            int argI = 0;
            Helper(p, d, off, off + len, ref argI, c);
            return SeqArgs.FromPrinter(kind, p);
        }

        // The arguments of one format call.
        private sealed class Call
        {
            public Value[] Args;
            public int PosStart;
            public int NPos;
            public int KwStart;
            public int NKw;

            public Value Keyword(byte[] d, int off, int len)
            {
                for (int i = 0; i < NKw; i++)
                {
                    Value k = Args[KwStart + 2 * i];
                    byte[] kd;
                    int koff, klen;
                    if (SeqArgs.GetData(k, out kd, out koff, out klen) && SeqArgs.BytesEqual(kd, koff, klen, d, off, len))
                    {
                        return Args[KwStart + 2 * i + 1];
                    }
                }
                return Value.Null;
            }
        }

        private static bool IsAlign(int c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

        private static bool IsType(int c)
        {
            switch (c)
            {
                case 'b': case 'c': case 'd': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                case 'n': case 'o': case 's': case 'x': case 'X': case '%':
                    return true;
            }
            return false;
        }

        private static bool LooksInteger(Value v) { return v.IsSmallInt || v.Obj is PyBool || v.Obj is PyBigInt; }
        private static bool LooksNumeric(Value v) { return LooksInteger(v) || v.IsFloat; }

        // Parses unsigned digits at d[i..top) into num (unchanged when there are none); returns the index after.
        private static int ParseInt(byte[] d, int i, int top, ref int num)
        {
            if (i < top && d[i] >= '0' && d[i] <= '9')
            {
                num = 0;
                while (i < top && d[i] >= '0' && d[i] <= '9') { num = num * 10 + d[i] - '0'; i++; }
            }
            return i;
        }

        private static void Helper(Printer p, byte[] d, int i, int top, ref int argI, Call c)
        {
            for (; i < top; i++)
            {
                if (d[i] == '}')
                {
                    i++;
                    if (i < top && d[i] == '}') { p.WriteByte((byte)'}'); continue; }
                    throw Rt.ValueError("single '}' encountered in format string");
                }
                if (d[i] != '{') { p.WriteByte(d[i]); continue; }
                i++;
                if (i < top && d[i] == '{') { p.WriteByte((byte)'{'); continue; }

                int fieldStart = -1, fieldEnd = -1;
                if (i < top && d[i] != '}' && d[i] != '!' && d[i] != ':')
                {
                    fieldStart = i;
                    while (i < top && d[i] != '}' && d[i] != '!' && d[i] != ':') i++;
                    fieldEnd = i;
                }
                int conversion = 0;
                if (i < top && d[i] == '!')
                {
                    i++;
                    if (i < top && (d[i] == 'r' || d[i] == 's')) conversion = d[i++];
                    else if (i >= top) throw Rt.ValueError("end of format while looking for conversion specifier");
                    else throw Rt.ValueError("unknown conversion specifier " + new string((char)d[i], 1));
                }
                int specStart = -1;
                if (i < top && d[i] == ':')
                {
                    i++;
                    if (i < top && d[i] != '}')
                    {
                        specStart = i;
                        for (int nest = 1; i < top; i++)
                        {
                            if (d[i] == '{') nest++;
                            else if (d[i] == '}' && --nest == 0) break;
                        }
                    }
                }
                if (i >= top) throw Rt.ValueError("unmatched '{' in format");
                if (d[i] != '}') throw Rt.ValueError("expected ':' after format specifier");

                Value arg = Value.None;
                if (fieldStart >= 0)
                {
                    int f = fieldStart;
                    if (d[f] >= '0' && d[f] <= '9')
                    {
                        if (argI > 0) throw Rt.ValueError("can't switch from automatic field numbering to manual field specification");
                        int index = 0;
                        f = ParseInt(d, f, fieldEnd, ref index);
                        if (index >= c.NPos) throw Rt.IndexError("tuple index out of range");
                        arg = c.Args[c.PosStart + index];
                        argI = -1;
                    }
                    else
                    {
                        int look = f;
                        while (look < fieldEnd && d[look] != '.' && d[look] != '[') look++;
                        arg = c.Keyword(d, f, look - f);
                        if (arg.IsNull) throw Rt.KeyError(SeqArgs.NewOfKind(PyStr.TypeObj, d, f, look - f));
                        f = look;
                    }
                    if (f < fieldEnd) throw Rt.NotImplementedError("attributes not supported");
                }
                else
                {
                    if (argI < 0) throw Rt.ValueError("can't switch from manual field specification to automatic field numbering");
                    if (argI >= c.NPos) throw Rt.IndexError("tuple index out of range");
                    arg = c.Args[c.PosStart + argI];
                    argI++;
                }
                if (specStart < 0 && conversion == 0) conversion = 's';
                // str() of a str is itself: only other conversions print into a new str.
                if (conversion != 0 && !(conversion == 's' && arg.Obj is PyStr))
                {
                    Printer ap = new Printer();
                    Rt.Print(ap, arg, conversion == 's' ? PrintKind.Str : PrintKind.Repr);
                    arg = SeqArgs.FromPrinter(PyStr.TypeObj, ap);
                }
                byte fill = 0;
                int align = 0, width = -1, precision = -1, type = 0, flags = 0;
                if (specStart >= 0)
                {
                    // Nested fields in the spec are formatted first, with the same argument counter.
                    Printer sp = new Printer();
                    Helper(sp, d, specStart, i, ref argI, c);
                    byte[] s = sp.ToArray();
                    int k = 0, stop = s.Length;
                    if (k < stop && IsAlign(s[k])) align = s[k++];
                    else if (k + 1 < stop && IsAlign(s[k + 1])) { fill = s[k++]; align = s[k++]; }
                    if (k < stop && (s[k] == '+' || s[k] == '-' || s[k] == ' '))
                    {
                        if (s[k] == '+') flags |= PadFlags.ShowSign;
                        else if (s[k] == ' ') flags |= PadFlags.SpaceSign;
                        k++;
                    }
                    if (k < stop && s[k] == '#') { flags |= PadFlags.ShowPrefix; k++; }
                    if (k < stop && s[k] == '0')
                    {
                        if (align == 0 && LooksNumeric(arg)) align = '=';
                        if (fill == 0) fill = (byte)'0';
                    }
                    k = ParseInt(s, k, stop, ref width);
                    if (k < stop && (s[k] == ',' || s[k] == '_')) { flags |= s[k] << PadFlags.SepShift; k++; }
                    if (k < stop && s[k] == '.') { k++; k = ParseInt(s, k, stop, ref precision); }
                    if (k < stop && IsType(s[k])) type = s[k++];
                    if (k < stop) throw Rt.ValueError("invalid format specifier");
                }
                if (align == 0) align = LooksNumeric(arg) ? '>' : '<';
                if (fill == 0) fill = (byte)' ';
                if ((flags & (PadFlags.ShowSign | PadFlags.SpaceSign)) != 0)
                {
                    if (type == 's') throw Rt.ValueError("sign not allowed in string format specifier");
                    if (type == 'c') throw Rt.ValueError("sign not allowed with integer format specifier 'c'");
                }
                if (align == '<') flags |= PadFlags.LeftAdjust;
                else if (align == '=') flags |= PadFlags.PadAfterSign;
                else if (align == '^') flags |= PadFlags.CenterAdjust;

                if (LooksInteger(arg))
                {
                    bool done = true;
                    switch (type)
                    {
                        case 'b': FormatPrint.Int(p, arg, 2, 'a', flags, fill, width, 0); break;
                        case 'c':
                            byte[] ch = new byte[] { (byte)SeqArgs.ToInt(arg) };
                            FormatPrint.Strn(p, ch, 0, 1, flags, fill, width);
                            break;
                        case 0:
                        case 'n':
                        case 'd': FormatPrint.Int(p, arg, 10, 'a', flags, fill, width, 0); break;
                        case 'o':
                            if ((flags & PadFlags.ShowPrefix) != 0) flags |= PadFlags.ShowOctalLetter;
                            FormatPrint.Int(p, arg, 8, 'a', flags, fill, width, 0);
                            break;
                        case 'x': FormatPrint.Int(p, arg, 16, 'a', flags, fill, width, 0); break;
                        case 'X': FormatPrint.Int(p, arg, 16, 'A', flags, fill, width, 0); break;
                        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                            done = false;
                            break;
                        default: throw UnknownCode(type, arg);
                    }
                    if (done) continue;
                }
                if (LooksNumeric(arg))
                {
                    if (type == 0 || type == 'n') type = 'g';
                    switch (type)
                    {
                        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                            FormatPrint.Float(p, FormatPrint.ToDouble(arg), (char)type, flags, fill, width, precision);
                            break;
                        case '%':
                            FormatPrint.Float(p, Float32.Round(FormatPrint.ToDouble(arg) * 100.0), 'f', flags | PadFlags.AddPercent, fill, width, precision);
                            break;
                        default: throw UnknownCode(type, arg);
                    }
                }
                else
                {
                    if (align == '=') throw Rt.ValueError("'=' alignment not allowed in string format specifier");
                    if (type != 0 && type != 's') throw UnknownCode(type, arg);
                    byte[] sd;
                    int soff, slen;
                    if (!(arg.Obj is PyStr || arg.Obj is PyBytes) || !SeqArgs.GetData(arg, out sd, out soff, out slen))
                    {
                        throw SeqArgs.BadImplicitConversion(arg);
                    }
                    if (precision >= 0 && slen > precision) slen = precision;
                    FormatPrint.Strn(p, sd, soff, slen, flags, fill, width);
                }
            }
        }

        private static PyException UnknownCode(int type, Value arg)
        {
            return Rt.ValueError("unknown format code '" + (char)type + "' for object of type '" + Rt.TypeNameOf(arg) + "'");
        }

#if MP_STR_MODULO
        // ---- % operator ----

        public static Value Modulo(PyObject pattern, Value rhs)
        {
            Value[] args;
            int nArgs;
            PyDict dict = null;
            PyTuple tup = rhs.Obj as PyTuple;
            if (tup != null) { args = tup.Items; nArgs = args.Length; }
            else
            {
                args = new Value[] { rhs };
                nArgs = 1;
                dict = rhs.Obj as PyDict;
            }
            bool isBytes = pattern is PyBytes;
            byte[] d;
            int off, len;
            SeqArgs.GetData(pattern, out d, out off, out len);
            Printer p = new Printer();
            int argI = 0;
            int top = off + len;
            for (int i = off; i < top; i++)
            {
                if (d[i] != '%') { p.WriteByte(d[i]); continue; }
                if (++i >= top) throw Rt.ValueError("incomplete format");
                if (d[i] == '%') { p.WriteByte((byte)'%'); continue; }
                Value arg = Value.Null;
                if (d[i] == '(')
                {
                    if (dict == null) throw Rt.TypeError("format needs a dict");
                    argI = 1;
                    int key = ++i;
                    while (i >= top || d[i] != ')')
                    {
                        if (i >= top) throw Rt.ValueError("incomplete format key");
                        i++;
                    }
                    Value k = SeqArgs.NewOfKind(PyStr.TypeObj, d, key, i - key);
                    arg = dict.Get(k);
                    if (arg.IsNull) throw Rt.KeyError(k);
                    i++;
                }
                int flags = 0;
                byte fill = (byte)' ';
                int alt = 0;
                for (; i < top; i++)
                {
                    int ch = d[i];
                    if (ch == '-') flags |= PadFlags.LeftAdjust;
                    else if (ch == '+') flags |= PadFlags.ShowSign;
                    else if (ch == ' ') flags |= PadFlags.SpaceSign;
                    else if (ch == '#') alt = PadFlags.ShowPrefix;
                    else if (ch == '0') { flags |= PadFlags.PadAfterSign; fill = (byte)'0'; }
                    else break;
                }
                int width = 0;
                if (i < top)
                {
                    if (d[i] == '*')
                    {
                        if (argI >= nArgs) throw Rt.TypeError("format string needs more arguments");
                        width = (int)SeqArgs.ToInt(args[argI++]);
                        i++;
                    }
                    else
                    {
                        i = ParseInt(d, i, top, ref width);
                    }
                }
                int prec = -1;
                if (i < top && d[i] == '.')
                {
                    if (++i < top)
                    {
                        if (d[i] == '*')
                        {
                            if (argI >= nArgs) throw Rt.TypeError("format string needs more arguments");
                            prec = (int)SeqArgs.ToInt(args[argI++]);
                            i++;
                        }
                        else
                        {
                            prec = 0;
                            i = ParseInt(d, i, top, ref prec);
                        }
                    }
                }
                if (i >= top) throw Rt.ValueError("incomplete format");
                if (arg.IsNull)
                {
                    if (argI >= nArgs) throw Rt.TypeError("format string needs more arguments");
                    arg = args[argI++];
                }
                int conv = d[i];
                switch (conv)
                {
                    case 'c':
                        if (arg.Obj is PyStr)
                        {
                            PyStr s = (PyStr)arg.Obj;
                            if (s.Length != 1) throw Rt.TypeError("%c needs int or char");
                            FormatPrint.Strn(p, s.Data, s.Offset, 1, flags, (byte)' ', width);
                        }
                        else if (LooksInteger(arg))
                        {
                            byte[] ch = new byte[] { (byte)SeqArgs.ToInt(arg) };
                            FormatPrint.Strn(p, ch, 0, 1, flags, (byte)' ', width);
                        }
                        else throw Rt.TypeError("integer needed");
                        break;
                    case 'd':
                    case 'i':
                    case 'u':
                        // an object with __int__ formats as that int (mp_obj_get_int)
                        if (arg.Obj is PyInstance) arg = Value.FromInt(NumberOps.GetInt(arg));
                        FormatPrint.Int(p, arg.IsFloat ? FloatToInt(arg.Float) : arg, 10, 'a', flags, fill, width, prec);
                        break;
                    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                        FormatPrint.Float(p, FormatPrint.ToDouble(arg), (char)conv, flags, fill, width, prec);
                        break;
                    case 'o':
                        if (alt != 0) flags |= PadFlags.ShowPrefix | PadFlags.ShowOctalLetter;
                        FormatPrint.Int(p, arg, 8, 'a', flags, fill, width, prec);
                        break;
                    case 'r':
                    case 's':
                    {
                        Printer ap = new Printer();
                        if (conv == 's' && isBytes && arg.Obj is PyBytes)
                        {
                            PyBytes b = (PyBytes)arg.Obj;
                            ap.WriteBytes(b.Data, b.Offset, b.Length);
                        }
                        else
                        {
                            Rt.Print(ap, arg, conv == 'r' ? PrintKind.Repr : PrintKind.Str);
                        }
                        int vlen = ap.Length;
                        if (prec >= 0 && vlen > prec) vlen = prec;
                        FormatPrint.Strn(p, ap.Buffer, 0, vlen, flags, (byte)' ', width);
                        break;
                    }
                    case 'x':
                    case 'X':
                        FormatPrint.Int(p, arg, 16, conv == 'X' ? 'A' : 'a', flags | alt, fill, width, prec);
                        break;
                    default:
                        throw Rt.ValueError("unsupported format character '" + (char)conv + "' (0x" + HexOf(conv) + ") at index " + (i - off));
                }
            }
            if (dict == null && argI != nArgs) throw Rt.TypeError("format string didn't convert all arguments");
            return SeqArgs.FromPrinter(isBytes ? PyBytes.TypeObj : PyStr.TypeObj, p);
        }

        private static string HexOf(int v)
        {
            Printer p = new Printer();
            StrMethods.WriteHex(p, v, v > 0xFF ? 4 : 2);
            string s = p.ToString();
            return s[0] == '0' && s.Length > 1 ? s.Substring(1) : s;
        }

        // mp_obj_new_int_from_float for %d of a float.
        private static Value FloatToInt(double f)
        {
            if (double.IsNaN(f)) throw Rt.ValueError("can't convert NaN to int");
            if (double.IsInfinity(f)) throw Rt.OverflowError("can't convert inf to int");
            double t = f < 0 ? -System.Math.Floor(-f) : System.Math.Floor(f);
            if (t >= -9.2233720368547758e18 && t < 9.2233720368547758e18) return Value.FromInt((long)t);
            return PyBigInt.Make(BigInt.FromDouble(t));
        }
#endif
    }
}
