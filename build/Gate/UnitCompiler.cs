using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace NanoMpy.Gate
{
    // Compiles C# as a nanoFramework project would: C# 9, no standard library but the references given
    // (mscorlib.dll, the generated libraries, the portable units before it), no unsafe code, warnings as errors.
    // The result is emitted, because some errors (a member the compiler itself needs, CS0656) appear only then.
    public static class UnitCompiler
    {
        // Warnings that come only from the shape of nanoFramework's reference assemblies, not from our code.
        // Each is listed with why; errors are never ignored.
        public static readonly Dictionary<string, string> IgnoredWarnings = new Dictionary<string, string>
        {
        };

        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp9);

        public sealed class Result
        {
            public CSharpCompilation Compilation;
            public readonly List<Diagnostic> Errors = new List<Diagnostic>();
            public readonly List<SyntaxTree> Trees = new List<SyntaxTree>();
            public byte[] Image;   // the emitted assembly, when it compiled
        }

        public static SyntaxTree Parse(string text, string path)
        {
            return CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), ParseOptions, path);
        }

        public static SyntaxTree ParseFile(string file, string relativePath, IEnumerable<string> symbols = null)
        {
            using FileStream fs = File.OpenRead(file);
            CSharpParseOptions options = symbols == null ? ParseOptions : ParseOptions.WithPreprocessorSymbols(symbols);
            return CSharpSyntaxTree.ParseText(SourceText.From(fs, Encoding.UTF8), options, relativePath);
        }

        public static Result Compile(string assemblyName, List<SyntaxTree> trees, IEnumerable<MetadataReference> references)
        {
            var specific = new Dictionary<string, ReportDiagnostic>();
            foreach (string id in IgnoredWarnings.Keys) specific[id] = ReportDiagnostic.Suppress;
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release, checkOverflow: false, allowUnsafe: false,
                deterministic: true, warningLevel: 10, nullableContextOptions: NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Error, specificDiagnosticOptions: specific);
            var result = new Result();
            result.Trees.AddRange(trees);
            result.Compilation = CSharpCompilation.Create(assemblyName, trees, references, options);
            var image = new MemoryStream();
            EmitResult emitted = result.Compilation.Emit(image);
            if (emitted.Success) result.Image = image.ToArray();
            foreach (Diagnostic d in emitted.Diagnostics)
            {
                if (d.Severity == DiagnosticSeverity.Error) result.Errors.Add(d);
            }
            result.Errors.Sort(ByPlace);
            return result;
        }

        private static int ByPlace(Diagnostic a, Diagnostic b)
        {
            FileLinePositionSpan la = a.Location.GetLineSpan(), lb = b.Location.GetLineSpan();
            int c = string.CompareOrdinal(la.Path, lb.Path);
            if (c == 0) c = la.StartLinePosition.CompareTo(lb.StartLinePosition);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        }

        // "VmCore/X.cs(12,5): error CS0117: ..." with the path relative to the repository.
        public static string Format(Diagnostic d)
        {
            return d.ToString();
        }
    }
}
