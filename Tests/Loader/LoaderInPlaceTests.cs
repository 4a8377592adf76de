using System;
using System.Linq;
using NanoMpy.Flash;
using Xunit;
using Xunit.Abstractions;

namespace NanoMpy.Tests.Loader
{
    // Loading runs in place: bytecode, line tables and str/bytes constants stay in the image, so what a load
    // allocates depends on the tables and the function count, never on the amount of bytecode.
    //
    // inplace1.mpy and inplace2.mpy (Tests/Loader/data/gen_inplace.py, mpy-cross v1.27.0) have the same four
    // functions, qstr table and constant table; the function bodies of the second are twice as long.
    // One collection: these tests intern qstrs, and the qstr pool is not thread-safe.
    [Collection("Loader")]
    public class LoaderInPlaceTests
    {
        private readonly ITestOutputHelper _out;

        public LoaderInPlaceTests(ITestOutputHelper output)
        {
            _out = output;
        }

        private static long MeasureLoad(byte[] image, out RawCode rc)
        {
            FlashRegion region = new FlashRegion("inplace", image);
            long before = GC.GetAllocatedBytesForCurrentThread();
            rc = MpyLoader.Load(region);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        private static int BytecodeBytes(RawCode rc)
        {
            return MpyFiles.Walk(rc).Sum(c => c.End - c.BytecodeStart);
        }

        [Fact]
        public void LoadAllocatesTablesAndDescriptorsOnly()
        {
            // Warm-up: interns the names (the qstr pool grows once, a one-time cost shared by every module
            // that uses them), runs static constructors and sizes the verifier's reusable bitmap.
            MpyFiles.Load(MpyFiles.Read("inplace1.mpy"));
            MpyFiles.Load(MpyFiles.Read("inplace2.mpy"));

            byte[] image1 = MpyFiles.Read("inplace1.mpy");
            byte[] image2 = MpyFiles.Read("inplace2.mpy");
            long alloc1 = MeasureLoad(image1, out RawCode rc1);
            long alloc2 = MeasureLoad(image2, out RawCode rc2);

            int code1 = BytecodeBytes(rc1);
            int code2 = BytecodeBytes(rc2);
            int funcs = MpyFiles.Walk(rc1).Count();
            int nQstr = rc1.Context.Qstrs.Length;
            int nConst = rc1.Context.Consts.Length;
            Assert.Equal(funcs, MpyFiles.Walk(rc2).Count());
            Assert.Equal(nQstr, rc2.Context.Qstrs.Length);
            Assert.Equal(nConst, rc2.Context.Consts.Length);
            Assert.True(code1 >= 64 * 1024, "inplace1 should hold >= 64 KB of bytecode, has " + code1);
            Assert.True(code2 >= 2 * code1 - 1024, "inplace2 should hold twice the bytecode");

            // Bound from what must exist in RAM (64-bit CLR sizes, generous): per function a RawCode (~100 B),
            // its arg-name ids and child array (~64 B each); the qstr-id table (4 B an entry); per constant a
            // 16-byte Value slot plus at most ~256 B of boxed object (the tuple holds a str); the context.
            long bound = funcs * (128 + 64 + 64) + (nQstr * 4 + 64) + nConst * (16 + 256) + 512;
            _out.WriteLine("inplace1.mpy: " + image1.Length + " B file, " + code1 + " B bytecode, " + funcs
                + " functions, " + nQstr + " qstrs, " + nConst + " constants: load allocated " + alloc1 + " B");
            _out.WriteLine("inplace2.mpy: " + image2.Length + " B file, " + code2 + " B bytecode, " + funcs
                + " functions, " + nQstr + " qstrs, " + nConst + " constants: load allocated " + alloc2 + " B");
            _out.WriteLine("computed bound: " + bound + " B");

            Assert.True(alloc1 <= bound, "load of inplace1 allocated " + alloc1 + " B, bound " + bound);
            Assert.True(alloc2 <= bound, "load of inplace2 allocated " + alloc2 + " B, bound " + bound);
            Assert.True(bound < 16 * 1024 && alloc1 * 16 < code1);
            // Twice the bytecode, the same allocation (a few bytes of slack for allocator granularity).
            Assert.True(Math.Abs(alloc2 - alloc1) <= 64, "allocations differ: " + alloc1 + " vs " + alloc2);

            // And the functions do run from the image that was loaded.
            Assert.All(MpyFiles.Walk(rc2), c => Assert.Same(image2, c.Code));
        }
    }
}
