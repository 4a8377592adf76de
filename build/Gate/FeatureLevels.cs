using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NanoMpy.Gate
{
    // The feature levels of build/FeatureLevel.props (minimal, standard, full) and each one's compilation
    // symbols, read from its PropertyGroup Condition="'$(FeatureLevel)' == 'L'" / NanoFeatureDefines, so the
    // gate compiles what `-p:FeatureLevel=L` builds. A repository without the file has one level, "standard",
    // with no symbols.
    public sealed class FeatureLevel
    {
        public string Name;
        public readonly List<string> Symbols = new List<string>();
        public readonly List<string> ExcludedFolders = new List<string>();   // NanoFeatureExcludedFolders

        public bool Has(string symbol)
        {
            return Symbols.Contains(symbol);
        }

        private static readonly Regex LevelCondition = new Regex(@"^\s*'\$\(FeatureLevel\)'\s*==\s*'(\w+)'\s*$");
        private static readonly Regex AnyCondition = new Regex(@"^\s*'\$\(FeatureLevel\)'\s*(==|!=)\s*'(\w+)'\s*$");

        public static List<FeatureLevel> Read(string root)
        {
            var levels = new List<FeatureLevel>();
            string props = Path.Combine(root, "build", "FeatureLevel.props");
            if (!File.Exists(props))
            {
                levels.Add(new FeatureLevel { Name = "standard" });
                return levels;
            }
            foreach (XElement g in XDocument.Load(props).Root.Elements())
            {
                if (g.Name.LocalName != "PropertyGroup") continue;
                Match m = LevelCondition.Match((string)g.Attribute("Condition") ?? "");
                if (!m.Success) continue;
                var level = new FeatureLevel { Name = m.Groups[1].Value };
                foreach (XElement e in g.Elements())
                {
                    List<string> into = e.Name.LocalName == "NanoFeatureDefines" ? level.Symbols
                        : e.Name.LocalName == "NanoFeatureExcludedFolders" ? level.ExcludedFolders : null;
                    if (into == null) continue;
                    foreach (string s in e.Value.Split(';'))
                    {
                        if (s.Trim().Length > 0) into.Add(s.Trim());
                    }
                }
                levels.Add(level);
            }
            if (levels.Count == 0) throw new GateException(props + ": no PropertyGroup for a FeatureLevel");
            return levels;
        }

        // A project item's Condition as this level sees it: only "'$(FeatureLevel)' ==/!= 'L'" (or none) is
        // understood, anything else is a defect of the project file.
        public bool Accepts(string condition, string project)
        {
            if (string.IsNullOrWhiteSpace(condition)) return true;
            Match m = AnyCondition.Match(condition);
            if (!m.Success) throw new GateException(project + ": condition the gate cannot evaluate: " + condition);
            bool same = m.Groups[2].Value == Name;
            return m.Groups[1].Value == "==" ? same : !same;
        }
    }
}
