using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace NanoMpy.Gate
{
    public enum ApiKind { Class, Struct, Interface, Enum }

    public enum MemberKind { Ctor, Method, Property, Field, Event }

    // One library of a listing: the lines from "# assembly NAME" to the next such line.
    public sealed class ApiAssembly
    {
        public string Name;
        public string Version;       // "1.1.100" as the listing's header gives it, or null
        public string Source;        // listing file, for messages
        public readonly List<ApiType> Types = new List<ApiType>();
    }

    public sealed class ApiType
    {
        public ApiKind Kind;
        public string FullName;      // "Ns.Outer+Inner", as the listing writes it
        public string Namespace;     // of the outermost type ("" for none)
        public string Name;          // simple name
        public string DeclaringType; // full name of the enclosing type, or null
        public string Base;          // full name, or null
        public ApiAssembly Assembly;
        public int Line;
        public readonly List<ApiMember> Members = new List<ApiMember>();
        public readonly List<string> EnumValues = new List<string>();

        public bool IsDelegate { get { return Base == "System.MulticastDelegate"; } }
    }

    public sealed class ApiMember
    {
        public MemberKind Kind;
        public bool IsStatic;
        public string Type;          // return, property, field or event type as written ("Int32[]", "Void")
        public string Name;          // ".ctor" for constructors
        public readonly List<string> Params = new List<string>(); // as written ("Byte[]", "Int32&")
        public int Line;

        // "Name(T1, T2)": how a fixup names a method or constructor.
        public string Signature { get { return Name + "(" + string.Join(", ", Params) + ")"; } }
    }

    // Reads the listings of ../shared/nanoframework (api.txt, api-boards.txt). Format: "# assembly NAME" starts a
    // library; "class|struct|interface|enum Full.Name[ : Base]" starts a type; indented lines are members
    // (".ctor(T, ...)", "[static ]Ret Name(T, ...)", "[static ]prop|field|event T Name") or, for an enum, its
    // comma-separated values. Other '#' lines are comments; the api-boards.txt header gives library versions.
    public static class ApiListing
    {
        private static readonly Regex LibraryHeader =
            new Regex(@"^# (\S+) (\d+\.\d+\.\d+) \(NuGet (\S+);.*?(?:depends on (.*?))?(?: \[.*)?$");

        // The libraries of one listing; versions found in its header go to 'versions' (assembly name -> "X.Y.Z").
        public static List<ApiAssembly> Read(string path, Dictionary<string, string> versions)
        {
            var result = new List<ApiAssembly>();
            ApiAssembly asm = null;
            ApiType type = null;
            string[] lines = File.ReadAllLines(path);
            for (int i = 0; i < lines.Length; i++)
            {
                string raw = lines[i];
                int lineNo = i + 1;
                if (raw.Trim().Length == 0) continue;
                if (raw.StartsWith("#", StringComparison.Ordinal))
                {
                    if (raw.StartsWith("# assembly ", StringComparison.Ordinal))
                    {
                        asm = new ApiAssembly { Name = raw.Substring(11).Trim(), Source = path };
                        result.Add(asm);
                        type = null;
                    }
                    else
                    {
                        ReadVersions(raw, versions);
                    }
                    continue;
                }
                if (asm == null) throw Error(path, lineNo, "a type before any '# assembly' line");
                if (!raw.StartsWith(" ", StringComparison.Ordinal))
                {
                    type = ReadType(raw, path, lineNo);
                    type.Assembly = asm;
                    asm.Types.Add(type);
                    continue;
                }
                if (type == null) throw Error(path, lineNo, "a member outside a type");
                string line = raw.Trim();
                if (type.Kind == ApiKind.Enum)
                {
                    foreach (string v in line.Split(','))
                    {
                        if (v.Trim().Length > 0) type.EnumValues.Add(v.Trim());
                    }
                    continue;
                }
                ApiMember m = ReadMember(line, path, lineNo);
                type.Members.Add(m);
            }
            return result;
        }

        // "# System.IO.Ports 1.1.140 (NuGet nanoFramework.System.IO.Ports; ...) depends on nanoFramework.CoreLibrary
        // 1.17.11, nanoFramework.System.Text 1.3.42 [...]": the library's own version, and the versions of the
        // packages it depends on (a package named like its assembly, as nanoFramework.System.Text, gives that
        // assembly's version too).
        private static void ReadVersions(string raw, Dictionary<string, string> versions)
        {
            Match m = LibraryHeader.Match(raw);
            if (!m.Success) return;
            versions[m.Groups[1].Value] = m.Groups[2].Value;
            if (!m.Groups[4].Success) return;
            foreach (string dep in m.Groups[4].Value.Split(','))
            {
                string[] parts = dep.Trim().Split(' ');
                if (parts.Length == 2 && !versions.ContainsKey(parts[0])) versions[parts[0]] = parts[1];
            }
        }

        private static ApiType ReadType(string raw, string path, int lineNo)
        {
            string[] parts = raw.Split(' ');
            if (parts.Length != 2 && !(parts.Length == 4 && parts[2] == ":"))
            {
                throw Error(path, lineNo, "cannot read type line '" + raw + "'");
            }
            var t = new ApiType { FullName = parts[1], Line = lineNo, Base = parts.Length == 4 ? parts[3] : null };
            switch (parts[0])
            {
                case "class": t.Kind = ApiKind.Class; break;
                case "struct": t.Kind = ApiKind.Struct; break;
                case "interface": t.Kind = ApiKind.Interface; break;
                case "enum": t.Kind = ApiKind.Enum; break;
                default: throw Error(path, lineNo, "unknown type kind '" + parts[0] + "'");
            }
            int plus = t.FullName.LastIndexOf('+');
            string outer = t.FullName;
            if (plus >= 0)
            {
                t.DeclaringType = t.FullName.Substring(0, plus);
                t.Name = t.FullName.Substring(plus + 1);
                outer = t.FullName.Substring(0, t.FullName.IndexOf('+'));
            }
            int dot = outer.LastIndexOf('.');
            t.Namespace = dot < 0 ? "" : outer.Substring(0, dot);
            if (plus < 0) t.Name = outer.Substring(dot + 1);
            return t;
        }

        private static ApiMember ReadMember(string line, string path, int lineNo)
        {
            var m = new ApiMember { Line = lineNo };
            if (line.StartsWith("static ", StringComparison.Ordinal))
            {
                m.IsStatic = true;
                line = line.Substring(7);
            }
            int paren = line.IndexOf('(');
            if (paren >= 0)
            {
                if (!line.EndsWith(")", StringComparison.Ordinal)) throw Error(path, lineNo, "cannot read '" + line + "'");
                string head = line.Substring(0, paren);
                string args = line.Substring(paren + 1, line.Length - paren - 2);
                if (args.Trim().Length > 0)
                {
                    foreach (string p in args.Split(',')) m.Params.Add(p.Trim());
                }
                if (head == ".ctor")
                {
                    m.Kind = MemberKind.Ctor;
                    m.Name = ".ctor";
                    return m;
                }
                int sp = head.LastIndexOf(' ');
                if (sp < 0) throw Error(path, lineNo, "cannot read '" + line + "'");
                m.Kind = MemberKind.Method;
                m.Type = head.Substring(0, sp);
                m.Name = head.Substring(sp + 1);
                return m;
            }
            string[] parts = line.Split(' ');
            if (parts.Length != 3) throw Error(path, lineNo, "cannot read '" + line + "'");
            switch (parts[0])
            {
                case "prop": m.Kind = MemberKind.Property; break;
                case "field": m.Kind = MemberKind.Field; break;
                case "event": m.Kind = MemberKind.Event; break;
                default: throw Error(path, lineNo, "unknown member kind '" + parts[0] + "'");
            }
            m.Type = parts[1];
            m.Name = parts[2];
            return m;
        }

        private static GateException Error(string path, int line, string what)
        {
            return new GateException(path + ":" + line + ": " + what);
        }
    }

    // A defect of the gate's inputs (listings, fixups, project layout): reported, and the gate fails.
    public sealed class GateException : Exception
    {
        public GateException(string message) : base(message)
        {
        }
    }
}
