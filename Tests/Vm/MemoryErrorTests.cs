using System.IO;
using System.Text;
using NanoMpy.Host;
using Xunit;

namespace NanoMpy.Tests.Vm
{
    // An allocation bigger than the host can make (a .NET array past 2^31 elements) is MicroPython's
    // MemoryError with its size even when -X heapsize allows it, never "RuntimeError: internal error".
    // Expected text: the unix port v1.27.0 (`micropython -X heapsize=1000m -c ...`; it cannot start with
    // heapsize=100000m) prints the same sizes. Tests/programs/memory_error_sizes.py covers the default heap.
    public class MemoryErrorTests
    {
        [Theory]
        [InlineData("[0]*(1<<31)", "17179869184")]
        [InlineData("(1,)*(1<<31)", "17179869200")]
        [InlineData("'ab'*(1<<31)", "4294967297")]
        [InlineData("b'a'*(1<<31)", "2147483649")]
        [InlineData("bytearray(1<<31)", "2147483648")]
        [InlineData("bytes(1<<31)", "2147483649")]
        public void HugeAllocationUnderAHugeHeapIsMemoryError(string code, string bytes)
        {
            MemoryStream o = new MemoryStream(), e = new MemoryStream();
            int rc;
            lock (Cli.RunLock) rc = Cli.Run(new[] { "-X", "heapsize=100000m", "-c", code }, o, e);
            Assert.Equal(1, rc);
            string text = Encoding.UTF8.GetString(o.ToArray()) + Encoding.UTF8.GetString(e.ToArray());
            Assert.EndsWith("MemoryError: memory allocation failed, allocating " + bytes + " bytes\n", text);
        }
    }
}
