using System;
using System.IO;
using Xunit;

namespace NanoMpy.Tests
{
    // The repository the tests were built from (its nanoMpy.sln is above the test binaries), for tests that
    // read its sources, goldens or tools.
    public static class RepoPaths
    {
        public static string Root
        {
            get
            {
                string dir = AppContext.BaseDirectory;
                while (dir != null && !System.IO.File.Exists(Path.Combine(dir, "nanoMpy.sln"))) dir = Path.GetDirectoryName(dir);
                Assert.NotNull(dir);
                return dir;
            }
        }

        // A path in the repository, '/'-separated.
        public static string File(string relative)
        {
            return Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));
        }
    }
}
