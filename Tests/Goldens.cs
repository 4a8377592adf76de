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
    }
}
