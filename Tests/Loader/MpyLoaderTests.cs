using System;
using System.Linq;
using System.Text;
using NanoMpy.Flash;
using Xunit;

namespace NanoMpy.Tests.Loader
{
    // Expected values come from MicroPython v1.27.0: header verdicts from the unix port
    // (`micropython -m FILE` on the patched file), tables and preludes from tools/mpy-tool.py -d, source lines
    // from the unix port's traceback of Tests/Loader/data/funcs.py.
    // One collection: these tests intern qstrs, and the qstr pool is not thread-safe.
    [Collection("Loader")]
    public class MpyLoaderTests
    {
        private readonly Xunit.Abstractions.ITestOutputHelper _out;

        public MpyLoaderTests(Xunit.Abstractions.ITestOutputHelper output)
        {
            _out = output;
        }

        private static byte[] Patched(string name, int index, int value)
        {
            byte[] b = MpyFiles.Read(name);
            b[index] = (byte)value;
            return b;
        }

        [Theory]
        [InlineData(0, 'X')]          // magic
        [InlineData(1, 5)]            // version
        [InlineData(1, 7)]
        [InlineData(3, 64)]           // small-int bits above 63
        [InlineData(3, 255)]
        [InlineData(2, 0x40)]         // arch flags present
        [InlineData(2, (2 << 2) | 0)] // native arch with another sub-version
        public void HeaderFieldRejected(int index, int value)
        {
            byte[] image = Patched("consts.mpy", index, value);
            MpyFiles.AssertValueError("incompatible .mpy file", () => MpyFiles.Load(image));
        }

        [Theory]
        [InlineData(new byte[0])]
        [InlineData(new byte[] { (byte)'M' })]
        [InlineData(new byte[] { (byte)'M', 6, 0 })]
        public void ShortHeaderRejected(byte[] image)
        {
            MpyFiles.AssertValueError("incompatible .mpy file", () => MpyFiles.Load(image));
        }

        [Fact]
        public void NativeArchRejectedAsBytecodeOnlyPortDoes()
        {
            // x64 with the current sub-version: a port without native emitters says this (py/persistentcode.c).
            byte[] image = Patched("consts.mpy", 2, (2 << 2) | 3);
            MpyFiles.AssertValueError("native code in .mpy unsupported", () => MpyFiles.Load(image));
        }

        [Theory]
        [InlineData(3, 63)]           // small-int bits up to ours
        [InlineData(3, 0)]
        [InlineData(2, 1)]            // any sub-version without an arch
        [InlineData(2, 3)]
        public void HeaderFieldAccepted(int index, int value)
        {
            Assert.NotNull(MpyFiles.Load(Patched("consts.mpy", index, value)));
        }

        [Fact]
        public void NativeCodeKindRejected()
        {
            // The top-level kind_len var-uint ends right before its prelude; its last byte holds the kind bits.
            byte[] image = MpyFiles.Read("consts.mpy");
            RawCode rc = MpyFiles.Load(image);
            image[rc.PreludeStart - 1] |= 1;
            MpyFiles.AssertValueError("incompatible .mpy file", () => MpyFiles.Load(image));
        }

        [Fact]
        public void QstrTableStaticAndDynamicInternedByReference()
        {
            byte[] image = MpyFiles.Read("qstrref.mpy");
            RawCode rc = MpyFiles.Load(image);
            ushort[] q = rc.Context.Qstrs;
            // mpy-tool: qstrref.py <module> loader_ref_name_alpha loader_ref_name_beta print
            Assert.Equal(5, q.Length);
            Assert.Equal("qstrref.py", Qstr.Str(q[0]));
            Assert.Equal(q[0], rc.Context.SourceFile);
            Assert.Equal(Q._lt_module_gt_, q[1]);
            Assert.Equal(Q.print, q[4]);
            Assert.True(q[1] <= Qstr.StaticCount && q[4] <= Qstr.StaticCount);
            foreach (int i in new[] { 0, 2, 3 })
            {
                Assert.True(q[i] > Qstr.StaticCount);
                Assert.Same(image, Qstr.Data(q[i]));                       // the image itself, not a copy
                string text = Encoding.UTF8.GetString(image, Qstr.Offset(q[i]), Qstr.Length(q[i]));
                Assert.Equal(Qstr.Str(q[i]), text);
                Assert.Equal(0, image[Qstr.Offset(q[i]) + Qstr.Length(q[i])]); // followed by the file's NUL
            }
            Assert.Equal("loader_ref_name_alpha", Qstr.Str(q[2]));
            Assert.Equal("loader_ref_name_beta", Qstr.Str(q[3]));
            Assert.Equal(q[2], Qstr.Find(Encoding.UTF8.GetBytes("loader_ref_name_alpha"), 0, 21));
            Assert.Equal(Q._lt_module_gt_, rc.Name);

            // a str constant is made on first use, referring to the image
            Assert.True(rc.Context.Consts[0].IsNull);
            PyStr value = Assert.IsType<PyStr>(rc.Context.Const(0).Obj);
            Assert.Same(value, rc.Context.Const(0).Obj);
            Assert.Same(image, value.Data);
            Assert.Equal("loader_ref_value_gamma", value.ToString());
        }

