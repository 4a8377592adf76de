using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using NanoMpy.Flash;
using Xunit;
using Xunit.Abstractions;
using NanoMpy.Compiler;

namespace NanoMpy.Tests
{
    // The portable assemblies (VmCore, Flash, Compiler, Runtime) must run on nanoFramework 1.x. Checked on the compiled IL:
    //   (a) no generic type or method is defined or instantiated;
    //   (b) every type and member they use from the base class library is one nanoFramework has, per
    //       build/nanoframework-api.txt (a copy of ../shared/nanoframework/api.txt kept in the repository so
    //       this test needs nothing outside it): type by full name, methods by name, static-ness and
    //       parameter types, properties and fields by name, looking through the base classes listed there.
    public class PortabilityTests
    {
        private readonly ITestOutputHelper _out;

        public PortabilityTests(ITestOutputHelper output)
        {
            _out = output;
        }

        // Compiler-emitted references nanoFramework's toolchain either has or simply does not emit (the C#
        // compiler leaves out optional attributes whose type the target library lacks).
        private static readonly HashSet<string> Allowed = new HashSet<string>
        {
            "System.Attribute::.ctor()",                       // base ctor of embedded attributes (IsReadOnly...)
            "System.Runtime.CompilerServices.CompilerGeneratedAttribute",
            "System.Runtime.CompilerServices.CompilerGeneratedAttribute::.ctor()",
            "System.Runtime.CompilerServices.CompilationRelaxationsAttribute",
            "System.Runtime.CompilerServices.CompilationRelaxationsAttribute::.ctor(Int32)",
            "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute",
            "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute::.ctor()",
            "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute::prop WrapNonExceptionThrows",
            "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
            "System.Runtime.CompilerServices.RefSafetyRulesAttribute::.ctor(Int32)",
            "System.Runtime.CompilerServices.IsReadOnlyAttribute",
            "System.Runtime.CompilerServices.IsReadOnlyAttribute::.ctor()",
            "System.Runtime.CompilerServices.NullableAttribute",
            "System.Runtime.CompilerServices.NullableContextAttribute",
            "System.Runtime.CompilerServices.NullablePublicOnlyAttribute",
            "Microsoft.CodeAnalysis.EmbeddedAttribute",
            "System.Diagnostics.DebuggableAttribute::.ctor(DebuggingModes)", // Debug builds only
            // api.txt lists no operators at all, but nanoFramework's String defines == and != (CoreLibrary,
            // nanoFramework.CoreLibrary/System/String.cs), which C# emits for string comparisons.
            "System.String::static op_Equality(String, String)",
            "System.String::static op_Inequality(String, String)",
            // .NET declares Set/Reset of AutoResetEvent and ManualResetEvent on their base EventWaitHandle;
            // nanoFramework declares them on the two classes themselves (api.txt), where its build binds them.
            "System.Threading.EventWaitHandle",
            "System.Threading.EventWaitHandle::Set()",
        };

        private sealed class ApiType
        {
            public string Base;
            public readonly HashSet<string> Members = new HashSet<string>();
        }

        private static Dictionary<string, ApiType> ReadApi()
        {
            string path = Path.Combine(AppContext.BaseDirectory, "nanoframework-api.txt");
            Assert.True(File.Exists(path), "missing " + path);
            var types = new Dictionary<string, ApiType>();
            ApiType cur = null;
            foreach (string raw in File.ReadAllLines(path))
            {
                if (raw.Length == 0 || raw.StartsWith("#")) continue;
                if (!raw.StartsWith(" "))
                {
                    // "class System.X : System.Base", "struct System.Int32", "interface ...", "enum ..."
                    string[] parts = raw.Split(' ');
                    string name = parts[1];
                    if (!types.TryGetValue(name, out cur))
                    {
                        cur = new ApiType();
                        types[name] = cur;
                    }
                    if (parts.Length >= 4 && parts[2] == ":") cur.Base = parts[3];
                    else if (parts[0] == "struct" || parts[0] == "enum") cur.Base = "System.ValueType";
                    else if (parts[0] == "class" && name != "System.Object") cur.Base = "System.Object";
                    continue;
                }
                string line = raw.Trim();
                bool isStatic = line.StartsWith("static ");
                if (isStatic) line = line.Substring(7);
                if (line.StartsWith("prop "))
                {
                    cur.Members.Add("prop " + line.Substring(line.LastIndexOf(' ') + 1));
                }
                else if (line.StartsWith("field "))
                {
                    cur.Members.Add("field " + line.Substring(line.LastIndexOf(' ') + 1));
                }
                else if (line.Contains('('))
                {
                    int paren = line.IndexOf('(');
                    string head = line.Substring(0, paren);
                    string name = head.Substring(head.LastIndexOf(' ') + 1);
                    cur.Members.Add((isStatic ? "static " : "") + name + line.Substring(paren));
                }
            }
            return types;
        }

