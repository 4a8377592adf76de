using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NanoMpy.Tests
{
    // The programs of a golden folder, as xunit theory data: every X.mpy with its X.exp, by name.
    public static class Goldens
    {
        public static IEnumerable<object[]> In(string dir)
        {
            if (!Directory.Exists(dir)) return Enumerable.Empty<object[]>();
            return Directory.GetFiles(dir, "*.mpy")
                .Where(mpy => File.Exists(Path.ChangeExtension(mpy, ".exp")))
                .Select(mpy => Path.GetFileNameWithoutExtension(mpy))
                .OrderBy(name => name, StringComparer.Ordinal)
                .Select(name => new object[] { name });
        }

        // The programs with a single-precision golden (X.single.exp, from MicroPython built with
        // MICROPY_FLOAT_IMPL_FLOAT), except those marked X.single.skip (the marker says why).
        public static IEnumerable<object[]> SingleIn(string dir)
        {
            if (!Directory.Exists(dir)) return Enumerable.Empty<object[]>();
            return Directory.GetFiles(dir, "*.single.exp")
                .Select(exp => Path.GetFileName(exp))
                .Select(f => f.Substring(0, f.Length - ".single.exp".Length))
                .Where(name => File.Exists(Path.Combine(dir, name + ".mpy")) && !File.Exists(Path.Combine(dir, name + ".single.skip")))
                .OrderBy(name => name, StringComparer.Ordinal)
                .Select(name => new object[] { name });
        }
    }
}
