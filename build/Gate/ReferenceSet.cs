using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace NanoMpy.Gate
{
    // What board code compiles against: nanoFramework's real mscorlib.dll and one reference assembly per
    // other library of the listings, generated from them (StubGenerator) and compiled in dependency order.
    // Where the listings and mscorlib.dll overlap, mscorlib.dll wins: its library is not generated, and a
    // listed type mscorlib.dll already has is left out.
    public sealed class ReferenceSet
    {
        public MetadataReference Mscorlib;
        public string MscorlibVersion;
        public readonly List<MetadataReference> Libraries = new List<MetadataReference>();
        public readonly List<string> Summary = new List<string>(); // "System.Math 1.5.116 (1 type)"
        public readonly List<string> Notes = new List<string>();

        public List<MetadataReference> All()
        {
            var all = new List<MetadataReference> { Mscorlib };
            all.AddRange(Libraries);
            return all;
        }

        public static ReferenceSet Build(string mscorlibPath, IList<string> listings, string fixupsPath, string keepDir)
        {
            if (!File.Exists(mscorlibPath)) throw new GateException("missing " + mscorlibPath + " (restore build/Gate)");
            var set = new ReferenceSet { Mscorlib = MetadataReference.CreateFromFile(mscorlibPath) };
            CSharpCompilation probe = CSharpCompilation.Create("probe", null, new[] { set.Mscorlib });
            var mscorlib = (IAssemblySymbol)probe.GetAssemblyOrModuleSymbol(set.Mscorlib);
            set.MscorlibVersion = mscorlib.Identity.Version.ToString();
            var index = new TypeIndex();
            index.AddMscorlib(mscorlib);

            ListingFixups fixups = ListingFixups.Read(fixupsPath);
            var versions = new Dictionary<string, string>();
            var assemblies = new List<ApiAssembly>();
            foreach (string path in listings) assemblies.AddRange(ApiListing.Read(path, versions));

            // The libraries to generate and, for each, its types that mscorlib.dll does not define.
            var generated = new List<ApiAssembly>();
            var typesOf = new Dictionary<ApiAssembly, List<ApiType>>();
            foreach (ApiAssembly asm in assemblies)
            {
                if (asm.Name == mscorlib.Identity.Name) continue;
                if (asm.Version == null && !versions.TryGetValue(asm.Name, out asm.Version)
                    && !fixups.Versions.TryGetValue(asm.Name, out asm.Version))
                {
                    throw new GateException(asm.Source + ": no version for " + asm.Name + " in the listings: add 'version "
                        + asm.Name + " X.Y.Z' to " + fixupsPath);
                }
                var types = new List<ApiType>();
                foreach (ApiType t in asm.Types)
                {
                    if (index.Contains(t.FullName))
                    {
                        TypeIndex.Entry e = index.Get(t.FullName);
                        if (e.Symbol == null) throw new GateException(asm.Source + ":" + t.Line + ": " + t.FullName + " is listed twice");
                        set.Notes.Add(asm.Name + ": " + t.FullName + " is taken from mscorlib.dll");
                        continue;
                    }
                    index.AddListing(t);
                    types.Add(t);
                }
                generated.Add(asm);
                typesOf[asm] = types;
            }
            foreach (string name in fixups.Versions.Keys)
            {
                if (!generated.Exists(a => a.Name == name)) throw new GateException(fixupsPath + ": version for unknown library " + name);
            }

            var generator = new StubGenerator(index, fixups);
            var sources = new Dictionary<ApiAssembly, string>();
            var deps = new Dictionary<ApiAssembly, HashSet<ApiAssembly>>();
            foreach (ApiAssembly asm in generated)
            {
                var d = new HashSet<ApiAssembly>();
                sources[asm] = generator.Generate(asm, typesOf[asm], d);
                d.Remove(asm);
                deps[asm] = d;
            }
            List<string> unused = fixups.Unused();
            if (unused.Count > 0) throw new GateException(string.Join("\n", unused));

            var built = new Dictionary<ApiAssembly, MetadataReference>();
            foreach (ApiAssembly asm in Order(generated, deps))
            {
                var refs = new List<MetadataReference> { set.Mscorlib };
                foreach (ApiAssembly d in deps[asm]) refs.Add(built[d]);
                MetadataReference r = Compile(asm, sources[asm], refs, keepDir);
                built[asm] = r;
                set.Libraries.Add(r);
                set.Summary.Add(asm.Name + " " + asm.Version);
            }
            return set;
        }

        // Dependencies first; a cycle between listed libraries is an error (nanoFramework has none).
        private static List<ApiAssembly> Order(List<ApiAssembly> all, Dictionary<ApiAssembly, HashSet<ApiAssembly>> deps)
        {
            var order = new List<ApiAssembly>();
            var state = new Dictionary<ApiAssembly, int>();
            foreach (ApiAssembly a in all) Visit(a, deps, state, order);
            return order;
        }

        private static void Visit(ApiAssembly a, Dictionary<ApiAssembly, HashSet<ApiAssembly>> deps, Dictionary<ApiAssembly, int> state, List<ApiAssembly> order)
        {
            state.TryGetValue(a, out int s);
            if (s == 2) return;
            if (s == 1) throw new GateException("listed libraries depend on each other in a cycle through " + a.Name);
            state[a] = 1;
            foreach (ApiAssembly d in deps[a]) Visit(d, deps, state, order);
            state[a] = 2;
            order.Add(a);
        }

        private static MetadataReference Compile(ApiAssembly asm, string source, List<MetadataReference> refs, string keepDir)
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp9), asm.Name + ".cs");
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release, deterministic: true, warningLevel: 4,
                generalDiagnosticOption: ReportDiagnostic.Error,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
                {
                    ["CS0067"] = ReportDiagnostic.Suppress, // an event never raised: stubs raise nothing
                });
            CSharpCompilation c = CSharpCompilation.Create(asm.Name, new[] { tree }, refs, options);
            var ms = new MemoryStream();
            EmitResult result = c.Emit(ms);
            if (keepDir != null)
            {
                Directory.CreateDirectory(keepDir);
                File.WriteAllText(Path.Combine(keepDir, asm.Name + ".cs"), source);
                if (result.Success) File.WriteAllBytes(Path.Combine(keepDir, asm.Name + ".dll"), ms.ToArray());
            }
            if (!result.Success)
            {
                var errors = new List<string>();
                foreach (Diagnostic d in result.Diagnostics)
                {
                    if (d.Severity == DiagnosticSeverity.Error) errors.Add(d.ToString());
                }
                throw new GateException("the reference assembly generated for " + asm.Name + " does not compile (inspect it with --keep DIR):\n  "
                    + string.Join("\n  ", errors));
            }
            return MetadataReference.CreateFromImage(ms.ToArray(), filePath: asm.Name + ".dll");
        }
    }
}