        private static bool HasMember(Dictionary<string, ApiType> api, string type, string key)
        {
            for (int guard = 0; type != null && guard < 20; guard++)
            {
                if (!api.TryGetValue(type, out ApiType t)) return false;
                if (t.Members.Contains(key)) return true;
                type = t.Base;
            }
            return false;
        }

        public static IEnumerable<object[]> PortableAssemblies()
        {
            yield return new object[] { "NanoMpy.VmCore" };
            yield return new object[] { "NanoMpy.Flash" };
            yield return new object[] { "NanoMpy.Compiler" };
            yield return new object[] { "NanoMpy.Runtime" };
        }

        private static string AssemblyPath(string name)
        {
            string path = name == "NanoMpy.Flash" ? typeof(FlashRegion).Assembly.Location
                : name == "NanoMpy.Compiler" ? typeof(PyCompiler).Assembly.Location
                : name == "NanoMpy.Runtime" ? typeof(NanoMpy.Board.Repl).Assembly.Location : typeof(MpyLoader).Assembly.Location;
            Assert.Equal(name + ".dll", Path.GetFileName(path));
            return path;
        }

        [Theory]
        [MemberData(nameof(PortableAssemblies))]
        public void NoGenerics(string assembly)
        {
            using var pe = new PEReader(File.OpenRead(AssemblyPath(assembly)));
            MetadataReader md = pe.GetMetadataReader();
            var bad = new List<string>();
            foreach (TypeDefinitionHandle th in md.TypeDefinitions)
            {
                TypeDefinition t = md.GetTypeDefinition(th);
                string tn = md.GetString(t.Namespace) + "." + md.GetString(t.Name);
                if (t.GetGenericParameters().Count > 0) bad.Add("generic type " + tn);
                foreach (MethodDefinitionHandle mh in t.GetMethods())
                {
                    MethodDefinition m = md.GetMethodDefinition(mh);
                    if (m.GetGenericParameters().Count > 0) bad.Add("generic method " + tn + "::" + md.GetString(m.Name));
                }
            }
            var names = new NameProvider(md);
            for (int row = 1; row <= md.GetTableRowCount(TableIndex.TypeSpec); row++)
            {
                TypeSpecification ts = md.GetTypeSpecification(MetadataTokens.TypeSpecificationHandle(row));
                string s = ts.DecodeSignature(names, null);
                if (s.Contains('<')) bad.Add("generic instantiation " + s);
            }
            if (md.GetTableRowCount(TableIndex.MethodSpec) > 0) bad.Add(md.GetTableRowCount(TableIndex.MethodSpec) + " generic method instantiations");
            Assert.True(bad.Count == 0, string.Join("\n", bad));
        }

