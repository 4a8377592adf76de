using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace NanoMpy.Tests
{
    // heap_lock must never be the first use of a built-in type (making it would be refused), so
    // StaticTypes.EnsureAll touches every one. This guards the list as types are added.
    public class HeapLockTests
    {
        [Fact]
        public void EveryBuiltInTypeIsTouchedBeforeTheHeapLocks()
        {
            string list = File.ReadAllText(RepoPaths.File("VmCore/Runtime/StaticTypes.cs"));
            // built-in types are static properties made on first use (a few, always needed, are fields)
            var types = typeof(PyObject).Assembly.GetTypes().Where(t => t.IsPublic || t.IsNestedPublic).ToList();
            var fields = types
                .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
                .Where(f => f.FieldType == typeof(PyType) && f.IsInitOnly)
                .Select(f => f.DeclaringType.Name + "." + f.Name)
                .Concat(types
                    .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
                    .Where(p => p.PropertyType == typeof(PyType))
                    .Select(p => p.DeclaringType.Name + "." + p.Name))
                .ToList();
            Assert.True(fields.Count > 50);
            // the exception types are touched by index, all ExcTypes.Count of them
            bool allExceptions = list.Contains("for (int i = 0; i < ExcTypes.Count; i++) Touch(ExcTypes.At(i));");
            var missing = fields.Where(n => !list.Contains("Touch(" + n + ")") && !(allExceptions && n.StartsWith("ExcTypes."))).ToList();
            Assert.True(missing.Count == 0, "not in StaticTypes.EnsureAll: " + string.Join(", ", missing));
        }
    }
}
