using System;
using System.Collections.Generic;
using System.IO;
using System.Xml.Linq;

namespace NanoMpy.Gate
{
    // A folder of code that runs on a board, compiled by the gate as one assembly.
    public sealed class PortableUnit
    {
        public string Folder;        // relative to the repository, '/'-separated ("Boards/Esp32")
        public string AssemblyName;
        public readonly List<string> Files = new List<string>();       // absolute paths
        public readonly List<PortableUnit> References = new List<PortableUnit>();
    }

    // The portable folders, in dependency order. A folder that does not exist yet is skipped; one that exists is
    // compiled whole: every .cs under it except host twins (*.Host.cs) and build output (bin/, obj/). Its
    // assembly name and references come from its project file (.csproj, else .nfproj) when it has one;
    // without one it is "NanoMpy.<folder>" and may use every folder before it.
    public static class PortableUnits
    {
        public static readonly string[] Folders =
        {
            "Flash", "VmCore", "Compiler", "Boards/Runtime", "Boards/NanoFramework", "Boards/Esp32", "Boards/Stm32", "Tests/Device",
        };

        public static List<PortableUnit> Discover(string root, FeatureLevel level)
        {
            var units = new List<PortableUnit>();
            foreach (string folder in Folders)
            {
                string dir = Path.Combine(root, folder);
                if (!Directory.Exists(dir) || level.ExcludedFolders.Contains(folder)) continue;
                var unit = new PortableUnit { Folder = folder, AssemblyName = "NanoMpy." + folder.Replace('/', '.') };
                foreach (string f in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
                {
                    if (f.EndsWith(".Host.cs", StringComparison.Ordinal) || InBuildOutput(dir, f)) continue;
                    unit.Files.Add(f);
                }
                unit.Files.Sort(StringComparer.Ordinal);
                string project = ProjectFile(dir);
                if (project == null)
                {
                    unit.References.AddRange(units);
                }
                else
                {
                    ReadProject(root, project, unit, units, level);
                }
                units.Add(unit);
            }
            return units;
        }

        private static bool InBuildOutput(string dir, string file)
        {
            string rel = Path.GetRelativePath(dir, file).Replace('\\', '/');
            return rel.StartsWith("bin/", StringComparison.Ordinal) || rel.StartsWith("obj/", StringComparison.Ordinal)
                || rel.Contains("/bin/", StringComparison.Ordinal) || rel.Contains("/obj/", StringComparison.Ordinal);
        }

        private static string ProjectFile(string dir)
        {
            foreach (string pattern in new[] { "*.csproj", "*.nfproj" })
            {
                string[] found = Directory.GetFiles(dir, pattern);
                if (found.Length > 1) throw new GateException(dir + ": more than one " + pattern);
                if (found.Length == 1) return found[0];
            }
            return null;
        }

        private static void ReadProject(string root, string project, PortableUnit unit, List<PortableUnit> earlier, FeatureLevel level)
        {
            XDocument doc = XDocument.Load(project);
            foreach (XElement e in doc.Descendants())
            {
                if (e.Name.LocalName == "AssemblyName" && e.Value.Trim().Length > 0) unit.AssemblyName = e.Value.Trim();
                if (e.Name.LocalName != "ProjectReference") continue;
                string include = (string)e.Attribute("Include");
                if (include == null || !level.Accepts((string)e.Attribute("Condition"), project)) continue;
                string target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project), include.Replace('\\', '/')));
                string folder = Path.GetRelativePath(root, Path.GetDirectoryName(target)).Replace('\\', '/');
                PortableUnit dep = earlier.Find(u => u.Folder == folder);
                if (dep == null)
                {
                    string why = Array.IndexOf(Folders, folder) >= 0 ? "a portable folder later in the gate's order"
                        : "not portable code";
                    throw new GateException(Path.GetRelativePath(root, project) + " references " + include + ": " + why);
                }
                unit.References.Add(dep);
            }
        }
    }
}
