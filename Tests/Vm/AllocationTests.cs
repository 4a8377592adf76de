using System.IO;
using System.Runtime.CompilerServices;
using NanoMpy.Host;
using Xunit;

namespace NanoMpy.Tests.Vm
{
    // The VM's hot paths allocate nothing: a loop of small-int arithmetic and comparisons, locals, range
    // iteration, attribute reads and method calls on a user instance (data/alloc_loop.py, compiled by
    // mpy-cross v1.27.0) must allocate (almost) nothing per iteration.
    public class AllocationTests
    {
        private readonly Xunit.Abstractions.ITestOutputHelper _out;

        public AllocationTests(Xunit.Abstractions.ITestOutputHelper output)
        {
            _out = output;
        }

        internal static string DataDir([CallerFilePath] string here = "")
        {
            return Path.Combine(Path.GetDirectoryName(here), "data");
        }

        [Fact]
        public void MillionIterationLoopAllocatesUnderOneKilobyte()
        {
            lock (Cli.RunLock)
            {
                HostBoard board = new HostBoard(Stream.Null, Stream.Null);
                int rc = Cli.RunOnThisThread(board, new string[] { "alloc_loop" }, new string[] { DataDir() }, "alloc_loop", null);
                Assert.Equal(0, rc);
                PyModule m = (PyModule)SysModule.Modules.GetQ(Q.__main__).Obj;
                Value run = m.Globals.GetQ(Qstr.Intern("run"));
                // MicroPython v1.27.0 prints 39 for the module's run(10)
                Assert.Equal(39, m.Globals.GetQ(Qstr.Intern("result")).Bits);

                Rt.Call1(run, Value.FromInt(1000)); // warm the frame pool and the JIT
                long a0 = System.GC.GetAllocatedBytesForCurrentThread();
                Value small = Rt.Call1(run, Value.FromInt(10));
                long a1 = System.GC.GetAllocatedBytesForCurrentThread();
                Value big = Rt.Call1(run, Value.FromInt(1000000));
                long a2 = System.GC.GetAllocatedBytesForCurrentThread();

                Assert.Equal(39, small.Bits);
                Assert.Equal(1857143, big.Bits); // MicroPython v1.27.0: run(1000000)
                long loopBytes = (a2 - a1) - (a1 - a0);
                _out.WriteLine("run(10): " + (a1 - a0) + " bytes; run(1000000): " + (a2 - a1) + " bytes; loop: " + loopBytes);
                Assert.True(loopBytes < 1024, "the 1,000,000-iteration loop allocated " + loopBytes + " bytes");
            }
        }
    }
}