        [Fact]
        public void ConstantsOfEveryKind()
        {
            byte[] image = MpyFiles.Read("consts.mpy");
            RawCode rc = MpyFiles.Load(image);
            Value[] c = new Value[rc.Context.Consts.Length];
            for (int i = 0; i < c.Length; i++) c[i] = rc.Context.Const(i);
            // mpy-tool obj_table: ['hello, constant', 'héllo € 😀', b'bytes\x00\xff!', b'', 1073741824,
            // 4611686018427387904, -1099511627776, 1.5, 1e+100, 2.5e-08, 2j, 1500j,
            // (1, 'two', b'three', 4.0, None, True, False, Ellipsis), ((1, 2), (3, (4, 5))), Ellipsis,
            // 123456789012345678901234567890, -9223372036854775809]
            Assert.Equal(17, c.Length);
            AssertStr(image, "hello, constant", c[0]);
            AssertStr(image, "h\u00e9llo \u20ac \U0001f600", c[1]);
            AssertBytes(image, new byte[] { (byte)'b', (byte)'y', (byte)'t', (byte)'e', (byte)'s', 0, 0xff, (byte)'!' }, c[2]);
            PyBytes empty = Assert.IsType<PyBytes>(c[3].Obj);
            Assert.Equal(0, empty.Length);
            AssertInt(1073741824L, c[4]);
            AssertInt(4611686018427387904L, c[5]);
            AssertInt(-1099511627776L, c[6]);
            AssertFloat(1.5, c[7]);
            AssertFloat(1e100, c[8]);
            AssertFloat(2.5e-8, c[9]);
            AssertComplex(0, 2, c[10]);
            AssertComplex(0, 1500, c[11]);

            PyTuple t1 = Assert.IsType<PyTuple>(c[12].Obj);
            Assert.Equal(8, t1.Count);
            AssertInt(1, t1.Items[0]);
            AssertStr(image, "two", t1.Items[1]);
            AssertBytes(image, Encoding.ASCII.GetBytes("three"), t1.Items[2]);
            AssertFloat(4.0, t1.Items[3]);
            Assert.True(t1.Items[4].Is(Value.None));
            Assert.True(t1.Items[5].Is(Value.True));
            Assert.True(t1.Items[6].Is(Value.False));
            Assert.True(t1.Items[7].Is(Value.Ellipsis));

            PyTuple t2 = Assert.IsType<PyTuple>(c[13].Obj);
            Assert.Equal(2, t2.Count);
            PyTuple t21 = Assert.IsType<PyTuple>(t2.Items[1].Obj);
            AssertInt(3, t21.Items[0]);
            PyTuple t211 = Assert.IsType<PyTuple>(t21.Items[1].Obj);
            AssertInt(5, t211.Items[1]);
            Assert.True(c[14].Is(Value.Ellipsis));
            AssertBigInt("123456789012345678901234567890", c[15]);
            AssertBigInt("-9223372036854775809", c[16]);
        }

        private static void AssertStr(byte[] image, string expected, Value v)
        {
            PyStr s = Assert.IsType<PyStr>(v.Obj);
            Assert.Same(image, s.Data);
            Assert.Equal(expected, s.ToString());
        }

        private static void AssertBytes(byte[] image, byte[] expected, Value v)
        {
            PyBytes b = Assert.IsType<PyBytes>(v.Obj);
            Assert.Same(image, b.Data);
            Assert.Equal(expected, image.Skip(b.Offset).Take(b.Length).ToArray());
        }

        private static void AssertInt(long expected, Value v)
        {
            Assert.True(v.IsSmallInt);
            Assert.Equal(expected, v.Int);
        }

        private static void AssertBigInt(string expected, Value v)
        {
            PyBigInt b = Assert.IsType<PyBigInt>(v.Obj);
            Printer p = new Printer();
            b.Print(p, PrintKind.Repr);
            Assert.Equal(expected, p.ToString());
        }

