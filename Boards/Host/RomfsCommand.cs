using System.Collections.Generic;
using System.IO;
using System.Text;
#if MP_COMPILER
using NanoMpy.Compiler;
#endif
using NanoMpy.Flash;

namespace NanoMpy.Host
{
    // nanompy romfs build DIR [-o IMAGE] [--no-mpy]: the ROMFS image `mpremote romfs build` makes of DIR, byte for
    // byte (tools/mpremote/mpremote/romfs.py): entries sorted by name, a .py without a .mpy beside it compiled
    // (by our compiler, named by its path as given, as mpremote runs mpy-cross), default IMAGE DIR.romfs.
    // nanompy romfs ls IMAGE: the tree of an image, with file sizes; a corrupt image says why.
    public static class RomfsCommand
    {
        public static int Run(string[] args, int a, Stream stdout, Stream stderr)
        {
            if (a < args.Length && args[a] == "build") return Build(args, a + 1, stdout, stderr);
            if (a + 2 == args.Length && args[a] == "ls") return List(args[a + 1], stdout, stderr);
            return Usage(stderr);
        }

        private static int Usage(Stream stderr)
        {
            Write(stderr, "usage: nanompy romfs build DIR [-o IMAGE] [--no-mpy]\n       nanompy romfs ls IMAGE\n");
            return 2;
        }

        private static int Build(string[] args, int a, Stream stdout, Stream stderr)
        {
            string dir = null, output = null;
            bool mpy = true;
            for (; a < args.Length; a++)
            {
                if (args[a] == "-o" && a + 1 < args.Length) output = args[++a];
                else if (args[a] == "--no-mpy") mpy = false;
                else if (args[a] == "--mpy") mpy = true;
                else if (!args[a].StartsWith("-") && dir == null) dir = args[a];
                else return Usage(stderr);
            }
            if (dir == null) return Usage(stderr);
            if (!Directory.Exists(dir))
            {
                Write(stderr, "nanompy: romfs build: no directory " + dir + "\n");
                return 1;
            }
            if (output == null) output = dir.TrimEnd('/') + ".romfs";
            var log = new StringBuilder();
            byte[] image;
            try
            {
                image = Make(dir, "", mpy, log);
            }
            catch (RomfsBuildError e)
            {
                Write(stdout, log.ToString());
                Write(stderr, e.Message + "\n");
                return 1;
            }
            log.Append("Writing " + image.Length + " bytes to output file " + output + "\n");
            Write(stdout, log.ToString());
            try
            {
                File.WriteAllBytes(output, image);
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
            {
                Write(stderr, "nanompy: can't write " + output + ": " + e.Message + "\n");
                return 1;
            }
            return 0;
        }

        public sealed class RomfsBuildError : System.Exception
        {
            public RomfsBuildError(string message) : base(message) { }
        }

        // The image of dir (named as given: it is the prefix of the source names compiled into each .mpy);
        // files are read from baseDir/dir. log receives mpremote's listing.
        public static byte[] Make(string dir, string baseDir, bool mpy, StringBuilder log)
        {
            string srcDir = dir.EndsWith("/") ? dir : dir + "/";
            log.Append("Building romfs filesystem, source directory: " + srcDir + "\n/\n");
            var w = new RomfsWriter();
            Copy(w, srcDir, baseDir, "", mpy, log);
            return w.Finish();
        }

        private static void Copy(RomfsWriter w, string srcDir, string baseDir, string prefix, bool mpy, StringBuilder log)
        {
            string onDisk = Path.Combine(baseDir, srcDir);
            var names = new List<string>();
            foreach (string p in Directory.EnumerateFileSystemEntries(onDisk)) names.Add(Path.GetFileName(p));
            // Python's sorted(os.listdir(...)): by code point
            names.Sort(System.StringComparer.Ordinal);
            for (int i = 0; i < names.Count; i++)
            {
                string name = names[i];
                bool last = i == names.Count - 1;
                string entry = last ? "\\--" : "|--";
                string recurse = last ? "    " : "|   ";
                string src = srcDir + name;
                string full = Path.Combine(baseDir, src);
                if (Directory.Exists(full))
                {
                    log.Append(prefix + entry + " " + name + "/\n");
                    w.OpenDir(name);
                    Copy(w, src + "/", baseDir, prefix + recurse, mpy, log);
                    w.CloseDir();
                    continue;
                }
                bool compile = mpy && name.EndsWith(".py") && !File.Exists(Path.Combine(baseDir, srcDir + name.Substring(0, name.Length - 3) + ".mpy"));
                log.Append(prefix + entry + " " + name + (compile ? " -> .mpy" : "") + "\n");
                byte[] data = File.ReadAllBytes(full);
                if (compile)
                {
                    data = Compile(data, src);
                    name = name.Substring(0, name.Length - 3) + ".mpy";
                }
                try
                {
                    w.AddFile(name, data);
                }
                catch (System.ArgumentException e)
                {
                    throw new RomfsBuildError("Error: " + e.Message);
                }
            }
        }

        private static byte[] Compile(byte[] source, string name)
        {
#if MP_COMPILER
            try
            {
                return PyCompiler.Compile(Utf8.DecodeSource(source, 0, source.Length), name);
            }
            catch (CompileError e)
            {
                string where = e.Line > 0 ? "Traceback (most recent call last):\n  File \"" + name + "\", line " + e.Line + "\n" : "";
                throw new RomfsBuildError(where + e.Kind + ": " + e.Text);
            }
#else
            throw new RomfsBuildError("Error: " + name + ": this nanompy is built without the compiler (FeatureLevel=minimal)");
#endif
        }

        private static int List(string path, Stream stdout, Stream stderr)
        {
            byte[] data;
            try
            {
                data = File.ReadAllBytes(path);
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
            {
                Write(stderr, "nanompy: can't open " + path + ": " + e.Message + "\n");
                return 1;
            }
            string error;
            RomfsImage img = RomfsImage.Open(data, 0, data.Length, out error);
            if (img == null)
            {
                Write(stderr, "nanompy: " + path + " is not a ROMFS image: " + error + "\n");
                return 1;
            }
            var sb = new StringBuilder();
            sb.Append("/\n");
            ListDir(img, img.Root(), "", sb);
            Write(stdout, sb.ToString());
            return 0;
        }

        private static void ListDir(RomfsImage img, RomfsEntry dir, string prefix, StringBuilder sb)
        {
            RomfsEntry[] all = img.List(dir);
            for (int i = 0; i < all.Length; i++)
            {
                bool last = i == all.Length - 1;
                RomfsEntry e = all[i];
                sb.Append(prefix + (last ? "\\-- " : "|-- ") + e.Name + (e.IsDir ? "/" : " (" + e.DataLength + " bytes)") + "\n");
                if (e.IsDir) ListDir(img, e, prefix + (last ? "    " : "|   "), sb);
            }
        }

        private static void Write(Stream s, string text)
        {
            byte[] b = Encoding.UTF8.GetBytes(text);
            s.Write(b, 0, b.Length);
            s.Flush();
        }
    }
}
