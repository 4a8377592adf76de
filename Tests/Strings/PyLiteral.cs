using System;
using System.Collections.Generic;
using System.Text;
using NanoMpy;

namespace NanoMpy.Tests.Strings
{
    // Test-only reader of the Python literals used in data/cases.txt (str/bytes with escapes, ints, floats,
    // None/True/False, tuples, lists, dicts, bytearray(...) and slices inside subscripts), and a repr of
    // results that covers lists/tuples/dicts even before the container work gives them Print.
    public sealed class PyLiteral
    {
        private readonly string _s;
        private int _i;

        private PyLiteral(string s) { _s = s; }

        public static Value Parse(string s)
        {
            var p = new PyLiteral(s.Trim());
            Value v = p.ParseValue();
            p.Ws();
            if (p._i != p._s.Length) throw new FormatException("trailing text in literal: " + s);
            return v;
        }

        // Arguments "a, b, name=c": positional values then (name, value) pairs, as PyObject.Call lays them out.
        public static Value[] ParseArgs(string s, out int nPos, out int nKw)
        {
            var pos = new List<Value>();
            var kw = new List<Value>();
            var p = new PyLiteral(s.Trim());
            while (true)
            {
                p.Ws();
                if (p._i >= p._s.Length) break;
                int save = p._i;
                string name = p.Ident();
                p.Ws();
                if (name != null && p._i < p._s.Length && p._s[p._i] == '=' && name != "None" && name != "True" && name != "False")
                {
                    p._i++;
                    kw.Add(PyStr.FromString(name));
                    kw.Add(p.ParseValue());
                }
                else
                {
                    p._i = save;
                    pos.Add(p.ParseValue());
                }
                p.Ws();
                if (p._i < p._s.Length && p._s[p._i] == ',') p._i++;
            }
            nPos = pos.Count;
            nKw = kw.Count / 2;
            pos.AddRange(kw);
            return pos.ToArray();
        }

        // A subscript: an index literal or a start:stop:step slice.
        public static Value ParseIndex(string s)
        {
            s = s.Trim();
            if (!s.Contains(':') || s.StartsWith("'") || s.StartsWith("\"")) return Parse(s);
            string[] parts = s.Split(':');
            Value[] v = new Value[3];
            for (int k = 0; k < 3; k++) v[k] = k < parts.Length && parts[k].Trim() != "" ? Parse(parts[k]) : Value.None;
            return new PySlice(v[0], v[1], v[2]);
        }

        private void Ws()
        {
            while (_i < _s.Length && _s[_i] == ' ') _i++;
        }

        private string Ident()
        {
            int st = _i;
            while (_i < _s.Length && (char.IsLetter(_s[_i]) || _s[_i] == '_')) _i++;
            return _i > st ? _s.Substring(st, _i - st) : null;
        }

