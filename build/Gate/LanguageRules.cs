using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace NanoMpy.Gate
{
    // What nanoFramework 1.x cannot run although it compiles against its mscorlib (which declares a few generic
    // delegates, and C# itself allows the rest): generic types, methods and instantiations, user-defined structs
    // and records, multidimensional arrays. Tuples, async, LINQ, Span, stackalloc and unsafe code fail the
    // compile itself (their types are missing, and unsafe code is not allowed).
    public static class LanguageRules
    {
        public sealed class Finding
        {
            public string Id;     // NANO001...
            public string File;   // relative path
            public string Name;   // the declared or named construct, for the known-issues list
            public string Text;   // "path(line,col): error NANO001: ..."
        }

        public static List<Finding> Check(SyntaxTree tree, string relativePath)
        {
            var found = new List<Finding>();
            foreach (SyntaxNode node in tree.GetRoot().DescendantNodes())
            {
                switch (node)
                {
                    case TypeParameterListSyntax tp:
                        Add(found, tp, relativePath, "NANO001", DeclaredName(tp.Parent), "generic declaration (no generics on nanoFramework 1.x)");
                        break;
                    case GenericNameSyntax g:
                        Add(found, g, relativePath, "NANO001", g.Identifier.Text, "generic type or method '" + g + "' (no generics on nanoFramework 1.x)");
                        break;
                    case StructDeclarationSyntax s:
                        Add(found, s, relativePath, "NANO002", s.Identifier.Text, "struct " + s.Identifier.Text
                            + " (no user-defined structs: nanoCLR boxes and clones them)");
                        break;
                    case RecordDeclarationSyntax r:
                        Add(found, r, relativePath, "NANO003", r.Identifier.Text, "record " + r.Identifier.Text + " (no records on nanoFramework)");
                        break;
                    case ArrayRankSpecifierSyntax a when a.Rank > 1:
                        Add(found, a, relativePath, "NANO004", "array", "multidimensional array (use jagged arrays)");
                        break;
                }
            }
            return found;
        }

        private static string DeclaredName(SyntaxNode n)
        {
            switch (n)
            {
                case BaseTypeDeclarationSyntax t: return t.Identifier.Text;
                case MethodDeclarationSyntax m: return m.Identifier.Text;
                case DelegateDeclarationSyntax d: return d.Identifier.Text;
                case LocalFunctionStatementSyntax l: return l.Identifier.Text;
                default: return "?";
            }
        }

        private static void Add(List<Finding> found, SyntaxNode node, string path, string id, string name, string message)
        {
            LinePosition p = node.GetLocation().GetLineSpan().StartLinePosition;
            found.Add(new Finding
            {
                Id = id,
                File = path,
                Name = name,
                Text = path + "(" + (p.Line + 1) + "," + (p.Character + 1) + "): error " + id + ": " + message,
            });
        }

        // build/Gate/known-issues.txt: "ID FILE NAME  reason" lines, findings the gate reports without failing
        // until the large change that removes them lands.
        public sealed class KnownIssues
        {
            private readonly Dictionary<string, int> _lines = new Dictionary<string, int>();
            private readonly Dictionary<string, string> _reasons = new Dictionary<string, string>();
            private readonly HashSet<string> _seen = new HashSet<string>();
            private string _path;

            public static KnownIssues Read(string path)
            {
                var k = new KnownIssues { _path = path };
                if (!File.Exists(path)) return k;
                string[] lines = File.ReadAllLines(path);
                for (int i = 0; i < lines.Length; i++)
                {
                    string line = lines[i].Trim();
                    if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
                    string[] parts = line.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length < 3) throw new GateException(path + ":" + (i + 1) + ": expected 'ID FILE NAME reason'");
                    string key = parts[0] + " " + parts[1] + " " + parts[2];
                    k._lines[key] = i + 1;
                    k._reasons[key] = parts.Length > 3 ? parts[3] : "";
                }
                return k;
            }

            public bool IsKnown(Finding f, out string reason)
            {
                string key = f.Id + " " + f.File + " " + f.Name;
                if (_reasons.TryGetValue(key, out reason))
                {
                    _seen.Add(key);
                    return true;
                }
                return false;
            }

            // Lines whose finding is gone: the change landed and the line can go.
            public List<string> Stale()
            {
                var list = new List<string>();
                foreach (KeyValuePair<string, int> kv in _lines)
                {
                    if (!_seen.Contains(kv.Key)) list.Add(_path + ":" + kv.Value + ": no longer found (" + kv.Key + "): remove the line");
                }
                return list;
            }
        }
    }
}
