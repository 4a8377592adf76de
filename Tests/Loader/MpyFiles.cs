using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NanoMpy.Flash;
using Xunit;

namespace NanoMpy.Tests.Loader
{
    // The .mpy files the loader tests use: Tests/Loader/data (made by mpy-cross v1.27.0 from the .py files
    // beside them) and, once the corpus is merged, the golden programs of Tests/programs.
    internal static class MpyFiles
    {
        public static string DataDir => Path.Combine(AppContext.BaseDirectory, "Loader", "data");
        public static string ProgramsDir => Path.Combine(AppContext.BaseDirectory, "programs");

        public static byte[] Read(string name)
        {
            return File.ReadAllBytes(Path.Combine(DataDir, name));
        }

        public static RawCode Load(byte[] image)
        {
            return MpyLoader.Load(new FlashRegion("test", image));
        }

        // Every .mpy we have, except qstrref.mpy (LoaderTests needs its names interned by that test alone).
        public static List<string> All()
        {
            var files = new List<string>();
            files.AddRange(Directory.GetFiles(DataDir, "*.mpy").Where(f => !f.EndsWith("qstrref.mpy")));
            if (Directory.Exists(ProgramsDir))
            {
                files.AddRange(Directory.GetFiles(ProgramsDir, "*.mpy", SearchOption.AllDirectories));
            }
            files.Sort(StringComparer.Ordinal);
            return files;
        }

        public static PyException Throws(Action a)
        {
            return Assert.Throws<PyException>(a);
        }

        public static string Message(PyException e)
        {
            Assert.NotNull(e.Exc.Args);
            Assert.True(e.Exc.Args.Items.Length > 0);
            return ((PyStr)e.Exc.Args.Items[0].Obj).ToString();
        }

        public static void AssertValueError(string expected, Action a)
        {
            PyException e = Throws(a);
            Assert.Same(ExcTypes.ValueError, e.Exc.ExcType);
            Assert.Equal(expected, Message(e));
        }

        public static void AssertCorrupt(Action a)
        {
            PyException e = Throws(a);
            Assert.Same(ExcTypes.ValueError, e.Exc.ExcType);
            Assert.StartsWith("corrupt .mpy file: ", Message(e));
        }

        public static IEnumerable<RawCode> Walk(RawCode rc)
        {
            yield return rc;
            foreach (RawCode c in rc.Children)
            {
                foreach (RawCode d in Walk(c)) yield return d;
            }
        }

        // Index in rc.Code of the n-th instruction whose opcode is op, found by decoding the bytecode.
        public static int FindOpcode(RawCode rc, int op, int n = 0)
        {
            int ip = rc.BytecodeStart;
            while (ip < rc.End)
            {
                if (rc.Code[ip] == op && n-- == 0) return ip;
                int size = BytecodeFormat.OpcodeSize(rc.Code, ip, rc.End);
                Assert.True(size > 0);
                ip += size;
            }
            throw new InvalidOperationException("opcode not found");
        }
    }
}