        private Value ParseValue()
        {
            Ws();
            char c = _s[_i];
            if (c == '\'' || c == '"') return PyStrFromBytes(StrBody(false), false);
            if (c == 'b' && _i + 1 < _s.Length && (_s[_i + 1] == '\'' || _s[_i + 1] == '"'))
            {
                _i++;
                return PyStrFromBytes(StrBody(true), true);
            }
            if (c == '(' || c == '[')
            {
                char close = c == '(' ? ')' : ']';
                _i++;
                var items = new List<Value>();
                bool comma = false;
                while (true)
                {
                    Ws();
                    if (_s[_i] == close) { _i++; break; }
                    items.Add(ParseValue());
                    Ws();
                    if (_s[_i] == ',') { _i++; comma = true; }
                }
                if (c == '[') return PyList.Copy(items.ToArray(), 0, items.Count);
                if (items.Count == 1 && !comma) return items[0];
                return PyTuple.Copy(items.ToArray(), 0, items.Count);
            }
            if (c == '{')
            {
                _i++;
                var d = new PyDict();
                while (true)
                {
                    Ws();
                    if (_s[_i] == '}') { _i++; break; }
                    Value k = ParseValue();
                    Ws();
                    _i++; // ':'
                    Value v = ParseValue();
                    d.Set(k, v);
                    Ws();
                    if (_s[_i] == ',') _i++;
                }
                return d;
            }
            string id = Ident();
            if (id != null)
            {
                switch (id)
                {
                    case "None": return Value.None;
                    case "True": return Value.True;
                    case "False": return Value.False;
                    case "bytearray":
                        _i++; // '('
                        Value inner = ParseValue();
                        Ws();
                        _i++; // ')'
                        return Rt.Call(PyByteArray.TypeObj, new[] { inner }, 0, 1, 0);
                    case "array":
                    {
                        _i++; // '('
                        var args = new List<Value>();
                        while (true)
                        {
                            Ws();
                            if (_s[_i] == ')') { _i++; break; }
                            args.Add(ParseValue());
                            Ws();
                            if (_s[_i] == ',') _i++;
                        }
                        return Rt.Call(PyArray.TypeObj, args.ToArray(), 0, args.Count, 0);
                    }
                    case "memoryview":
                    {
                        _i++; // '('
                        Value inner2 = ParseValue();
                        Ws();
                        _i++; // ')'
                        return Rt.Call(PyMemoryView.TypeObj, new[] { inner2 }, 0, 1, 0);
                    }
                    case "float":
                        _i++; // '('
                        Value fs = ParseValue();
                        Ws();
                        _i++; // ')'
                        string t = fs.Obj.ToString();
                        return Value.FromFloat(t == "inf" ? double.PositiveInfinity : t == "-inf" ? double.NegativeInfinity : double.NaN);
                }
                throw new FormatException("unknown name " + id);
            }
            int st = _i;
            if (_s[_i] == '-' || _s[_i] == '+') _i++;
            while (_i < _s.Length && (char.IsLetterOrDigit(_s[_i]) || _s[_i] == '.' || ((_s[_i] == '-' || _s[_i] == '+') && (_s[_i - 1] == 'e' || _s[_i - 1] == 'E')))) _i++;
            string num = _s.Substring(st, _i - st);
            if (num.StartsWith("0x") || num.StartsWith("-0x"))
            {
                long h = Convert.ToInt64(num.Replace("0x", ""), 16);
                return Value.FromInt(h);
            }
            if (num.Contains('.') || num.Contains('e') || num.Contains('E'))
            {
                return Value.FromFloat(double.Parse(num, System.Globalization.CultureInfo.InvariantCulture));
            }
            if (long.TryParse(num, out long small)) return Value.FromInt(small);
            return PyBigInt.Make(BigInt.Parse(num, 10));
        }

        private static Value PyStrFromBytes(byte[] b, bool isBytes)
        {
            if (isBytes) return new PyBytes(b, 0, b.Length);
            return new PyStr(b, 0, b.Length);
        }

        private byte[] StrBody(bool isBytes)
        {
            char q = _s[_i++];
            var o = new List<byte>();
            while (_s[_i] != q)
            {
                char c = _s[_i++];
                if (c != '\\')
                {
                    o.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                    continue;
                }
                char e = _s[_i++];
                switch (e)
                {
                    case 'n': o.Add(10); break;
                    case 't': o.Add(9); break;
                    case 'r': o.Add(13); break;
                    case '0': o.Add(0); break;
                    case 'x':
                    {
                        int v = Convert.ToInt32(_s.Substring(_i, 2), 16);
                        _i += 2;
                        if (isBytes) o.Add((byte)v); else o.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(v)));
                        break;
                    }
                    case 'u':
                    case 'U':
                    {
                        int n = e == 'u' ? 4 : 8;
                        int v = Convert.ToInt32(_s.Substring(_i, n), 16);
                        _i += n;
                        o.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(v)));
                        break;
                    }
                    default: o.AddRange(Encoding.UTF8.GetBytes(e.ToString())); break;
                }
            }
            _i++;
            return o.ToArray();
        }

        // repr() of a result, containers included.
        public static string Repr(Value v)
        {
            if (v.Obj is PyList l)
            {
                var parts = new List<string>();
                for (int i = 0; i < l.Count; i++) parts.Add(Repr(l.Items[i]));
                return "[" + string.Join(", ", parts) + "]";
            }
            if (v.Obj is PyTuple t)
            {
                var parts = new List<string>();
                foreach (Value x in t.Items) parts.Add(Repr(x));
                return "(" + string.Join(", ", parts) + (t.Items.Length == 1 ? ",)" : ")");
            }
            return Rt.Repr(v).ToString();
        }
    }
}
