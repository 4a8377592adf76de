using System;
using System.Collections.Generic;
using System.Globalization;
using Xunit;

namespace NanoMpy.Tests.Numerics
{
    // Operators and number built-ins checked against MicroPython v1.27.0 (data/gen_numberops.py).
    public class NumberOpsTests
    {

        private static Value Decode(string s)
        {
            string body = s.Substring(2);
            switch (s[0])
            {
                case 'i': return PyBigInt.Make(BigInt.Parse(body, 10));
                case 'b': return body == "1" ? Value.True : Value.False;
                case 'f': return Value.FromFloat(TestData.Bits(body));
                case 'c':
                    {
                        string[] p = body.Split(',');
                        return new PyComplex(TestData.Bits(p[0]), TestData.Bits(p[1]));
                    }
                case 'n': return Value.None;
                case 's': return PyStr.FromString(Unescape(body));
            }
            throw new InvalidOperationException(s);
        }

        private static string Unescape(string s)
        {
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] == '\\' && i + 1 < s.Length)
                {
                    char c = s[++i];
                    sb.Append(c == 't' ? '\t' : c == 'n' ? '\n' : c);
                }
                else sb.Append(s[i]);
            }
            return sb.ToString();
        }

        private static readonly Dictionary<string, int> Binary = new Dictionary<string, int>
        {
            { "+", BinaryOpKind.Add }, { "-", BinaryOpKind.Subtract }, { "*", BinaryOpKind.Multiply },
            { "//", BinaryOpKind.FloorDivide }, { "/", BinaryOpKind.TrueDivide }, { "%", BinaryOpKind.Modulo },
            { "**", BinaryOpKind.Power }, { "&", BinaryOpKind.And }, { "|", BinaryOpKind.Or },
            { "^", BinaryOpKind.Xor }, { "<<", BinaryOpKind.LShift }, { ">>", BinaryOpKind.RShift },
            { "<", BinaryOpKind.Less }, { ">", BinaryOpKind.More }, { "<=", BinaryOpKind.LessEqual },
            { ">=", BinaryOpKind.MoreEqual }, { "==", BinaryOpKind.Equal }, { "!=", BinaryOpKind.NotEqual },
        };

        private static Value Call(MakeNewFn f, params Value[] args)
        {
            return f(null, args, 0, args.Length, 0);
        }

        private static string Run(string[] r)
        {
            string op = r[0];
            Value a = Decode(r[1]);
            Value b = r.Length > 3 ? Decode(r[2]) : Value.Null;
            Value c = r.Length > 4 ? Decode(r[3]) : Value.Null;
            if (Binary.TryGetValue(op, out int kind)) return Repr(Rt.BinaryOp(kind, a, b));
            switch (op)
            {
                case "divmod": return Repr(NumberBuiltins.DivMod(a, b));
                case "neg": return Repr(Rt.UnaryOp(UnaryOpKind.Negative, a));
                case "pos": return Repr(Rt.UnaryOp(UnaryOpKind.Positive, a));
                case "invert": return Repr(Rt.UnaryOp(UnaryOpKind.Invert, a));
                case "abs": return Repr(NumberBuiltins.Abs(a));
                case "hash": return Rt.Hash(a).ToString(CultureInfo.InvariantCulture);
                case "bool": return Repr(Call(NumberBuiltins.MakeBool, a));
                case "int": return Repr(Call(NumberBuiltins.MakeInt, a));
                case "intbase": return Repr(Call(NumberBuiltins.MakeInt, a, b));
                case "float": return Repr(Call(NumberBuiltins.MakeFloat, a));
                case "complex": return Repr(Call(NumberBuiltins.MakeComplex, a));
                case "complex2": return Repr(Call(NumberBuiltins.MakeComplex, a, b));
                case "str": return "'" + Rt.StrOf(a) + "'";
                case "round": return Repr(NumberBuiltins.Round(new[] { a }, 0, 1));
                case "round2": return Repr(NumberBuiltins.Round(new[] { a, b }, 0, 2));
                case "pow3": return Repr(NumberBuiltins.Pow(new[] { a, b, c }, 0, 3));
                case "bin": return "'" + Rt.StrOf(NumberBuiltins.Bin(a)) + "'";
                case "oct": return "'" + Rt.StrOf(NumberBuiltins.Oct(a)) + "'";
                case "hex": return "'" + Rt.StrOf(NumberBuiltins.Hex(a)) + "'";
                case "tobytes":
                    {
                        var bytes = (PyBytes)NumberBuiltins.ToBytes(new[] { a, b, c }, 0, 3).Obj;
                        string hex = Convert.ToHexString(bytes.Data, bytes.Offset, bytes.Length).ToLowerInvariant();
                        return hex.Length == 0 ? "\"b''\"" : "'" + hex + "'";
                    }
            }
            throw new InvalidOperationException(op);
        }

        private static string Repr(Value v)
        {
            var tuple = v.Obj as PyTuple;
            if (tuple != null) return "(" + Repr(tuple.Items[0]) + ";" + Repr(tuple.Items[1]) + ")";
            return Rt.Repr(v).ToString();
        }

        [Fact]
        public void OperatorsAndBuiltinsMatchMicroPython()
        {
            var failures = new List<string>();
            int n = 0;
            foreach (string[] row in TestData.Lines("numberops.txt"))
            {
                n++;
                string want = row[row.Length - 1];
                string got;
                try
                {
                    got = Run(row);
                }
                catch (PyException e)
                {
                    var args = e.Exc.Args.Items;
                    string msg = args.Length == 0 ? "" : Rt.StrOf(args[0]).ToString();
                    got = "EXC:" + e.Exc.ExcType.NameStr + ":" + (e.Exc.ExcType.NameStr == "MemoryError" ? "" : msg);
                }
                if (got != want) failures.Add(string.Join(" ", row, 0, row.Length - 1) + ": expected " + want + " got " + got);
            }
            Assert.True(n > 10000);
            Assert.True(failures.Count == 0, failures.Count + " failures:\n" + string.Join("\n", failures.GetRange(0, Math.Min(60, failures.Count))));
        }
    }
}