        [Theory]
        [MemberData(nameof(PortableAssemblies))]
        public void UsesOnlyNanoFrameworkApi(string assembly)
        {
            Dictionary<string, ApiType> api = ReadApi();
            using var pe = new PEReader(File.OpenRead(AssemblyPath(assembly)));
            MetadataReader md = pe.GetMetadataReader();
            var names = new NameProvider(md);

            // Attributes on the assembly and module are written by the build (version, target framework,
            // debug mode); the nanoFramework build writes its own.
            var buildAttributes = new HashSet<EntityHandle>();
            foreach (CustomAttributeHandle ch in md.GetAssemblyDefinition().GetCustomAttributes())
            {
                buildAttributes.Add(md.GetCustomAttribute(ch).Constructor);
            }
            foreach (CustomAttributeHandle ch in md.GetModuleDefinition().GetCustomAttributes())
            {
                buildAttributes.Add(md.GetCustomAttribute(ch).Constructor);
            }

            var missing = new SortedSet<string>();
            int checkedTypes = 0, checkedMembers = 0;
            foreach (TypeReferenceHandle th in md.TypeReferences)
            {
                string full = names.FullName(th, out bool external);
                if (!external || full == null) continue;
                checkedTypes++;
                if (!api.ContainsKey(full) && !Allowed.Contains(full)) missing.Add("type " + full);
            }
            foreach (MemberReferenceHandle mh in md.MemberReferences)
            {
                if (buildAttributes.Contains(mh)) continue;
                MemberReference m = md.GetMemberReference(mh);
                if (m.Parent.Kind != HandleKind.TypeReference) continue; // our own types or generic specs (NoGenerics)
                string type = names.FullName((TypeReferenceHandle)m.Parent, out bool external);
                if (!external) continue;
                string name = md.GetString(m.Name);
                string key;
                if (m.GetKind() == MemberReferenceKind.Field)
                {
                    key = "field " + name;
                }
                else
                {
                    MethodSignature<string> sig = m.DecodeMethodSignature(names, null);
                    string args = "(" + string.Join(", ", sig.ParameterTypes) + ")";
                    if ((name.StartsWith("get_") || name.StartsWith("set_")) && !HasMember(api, type, name + args))
                    {
                        key = "prop " + name.Substring(4);
                    }
                    else
                    {
                        key = (sig.Header.IsInstance ? "" : "static ") + name + args;
                    }
                }
                checkedMembers++;
                if (!HasMember(api, type, key) && !Allowed.Contains(type + "::" + key)) missing.Add(type + "::" + key);
            }
            _out.WriteLine(assembly + ": " + checkedTypes + " BCL type references, " + checkedMembers + " BCL member references checked");
            foreach (string s in missing) _out.WriteLine("  not in nanoFramework: " + s);
            Assert.True(missing.Count == 0, "not in build/nanoframework-api.txt:\n" + string.Join("\n", missing));
        }

        // nanoCLR keeps every struct as a heap object and clones it on each copy, so portable code defines no
        // struct of its own; the one exception is a platform twin, a type whose .NET form sits in a *.Host.cs
        // file (Value). Enums and the compiler's own types (array initialiser data) are not structs in that sense.
        [Theory]
        [InlineData("NanoMpy.VmCore")]
        [InlineData("NanoMpy.Flash")]
        [InlineData("NanoMpy.Compiler")]
        public void NoUserDefinedStructs(string assembly)
        {
            var twins = new HashSet<string>();
            string root = RepoRoot();
            foreach (string dir in new[] { "VmCore", "Flash", "Compiler" })
            {
                foreach (string f in Directory.GetFiles(Path.Combine(root, dir), "*.Host.cs", SearchOption.AllDirectories))
                {
                    string n = Path.GetFileName(f);
                    twins.Add(n.Substring(0, n.Length - ".Host.cs".Length));
                }
            }
            using var pe = new PEReader(File.OpenRead(AssemblyPath(assembly)));
            MetadataReader md = pe.GetMetadataReader();
            var structs = new List<string>();
            foreach (TypeDefinitionHandle h in md.TypeDefinitions)
            {
                TypeDefinition t = md.GetTypeDefinition(h);
                string name = md.GetString(t.Name);
                if (t.BaseType.IsNil || t.BaseType.Kind != HandleKind.TypeReference) continue;
                TypeReference b = md.GetTypeReference((TypeReferenceHandle)t.BaseType);
                if (md.GetString(b.Namespace) != "System" || md.GetString(b.Name) != "ValueType") continue;
                bool generated = name.StartsWith("<", StringComparison.Ordinal) || name.StartsWith("__", StringComparison.Ordinal);
                if (!t.GetDeclaringType().IsNil)
                {
                    string outer = md.GetString(md.GetTypeDefinition(t.GetDeclaringType()).Name);
                    generated |= outer.StartsWith("<", StringComparison.Ordinal);
                }
                if (generated || twins.Contains(name)) continue;
                structs.Add(md.GetString(t.Namespace) + "." + name);
            }
            _out.WriteLine(assembly + ": platform twins allowed to be structs: " + string.Join(", ", twins));
            Assert.True(structs.Count == 0, "user-defined structs in portable code:\n" + string.Join("\n", structs));
        }

