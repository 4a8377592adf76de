using System.Collections.Generic;
using System.IO;
using System.Reflection;
using NanoMpy.Host;
using Xunit;

namespace NanoMpy.Tests.Vm
{
    // Every opcode of Opcodes.cs runs at least once across the program corpus (Tests/programs/*.mpy), and so
    // does every byte of the multi-opcode ranges (each small int -16..47, local 0..15, unary and binary op).
    public class OpcodeCoverageTests
    {
        [Fact]
        public void CorpusExecutesEveryOpcode()
        {
            string dir = Path.Combine(System.AppContext.BaseDirectory, "programs");
            string[] files = Directory.GetFiles(dir, "*.mpy");
            Assert.NotEmpty(files);
            lock (Cli.RunLock)
            {
                System.Array.Clear(NanoMpy.Vm.OpCounts, 0, 256);
                NanoMpy.Vm.CountOpcodes = true;
                try
                {
                    foreach (string f in files)
                    {
                        string name = Path.GetFileNameWithoutExtension(f);
                        Cli.RunProgram(Stream.Null, Stream.Null, new string[] { name }, new string[] { dir }, name, null);
                    }
                }
                finally
                {
                    NanoMpy.Vm.CountOpcodes = false;
                }
            }
            List<string> missing = new List<string>();
            foreach (FieldInfo fi in typeof(Op).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (fi.FieldType != typeof(byte)) continue;
                int op = (byte)fi.GetValue(null);
                int span = RangeOf(op);
                for (int i = op; i < op + span; i++)
                {
                    if (NanoMpy.Vm.OpCounts[i] == 0)
                    {
                        missing.Add(fi.Name + (span > 1 ? "+" + (i - op) : "") + " (0x" + i.ToString("x2") + ")");
                    }
                }
            }
            Assert.True(missing.Count == 0, "opcodes never executed by the corpus: " + string.Join(", ", missing));
        }

        // The multi-opcodes cover a range of bytes each.
        private static int RangeOf(int op)
        {
            if (op == Op.LoadConstSmallIntMulti) return 64;
            if (op == Op.LoadFastMulti || op == Op.StoreFastMulti) return 16;
            if (op == Op.UnaryOpMulti) return Op.UnaryOpMultiNum;
            if (op == Op.BinaryOpMulti) return Op.BinaryOpMultiNum;
            return 1;
        }
    }
}
