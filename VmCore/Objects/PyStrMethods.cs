namespace NanoMpy
{
    // The methods str, bytes and bytearray share (py/objstr.c's common locals table) plus str's constructor
    // and the binary operators of str and bytes. Methods work on raw bytes; positions are converted to code
    // points only where str semantics need them (find results, index arguments).
    public static class StrMethods
    {
        public static void RegisterStr(PyType t)
        {
            RegisterCommon(t);
#if MP_CPYTHON_COMPAT
            t.AddMethod(new PyBuiltin("encode", 1, 3, Encode));
#endif
        }

        // bytes and bytearray (bytearray's append/extend are added by PyByteArray).
        public static void RegisterBinary(PyType t, bool byteArray)
        {
#if MP_STR_EXTRAS
            t.AddMethod(new PyBuiltin("hex", 1, 2, Hex));
            t.AddMethod(new PyBuiltin("fromhex", 1, 2, byteArray ? (BuiltinFnVar)FromHexByteArray : FromHexBytes));
#endif
#if MP_CPYTHON_COMPAT
            t.AddMethod(new PyBuiltin("decode", 1, 3, Decode));
#endif
            RegisterCommon(t);
        }

        private static void RegisterCommon(PyType t)
        {
            t.AddMethod(new PyBuiltin("find", 2, 4, Find));
            t.AddMethod(new PyBuiltin("rfind", 2, 4, RFind));
            t.AddMethod(new PyBuiltin("index", 2, 4, IndexM));
            t.AddMethod(new PyBuiltin("rindex", 2, 4, RIndex));
            t.AddMethod(new PyBuiltin("join", Join));
            t.AddMethod(new PyBuiltin("split", 1, 3, Split));
#if MP_STR_EXTRAS
            t.AddMethod(new PyBuiltin("splitlines", SplitLines));
#endif
            t.AddMethod(new PyBuiltin("rsplit", 1, 3, RSplit));
            t.AddMethod(new PyBuiltin("startswith", 2, 4, StartsWith));
            t.AddMethod(new PyBuiltin("endswith", 2, 4, EndsWith));
            t.AddMethod(new PyBuiltin("strip", 1, 2, Strip));
            t.AddMethod(new PyBuiltin("lstrip", 1, 2, LStrip));
            t.AddMethod(new PyBuiltin("rstrip", 1, 2, RStrip));
            t.AddMethod(new PyBuiltin("format", StrFormat.FormatMethod));
            t.AddMethod(new PyBuiltin("replace", 3, 4, Replace));
#if MP_STR_EXTRAS
            t.AddMethod(new PyBuiltin("count", 2, 4, Count));
            t.AddMethod(new PyBuiltin("partition", Partition));
            t.AddMethod(new PyBuiltin("rpartition", RPartition));
            t.AddMethod(new PyBuiltin("center", Center));
#endif
            t.AddMethod(new PyBuiltin("lower", Lower));
            t.AddMethod(new PyBuiltin("upper", Upper));
            t.AddMethod(new PyBuiltin("isspace", IsSpaceM));
            t.AddMethod(new PyBuiltin("isalpha", IsAlphaM));
            t.AddMethod(new PyBuiltin("isdigit", IsDigitM));
            t.AddMethod(new PyBuiltin("isupper", IsUpperM));
            t.AddMethod(new PyBuiltin("islower", IsLowerM));
        }

        // ---- character classes (ASCII only, as MicroPython's unichar_is* on bytes) ----

        public static bool IsSpace(int c) { return c == ' ' || (c >= 9 && c <= 13); }
        public static bool IsAlpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
        public static bool IsDigit(int c) { return c >= '0' && c <= '9'; }
        public static bool IsUpper(int c) { return c >= 'A' && c <= 'Z'; }
        public static bool IsLower(int c) { return c >= 'a' && c <= 'z'; }

        // ---- str() constructor ----

        public static Value MakeStr(PyType type, Value[] args, int start, int nPos, int nKw)
        {
            if (nKw != 0) throw Rt.NotImplementedError("keyword argument(s) not implemented - use normal args instead");
            if (nPos > 3) throw Rt.ArgCountError(0, 3, nPos);
            if (nPos == 0) return PyStr.Empty;
            Value a = args[start];
            if (nPos == 1) return Rt.StrOf(a);
            if (a.Obj is PyBytes)
            {
                PyBytes b = (PyBytes)a.Obj;
                if (!Utf8Valid(b.Data, b.Offset, b.Length)) throw Rt.Raise(ExcTypes.UnicodeError, null);
                return new PyStr(b.Data, b.Offset, b.Length);
            }
            byte[] d;
            int off, len;
            SeqArgs.GetBufferRaise(a, out d, out off, out len);
            if (!Utf8Valid(d, off, len)) throw Rt.Raise(ExcTypes.UnicodeError, null);
            return SeqArgs.NewOfKind(PyStr.TypeObj, d, off, len);
        }

        // utf8_check: well-formed UTF-8 lead/continuation structure.
        public static bool Utf8Valid(byte[] d, int off, int len)
        {
            int end = off + len;
            int i = off;
            while (i < end)
            {
                int c = d[i++];
                int need;
                if (c < 0x80) continue;
                if (c < 0xC2) return false;
                if (c < 0xE0) need = 1;
                else if (c < 0xF0) need = 2;
                else if (c < 0xF5) need = 3;
                else return false;
                for (; need > 0; need--)
                {
                    if (i >= end || (d[i] & 0xC0) != 0x80) return false;
                    i++;
                }
            }
            return true;
        }

        // ---- repr helpers ----

        // Quote repr uses: ' unless the text has ' and no ".
        public static int QuoteChar(byte[] d, int off, int len)
        {
            bool single = false;
            for (int i = off; i < off + len; i++)
            {
                if (d[i] == '"') return '\'';
                if (d[i] == '\'') single = true;
            }
            return single ? '"' : '\'';
        }

        public static void WriteHex(Printer p, int v, int digits)
        {
            for (int s = (digits - 1) * 4; s >= 0; s -= 4)
            {
                int h = (v >> s) & 0xF;
                p.WriteByte((byte)(h < 10 ? '0' + h : 'a' + h - 10));
            }
        }

        // Escaped bytes between quotes, as bytes/bytearray repr (mp_str_print_quoted with is_bytes).
        public static void PrintBytesQuoted(Printer p, byte[] d, int off, int len)
        {
            int quote = QuoteChar(d, off, len);
            p.WriteByte((byte)quote);
            for (int i = off; i < off + len; i++)
            {
                int c = d[i];
                if (c == quote) { p.WriteByte((byte)'\\'); p.WriteByte((byte)quote); }
                else if (c == '\\') p.Write("\\\\");
                else if (c >= 0x20 && c < 0x7F) p.WriteByte((byte)c);
                else if (c == '\n') p.Write("\\n");
                else if (c == '\r') p.Write("\\r");
                else if (c == '\t') p.Write("\\t");
                else { p.Write("\\x"); WriteHex(p, c, 2); }
            }
            p.WriteByte((byte)quote);
        }

        // ---- operators of str and bytes (mp_obj_str_binary_op) ----

        public static Value BinaryOp(PyObject self, int op, Value rhs)
        {
#if MP_STR_MODULO
            if (op == BinaryOpKind.Modulo) return StrFormat.Modulo(self, rhs);
#endif
            PyType kind = SeqArgs.KindOf(self);
            byte[] d;
            int off, len;
            SeqArgs.GetData(self, out d, out off, out len);
            if (op == BinaryOpKind.Multiply || op == BinaryOpKind.ReverseMultiply)
            {
                if (!SeqArgs.IsInt(rhs)) return Value.Null;
                long n = SeqArgs.ToInt(rhs);
                if (n <= 0 || len == 0) return SeqArgs.Empty(kind);
                byte[] r = SeqOps.NewBytes(len, n, 1);
                for (int i = 0; i < n; i++) System.Array.Copy(d, off, r, i * len, len);
                return SeqArgs.Wrap(kind, r, r.Length);
            }
            byte[] rd;
            int roff, rlen;
            PyType rkind = SeqArgs.KindOf(rhs);
            if (rkind == kind
#if MP_BYTEARRAY
                && !(rhs.Obj is PyByteArray)
#endif
                )
            {
                SeqArgs.GetData(rhs, out rd, out roff, out rlen);
            }
            else if (kind == PyBytes.TypeObj)
            {
                if (!SeqArgs.GetBuffer(rhs, out rd, out roff, out rlen)) return Value.Null;
            }
            else
            {
                if (op == BinaryOpKind.Contains) throw SeqArgs.BadImplicitConversion(rhs);
                return Value.Null;
            }
            switch (op)
            {
                case BinaryOpKind.Add:
                    if (len == 0 && rkind == kind
#if MP_BYTEARRAY
                        && !(rhs.Obj is PyByteArray)
#endif
                        ) return rhs;
                    if (rlen == 0) return self;
                    byte[] r = new byte[len + rlen];
                    System.Array.Copy(d, off, r, 0, len);
                    System.Array.Copy(rd, roff, r, len, rlen);
                    return SeqArgs.Wrap(kind, r, r.Length);
                case BinaryOpKind.Contains:
                    return Value.FromBool(SeqArgs.Find(d, off, off + len, rd, roff, rlen, 1) >= 0);
                case BinaryOpKind.Equal:
                case BinaryOpKind.Less:
                case BinaryOpKind.LessEqual:
                case BinaryOpKind.More:
                case BinaryOpKind.MoreEqual:
                    return Value.FromBool(SeqArgs.CompareBytes(op, d, off, len, rd, roff, rlen));
            }
            return Value.Null;
        }

        // ---- index arguments ----

        // str_index_to_ptr for optional start/end arguments: byte offset 0..len, clamped.
        private static int SliceArg(Value self, int len, Value index)
        {
            PyStr s = self.Obj as PyStr;
            if (s != null) return s.CharToByte(index, true);
            if (!SeqArgs.IsInt(index))
            {
                throw Rt.TypeError(SeqArgs.KindOf(self).NameStr + " indices must be integers, not " + Rt.TypeNameOf(index));
            }
            long i = SeqArgs.ToInt(index);
            if (i < 0) { i += len; if (i < 0) i = 0; }
            else if (i > len) i = len;
            return (int)i;
        }

        private static PyType Self(Value v, out byte[] d, out int off, out int len)
        {
            if (!SeqArgs.GetData(v, out d, out off, out len))
            {
                throw SeqArgs.WrongSelf("str", v);
            }
            return SeqArgs.KindOf(v);
        }

        // ---- find / rfind / index / rindex / count ----

        private static Value Find(Value[] a, int s, int n) { return Finder(a, s, n, 1, false); }
        private static Value RFind(Value[] a, int s, int n) { return Finder(a, s, n, -1, false); }
        private static Value IndexM(Value[] a, int s, int n) { return Finder(a, s, n, 1, true); }
        private static Value RIndex(Value[] a, int s, int n) { return Finder(a, s, n, -1, true); }

        private static Value Finder(Value[] a, int s, int n, int dir, bool isIndex)
        {
            byte[] d, nd;
            int off, len, noff, nlen;
            PyType kind = Self(a[s], out d, out off, out len);
            SeqArgs.CheckArg(kind, a[s + 1]);
            SeqArgs.GetData(a[s + 1], out nd, out noff, out nlen);
            int st = 0, en = len;
            if (n >= 3 && !a[s + 2].IsNone) st = SliceArg(a[s], len, a[s + 2]);
            if (n >= 4 && !a[s + 3].IsNone) en = SliceArg(a[s], len, a[s + 3]);
            int p = en < st ? -1 : SeqArgs.Find(d, off + st, off + en, nd, noff, nlen, dir);
            if (p < 0)
            {
                if (isIndex) throw Rt.ValueError("substring not found");
                return Value.FromInt(-1);
            }
            p -= off;
            PyStr ps = a[s].Obj as PyStr;
            if (ps != null) p = ps.ByteToChar(p);
            return Value.FromInt(p);
        }

#if MP_STR_EXTRAS
        private static Value Count(Value[] a, int s, int n)
        {
            byte[] d, nd;
            int off, len, noff, nlen;
            PyType kind = Self(a[s], out d, out off, out len);
            SeqArgs.CheckArg(kind, a[s + 1]);
            SeqArgs.GetData(a[s + 1], out nd, out noff, out nlen);
            int st = 0, en = len;
            if (n >= 3 && !a[s + 2].IsNone) st = SliceArg(a[s], len, a[s + 2]);
            if (n >= 4 && !a[s + 3].IsNone) en = SliceArg(a[s], len, a[s + 3]);
            bool isStr = kind == PyStr.TypeObj;
            if (nlen == 0)
            {
                int chars = en > st ? (isStr ? Utf8.CharCount(d, off + st, en - st) : en - st) : 0;
                return Value.FromInt(chars + 1);
            }
            int count = 0;
            int i = off + st, end = off + en;
            while (i + nlen <= end)
            {
                if (SeqArgs.BytesEqual(d, i, nlen, nd, noff, nlen)) { count++; i += nlen; }
                else i += isStr ? PyStr.Utf8Len(d[i]) : 1;
            }
            return Value.FromInt(count);
        }
#endif

        // ---- startswith / endswith ----

        private static Value StartsWith(Value[] a, int s, int n) { return StartEnd(a, s, n, false); }
        private static Value EndsWith(Value[] a, int s, int n) { return StartEnd(a, s, n, true); }

        private static Value StartEnd(Value[] a, int s, int n, bool ends)
        {
            byte[] d;
            int off, len;
            Self(a[s], out d, out off, out len);
            if (n > 2)
            {
                int en = len;
                if (n > 3 && !a[s + 3].IsNone) en = SliceArg(a[s], len, a[s + 3]);
                int st = a[s + 2].IsNone ? 0 : SliceArg(a[s], len, a[s + 2]);
                off += st;
                len = en - st < 0 ? 0 : en - st;
            }
            Value pre = a[s + 1];
            PyTuple tup = pre.Obj as PyTuple;
            int count = tup != null ? tup.Items.Length : 1;
            for (int i = 0; i < count; i++)
            {
                Value p = tup != null ? tup.Items[i] : pre;
                byte[] pd;
                int poff, plen;
                if (!(p.Obj is PyStr || p.Obj is PyBytes) || !SeqArgs.GetData(p, out pd, out poff, out plen))
                {
                    throw SeqArgs.BadImplicitConversion(p);
                }
                if (plen <= len && SeqArgs.BytesEqual(d, ends ? off + len - plen : off, plen, pd, poff, plen)) return Value.True;
            }
            return Value.False;
        }

        // ---- strip ----

        private static Value Strip(Value[] a, int s, int n) { return StripImpl(a, s, n, 0); }
        private static Value LStrip(Value[] a, int s, int n) { return StripImpl(a, s, n, -1); }
        private static Value RStrip(Value[] a, int s, int n) { return StripImpl(a, s, n, 1); }

        private static readonly byte[] Whitespace = { (byte)' ', 9, 10, 13, 11, 12 };

        // side: 0 both, -1 left, 1 right.
        private static Value StripImpl(Value[] a, int s, int n, int side)
        {
            byte[] d, cd = Whitespace;
            int off, len, coff = 0, clen = Whitespace.Length;
            PyType kind = Self(a[s], out d, out off, out len);
            if (n > 1)
            {
                SeqArgs.CheckArg(kind, a[s + 1]);
                SeqArgs.GetData(a[s + 1], out cd, out coff, out clen);
            }
            int first = 0, last = len;
            if (side <= 0)
            {
                while (first < len && InSet(d[off + first], cd, coff, clen)) first++;
            }
            if (side >= 0)
            {
                while (last > first && InSet(d[off + last - 1], cd, coff, clen)) last--;
            }
            // All stripped: '' or b'' (bytes even for a bytearray, as MicroPython).
            if (first >= last) return kind == PyStr.TypeObj ? (Value)PyStr.Empty : PyBytes.Empty;
            if (first == 0 && last == len) return a[s];
            return SeqArgs.NewOfKind(kind, d, off + first, last - first);
        }

        private static bool InSet(byte b, byte[] set, int off, int len)
        {
            for (int i = off; i < off + len; i++)
            {
                if (set[i] == b) return true;
            }
            return false;
        }

        // ---- split / rsplit / splitlines / join ----

        private static Value Split(Value[] a, int s, int n)
        {
            byte[] d;
            int off, len;
            PyType kind = Self(a[s], out d, out off, out len);
            long splits = -1;
            Value sep = Value.None;
            if (n > 1)
            {
                sep = a[s + 1];
                if (n > 2) splits = SeqArgs.ToInt(a[s + 2]);
            }
            PyList res = new PyList(4);
            int i = off, top = off + len;
            if (sep.IsNone)
            {
                while (i < top && IsSpace(d[i])) i++;
                while (i < top && splits != 0)
                {
                    int st = i;
                    while (i < top && !IsSpace(d[i])) i++;
                    res.Append(SeqArgs.NewOfKind(kind, d, st, i - st));
                    if (i >= top) break;
                    while (i < top && IsSpace(d[i])) i++;
                    if (splits > 0) splits--;
                }
                if (i < top) res.Append(SeqArgs.NewOfKind(kind, d, i, top - i));
                return res;
            }
            SeqArgs.CheckArg(kind, sep);
            byte[] sd;
            int soff, slen;
            SeqArgs.GetData(sep, out sd, out soff, out slen);
            if (slen == 0) throw Rt.ValueError("empty separator");
            while (true)
            {
                int st = i;
                while (true)
                {
                    if (splits == 0 || i + slen > top) { i = top; break; }
                    if (SeqArgs.BytesEqual(d, i, slen, sd, soff, slen)) break;
                    i++;
                }
                res.Append(SeqArgs.NewOfKind(kind, d, st, i - st));
                if (i >= top) break;
                i += slen;
                if (splits > 0) splits--;
            }
            return res;
        }

        private static Value RSplit(Value[] a, int s, int n)
        {
            if (n < 3) return Split(a, s, n);
            long splits = SeqArgs.ToInt(a[s + 2]);
            if (splits < 0) return Split(a, s, n);
            byte[] d;
            int off, len;
            PyType kind = Self(a[s], out d, out off, out len);
            Value sep = a[s + 1];
            if (sep.IsNone) throw Rt.NotImplementedError("rsplit(None,n)");
            byte[] sd;
            int soff, slen;
            if (!SeqArgs.GetData(sep, out sd, out soff, out slen) || SeqArgs.IsByteArray(sep)) throw SeqArgs.BadImplicitConversion(sep);
            if (slen == 0) throw Rt.ValueError("empty separator");
            // Parts are found from the end; collect them reversed, then flip.
            PyList rev = new PyList(4);
            int beg = off, last = off + len;
            while (true)
            {
                int i = last - slen;
                while (splits != 0 && i >= beg && !SeqArgs.BytesEqual(d, i, slen, sd, soff, slen)) i--;
                if (i < beg || splits == 0)
                {
                    rev.Append(SeqArgs.NewOfKind(kind, d, beg, last - beg));
                    break;
                }
                rev.Append(SeqArgs.NewOfKind(kind, d, i + slen, last - i - slen));
                last = i;
                splits--;
            }
            PyList res = new PyList(rev.Count);
            for (int k = rev.Count - 1; k >= 0; k--) res.Append(rev.Items[k]);
            return res;
        }

#if MP_STR_EXTRAS
        private static Value SplitLines(Value[] a, int s, int nPos, int nKw)
        {
            if (nPos < 1) throw Rt.TypeError("function missing 1 required positional arguments");
            if (nPos > 2) throw Rt.TypeError("extra positional arguments given");
            bool keep = nPos == 2 && Rt.IsTrue(a[s + 1]);
            for (int k = 0; k < nKw; k++)
            {
                Value name = a[s + nPos + 2 * k];
                if (name.Obj is PyStr && ((PyStr)name.Obj).ToString() == "keepends") keep = Rt.IsTrue(a[s + nPos + 2 * k + 1]);
                else throw Rt.TypeError("extra keyword arguments given");
            }
            byte[] d;
            int off, len;
            PyType kind = Self(a[s], out d, out off, out len);
            PyList res = new PyList(4);
            int i = off, top = off + len;
            while (i < top)
            {
                int st = i, match = 0;
                while (i < top)
                {
                    if (d[i] == '\n') { match = 1; break; }
                    if (d[i] == '\r') { match = (i + 1 < top && d[i + 1] == '\n') ? 2 : 1; break; }
                    i++;
                }
                int sub = i - st;
                if (keep) sub += match;
                res.Append(SeqArgs.NewOfKind(kind, d, st, sub));
                i += match;
            }
            return res;
        }
#endif

        private static Value Join(Value self, Value arg)
        {
            byte[] d;
            int off, len;
            PyType kind = Self(self, out d, out off, out len);
            PyType want = SeqArgs.BytesKind(kind);
            Value[] items;
            int count;
            if (arg.Obj is PyList) { items = ((PyList)arg.Obj).Items; count = ((PyList)arg.Obj).Count; }
            else if (arg.Obj is PyTuple) { items = ((PyTuple)arg.Obj).Items; count = items.Length; }
            else
            {
                PyList l = new PyList(4);
                Value it = Rt.GetIter(arg);
                for (Value x = Rt.IterNext(it); !x.IsNull; x = Rt.IterNext(it)) l.Append(x);
                items = l.Items;
                count = l.Count;
            }
            int total = 0;
            for (int i = 0; i < count; i++)
            {
                PyType k = SeqArgs.KindOf(items[i]);
#if MP_BYTEARRAY
                if (k == PyByteArray.TypeObj) k = PyBytes.TypeObj;
#endif
                if (k != want || items[i].Obj is PyInstance)
                {
                    throw Rt.TypeError("join expects a list of str/bytes objects consistent with self object");
                }
                byte[] id;
                int ioff, ilen;
                SeqArgs.GetData(items[i], out id, out ioff, out ilen);
                if (i > 0) total += len;
                total += ilen;
            }
            byte[] r = new byte[total];
            int p = 0;
            for (int i = 0; i < count; i++)
            {
                if (i > 0) { System.Array.Copy(d, off, r, p, len); p += len; }
                byte[] id;
                int ioff, ilen;
                SeqArgs.GetData(items[i], out id, out ioff, out ilen);
                System.Array.Copy(id, ioff, r, p, ilen);
                p += ilen;
            }
            return SeqArgs.Wrap(kind, r, total);
        }

        // ---- replace / partition / center / case ----

        private static Value Replace(Value[] a, int s, int n)
        {
            long max = -1;
            if (n == 4)
            {
                max = SeqArgs.ToInt(a[s + 3]);
                if (max == 0) return a[s];
                if (max < 0) max = -1;
            }
            byte[] d, od, nd;
            int off, len, ooff, olen, noff, nlen;
            PyType kind = Self(a[s], out d, out off, out len);
            SeqArgs.CheckArg(kind, a[s + 1]);
            SeqArgs.CheckArg(kind, a[s + 2]);
            SeqArgs.GetData(a[s + 1], out od, out ooff, out olen);
            SeqArgs.GetData(a[s + 2], out nd, out noff, out nlen);
            if (olen > len) return a[s];
            Printer p = new Printer();
            long done = 0;
            int pos = off, end = off + len;
            if (olen == 0)
            {
                p.WriteBytes(nd, noff, nlen);
                done++;
            }
            while (done != max && pos < end)
            {
                int f = SeqArgs.Find(d, pos, end, od, ooff, olen, 1);
                if (f < 0) break;
                if (olen == 0) f++;
                p.WriteBytes(d, pos, f - pos);
                p.WriteBytes(nd, noff, nlen);
                pos = f + olen;
                done++;
            }
            if (done == 0) return a[s];
            p.WriteBytes(d, pos, end - pos);
            return SeqArgs.FromPrinter(kind, p);
        }

#if MP_STR_EXTRAS
        private static Value Partition(Value self, Value arg) { return Partitioner(self, arg, 1); }
        private static Value RPartition(Value self, Value arg) { return Partitioner(self, arg, -1); }

        private static Value Partitioner(Value self, Value arg, int dir)
        {
            byte[] d, sd;
            int off, len, soff, slen;
            PyType kind = Self(self, out d, out off, out len);
            SeqArgs.CheckArg(kind, arg);
            SeqArgs.GetData(arg, out sd, out soff, out slen);
            if (slen == 0) throw Rt.ValueError("empty separator");
            Value e = kind == PyStr.TypeObj ? (Value)PyStr.Empty : PyBytes.Empty;
            Value[] r = new Value[] { e, e, e };
            if (dir > 0) r[0] = self; else r[2] = self;
            if (SeqArgs.KindOf(arg) != kind) arg = SeqArgs.NewOfKind(kind, sd, soff, slen);
            int f = SeqArgs.Find(d, off, off + len, sd, soff, slen, dir);
            if (f >= 0)
            {
                r[0] = SeqArgs.NewOfKind(kind, d, off, f - off);
                r[1] = arg;
                r[2] = SeqArgs.NewOfKind(kind, d, f + slen, off + len - f - slen);
            }
            return new PyTuple(r);
        }

        private static Value Center(Value self, Value width)
        {
            byte[] d;
            int off, len;
            PyType kind = Self(self, out d, out off, out len);
            long w = SeqArgs.ToInt(width);
            if (w < 0) throw SeqOps.AllocationFailed((ulong)w + 1); // MicroPython reads the width as a size_t
            if (len >= w) return self;
            byte[] r = SeqOps.NewBytes(w, 1, 1);
            for (int i = 0; i < w; i++) r[i] = (byte)' ';
            System.Array.Copy(d, off, r, (int)(w - len) / 2, len);
            return SeqArgs.Wrap(kind, r, (int)w);
        }
#endif

        private static Value Lower(Value self) { return CaseConv(self, false); }
        private static Value Upper(Value self) { return CaseConv(self, true); }

        private static Value CaseConv(Value self, bool upper)
        {
            byte[] d;
            int off, len;
            PyType kind = Self(self, out d, out off, out len);
            byte[] r = new byte[len];
            for (int i = 0; i < len; i++)
            {
                int c = d[off + i];
                if (upper && IsLower(c)) c -= 32;
                else if (!upper && IsUpper(c)) c += 32;
                r[i] = (byte)c;
            }
            return SeqArgs.Wrap(kind, r, len);
        }

        private static Value IsSpaceM(Value self) { return IsType(self, 0); }
        private static Value IsAlphaM(Value self) { return IsType(self, 1); }
        private static Value IsDigitM(Value self) { return IsType(self, 2); }
        private static Value IsUpperM(Value self) { return IsType(self, 3); }
        private static Value IsLowerM(Value self) { return IsType(self, 4); }

        // which: 0 space, 1 alpha, 2 digit, 3 upper, 4 lower. Upper/lower look only at letters and need one.
        private static Value IsType(Value self, int which)
        {
            byte[] d;
            int off, len;
            Self(self, out d, out off, out len);
            if (len == 0) return Value.False;
            bool sawAlpha = false;
            for (int i = off; i < off + len; i++)
            {
                int c = d[i];
                switch (which)
                {
                    case 0: if (!IsSpace(c)) return Value.False; break;
                    case 1: if (!IsAlpha(c)) return Value.False; break;
                    case 2: if (!IsDigit(c)) return Value.False; break;
                    default:
                        if (IsAlpha(c))
                        {
                            sawAlpha = true;
                            if (which == 3 ? !IsUpper(c) : !IsLower(c)) return Value.False;
                        }
                        break;
                }
            }
            return Value.FromBool(which < 3 || sawAlpha);
        }

        // ---- encode / decode / hex / fromhex ----

#if MP_CPYTHON_COMPAT
        private static Value Encode(Value[] a, int s, int n)
        {
            byte[] d;
            int off, len;
            Self(a[s], out d, out off, out len);
            if (!(a[s].Obj is PyStr)) throw SeqArgs.BadImplicitConversion(a[s]);
            PyStr str = (PyStr)a[s].Obj;
            return new PyBytes(str.Data, str.Offset, str.Length);
        }

        private static Value Decode(Value[] a, int s, int n)
        {
            Value[] args = new Value[] { a[s], n > 1 ? a[s + 1] : Qstr.Obj(Qstr.Intern("utf-8")), n > 2 ? a[s + 2] : Value.None };
            return MakeStr(PyStr.TypeObj, args, 0, n > 2 ? 3 : 2, 0);
        }
#endif

#if MP_STR_EXTRAS
        private static Value Hex(Value[] a, int s, int n)
        {
            byte[] d;
            int off, len;
            SeqArgs.GetBufferRaise(a[s], out d, out off, out len);
            if (len == 0) return PyBytes.Empty;
            byte sep = 0;
            if (n > 1)
            {
                byte[] sd;
                int soff, slen;
                if (!(a[s + 1].Obj is PyStr || a[s + 1].Obj is PyBytes)) throw SeqArgs.BadImplicitConversion(a[s + 1]);
                SeqArgs.GetData(a[s + 1], out sd, out soff, out slen);
                sep = slen > 0 ? sd[soff] : (byte)0;
            }
            Printer p = new Printer();
            for (int i = 0; i < len; i++)
            {
                WriteHex(p, d[off + i], 2);
                if (n > 1 && i != len - 1) p.WriteByte(sep);
            }
            return SeqArgs.FromPrinter(PyStr.TypeObj, p);
        }

        private static Value FromHexBytes(Value[] a, int s, int n) { return FromHex(a[s + n - 1], PyBytes.TypeObj); }
        private static Value FromHexByteArray(Value[] a, int s, int n) { return FromHex(a[s + n - 1], PyByteArray.TypeObj); }

        private static Value FromHex(Value arg, PyType kind)
        {
            byte[] d;
            int off, len;
            SeqArgs.GetBufferRaise(arg, out d, out off, out len);
            byte[] r = new byte[len / 2];
            int o = 0, i = off, end = off + len;
            while (i < end)
            {
                int c1 = d[i++];
                if (IsSpace(c1)) continue;
                if (i == end || HexVal(c1) < 0 || HexVal(d[i]) < 0) throw Rt.ValueError("non-hex digit");
                r[o++] = (byte)((HexVal(c1) << 4) | HexVal(d[i++]));
            }
            if (o == 0) return SeqArgs.Empty(kind);
            return SeqArgs.NewOfKind(kind, r, 0, o);
        }

        private static int HexVal(int c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }
#endif
    }
}