        internal static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string here = "")
        {
            return Path.GetDirectoryName(Path.GetDirectoryName(here));
        }

        // Short type names as api.txt writes them (Int32, Object[], Double&), "<...>" marking instantiations.
        private sealed class NameProvider : ISignatureTypeProvider<string, object>
        {
            private readonly MetadataReader _md;

            public NameProvider(MetadataReader md)
            {
                _md = md;
            }

            // Full name of a type reference ("Ns.Outer+Inner") and whether it lives outside our assemblies.
            public string FullName(TypeReferenceHandle h, out bool external)
            {
                TypeReference t = _md.GetTypeReference(h);
                string name = _md.GetString(t.Name);
                EntityHandle scope = t.ResolutionScope;
                if (scope.Kind == HandleKind.TypeReference)
                {
                    string outer = FullName((TypeReferenceHandle)scope, out external);
                    return outer + "+" + name;
                }
                external = false;
                if (scope.Kind == HandleKind.AssemblyReference)
                {
                    string asm = _md.GetString(_md.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
                    external = !asm.StartsWith("NanoMpy", StringComparison.Ordinal);
                }
                string ns = _md.GetString(t.Namespace);
                return ns.Length == 0 ? name : ns + "." + name;
            }

            public string GetPrimitiveType(PrimitiveTypeCode typeCode)
            {
                switch (typeCode)
                {
                    case PrimitiveTypeCode.Void: return "Void";
                    case PrimitiveTypeCode.Boolean: return "Boolean";
                    case PrimitiveTypeCode.Char: return "Char";
                    case PrimitiveTypeCode.SByte: return "SByte";
                    case PrimitiveTypeCode.Byte: return "Byte";
                    case PrimitiveTypeCode.Int16: return "Int16";
                    case PrimitiveTypeCode.UInt16: return "UInt16";
                    case PrimitiveTypeCode.Int32: return "Int32";
                    case PrimitiveTypeCode.UInt32: return "UInt32";
                    case PrimitiveTypeCode.Int64: return "Int64";
                    case PrimitiveTypeCode.UInt64: return "UInt64";
                    case PrimitiveTypeCode.Single: return "Single";
                    case PrimitiveTypeCode.Double: return "Double";
                    case PrimitiveTypeCode.String: return "String";
                    case PrimitiveTypeCode.Object: return "Object";
                    case PrimitiveTypeCode.IntPtr: return "IntPtr";
                    case PrimitiveTypeCode.UIntPtr: return "UIntPtr";
                    case PrimitiveTypeCode.TypedReference: return "TypedReference";
                    default: return typeCode.ToString();
                }
            }

            public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
            {
                return reader.GetString(reader.GetTypeDefinition(handle).Name);
            }

            public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
            {
                return reader.GetString(reader.GetTypeReference(handle).Name);
            }

            public string GetTypeFromSpecification(MetadataReader reader, object genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
            {
                return reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
            }

            public string GetSZArrayType(string elementType) { return elementType + "[]"; }
            public string GetArrayType(string elementType, ArrayShape shape) { return elementType + "[" + new string(',', shape.Rank - 1) + "]"; }
            public string GetByReferenceType(string elementType) { return elementType + "&"; }
            public string GetPointerType(string elementType) { return elementType + "*"; }
            public string GetPinnedType(string elementType) { return elementType; }
            public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
            {
                return genericType + "<" + string.Join(",", typeArguments) + ">";
            }
            public string GetGenericMethodParameter(object genericContext, int index) { return "!!" + index; }
            public string GetGenericTypeParameter(object genericContext, int index) { return "!" + index; }
            public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) { return unmodifiedType; }
            public string GetFunctionPointerType(MethodSignature<string> signature) { return "fnptr"; }
        }
    }
}
