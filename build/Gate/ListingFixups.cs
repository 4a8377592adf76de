using System;
using System.Collections.Generic;
using System.IO;

namespace NanoMpy.Gate
{
    // What the listings leave out and a reference assembly needs so that correct board code compiles
    // (build/Gate/fixups.txt, read from the libraries' sources at the commits api-boards.txt names). One fact a line:
    //   version   ASSEMBLY X.Y.Z            the version of a library whose listing header gives none
    //   static    TYPE PROP                 a static property (listings mark static methods and fields only)
    //   indexer   TYPE INDEXTYPE            "prop T Item" is the indexer this[INDEXTYPE]
    //   setter    TYPE PROP                 an interface property that has a setter (others are get-only)
    //   implements TYPE IFACE...            interfaces a type implements (listings give the base class only)
    //   default   TYPE SIG = V1, V2         default values of the last parameters of SIG ("Name(T1, T2)")
    //   default-last TYPE PTYPE = V         every method of TYPE whose last parameter is PTYPE defaults it to V
    //   params    TYPE SIG                  the last parameter of SIG is a params array
    //   const     TYPE FIELD = V            a constant field (C# needs its value to use it in a constant)
    //   allow-multiple TYPE                 an attribute that may be applied more than once
    public sealed class ListingFixups
    {
        public readonly Dictionary<string, string> Versions = new Dictionary<string, string>();
        public readonly HashSet<string> StaticProps = new HashSet<string>();
        public readonly Dictionary<string, string> Indexers = new Dictionary<string, string>();
        public readonly HashSet<string> Setters = new HashSet<string>();
        public readonly Dictionary<string, List<string>> Interfaces = new Dictionary<string, List<string>>();
        public readonly Dictionary<string, string[]> Defaults = new Dictionary<string, string[]>();
        public readonly Dictionary<string, KeyValuePair<string, string>> DefaultLast =
            new Dictionary<string, KeyValuePair<string, string>>();
        public readonly HashSet<string> Params = new HashSet<string>();
        public readonly Dictionary<string, string> Consts = new Dictionary<string, string>();
        public readonly HashSet<string> AllowMultiple = new HashSet<string>();

        // Every fixup names a type; the generator checks each was used, so a stale line is an error, not noise.
        public readonly Dictionary<string, int> Lines = new Dictionary<string, int>();
        public readonly HashSet<string> Used = new HashSet<string>();
        public string Path;

        public static ListingFixups Read(string path)
        {
            var f = new ListingFixups { Path = path };
            if (!File.Exists(path)) throw new GateException("missing " + path);
            string[] lines = File.ReadAllLines(path);
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
                string value = null;
                int eq = line.IndexOf(" = ", StringComparison.Ordinal);
                if (eq >= 0)
                {
                    value = line.Substring(eq + 3).Trim();
                    line = line.Substring(0, eq).Trim();
                }
                int sp1 = line.IndexOf(' ');
                if (sp1 < 0) throw Bad(path, i + 1, lines[i]);
                string kind = line.Substring(0, sp1);
                string rest = line.Substring(sp1 + 1).Trim();
                int sp2 = rest.IndexOf(' ');
                string type = sp2 < 0 ? rest : rest.Substring(0, sp2);
                string arg = sp2 < 0 ? null : rest.Substring(sp2 + 1).Trim();
                string key;
                switch (kind)
                {
                    case "version":
                        Need(arg != null && value == null, path, i + 1, lines[i]);
                        f.Versions[type] = arg;
                        continue; // names an assembly, checked when the assemblies are read
                    case "static":
                        Need(arg != null && value == null, path, i + 1, lines[i]);
                        key = type + "::" + arg;
                        f.StaticProps.Add(key);
                        break;
                    case "indexer":
                        Need(arg != null && value == null, path, i + 1, lines[i]);
                        key = type + "::Item";
                        f.Indexers[type] = arg;
                        break;
                    case "setter":
                        Need(arg != null && value == null, path, i + 1, lines[i]);
                        key = type + "::" + arg + " setter";
                        f.Setters.Add(type + "::" + arg);
                        break;
                    case "implements":
                        Need(arg != null && value == null, path, i + 1, lines[i]);
                        key = type + " implements";
                        f.Interfaces[type] = new List<string>(arg.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                        break;
                    case "default":
                        Need(arg != null && value != null, path, i + 1, lines[i]);
                        key = type + "::" + arg;
                        f.Defaults[key] = SplitValues(value);
                        break;
                    case "default-last":
                        Need(arg != null && value != null, path, i + 1, lines[i]);
                        key = type + " default-last";
                        f.DefaultLast[type] = new KeyValuePair<string, string>(arg, value);
                        break;
                    case "params":
                        Need(arg != null && value == null, path, i + 1, lines[i]);
                        key = type + "::" + arg + " params";
                        f.Params.Add(type + "::" + arg);
                        break;
                    case "const":
                        Need(arg != null && value != null, path, i + 1, lines[i]);
                        key = type + "::" + arg + " const";
                        f.Consts[type + "::" + arg] = value;
                        break;
                    case "allow-multiple":
                        Need(arg == null && value == null, path, i + 1, lines[i]);
                        key = type + " allow-multiple";
                        f.AllowMultiple.Add(type);
                        break;
                    default:
                        throw Bad(path, i + 1, lines[i]);
                }
                if (f.Lines.ContainsKey(key)) throw new GateException(path + ":" + (i + 1) + ": repeats line " + f.Lines[key]);
                f.Lines[key] = i + 1;
            }
            return f;
        }

        public void Use(string key)
        {
            Used.Add(key);
        }

        // Lines that matched nothing in the listings: the listing changed or the line is wrong.
        public List<string> Unused()
        {
            var list = new List<string>();
            foreach (KeyValuePair<string, int> kv in Lines)
            {
                if (!Used.Contains(kv.Key)) list.Add(Path + ":" + kv.Value + ": matches nothing in the listings (" + kv.Key + ")");
            }
            list.Sort(StringComparer.Ordinal);
            return list;
        }

        // "9600, Parity.None, 8" (values hold no commas; a string value is "" or null here).
        private static string[] SplitValues(string value)
        {
            string[] parts = value.Split(',');
            for (int i = 0; i < parts.Length; i++) parts[i] = parts[i].Trim();
            return parts;
        }

        private static void Need(bool ok, string path, int line, string text)
        {
            if (!ok) throw Bad(path, line, text);
        }

        private static GateException Bad(string path, int line, string text)
        {
            return new GateException(path + ":" + line + ": cannot read fixup '" + text.Trim() + "'");
        }
    }
}
