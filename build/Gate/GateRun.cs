using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace NanoMpy.Gate
{
    public sealed class GateOptions
    {
        public string Root;          // the repository
        public string Listings;      // folder with api.txt and api-boards.txt, or null: ../shared/nanoframework, else build/
        public string Mscorlib;      // or null: the restored nanoFramework.CoreLibrary package's
        public string Keep;          // write the generated sources and assemblies (level-L/: the compiled units) here, or null
        public string Types;         // a feature level whose IL per type is printed, or null
        public string Methods;       // a feature level whose IL per method is printed, or null
        public TextWriter Out = Console.Out;
    }

    // The build gate: generate the references, check itself, then compile every portable folder and apply the
    // language rules. Returns the number of errors (known issues excluded); a defect of its inputs throws.
    public static class GateRun
    {
        public static int Run(GateOptions o)
        {
            TextWriter w = o.Out;
            string root = Path.GetFullPath(o.Root);
            string gateDir = Path.Combine(root, "build", "Gate");
            string[] listings = Listings(root, o.Listings, w);
            string mscorlib = o.Mscorlib ?? DefaultMscorlib();

            ReferenceSet refs = ReferenceSet.Build(mscorlib, listings, Path.Combine(gateDir, "fixups.txt"), o.Keep);
            w.WriteLine("gate: mscorlib " + refs.MscorlibVersion + " (" + mscorlib + ")");
            w.WriteLine("gate: generated " + string.Join(", ", refs.Summary));
            foreach (string n in refs.Notes) w.WriteLine("gate: note: " + n);

            List<string> problems = SelfCheck.Run(refs);
            foreach (string p in problems) w.WriteLine("gate: " + p);
            if (problems.Count > 0) throw new GateException("the gate's self-check failed: it cannot be trusted");
            w.WriteLine("gate: self-check passed (" + SelfCheck.Count + " board files: the bad ones fail, the good ones compile)");

            LanguageRules.KnownIssues known = LanguageRules.KnownIssues.Read(Path.Combine(gateDir, "known-issues.txt"));
            int errors = 0;
            var reported = new HashSet<string>();
            var summary = new List<string>();
            var sizes = new List<string>();
            foreach (FeatureLevel level in FeatureLevel.Read(root))
            {
                errors += RunLevel(root, level, refs, known, reported, summary, sizes, o);
            }
            foreach (string s in known.Stale()) w.WriteLine("gate: note: " + s);
            foreach (string s in summary) w.WriteLine(s);
            // the size report per level (issue 11: the minimal level's deployed IL at most 128 KB)
            foreach (string s in sizes) w.WriteLine(s);
            w.WriteLine(errors == 0 ? "gate: passed: 0 errors" : "gate: FAILED: " + errors + " errors");
            return errors;
        }

        // What a board at the minimal level deploys, in IL bytes (issue 11).
        private const long MinimalBudget = 128 * 1024;

        // Folders that are not part of what a board deploys: the device tests, and the second board app (one
        // app is counted, Boards/Esp32).
        private static readonly string[] NotDeployed = { "Tests/Device", "Boards/Stm32" };

        // Compiles every portable folder of one feature level; returns its errors. An error or finding that an
        // earlier level printed already is counted but not printed again.
        private static int RunLevel(string root, FeatureLevel level, ReferenceSet refs, LanguageRules.KnownIssues known,
            HashSet<string> reported, List<string> summary, List<string> sizes, GateOptions o)
        {
            TextWriter w = o.Out;
            var compiled = new Dictionary<PortableUnit, MetadataReference>();
            int errors = 0;
            var deployed = new SizeReport();
            var deployedNames = new List<string>();
            summary.Add("gate: level " + level.Name + (level.Symbols.Count > 0 ? " (" + string.Join(" ", level.Symbols) + ")" : ""));
            foreach (PortableUnit unit in PortableUnits.Discover(root, level))
            {
                var trees = new List<SyntaxTree>();
                foreach (string f in unit.Files) trees.Add(UnitCompiler.ParseFile(f, Path.GetRelativePath(root, f).Replace('\\', '/'), level.Symbols));
                var references = refs.All();
                foreach (PortableUnit dep in Closure(unit)) references.Add(compiled[dep]);
                UnitCompiler.Result r = UnitCompiler.Compile(unit.AssemblyName, trees, references);
                compiled[unit] = r.Compilation.ToMetadataReference();
                int unitErrors = 0, unitKnown = 0;
                foreach (Diagnostic d in r.Errors)
                {
                    string text = UnitCompiler.Format(d);
                    if (reported.Add(text)) w.WriteLine(text);
                    unitErrors++;
                }
                foreach (SyntaxTree t in trees)
                {
                    foreach (LanguageRules.Finding f in LanguageRules.Check(t, t.FilePath))
                    {
                        if (known.IsKnown(f, out string reason))
                        {
                            string line = f.Text.Replace(": error ", ": known ") + " [known issue: " + reason + "]";
                            if (reported.Add(line)) w.WriteLine(line);
                            unitKnown++;
                            continue;
                        }
                        if (reported.Add(f.Text)) w.WriteLine(f.Text);
                        unitErrors++;
                    }
                }
                errors += unitErrors;
                if (r.Image != null)
                {
                    SizeReport size = SizeReport.Of(r.Image);
                    if (o.Keep != null)
                    {
                        // each level's compiled units too, for a closer look at what a level deploys
                        string dir = Path.Combine(o.Keep, "level-" + level.Name);
                        Directory.CreateDirectory(dir);
                        File.WriteAllBytes(Path.Combine(dir, unit.AssemblyName + ".dll"), r.Image);
                    }
                    sizes.Add(string.Format("gate: size {0,-8} {1,-20} {2}", level.Name, unit.Folder, size));
                    if (Array.IndexOf(NotDeployed, unit.Folder) < 0)
                    {
                        deployed.Add(size);
                        deployedNames.Add(unit.Folder);
                    }
                    if (o.Types == level.Name)
                    {
                        foreach (string line in SizeReport.PerType(r.Image)) w.WriteLine("gate: types " + level.Name + " " + unit.Folder + " " + line);
                    }
                    if (o.Methods == level.Name)
                    {
                        foreach (string line in SizeReport.PerMethod(r.Image)) w.WriteLine("gate: methods " + level.Name + " " + unit.Folder + " " + line);
                    }
                }
                summary.Add(string.Format("gate: {0,-14} {1,4} files  {2} errors{3}", unit.Folder, unit.Files.Count, unitErrors,
                    unitKnown > 0 ? ", " + unitKnown + " known issues" : ""));
            }
            sizes.Add(string.Format("gate: size {0,-8} {1,-20} {2}  ({3})", level.Name, "deployed", deployed,
                string.Join(" + ", deployedNames)));
            // the minimal level exists to fit a small board's flash: past its budget is an error, not a figure
            if (level.Name == "minimal" && deployed.IlBytes > MinimalBudget)
            {
                w.WriteLine("gate: error: the minimal level deploys " + deployed.IlBytes + " B of IL, over its budget of "
                    + MinimalBudget + " B (128 KB)");
                errors++;
            }
            return errors;
        }

        private static List<PortableUnit> Closure(PortableUnit unit)
        {
            var all = new List<PortableUnit>();
            var stack = new Stack<PortableUnit>(unit.References);
            while (stack.Count > 0)
            {
                PortableUnit u = stack.Pop();
                if (all.Contains(u)) continue;
                all.Add(u);
                foreach (PortableUnit d in u.References) stack.Push(d);
            }
            return all;
        }

        // ../shared/nanoframework when it is there (the listings' home), else the copies kept in build/ so that a
        // clone alone can run the gate. A copy that differs from the shared listing is reported: refresh it.
        private static string[] Listings(string root, string dir, TextWriter w)
        {
            string copyApi = Path.Combine(root, "build", "nanoframework-api.txt");
            string copyBoards = Path.Combine(root, "build", "nanoframework-api-boards.txt");
            if (dir == null)
            {
                string shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "nanoframework"));
                if (File.Exists(Path.Combine(shared, "api.txt")) && File.Exists(Path.Combine(shared, "api-boards.txt"))) dir = shared;
            }
            if (dir == null)
            {
                w.WriteLine("gate: listings: build/nanoframework-api.txt, build/nanoframework-api-boards.txt (no ../shared/nanoframework)");
                foreach (string f in new[] { copyApi, copyBoards })
                {
                    if (!File.Exists(f)) throw new GateException("missing " + f);
                }
                return new[] { copyApi, copyBoards };
            }
            string api = Path.Combine(dir, "api.txt"), boards = Path.Combine(dir, "api-boards.txt");
            foreach (string f in new[] { api, boards })
            {
                if (!File.Exists(f)) throw new GateException("missing " + f);
            }
            w.WriteLine("gate: listings: " + api + ", " + boards);
            if (Differs(api, copyApi) || Differs(boards, copyBoards))
            {
                w.WriteLine("gate: note: build/nanoframework-api*.txt differ from " + dir + ": copy them over");
            }
            return new[] { api, boards };
        }

        private static bool Differs(string a, string b)
        {
            return File.Exists(a) && File.Exists(b) && File.ReadAllText(a) != File.ReadAllText(b);
        }

        // Where restoring build/Gate put nanoFramework.CoreLibrary's lib/mscorlib.dll (Gate.csproj records it).
        private static string DefaultMscorlib()
        {
            foreach (AssemblyMetadataAttribute a in typeof(GateRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
            {
                if (a.Key == "NanoMscorlib") return a.Value;
            }
            throw new GateException("no mscorlib.dll: pass --mscorlib PATH");
        }
    }
}
