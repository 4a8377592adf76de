using System;
using System.IO;

namespace NanoMpy.Gate
{
    // dotnet run --project build/Gate -c Release [-- --root DIR] [--listings DIR] [--mscorlib PATH] [--keep DIR] [--types LEVEL] [--methods LEVEL]
    // Exit status: 0 when every portable folder compiles for nanoFramework, 1 on errors, 2 on a defect of the
    // gate's inputs (listings, fixups, project files) or usage.
    public static class Program
    {
        public static int Main(string[] args)
        {
            var o = new GateOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string a = args[i];
                string value = i + 1 < args.Length ? args[i + 1] : null;
                switch (a)
                {
                    case "--root": o.Root = value; i++; break;
                    case "--listings": o.Listings = value; i++; break;
                    case "--mscorlib": o.Mscorlib = value; i++; break;
                    case "--keep": o.Keep = value; i++; break;
                    case "--types": o.Types = value; i++; break;
                    case "--methods": o.Methods = value; i++; break;
                    default:
                        Console.Error.WriteLine("usage: gate [--root DIR] [--listings DIR] [--mscorlib PATH] [--keep DIR] [--types LEVEL] [--methods LEVEL]");
                        return 2;
                }
                if (value == null)
                {
                    Console.Error.WriteLine("gate: " + a + " needs a value");
                    return 2;
                }
            }
            o.Root ??= FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory);
            if (o.Root == null)
            {
                Console.Error.WriteLine("gate: no nanoMpy.sln here or above: pass --root DIR");
                return 2;
            }
            try
            {
                return GateRun.Run(o) == 0 ? 0 : 1;
            }
            catch (Exception e) when (e is GateException || e is IOException || e is UnauthorizedAccessException)
            {
                Console.Out.Flush();
                Console.Error.WriteLine("gate: error: " + e.Message);
                return 2;
            }
        }

        private static string FindRoot(string dir)
        {
            for (string d = Path.GetFullPath(dir); d != null; d = Path.GetDirectoryName(d))
            {
                if (File.Exists(Path.Combine(d, "nanoMpy.sln"))) return d;
            }
            return null;
        }
    }
}