        private static void AssertFloat(double expected, Value v)
        {
            Assert.True(v.IsFloat);
            Assert.Equal(expected, v.Float);
        }

        private static void AssertComplex(double re, double im, Value v)
        {
            PyComplex z = Assert.IsType<PyComplex>(v.Obj);
            Assert.Equal(re, z.Real);
            Assert.Equal(im, z.Imag);
        }

        // mpy-tool -d funcs.mpy: name, prelude (n_state, n_exc_stack, scope_flags, n_pos_args, n_kwonly_args,
        // n_def_pos_args), args, children count; in mpy-tool's (depth-first) order.
        private static readonly object[][] FuncsPreludes =
        {
            new object[] { "<module>", 11, 0, 0, 0, 0, 0, new string[0], 11 },
            new object[] { "plain", 1, 0, 0, 0, 0, 0, new string[0], 0 },
            new object[] { "args", 6, 0, 0, 4, 0, 2, new[] { "a", "b", "c", "d" }, 0 },
            new object[] { "kwonly", 6, 0, 8, 1, 2, 0, new[] { "a", "k1", "k2" }, 0 },
            new object[] { "star", 4, 0, 6, 0, 0, 0, new string[0], 0 },
            new object[] { "mixed", 10, 0, 6, 2, 1, 1, new[] { "a", "b", "key" }, 0 },
            new object[] { "outer", 5, 0, 0, 1, 0, 0, new[] { "x" }, 1 },
            new object[] { "inner", 5, 0, 0, 3, 0, 0, new[] { "*", "*", "z" }, 0 },
            new object[] { "gen", 6, 0, 1, 1, 0, 0, new[] { "n" }, 0 },
            new object[] { "handlers", 10, 3, 0, 1, 0, 0, new[] { "v" }, 0 },
            new object[] { "Ctx", 1, 0, 0, 0, 0, 0, new string[0], 2 },
            new object[] { "__enter__", 2, 0, 0, 1, 0, 0, new[] { "self" }, 0 },
            new object[] { "__exit__", 3, 0, 4, 1, 0, 0, new[] { "self" }, 0 },
            new object[] { "<lambda>", 4, 0, 0, 2, 0, 1, new[] { "p", "q" }, 0 },
            new object[] { "lines", 6, 0, 0, 0, 0, 0, new string[0], 0 },
        };

        [Fact]
        public void PreludesMatchMpyTool()
        {
            byte[] image = MpyFiles.Read("funcs.mpy");
            RawCode top = MpyFiles.Load(image);
            RawCode[] all = MpyFiles.Walk(top).ToArray();
            Assert.Equal(FuncsPreludes.Length, all.Length);
            for (int i = 0; i < all.Length; i++)
            {
                object[] e = FuncsPreludes[i];
                RawCode rc = all[i];
                string name = (string)e[0];
                Assert.Equal(name, Qstr.Str(rc.Name));
                Assert.Equal(e[1], rc.NState);
                Assert.Equal(e[2], rc.NExcStack);
                Assert.Equal(e[3], rc.ScopeFlags);
                Assert.Equal(e[4], rc.NPosArgs);
                Assert.Equal(e[5], rc.NKwOnlyArgs);
                Assert.Equal(e[6], rc.NDefPosArgs);
                Assert.Equal((string[])e[7], rc.ArgNames.Select(Qstr.Str).ToArray());
                Assert.Equal(e[8], rc.Children.Length);
                Assert.Same(top.Context, rc.Context);
                Assert.Same(image, rc.Code);
                Assert.True(rc.PreludeStart < rc.LineInfoStart && rc.LineInfoStart <= rc.LineInfoEnd
                    && rc.LineInfoEnd <= rc.BytecodeStart && rc.BytecodeStart < rc.End, name);
            }
            Assert.Equal("funcs.py", Qstr.Str(top.Context.SourceFile));
            Assert.Null(top.Context.Globals);
            // outer closes over x and y: two cells, locals 0 (x) and 1 (y)... as bytes before its bytecode.
            RawCode outer = all[6];
            Assert.Equal(2, outer.BytecodeStart - outer.LineInfoEnd);
        }

