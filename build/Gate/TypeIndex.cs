using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace NanoMpy.Gate
{
    // Every type a generated library can name: the real mscorlib's public types and the listings' types. The
    // listings write member types by simple name ("Encoding", "SDDataWidth", "Byte[]", "UInt32&"); this turns
    // them into C# ("global::System.Text.Encoding", "out global::System.UInt32") the way C# would look the name
    // up from the declaring type: its nested types and those of its enclosing types, then its namespace and
    // the enclosing namespaces, then a type of that name anywhere if there is only one.
    public sealed class TypeIndex
    {
        public sealed class Entry
        {
            public string FullName;      // "Ns.Outer+Inner"
            public string Namespace;
            public string DeclaringType; // or null
            public ApiType Api;          // null for an mscorlib type
            public INamedTypeSymbol Symbol; // null for a listing type
        }

        private readonly Dictionary<string, List<Entry>> _bySimpleName = new Dictionary<string, List<Entry>>();
        private readonly Dictionary<string, Entry> _byFullName = new Dictionary<string, Entry>();

        public void AddMscorlib(IAssemblySymbol mscorlib)
        {
            AddNamespace(mscorlib.GlobalNamespace);
        }

        private void AddNamespace(INamespaceSymbol ns)
        {
            foreach (INamespaceSymbol child in ns.GetNamespaceMembers()) AddNamespace(child);
            foreach (INamedTypeSymbol t in ns.GetTypeMembers()) AddSymbol(t, null);
        }

        private void AddSymbol(INamedTypeSymbol t, Entry outer)
        {
            if (t.DeclaredAccessibility != Accessibility.Public) return;
            string name = MetadataName(t);
            var e = new Entry
            {
                FullName = outer == null ? Qualify(t.ContainingNamespace, name) : outer.FullName + "+" + name,
                Namespace = outer == null ? NamespaceName(t.ContainingNamespace) : outer.Namespace,
                DeclaringType = outer == null ? null : outer.FullName,
                Symbol = t,
            };
            Add(e, name);
            foreach (INamedTypeSymbol nested in t.GetTypeMembers()) AddSymbol(nested, e);
        }

        public bool Contains(string fullName)
        {
            return _byFullName.ContainsKey(fullName);
        }

        public Entry Get(string fullName)
        {
            _byFullName.TryGetValue(fullName, out Entry e);
            return e;
        }

        public void AddListing(ApiType t)
        {
            Add(new Entry { FullName = t.FullName, Namespace = t.Namespace, DeclaringType = t.DeclaringType, Api = t }, t.Name);
        }

        private void Add(Entry e, string simpleName)
        {
            if (_byFullName.ContainsKey(e.FullName)) throw new GateException("type " + e.FullName + " is defined twice");
            _byFullName[e.FullName] = e;
            if (!_bySimpleName.TryGetValue(simpleName, out List<Entry> list))
            {
                list = new List<Entry>();
                _bySimpleName[simpleName] = list;
            }
            list.Add(e);
        }

        // The entry a simple name (no array or by-ref suffix) means inside the type 'context'.
        public Entry Resolve(string simpleName, ApiType context)
        {
            if (!_bySimpleName.TryGetValue(simpleName, out List<Entry> candidates))
            {
                throw new GateException(Where(context) + ": no type named '" + simpleName + "' in mscorlib or the listings");
            }
            for (string scope = context.FullName; scope != null; scope = DeclaringOf(scope))
            {
                foreach (Entry e in candidates)
                {
                    if (e.DeclaringType == scope) return e;
                }
            }
            for (string ns = context.Namespace; ; ns = ParentNamespace(ns))
            {
                foreach (Entry e in candidates)
                {
                    if (e.DeclaringType == null && e.Namespace == ns) return e;
                }
                if (ns.Length == 0) break;
            }
            if (candidates.Count == 1) return candidates[0];
            var names = new List<string>();
            foreach (Entry e in candidates) names.Add(e.FullName);
            throw new GateException(Where(context) + ": '" + simpleName + "' could be " + string.Join(" or ", names));
        }

        // C# for a listing type name: "Byte[]" -> "global::System.Byte[]", "Int32&" -> "out global::System.Int32"
        // (the listings do not tell ref from out; every by-ref parameter of the generated libraries is out),
        // "Void" -> "void".
        public string CSharp(string listed, ApiType context)
        {
            string prefix = "";
            if (listed.EndsWith("&", StringComparison.Ordinal))
            {
                prefix = "out ";
                listed = listed.Substring(0, listed.Length - 1);
            }
            string suffix = "";
            while (listed.EndsWith("[]", StringComparison.Ordinal))
            {
                suffix += "[]";
                listed = listed.Substring(0, listed.Length - 2);
            }
            if (listed == "Void" && prefix.Length == 0 && suffix.Length == 0) return "void";
            if (listed.IndexOf('`') >= 0 || listed.IndexOf('<') >= 0)
            {
                throw new GateException(Where(context) + ": generic type '" + listed + "' in a generated library");
            }
            return prefix + Global(Resolve(listed, context).FullName) + suffix;
        }

        public static string Global(string fullName)
        {
            return "global::" + fullName.Replace('+', '.');
        }

        private static string Where(ApiType t)
        {
            return t.Assembly.Source + ":" + t.Line + " (" + t.FullName + ")";
        }

        private static string DeclaringOf(string fullName)
        {
            int plus = fullName.LastIndexOf('+');
            return plus < 0 ? null : fullName.Substring(0, plus);
        }

        private static string ParentNamespace(string ns)
        {
            int dot = ns.LastIndexOf('.');
            return dot < 0 ? "" : ns.Substring(0, dot);
        }

        private static string MetadataName(INamedTypeSymbol t)
        {
            return t.MetadataName; // "Action`1" for generic types, as the listings write them
        }

        private static string NamespaceName(INamespaceSymbol ns)
        {
            return ns == null || ns.IsGlobalNamespace ? "" : ns.ToDisplayString();
        }

        private static string Qualify(INamespaceSymbol ns, string name)
        {
            string n = NamespaceName(ns);
            return n.Length == 0 ? name : n + "." + name;
        }
    }
}
