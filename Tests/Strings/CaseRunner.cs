using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using NanoMpy;

namespace NanoMpy.Tests.Strings
{
    // Runs the cases of a data file ("receiver | op | args", see data/run_cases.py) through the C# API and
    // renders each result the way run_cases.py prints it on MicroPython.
    public static class CaseRunner
    {
        public static string DataDir([CallerFilePath] string here = "")
        {
            return Path.Combine(Path.GetDirectoryName(here)!, "data");
        }

        // (case line, expected output) pairs of a cases file and its expected-output file.
        public static IEnumerable<object[]> Load(string cases, string expected)
        {
            string dir = DataDir();
            var lines = new List<string>();
            foreach (string l in File.ReadAllLines(Path.Combine(dir, cases)))
            {
                if (l.Length == 0 || l.StartsWith("#")) continue;
                lines.Add(l);
            }
            string[] exp = File.ReadAllLines(Path.Combine(dir, expected));
            if (exp.Length != lines.Count) throw new InvalidDataException(cases + ": " + lines.Count + " cases but " + exp.Length + " expected lines");
            for (int i = 0; i < lines.Count; i++) yield return new object[] { lines[i], exp[i] };
        }

        public static string Run(string line)
        {
            string[] parts = line.Split(" | ");
            string args = parts.Length > 2 ? parts[2] : "";
            try
            {
                return PyLiteral.Repr(Eval(parts[0], parts[1], args));
            }
            catch (PyException e)
            {
                return "EXC " + e.Exc.ExcType.NameStr + " " + Rt.StrOf(e.Exc).ToString();
            }
        }

        private static Value Eval(string recvText, string op, string argText)
        {
            Value r = recvText == "-" ? Value.None : PyLiteral.Parse(recvText);
            if (op == "[]") return Rt.Subscr(r, PyLiteral.ParseIndex(argText), Value.Sentinel);
            Value[] a = PyLiteral.ParseArgs(argText, out int nPos, out int nKw);
            switch (op)
            {
                case "%": return Rt.BinaryOp(BinaryOpKind.Modulo, r, a[0]);
                case "+": return Rt.BinaryOp(BinaryOpKind.Add, r, a[0]);
                case "*": return Rt.BinaryOp(BinaryOpKind.Multiply, r, a[0]);
                case "rmul": return Rt.BinaryOp(BinaryOpKind.Multiply, a[0], r);
                case "in": return Rt.BinaryOp(BinaryOpKind.In, a[0], r);
                case "<": return Rt.BinaryOp(BinaryOpKind.Less, r, a[0]);
                case "<=": return Rt.BinaryOp(BinaryOpKind.LessEqual, r, a[0]);
                case ">": return Rt.BinaryOp(BinaryOpKind.More, r, a[0]);
                case "==": return Rt.BinaryOp(BinaryOpKind.Equal, r, a[0]);
                case "len": return Rt.UnaryOp(UnaryOpKind.Len, r);
                case "bool": return Value.FromBool(Rt.IsTrue(r));
                case "hash": return Value.FromInt(Rt.Hash(r));
                case "str": return Rt.StrOf(r);
                case "repr": return Rt.Repr(r);
                case "list":
                {
                    var l = new PyList(4);
                    Value it = Rt.GetIter(r);
                    for (Value x = Rt.IterNext(it); !x.IsNull; x = Rt.IterNext(it)) l.Append(x);
                    return l;
                }
            }
            if (op.StartsWith("call:"))
            {
                string name = op.Substring(5);
                if (name == "memoryview")
                {
                    Value mv = Rt.Call(PyMemoryView.TypeObj, a, 0, nPos, nKw);
                    return Rt.Call(PyBytes.TypeObj, new[] { mv }, 0, 1, 0);
                }
                Value f = Builtins.Dict.GetQ(Qstr.Intern(name));
                return Rt.Call(f, a, 0, nPos, nKw);
            }
            Value m = Rt.LoadAttr(r, Qstr.Intern(op));
            return Rt.Call(m, a, 0, nPos, nKw);
        }
    }
}