        [Fact]
        public void SourceLinesMatchTraceback()
        {
            // Unix port: File "funcs.py", line 52, in lines (the raise); line 55, in <module> (the call). The
            // offset is that of the raising opcode itself (py/vm.c saves ip before dispatch).
            RawCode top = MpyFiles.Load(MpyFiles.Read("funcs.mpy"));
            RawCode lines = top.Children[10];
            Assert.Equal("lines", Qstr.Str(lines.Name));
            int raise = MpyFiles.FindOpcode(lines, Op.RaiseObj);
            Assert.Equal(52, LineInfo.SourceLineAt(lines, raise));
            Assert.Equal(48, LineInfo.SourceLine(lines, 0));               // a = 1
            int lastCall = MpyFiles.FindOpcode(top, Op.CallFunction, CountOps(top, Op.CallFunction) - 1);
            Assert.Equal(55, LineInfo.SourceLineAt(top, lastCall));
            Assert.Equal(3, LineInfo.SourceLine(top, 0));                  // def plain
        }

        private static int CountOps(RawCode rc, int op)
        {
            int n = 0;
            for (int ip = rc.BytecodeStart; ip < rc.End; ip += BytecodeFormat.OpcodeSize(rc.Code, ip, rc.End))
            {
                if (rc.Code[ip] == op) n++;
            }
            return n;
        }

        [Fact]
        public void EveryAvailableFileLoadsAndVerifies()
        {
            int n = 0;
            foreach (string f in MpyFiles.All())
            {
                try
                {
                    RawCode rc = MpyLoader.Load(new FlashRegion(f, System.IO.File.ReadAllBytes(f)));
                    foreach (RawCode c in MpyFiles.Walk(rc)) BytecodeVerifier.Verify(c);
                }
                catch (PyException e)
                {
                    Assert.Fail(f + ": " + MpyFiles.Message(e));
                }
                n++;
            }
            Assert.True(n >= 4);
        }

        [Fact]
        public void LoadsFromARegionInsideALargerBuffer()
        {
            byte[] file = MpyFiles.Read("funcs.mpy");
            byte[] flash = new byte[file.Length + 300];
            for (int i = 0; i < flash.Length; i++) flash[i] = 0xff;
            Array.Copy(file, 0, flash, 100, file.Length);
            RawCode rc = MpyLoader.Load(new FlashRegion("part", flash, 100, file.Length));
            Assert.Same(flash, rc.Code);
            Assert.Equal(15, MpyFiles.Walk(rc).Count());
            // Cut one byte short: the region ends before the file does, the 0xff after it is not read.
            MpyFiles.AssertCorrupt(() => MpyLoader.Load(new FlashRegion("part", flash, 100, file.Length - 1)));
        }

        // funcs.mpy `args`: LOAD_FAST 0..3 (b0 b1 f2 b2 f2 b3 f2) RETURN_VALUE, n_state 6.
        private static void CorruptArgs(Action<byte[], RawCode> patch)
        {
            byte[] image = MpyFiles.Read("funcs.mpy");
            RawCode args = MpyFiles.Load(image).Children[1];
            Assert.Equal("args", Qstr.Str(args.Name));
            patch(image, args);
            MpyFiles.AssertCorrupt(() => MpyFiles.Load(image));
        }

        [Fact]
        public void VerifierRejectsLocalOutOfRange()
        {
            CorruptArgs((img, rc) => img[MpyFiles.FindOpcode(rc, 0xb3)] = 0xbf);
        }

        [Fact]
        public void VerifierRejectsUnknownOpcode()
        {
            CorruptArgs((img, rc) => img[MpyFiles.FindOpcode(rc, 0xb3)] = 0xfc);
        }

        [Fact]
        public void VerifierRejectsFallingOffTheEnd()
        {
            CorruptArgs((img, rc) => img[MpyFiles.FindOpcode(rc, Op.ReturnValue)] = Op.PopTop);
        }

        [Fact]
        public void VerifierRejectsYieldOutsideAGenerator()
        {
            // `args` is a plain function: a yield there would run in its caller's dispatch loop (an inline call)
            byte[] image = MpyFiles.Read("funcs.mpy");
            RawCode args = MpyFiles.Load(image).Children[1];
            int at = MpyFiles.FindOpcode(args, 0xb3);
            image[at] = Op.YieldValue;
            MpyFiles.AssertValueError("corrupt .mpy file: yield outside a generator (opcode 0x67 at bytecode offset "
                + (at - args.BytecodeStart) + ")", () => MpyFiles.Load(image));
        }

