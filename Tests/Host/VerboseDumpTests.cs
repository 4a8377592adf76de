using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace NanoMpy.Tests
{
    // `nanompy -v -v FILE.py` lists the bytecode as MicroPython's unix port does (py/showbc.c). The expected
    // listing of our own program, Host/data/verbose_dump.py, was produced by the unix port v1.27.0
    // (`micropython -v -v verbose_dump.py` from that folder). Addresses (descriptor, bytecode, functions,
    // constant objects) and the memory statistics at exit differ by nature and are masked on both sides.
    public class VerboseDumpTests
    {
        private static string Mask(string text)
        {
            StringBuilder sb = new StringBuilder();
            foreach (string raw in text.Replace("\r\n", "\n").Split('\n'))
            {
                if (raw.StartsWith("mem:") || raw.StartsWith("stack:") || raw.StartsWith("GC:") || raw.StartsWith(" No. of")) continue;
                string line = Regex.Replace(raw, @"^File .*?, code block", "File F, code block");
                line = Regex.Replace(line, @"\(descriptor: \w+, bytecode @\w+ ", "(descriptor: A, bytecode @A ");
                line = Regex.Replace(line, @"^(\d+ (MAKE_FUNCTION|MAKE_FUNCTION_DEFARGS|MAKE_CLOSURE|MAKE_CLOSURE_DEFARGS|LOAD_CONST_OBJ)) \w+", "$1 A");
                sb.Append(line).Append('\n');
            }
            return sb.ToString();
        }

        [Fact]
        public void ListingMatchesTheUnixPort()
        {
            string dir = Path.Combine(System.AppContext.BaseDirectory, "Host", "data");
            string expected = File.ReadAllText(Path.Combine(dir, "verbose_dump.exp"));
            MemoryStream output = new MemoryStream();
            int rc = NanoMpy.Host.Cli.Run(new[] { "-v", "-v", Path.Combine(dir, "verbose_dump.py") }, output, output);
            string actual = Encoding.UTF8.GetString(output.ToArray());
            Assert.Equal(0, rc);
            Assert.Contains("LOAD_CONST_SMALL_INT", actual);
            Assert.Equal(Mask(expected), Mask(actual));
        }

        [Fact]
        public void MemoryStatisticsFollowTheProgramWithOneV()
        {
            string dir = Path.Combine(System.AppContext.BaseDirectory, "Host", "data");
            MemoryStream output = new MemoryStream();
            NanoMpy.Host.Cli.Run(new[] { "-v", Path.Combine(dir, "verbose_dump.py") }, output, output);
            string[] lines = Encoding.UTF8.GetString(output.ToArray()).TrimEnd('\n').Split('\n');
            Assert.DoesNotContain("Raw bytecode", string.Join("\n", lines));
            Assert.Matches(@"^mem: total=\d+, current=\d+, peak=\d+$", lines[lines.Length - 4]);
            Assert.Matches(@"^stack: \d+ out of \d+$", lines[lines.Length - 3]);
        }
    }
}
