using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace NanoMpy.Tests
{
    // MpState.Init is the one place that starts the interpreter's state, so every mutable static field of VmCore
    // must be accounted for in its list: reset there, or named as kept for the process (and why). A field added
    // without a decision fails here.
    public class MpStateTests
    {
        [Fact]
        public void EveryMutableStaticIsAccountedFor()
        {
            string list = File.ReadAllText(RepoPaths.File("VmCore/Runtime/MpState.cs"));
            var fields = typeof(PyObject).Assembly.GetTypes()
                .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
                .Where(f => !f.IsLiteral && !f.IsInitOnly && !f.Name.Contains('<') && !f.DeclaringType.Name.Contains('<'))
                // a built-in type made on first use (PyType's comment): static data, as in MicroPython
                .Where(f => !(f.FieldType == typeof(PyType) && f.Name.StartsWith("_")))
                .ToList();
            Assert.True(fields.Count > 40);
            var missing = fields
                .Where(f => !System.Text.RegularExpressions.Regex.IsMatch(list, @"\b" + f.Name + @"\b") || !list.Contains(f.DeclaringType.Name))
                .Select(f => f.DeclaringType.Name + "." + f.Name)
                .ToList();
            Assert.True(missing.Count == 0, "not in MpState's list: " + string.Join(", ", missing));
        }
    }
}
