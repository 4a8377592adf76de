using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace NanoMpy.Tests.Loader
{
    // The opcode table, the var-uint codec and the stack simulation, each on hand-made damage to real
    // mpy-cross output: every case loads before the edit and is rejected, with the reason, after it.
    [Collection("Loader")]
    public class StackVerifierTests
    {
        // (image, function, instruction start) of every instruction of every corpus function
        private static IEnumerable<(byte[] Image, RawCode Rc, int Ip)> Instructions()
        {
            foreach (string f in MpyFiles.All())
            {
                byte[] image = File.ReadAllBytes(f);
                RawCode top = MpyFiles.Load(image);
                foreach (RawCode rc in MpyFiles.Walk(top))
                {
                    for (int ip = rc.BytecodeStart; ip < rc.End; ip += BytecodeFormat.OpcodeSize(image, ip, rc.End))
                    {
                        yield return (image, rc, ip);
                    }
                }
            }
        }

        private static string Rejection(byte[] image)
        {
            return MpyFiles.Message(MpyFiles.Throws(() => MpyFiles.Load(image)));
        }

        [Fact]
        public void TableFormatsAndNamesMatchBc0()
        {
            for (int op = 0; op < 256; op++)
            {
                bool exists = OpcodeTable.Exists(op);
                Assert.Equal(exists, OpcodeTable.Name(op) != null);
                if (exists) Assert.Equal(BytecodeFormat.Format(op), OpcodeTable.Format(op));
            }
            Assert.Equal(13 + 24 + 11 + 16 + 8 + 64 + 16 + 16 + 4 + 35, Enumerable.Range(0, 256).Count(OpcodeTable.Exists));
            Assert.Equal("LOAD_CONST_SMALL_INT", OpcodeTable.Name(0x70));
            Assert.Equal("BINARY_OP", OpcodeTable.Name(0xf9));
            Assert.Null(OpcodeTable.Name(0xfa));
        }

        [Fact]
        public void StackEffectsAreEmitbcs()
        {
            // emitbc.c's stack_adj for a few operands of each operand-dependent family
            Assert.Equal(-1 - 2 - 2 * 1, OpcodeTable.StackEffect(Op.CallMethod, 2 | 1 << 8, 0));
            Assert.Equal(-3 - 2 * 2 - 1, OpcodeTable.StackEffect(Op.CallFunctionVarKw, 3 | 2 << 8, 0));
            Assert.Equal(-1 - 0 - 1, OpcodeTable.StackEffect(Op.CallMethodVarKw, 0, 0));
            Assert.Equal(1 - 3, OpcodeTable.StackEffect(Op.MakeClosure, 0, 3));
            Assert.Equal(-2 - 3 + 1, OpcodeTable.StackEffect(Op.MakeClosureDefargs, 0, 3));
            Assert.Equal(1 - 4, OpcodeTable.StackEffect(Op.BuildTuple, 4, 0));
            Assert.Equal(1, OpcodeTable.StackEffect(Op.BuildMap, 9, 0));
            Assert.Equal(-1 + 5, OpcodeTable.StackEffect(Op.UnpackSequence, 5, 0));
            Assert.Equal(2 + 3, OpcodeTable.StackEffect(Op.UnpackEx, 2 | 3 << 8, 0));
            Assert.Equal(-2, OpcodeTable.StackEffect(Op.StoreComp, 5 << 2 | 1, 0));
            Assert.Equal(-1, OpcodeTable.StackEffect(Op.StoreComp, 5 << 2 | 0, 0));
            Assert.Equal(2, OpcodeTable.StackEffect(Op.SetupWith, 0, 0));
            Assert.Equal(-2, OpcodeTable.StackEffect(Op.WithCleanup, 0, 0));
            Assert.Equal(2, OpcodeTable.Scratch(Op.WithCleanup));
            Assert.Equal(3, OpcodeTable.StackEffect(Op.GetIterStack, 0, 0));
            Assert.Equal(-1, OpcodeTable.StackEffect(Op.LoadSuperMethod, 0, 0));
            Assert.Equal(-1, OpcodeTable.StackEffect(Op.BinaryOpMulti + 3, 0, 0));
            Assert.Equal(1, OpcodeTable.StackEffect(Op.LoadFastMulti + 7, 0, 0));
        }

        [Fact]
        public void VarUintRoundTripsAndChecks()
        {
            foreach (int v in new[] { 0, 1, 0x7f, 0x80, 300, 0x3fff, 0x4000, 1 << 20, int.MaxValue })
            {
                byte[] b = new byte[VarUint.Size(v)];
                Assert.Equal(b.Length, VarUint.Write(b, 0, v));
                int pos = 0;
                Assert.Equal(v, VarUint.Read(b, ref pos, b.Length));
                Assert.Equal(b.Length, pos);
                pos = 0;
                Assert.Equal(v, VarUint.Decode(b, ref pos));
                if (b.Length > 1)
                {
                    Assert.Equal(v, VarUint.TailAt(b, 1, b[0]));
                    Assert.Equal(b.Length, VarUint.SkipTail(b, 1));
                    pos = 0;
                    Assert.Contains("truncated", MpyFiles.Message(MpyFiles.Throws(() => VarUint.Read(b, ref pos, b.Length - 1))));
                }
            }
            int p = 0;
            byte[] big = { 0x8f, 0xff, 0xff, 0xff, 0x7f };
            Assert.Contains("too large", MpyFiles.Message(MpyFiles.Throws(() => VarUint.Read(big, ref p, big.Length))));
            Assert.True(VarUint.LabelFitsOneByte(-64, true) && !VarUint.LabelFitsOneByte(64, true));
            Assert.True(VarUint.LabelFitsOneByte(127, false) && !VarUint.LabelFitsOneByte(-1, false));
        }

        [Fact]
        public void StackUnderflowIsRejected()
        {
            // a push made a pop: LOAD_CONST_NONE right before RETURN_VALUE becomes POP_TOP
            var (image, rc, ip) = Instructions().First(x => x.Image[x.Ip] == Op.LoadConstNone && x.Ip + 1 < x.Rc.End
                && x.Image[x.Ip + 1] == Op.ReturnValue && x.Rc.Children.Length == 0 && x.Ip == x.Rc.End - 2);
            byte[] bad = (byte[])image.Clone();
            bad[ip] = Op.PopTop;
            Assert.Contains("stack underflow", Rejection(bad));
        }

        [Fact]
        public void StoreMapNeedsADict()
        {
            // BUILD_MAP n -> BUILD_TUPLE n: same size and depth, but STORE_MAP then finds a tuple
            var (image, rc, ip) = Instructions().First(x => x.Image[x.Ip] == Op.BuildMap && x.Image[x.Ip + 2] != Op.ReturnValue
                && Enumerable.Range(x.Ip + 2, 12).Any(i => i < x.Rc.End && x.Image[i] == Op.StoreMap) && (x.Image[x.Ip + 1] & 0x80) == 0);
            byte[] bad = (byte[])image.Clone();
            bad[ip] = Op.BuildTuple;
            Assert.Contains("STORE_MAP without a dict", Rejection(bad));
        }

        [Fact]
        public void DerefNeedsACell()
        {
            // LOAD_DEREF of a local that is no cell (the function's other locals are plain)
            foreach (var (image, rc, ip) in Instructions())
            {
                if (image[ip] != Op.LoadDeref || (image[ip + 1] & 0x80) != 0) continue;
                var cells = new HashSet<int>();
                for (int p = rc.LineInfoEnd; p < rc.BytecodeStart; p++) cells.Add(image[p]);
                if (rc.NPosArgs > 0 || cells.Count == 0) continue;
                int plain = Enumerable.Range(0, 16).FirstOrDefault(l => !cells.Contains(l) && l < rc.NState - 1, -1);
                if (plain < 0) continue;
                byte[] bad = (byte[])image.Clone();
                bad[ip + 1] = (byte)plain;
                string m = Rejection(bad);
                Assert.True(m.Contains("not a cell") || m.Contains("locals"), m);
                return;
            }
            Assert.Fail("no LOAD_DEREF found");
        }

        [Fact]
        public void NStateBoundsTheStack()
        {
            // mpy-cross's n_state is exact (locals + the deepest stack): one less overflows the simulated stack
            int tried = 0;
            foreach (var (image, rc, ip) in Instructions())
            {
                if (ip != rc.BytecodeStart || (image[rc.PreludeStart] & 0x80) != 0 || ((image[rc.PreludeStart] >> 3) & 15) < 2) continue;
                byte[] bad = (byte[])image.Clone();
                bad[rc.PreludeStart] = (byte)(bad[rc.PreludeStart] - 8);
                tried++;
                string m = Rejection(bad);
                if (m.Contains("stack overflows n_state")) return;
            }
            Assert.Fail("no function whose n_state - 1 overflows its stack, of " + tried);
        }

        [Fact]
        public void EveryCorpusFunctionPassesTheSimulation()
        {
            int functions = 0;
            foreach (string f in MpyFiles.All())
            {
                RawCode top = MpyFiles.Load(File.ReadAllBytes(f));
                functions += MpyFiles.Walk(top).Count();
            }
            Assert.True(functions > 500, "functions " + functions);
        }
    }
}
