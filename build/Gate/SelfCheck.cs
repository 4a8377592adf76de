using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace NanoMpy.Gate
{
    // Before it judges the repository, the gate checks itself on small board files: ones nanoFramework cannot
    // build must fail (a generic collection, an API nanoFramework lacks, a generic declaration, a struct), and
    // ones it can build must pass (the UART REPL's calls, the test framework's attributes), so neither a
    // permissive nor a too-strict set of references goes unnoticed.
    public static class SelfCheck
    {
        private sealed class Case
        {
            public string Name;
            public string Source;
            public string ExpectedError; // null: must compile without errors
        }

        private static readonly Case[] Cases =
        {
            new Case
            {
                Name = "generic collection",
                Source = "class C { object M() { return new System.Collections.Generic.List<int>(); } }",
                ExpectedError = "CS0234",
            },
            new Case
            {
                Name = "API nanoFramework lacks",
                Source = "class C { double M() { return System.Math.Log2(8.0); } }",
                ExpectedError = "CS0117",
            },
            new Case
            {
                Name = "tuple",
                Source = "class C { object M() { var t = (1, 2); return t.Item1; } }",
                ExpectedError = "CS8179",
            },
            new Case
            {
                Name = "generic declaration",
                Source = "class C<T> { }",
                ExpectedError = "NANO001",
            },
            new Case
            {
                Name = "struct",
                Source = "struct S { public int X; }",
                ExpectedError = "NANO002",
            },
            new Case
            {
                Name = "board code",
                Source = @"
using System.IO.Ports;
using System.Text;
using nanoFramework.Hardware.Esp32;
using nanoFramework.Runtime.Native;
namespace Check
{
    public sealed class Repl
    {
        public static int Run()
        {
            Configuration.SetPinFunction(Gpio.IO16, DeviceFunction.COM2_RX);
            Configuration.SetPinFunction(17, DeviceFunction.COM2_TX);
            var port = new SerialPort(""COM2"", 115200);
            port.Open();
            byte[] hello = Encoding.UTF8.GetBytes(""ok\r\n"");
            port.Write(hello, 0, hello.Length);
            using (var s = new System.IO.MemoryStream(hello)) { s.ReadByte(); }
            var h = new System.Collections.Hashtable();
            h[""k""] = 1;
            System.Collections.ICollection keys = h.Keys;
            var sb = new StringBuilder();
            sb.Append('x');
            NativeMemory.GetMemoryInfo(NativeMemory.MemoryType.All, out uint total, out uint free, out uint largest);
            switch (SystemInfo.TargetName) { case ""ESP32"": return 1; }
            return (int)System.Math.Floor(System.Math.PI) + sb[0] + keys.Count + (int)(total + free + largest)
                + (int)System.Environment.TickCount64;
        }
    }
}",
            },
            new Case
            {
                Name = "device test",
                Source = @"
using nanoFramework.TestFramework;
namespace Check
{
    [TestClass]
    public class DeviceTests
    {
        [TestMethod]
        [DataRow(1, 1)]
        [DataRow(2, 2)]
        public void Same(int a, int b)
        {
            Assert.AreEqual(a, b);
            Assert.IsTrue(a == b);
            if (a > 5) Assert.SkipTest(""no board"");
        }
    }
}",
            },
        };

        // Problems found ("self-check: ..."); none when the gate behaves.
        public static List<string> Run(ReferenceSet refs)
        {
            var problems = new List<string>();
            foreach (Case c in Cases)
            {
                SyntaxTree tree = UnitCompiler.Parse(c.Source, "selfcheck.cs");
                UnitCompiler.Result r = UnitCompiler.Compile("SelfCheck", new List<SyntaxTree> { tree }, refs.All());
                var ids = new List<string>();
                var texts = new List<string>();
                foreach (Diagnostic d in r.Errors)
                {
                    ids.Add(d.Id);
                    texts.Add(d.ToString());
                }
                foreach (LanguageRules.Finding f in LanguageRules.Check(tree, "selfcheck.cs"))
                {
                    ids.Add(f.Id);
                    texts.Add(f.Text);
                }
                if (c.ExpectedError == null && ids.Count > 0)
                {
                    problems.Add("self-check '" + c.Name + "' must compile but fails:\n  " + string.Join("\n  ", texts));
                }
                else if (c.ExpectedError != null && !ids.Contains(c.ExpectedError))
                {
                    problems.Add("self-check '" + c.Name + "' must fail with " + c.ExpectedError + " but gives "
                        + (ids.Count == 0 ? "no error" : string.Join(", ", ids)));
                }
            }
            return problems;
        }

        public static int Count { get { return Cases.Length; } }
    }
}
