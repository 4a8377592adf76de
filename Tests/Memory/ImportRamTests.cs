using System;
using System.IO;
using NanoMpy.Compiler;
using Xunit;
using Xunit.Abstractions;

namespace NanoMpy.Tests.Memory
{
    // The RAM an import from /rom costs on the host, as MicroPython measures it (gc.mem_alloc() after gc.collect()
    // around `import M`), against the goal of the flash issue: at most what MicroPython v1.27.0's 64-bit unix port
    // costs for the same module in place from ROMFS. The modules are Tests/importram's (docs/FLASH.md). Each runs
    // in a process of its own, so that the qstr pool and the pooled frames are a fresh board's.
    public class ImportRamTests
    {
        private readonly ITestOutputHelper _out;

        public ImportRamTests(ITestOutputHelper output)
        {
            _out = output;
        }

        // MicroPython's figures: 13,760 B for synth200 (measured here with the unix port and the image mounted by
        // vfs.VfsRom); 7,584 B for a 6 KB program with classes (the figure for its own module; the unix
        // port gives 6,496 B for classes6k).
        [Theory]
        [InlineData("synth200", 13760)]
        [InlineData("classes6k", 7584)]
        public void ImportFromRomCostsNoMoreThanMicroPython(string module, int limit)
        {
            // the struct representation is the host's; the device build's figures are the nanoCLR model's
            if (NanoMpy.Tests.Vm.AllocationTests.DeviceValues) return;
            string dir = Path.Combine(Path.GetTempPath(), "nanompy-importram-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                File.Copy(RepoPaths.File("Tests/importram/" + module + ".mpy"), Path.Combine(dir, module + ".mpy"));
                // b is read before print is named: the first use of a builtin makes it (MicroPython's are in ROM)
                string src = "import gc\ngc.collect()\na = gc.mem_alloc()\nimport " + module + "\ngc.collect()\n"
                    + "b = gc.mem_alloc()\nprint(b - a)\n";
                byte[] main;
                lock (NanoMpy.Host.Cli.RunLock) main = PyCompiler.Compile(src, "main.py");
                File.WriteAllBytes(Path.Combine(dir, "main.mpy"), main);
                // from the module's own folder: -X rom's board has a file system of its own, so the import still
                // comes from /rom, not from the host folder into RAM (10.9 KB for classes6k)
                string output = NanompyProcess.Run(dir, "-X", "rom", Path.Combine(dir, "main.mpy"));
                int bytes = int.Parse(output.Trim());
                _out.WriteLine("import " + module + " from /rom: " + bytes + " B (MicroPython: " + limit + " B)");
                // a module that did not load would cost next to nothing
                Assert.True(bytes > limit / 4, module + ": " + bytes + " B is too little for the import to have run");
                Assert.True(bytes <= limit, module + ": " + bytes + " B, over MicroPython's " + limit + " B");
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
