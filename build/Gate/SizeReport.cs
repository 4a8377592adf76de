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

        public override string ToString()
        {
            return string.Format("{0,8} B IL  {1,5} types  {2,6} methods  {3,5} fields  {4,7} B strings",
                IlBytes, Types, Methods, Fields, StringBytes);
        }
    }
}
