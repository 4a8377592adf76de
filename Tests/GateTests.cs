using System;
using System.IO;
using NanoMpy.Gate;
using Xunit;
using Xunit.Abstractions;

namespace NanoMpy.Tests
{
    // The build gate (build/Gate, README "Build gate") on small repositories made here: a board folder that
    // appears is compiled, a broken board file or device test fails it, a correct one (with a host twin the gate must skip)
    // passes; and the repository itself passes.
    public class GateTests
    {
        private readonly ITestOutputHelper _out;

        public GateTests(ITestOutputHelper output)
        {
            _out = output;
        }

        private static string RepoRoot()
        {
            return RepoPaths.Root;
        }

        // A repository with the gate's inputs, the Flash folder, and the given board files.
        private static string MakeRepo(params string[] files)
        {
            string repo = RepoRoot();
            string root = Path.Combine(Path.GetTempPath(), "nanompy-gate-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path.Combine(root, "build", "Gate"));
            Directory.CreateDirectory(Path.Combine(root, "listings"));
            File.Copy(Path.Combine(repo, "build", "Gate", "fixups.txt"), Path.Combine(root, "build", "Gate", "fixups.txt"));
            File.Copy(Path.Combine(repo, "build", "nanoframework-api.txt"), Path.Combine(root, "listings", "api.txt"));
            File.Copy(Path.Combine(repo, "build", "nanoframework-api-boards.txt"), Path.Combine(root, "listings", "api-boards.txt"));
            Directory.CreateDirectory(Path.Combine(root, "Flash"));
            File.Copy(Path.Combine(repo, "Flash", "Flash.csproj"), Path.Combine(root, "Flash", "Flash.csproj"));
            File.Copy(Path.Combine(repo, "Flash", "FlashRegion.cs"), Path.Combine(root, "Flash", "FlashRegion.cs"));
            File.Copy(Path.Combine(repo, "Flash", "CodeImage.cs"), Path.Combine(root, "Flash", "CodeImage.cs"));
            for (int i = 0; i < files.Length; i += 2)
            {
                string path = Path.Combine(root, files[i]);
                Directory.CreateDirectory(Path.GetDirectoryName(path));
                File.WriteAllText(path, files[i + 1]);
            }
            return root;
        }

        private int RunGate(string root, string listings, out string output)
        {
            var w = new StringWriter();
            try
            {
                return GateRun.Run(new GateOptions { Root = root, Listings = listings, Out = w });
            }
            finally
            {
                output = w.ToString();
                _out.WriteLine(output);
            }
        }

        [Fact]
        public void BrokenBoardFileFailsTheGate()
        {
            string root = MakeRepo("Boards/Esp32/Repl.cs", @"
using System.IO.Ports;
namespace NanoMpy.Boards.Esp32
{
    public sealed class Repl
    {
        private readonly System.Collections.Generic.List<int> _lines = null;
        public void Run()
        {
            var port = new SerialPort(""COM2"", 115200);
            port.Open();
            port.DiscardInBuffer();
        }
    }
    public struct Pin { public int Number; }
}
");
            try
            {
                int errors = RunGate(root, Path.Combine(root, "listings"), out string output);
                Assert.True(errors >= 3, "errors: " + errors);
                Assert.Contains("Boards/Esp32/Repl.cs(7,", output);
                Assert.Contains("error CS0234", output);  // System.Collections.Generic does not exist
                Assert.Contains("'SerialPort' does not contain a definition for 'DiscardInBuffer'", output);
                Assert.Contains("error NANO002: struct Pin", output);
                Assert.Matches(@"gate: Flash +2 files +0 errors", output);
                Assert.Matches(@"gate: Boards/Esp32 +1 files +[1-9]\d* errors", output);
                Assert.Contains("gate: FAILED", output);
            }
            finally
            {
                Directory.Delete(root, true);
            }
        }

        [Fact]
        public void BrokenDeviceTestFailsTheGate()
        {
            string root = MakeRepo("Tests/Device/CorpusTests.cs", @"
using nanoFramework.TestFramework;
namespace NanoMpy.Tests.Device
{
    [TestClass]
    public class CorpusTests
    {
        [TestMethod]
        public void Runs()
        {
            var names = new System.Collections.Generic.List<string>();
            Assert.Inconclusive(""no board"");
            OutputHelper.WriteLine(""ok"");
        }
    }
}
");
            try
            {
                int errors = RunGate(root, Path.Combine(root, "listings"), out string output);
                Assert.True(errors >= 2, "errors: " + errors);
                Assert.Contains("Tests/Device/CorpusTests.cs(11,", output);   // System.Collections.Generic does not exist
                Assert.Contains("'Assert' does not contain a definition for 'Inconclusive'", output);
                Assert.Matches(@"gate: Tests/Device +1 files +[1-9]\d* errors", output);
                Assert.Contains("gate: FAILED", output);
            }
            finally
            {
                Directory.Delete(root, true);
            }
        }

        [Fact]
        public void CorrectBoardFilePassesAndHostTwinIsSkipped()
        {
            string root = MakeRepo(
                "Boards/Esp32/Esp32.nfproj", @"<Project><PropertyGroup><AssemblyName>NanoMpy.Esp32</AssemblyName></PropertyGroup>
<ItemGroup><ProjectReference Include=""..\..\Flash\Flash.csproj"" /></ItemGroup></Project>",
                "Boards/Esp32/Repl.cs", @"
using System.IO.Ports;
using nanoFramework.Hardware.Esp32;
using NanoMpy.Flash;
namespace NanoMpy.Boards.Esp32
{
    public sealed partial class Repl
    {
        public int Run(FlashRegion code)
        {
            Configuration.SetPinFunction(16, DeviceFunction.COM2_RX);
            Configuration.SetPinFunction(17, DeviceFunction.COM2_TX);
            Hook();
            using (var port = new SerialPort(""COM2"", 115200))
            {
                port.Open();
                return port.ReadByte() + code.Length;
            }
        }

        partial void Hook();
    }
}
",
                "Boards/Esp32/Repl.Host.cs", @"
namespace NanoMpy.Boards.Esp32
{
    public sealed partial class Repl
    {
        partial void Hook() { var l = new System.Collections.Generic.List<int>(); }
    }
}
");
            try
            {
                int errors = RunGate(root, Path.Combine(root, "listings"), out string output);
                Assert.Equal(0, errors);
                Assert.Matches(@"gate: Boards/Esp32 +1 files +0 errors", output);
                Assert.Contains("gate: passed: 0 errors", output);
            }
            finally
            {
                Directory.Delete(root, true);
            }
        }

        [Fact]
        public void RepositoryPassesTheGate()
        {
            int errors = RunGate(RepoRoot(), null, out string output);
            Assert.True(errors == 0, output);
            Assert.Matches(@"gate: VmCore +\d+ files +0 errors", output);
            Assert.Matches(@"gate: Compiler +\d+ files +0 errors", output);
            // every feature level (build/FeatureLevel.props) is compiled and size-reported; minimal has no compiler
            foreach (string level in new[] { "minimal", "standard", "full" })
            {
                Assert.Matches(@"gate: size " + level + @" +VmCore +\d+ B IL", output);
                Assert.Matches(@"gate: size " + level + @" +deployed +\d+ B IL", output);
            }
            Assert.DoesNotMatch(@"gate: size minimal +Compiler", output);
            Assert.Matches(@"gate: size standard +Compiler", output);
        }
    }
}