        [Fact]
        public void VerifierRejectsBadQstrConstAndChildIndexes()
        {
            byte[] image = MpyFiles.Read("consts.mpy");
            RawCode top = MpyFiles.Load(image);
            int at = MpyFiles.FindOpcode(top, Op.LoadConstObj);
            image[at + 1] = (byte)top.Context.Consts.Length;
            MpyFiles.AssertCorrupt(() => MpyFiles.Load(image));

            image = MpyFiles.Read("consts.mpy");
            at = MpyFiles.FindOpcode(top, Op.StoreName);
            image[at + 1] = (byte)top.Context.Qstrs.Length;
            MpyFiles.AssertCorrupt(() => MpyFiles.Load(image));

            image = MpyFiles.Read("funcs.mpy");
            top = MpyFiles.Load(image);
            at = MpyFiles.FindOpcode(top, Op.MakeFunction);
            image[at + 1] = 11; // 11 children
            MpyFiles.AssertCorrupt(() => MpyFiles.Load(image));
        }

        [Fact]
        public void VerifierRejectsJumpIntoAnOperand()
        {
            byte[] image = MpyFiles.Read("funcs.mpy");
            RawCode gen = MpyFiles.Load(image).Children[6];
            Assert.Equal("gen", Qstr.Str(gen.Name));
            // `for i in range(n)` compiles to a counting loop whose first JUMP (signed 1-byte label) goes to the
            // test; point it at the second byte of a multi-byte instruction instead.
            int at = MpyFiles.FindOpcode(gen, Op.Jump);
            Assert.Equal(0, image[at + 1] & 0x80);
            int ip = at + 2;
            bool done = false;
            for (int t = gen.BytecodeStart; t < gen.End && !done; t += BytecodeFormat.OpcodeSize(image, t, gen.End))
            {
                int rel = t + 1 - ip;
                if (BytecodeFormat.OpcodeSize(image, t, gen.End) > 1 && rel >= -0x40 && rel < 0x40)
                {
                    image[at + 1] = (byte)(rel + 0x40);
                    done = true;
                }
            }
            Assert.True(done);
            MpyFiles.AssertCorrupt(() => MpyFiles.Load(image));
        }

        [Fact]
        public void OpcodeTableMatchesBc0()
        {
            // py/bc0.h: formats by high nibble, the extra-byte opcodes, and the unused opcode numbers.
            Assert.Equal(BytecodeFormat.FormatQstr, BytecodeFormat.Format(Op.LoadName));
            Assert.Equal(BytecodeFormat.FormatVarUint, BytecodeFormat.Format(Op.LoadConstSmallInt));
            Assert.Equal(BytecodeFormat.FormatVarUint, BytecodeFormat.Format(Op.CallMethod));
            Assert.Equal(BytecodeFormat.FormatOffset, BytecodeFormat.Format(Op.ForIter));
            Assert.Equal(BytecodeFormat.FormatByte, BytecodeFormat.Format(Op.ReturnValue));
            Assert.Equal(BytecodeFormat.FormatByte, BytecodeFormat.Format(0xf9));
            int[] extra = Enumerable.Range(0, 256).Where(o => BytecodeFormat.IsKnown(o) && BytecodeFormat.HasExtraByte(o)).ToArray();
            Assert.Equal(new[] { (int)Op.MakeClosure, Op.MakeClosureDefargs, Op.UnwindJump }, extra);
            int[] unknown = Enumerable.Range(0, 256).Where(o => !BytecodeFormat.IsKnown(o)).ToArray();
            int[] expectedUnknown = Enumerable.Range(0x00, 0x10)
                .Concat(new[] { 0x1d, 0x1e, 0x1f }).Concat(Enumerable.Range(0x38, 8)).Concat(new[] { 0x41 })
                .Concat(Enumerable.Range(0x4c, 4)).Concat(new[] { 0x60, 0x61 }).Concat(Enumerable.Range(0x6a, 6))
                .Concat(new[] { 0xd4, 0xd5, 0xd6 }).Concat(Enumerable.Range(0xfa, 6)).ToArray();
            Assert.Equal(expectedUnknown, unknown);
            // Labels: 1 byte < 0x80, else 15 bits low-first; signed ones biased by 0x40 / 0x4000.
            int ip = 0;
            Assert.Equal(-0x40, VarUint.DecodeSLabel(new byte[] { 0x00 }, ref ip));
            ip = 0;
            Assert.Equal(0x1234 - 0x4000, VarUint.DecodeSLabel(new byte[] { 0x34 | 0x80, 0x1234 >> 7 }, ref ip));
            Assert.Equal(2, ip);
            ip = 0;
            Assert.Equal(0x7f | (0x55 << 7), VarUint.DecodeULabel(new byte[] { 0xff, 0x55 }, ref ip));
            ip = 0;
            Assert.Equal(-1L, VarUint.DecodeSigned(new byte[] { 0x7f }, ref ip));
            ip = 0;
            Assert.Equal(300, VarUint.Decode(new byte[] { 0x82, 0x2c }, ref ip));
        }
    }
}
