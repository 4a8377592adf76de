using System.IO;
using System.Runtime.CompilerServices;
using NanoMpy.Host;
using Xunit;

namespace NanoMpy.Tests.Vm
{
    // What the VM's hot paths allocate, in either value representation (the struct of Value.Host.cs, or the
    // references of Value.cs under `-c Device`). Programs in data/, compiled by mpy-cross v1.27.0; the results
    // they return are MicroPython v1.27.0's.
    //   - struct: a loop of small-int arithmetic, locals, range, attributes and method calls allocates nothing;
    //   - device: moving values allocates nothing, and an int result outside the small-int cache or a float
    //     result allocates exactly one small object.
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

        internal static bool DeviceValues
        {
            get { return !typeof(Value).IsValueType; }
        }

        private static PyDict Load(string module)
        {
            HostBoard board = new HostBoard(Stream.Null, Stream.Null);
            int rc = Cli.RunOnThisThread(board, new string[] { module }, new string[] { DataDir() }, module, null);
            Assert.Equal(0, rc);
            return ((PyModule)SysModule.Modules.GetQ(Q.__main__).Obj).Globals; // -m: sys.modules has __main__
        }

        // Bytes the current thread allocates for one call of fn(n).
        private static long Bytes(Value fn, long n, out Value result)
        {
            long a0 = System.GC.GetAllocatedBytesForCurrentThread();
            result = Rt.Call1(fn, Value.FromInt(n));
            return System.GC.GetAllocatedBytesForCurrentThread() - a0;
        }

        // Bytes per iteration of fn(n) beyond fn's fixed cost, from fn(big) - fn(small).
        private static double PerIteration(Value fn, long small, long big, out Value rSmall, out Value rBig)
        {
            Rt.Call1(fn, Value.FromInt(big)); // warm the frame pool and the JIT
            long bs = Bytes(fn, small, out rSmall);
            long bb = Bytes(fn, big, out rBig);
            return (double)(bb - bs) / (big - small);
        }

        internal static Value Sink;

        // The .NET size of one object that an int result outside the cache allocates (0 for the struct).
        private static long IntObjectBytes()
        {
            Value.FromInt(1L << 40);
            long a0 = System.GC.GetAllocatedBytesForCurrentThread();
            Sink = Value.FromInt(1L << 41); // kept, so the JIT cannot put it on the stack
            return System.GC.GetAllocatedBytesForCurrentThread() - a0;
        }

        private static long FloatObjectBytes()
        {
            Value.FromFloat(2.5);
            long a0 = System.GC.GetAllocatedBytesForCurrentThread();
            Sink = Value.FromFloat(3.5);
            return System.GC.GetAllocatedBytesForCurrentThread() - a0;
        }

        [Fact]
        public void MillionIterationLoop()
        {
            lock (Cli.RunLock)
            {
                PyDict g = Load("alloc_loop");
                // MicroPython v1.27.0 prints 39 for the module's run(10)
                Assert.Equal(39, g.GetQ(Qstr.Intern("result")).Bits);
                Value rSmall, rBig;
                double per = PerIteration(g.GetQ(Qstr.Intern("run")), 10, 1000000, out rSmall, out rBig);
                Assert.Equal(39, rSmall.Bits);
                Assert.Equal(1857143, rBig.Bits); // MicroPython v1.27.0: run(1000000)
                _out.WriteLine("bytes per iteration: " + per + (DeviceValues ? " (device values)" : " (struct values)"));
                if (!DeviceValues)
                {
                    Assert.True(per * 1000000 < 1024, "the 1,000,000-iteration loop allocated " + per + " bytes an iteration");
                }
                else
                {
                    // Per iteration, alloc_loop.py makes six ints outside the cache (the range counter, total + j,
                    // - i, i + 1, += c.step, self.count + k) and, one time in seven, total -= 1.
                    double objects = per / IntObjectBytes();
                    _out.WriteLine("int objects per iteration: " + objects);
                    Assert.InRange(objects, 6.0, 6.0 + 1.0 / 7 + 0.01);
                }
            }
        }

        [Fact]
        public void MovingValuesAllocatesNothing()
        {
            lock (Cli.RunLock)
            {
                PyDict g = Load("alloc_moves");
                Value rSmall, rBig;
                double per = PerIteration(g.GetQ(Qstr.Intern("moves")), 20, 200, out rSmall, out rBig);
                _out.WriteLine("moves: bytes per iteration " + per);
                Assert.Equal(13, rBig.Bits); // MicroPython v1.27.0: moves(200)
                Assert.True(per * 180 < 256, "moving values allocated " + per + " bytes an iteration");
            }
        }

        // Bytes per iteration of alloc_moves.fn(200) beyond fn(20), next to the size of one result object.
        private void ResultCost(string fn, long objectBytes, out Value result)
        {
            lock (Cli.RunLock)
            {
                PyDict g = Load("alloc_moves");
                Value rSmall;
                double per = PerIteration(g.GetQ(Qstr.Intern(fn)), 20, 200, out rSmall, out result);
                _out.WriteLine(fn + ": bytes per iteration " + per + ", one result object " + objectBytes);
                Assert.Equal(DeviceValues, objectBytes > 0);
                Assert.InRange(per, objectBytes - 0.5, objectBytes + 0.5);
            }
        }

        [Fact]
        public void IntResultAllocatesAtMostOneObject()
        {
            Value r;
            ResultCost("ints", IntObjectBytes(), out r);
            Assert.Equal(100600, r.Bits); // MicroPython v1.27.0: ints(200)
        }

        [Fact]
        public void FloatResultAllocatesAtMostOneObject()
        {
            Value r;
            ResultCost("floats", FloatObjectBytes(), out r);
            Assert.Equal(0.5, r.Float); // MicroPython v1.27.0: floats(200)
        }
    }
}
