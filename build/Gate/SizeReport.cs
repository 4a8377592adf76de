using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace NanoMpy.Gate
{
    // The size of a board assembly as the gate compiles it (C# 9, Release, against nanoFramework's mscorlib):
    // the figures that drive a nanoFramework image's size (its .pe keeps IL, metadata tables and strings).
    public sealed class SizeReport
    {
        public long IlBytes;      // method bodies (IL and their headers)
        public int Types, Methods, Fields;
        public long StringBytes;  // literal strings (the #US heap), UTF-16 as the metadata stores them

        public static SizeReport Of(byte[] image)
        {
            var s = new SizeReport();
            using (var pe = new PEReader(new MemoryStream(image)))
            {
                MetadataReader md = pe.GetMetadataReader();
                s.Types = md.TypeDefinitions.Count;
                s.Methods = md.MethodDefinitions.Count;
                s.Fields = md.FieldDefinitions.Count;
                s.StringBytes = md.GetHeapSize(HeapIndex.UserString);
                foreach (MethodDefinitionHandle h in md.MethodDefinitions)
                {
                    int rva = md.GetMethodDefinition(h).RelativeVirtualAddress;
                    if (rva == 0) continue;
                    s.IlBytes += pe.GetMethodBody(rva).Size;
                }
            }
            return s;
        }

        public void Add(SizeReport o)
        {
            IlBytes += o.IlBytes;
            Types += o.Types;
            Methods += o.Methods;
            Fields += o.Fields;
            StringBytes += o.StringBytes;
        }

        // "IL  methods  Namespace.Type" per type (nested types on their own line), largest first: where to trim.
        public static List<string> PerType(byte[] image)
        {
            var rows = new List<KeyValuePair<long, string>>();
            using (var pe = new PEReader(new MemoryStream(image)))
            {
                MetadataReader md = pe.GetMetadataReader();
                foreach (TypeDefinitionHandle th in md.TypeDefinitions)
                {
                    TypeDefinition t = md.GetTypeDefinition(th);
                    long il = 0;
                    int methods = 0;
                    foreach (MethodDefinitionHandle h in t.GetMethods())
                    {
                        methods++;
                        int rva = md.GetMethodDefinition(h).RelativeVirtualAddress;
                        if (rva != 0) il += pe.GetMethodBody(rva).Size;
                    }
                    string name = TypeName(md, t);
                    rows.Add(new KeyValuePair<long, string>(il, string.Format("{0,8} B IL {1,5} methods  {2}", il, methods, name)));
                }
            }
            rows.Sort((a, b) => b.Key.CompareTo(a.Key));
            var lines = new List<string>();
            foreach (var r in rows) lines.Add(r.Value);
            return lines;
        }

        // "IL  Namespace.Type::Method" per method body, largest first: the single places worth a look.
        public static List<string> PerMethod(byte[] image)
        {
            var rows = new List<KeyValuePair<long, string>>();
            using (var pe = new PEReader(new MemoryStream(image)))
            {
                MetadataReader md = pe.GetMetadataReader();
                foreach (TypeDefinitionHandle th in md.TypeDefinitions)
                {
                    TypeDefinition t = md.GetTypeDefinition(th);
                    string type = TypeName(md, t);
                    foreach (MethodDefinitionHandle h in t.GetMethods())
                    {
                        MethodDefinition m = md.GetMethodDefinition(h);
                        if (m.RelativeVirtualAddress == 0) continue;
                        long il = pe.GetMethodBody(m.RelativeVirtualAddress).Size;
                        rows.Add(new KeyValuePair<long, string>(il, string.Format("{0,8} B IL  {1}::{2}", il, type, md.GetString(m.Name))));
                    }
                }
            }
            rows.Sort((a, b) => b.Key.CompareTo(a.Key));
            var lines = new List<string>();
            foreach (var r in rows) lines.Add(r.Value);
            return lines;
        }

        private static string TypeName(MetadataReader md, TypeDefinition t)
        {
            string name = md.GetString(t.Name);
            if (t.IsNested) return md.GetString(md.GetTypeDefinition(t.GetDeclaringType()).Name) + "/" + name;
            return t.Namespace.IsNil ? name : md.GetString(t.Namespace) + "." + name;
        }

        public override string ToString()
        {
            return string.Format("{0,8} B IL  {1,5} types  {2,6} methods  {3,5} fields  {4,7} B strings",
                IlBytes, Types, Methods, Fields, StringBytes);
        }
    }
}
