using NanoMpy.Flash;

namespace NanoMpy
{
    // The import machinery (py/builtinimport.c's role): sys.modules, built-in modules, and NAME.mpy files and
    // packages (DIR/__init__.mpy, or a bare DIR as a namespace package) found along sys.path through the
    // board. A module file becomes a FlashRegion and its code runs in place from that buffer.
    public static class Imports
    {
        private static readonly int QPath = Qstr.Intern("__path__");
        private static readonly int QFile = Qstr.Intern("__file__");
#if MP_MODULE_ALL
        private static readonly int QAll = Qstr.Intern("__all__");
#endif

        public static IBoard Board { get { return Vm.Board; } }

        // The module the REPL or the program runs in (mp_module___main__); MpState.Init forgets it.
        public static PyModule Main;

        // The original builtins.__import__ (ImportBuiltins): IMPORT_NAME calls an override instead, as
        // mp_builtin___import__ is looked up in builtins at each import; a program may replace it there.
        private static PyBuiltin _defaultImport;
        private static readonly int QImport = Qstr.Intern("__import__");

        public static PyBuiltin DefaultImport
        {
            get
            {
                if (_defaultImport == null) _defaultImport = ImportBuiltins.MakeImport();
                return _defaultImport;
            }
        }

        // IMPORT_NAME: (name, fromlist, level) as __import__ takes them; globals give the importing module's
        // __name__ for relative imports.
        public static Value ImportName(int nameQ, Value fromList, Value level, PyDict globals)
        {
            Value imp = Builtins.Lookup(QImport);
            if (!imp.IsNull && imp.Obj != DefaultImport)
            {
                return Rt.Call(imp, new Value[] { Qstr.Obj(nameQ), globals == null ? Value.None : (Value)globals, Value.None, fromList, level }, 0, 5, 0);
            }
            return Import(Qstr.Str(nameQ), fromList, level.IsSmallInt ? level.Bits : 0, globals, false);
        }

        // asMain: the module being run with -m: its __name__ is '__main__'.
        public static Value Import(string name, Value fromList, long level, PyDict globals, bool asMain)
        {
            if (level < 0) throw Rt.Raise(ExcTypes.ValueError, null);
            if (level > 0) name = ResolveRelative(name, level, globals);
            if (name.Length == 0) throw Rt.Raise(ExcTypes.ValueError, null);

            Value topModule = Value.Null;
            Value outer = Value.Null;
            int compStart = 0;
            for (int i = 1; i <= name.Length; i++)
            {
                if (i < name.Length && name[i] != '.') continue;
                string full = name.Substring(0, i);
                string part = name.Substring(compStart, i - compStart);
                bool overrideMain = asMain && i == name.Length;
                Value mod = ImportAtLevel(full, part, outer, overrideMain);
                outer = mod;
                if (topModule.IsNull) topModule = mod;
                compStart = i + 1;
            }
            if (!fromList.IsNone && !fromList.IsNull) return outer;
            return topModule;
        }

        private static string ResolveRelative(string name, long level, PyDict globals)
        {
            Value cur = globals == null ? Value.Null : globals.GetQ(Q.__name__);
            PyStr curStr = cur.Obj as PyStr;
            if (curStr == null) throw Rt.ImportError("can't perform relative import");
            string curName = curStr.ToString();
            if (curName == "__main__")
            {
                Value real = globals.GetQ(Q.__main__);
                if (real.Obj is PyStr) curName = real.Obj.ToString();
            }
            bool isPkg = !globals.GetQ(QPath).IsNull;
            int p = curName.Length;
            if (isPkg) level--;
            while (level > 0 && p > 0)
            {
                if (curName[--p] == '.') level--;
            }
            if (p == 0) throw Rt.ImportError("can't perform relative import");
            string baseName = curName.Substring(0, p);
            return name.Length == 0 ? baseName : baseName + "." + name;
        }

        private static Value ImportAtLevel(string full, string part, Value outer, bool overrideMain)
        {
            int fullQ = Qstr.Intern(full);
            Value existing = SysModule.Modules.GetQ(fullQ);
            if (!existing.IsNull) return existing;
            if (fullQ == Q.__main__ && Main != null) return Main;

            string path = null;
            int stat = BoardStat.Absent;
            if (outer.IsNull)
            {
                // a board's own modules (machine, vfs); not registered: the next reset may be another port
                PyModule boardModule = BoardPort.Module(part);
                if (boardModule != null) return boardModule;
                PyModule fixedModule = ModuleTable.Fixed(part);
                if (fixedModule != null) return fixedModule;
                PyList sysPath = SysModule.Path;
                for (int i = 0; i < sysPath.Count && stat == BoardStat.Absent; i++)
                {
                    string dir = sysPath.Items[i].Obj is PyStr ? sysPath.Items[i].Obj.ToString() : null;
                    if (dir == null) continue;
                    path = dir.Length == 0 ? part : dir + "/" + part;
                    stat = StatModule(ref path);
                }
                if (stat == BoardStat.Absent)
                {
                    // extensible built-ins: a file of the same name wins; "uNAME" also names them
                    PyModule ext = ModuleTable.Extensible(part);
                    if (ext == null && part.Length > 1 && part[0] == 'u') ext = ModuleTable.Extensible(part.Substring(1));
                    if (ext != null) return ext;
                }
            }
            else
            {
                Value pkgPath = Rt.LoadAttrMaybe(outer, QPath);
                if (pkgPath.Obj is PyStr)
                {
                    path = pkgPath.Obj.ToString() + "/" + part;
                    stat = StatModule(ref path);
                }
            }
            if (stat == BoardStat.Absent) throw Rt.ImportError("no module named '" + full + "'");

            PyModule module = NewModule(fullQ);
            try
            {
                if (overrideMain && stat != BoardStat.Dir)
                {
                    module.Globals.SetQ(Q.__name__, Qstr.Obj(Q.__main__));
                    SysModule.Modules.SetQ(Q.__main__, module);
                    module.Globals.SetQ(Q.__main__, Qstr.Obj(fullQ));
                }
                if (stat == BoardStat.Dir)
                {
                    module.Globals.SetQ(QPath, PyStr.FromString(path));
                    // DIR/__init__.py, else DIR/__init__.mpy (stat_file_py_or_mpy)
                    string init = path + "/__init__.py";
                    if (Vm.SourceCompiler == null || StatAny(Board, init) != BoardStat.File) init = path + "/__init__.mpy";
                    if (StatAny(Board, init) == BoardStat.File) Load(module, init);
                }
                else
                {
                    Load(module, path);
                }
            }
            catch (PyException)
            {
                SysModule.Modules.Remove(Qstr.Obj(fullQ));
                throw;
            }
            if (!outer.IsNull) Rt.StoreAttr(outer, Qstr.Intern(part), module);
            return module;
        }

        // path (without extension) -> Dir, or File with path extended by ".py" (when the board can compile
        // source; it wins, as in MicroPython) or ".mpy".
        private static int StatModule(ref string path)
        {
            IBoard b = Board;
            if (b == null) return BoardStat.Absent;
            if (StatAny(b, path) == BoardStat.Dir) return BoardStat.Dir;
            if (Vm.SourceCompiler != null && StatAny(b, path + ".py") == BoardStat.File)
            {
                path = path + ".py";
                return BoardStat.File;
            }
            string f = path + ".mpy";
            if (StatAny(b, f) == BoardStat.File)
            {
                path = f;
                return BoardStat.File;
            }
            return BoardStat.Absent;
        }

        // A path's kind on the board, or on a Python file system mounted there (vfs.mount).
        private static int StatAny(IBoard b, string path)
        {
            // ".frozen/..." names frozen modules only, never files (builtinimport.c's stat_path); none here
            if (path.StartsWith(".frozen/")) return BoardStat.Absent;
            int k = VfsModule.StatKind(path);
            return k >= 0 ? k : b.Stat(path);
        }

        // A new module registered in sys.modules, with __name__ set (mp_obj_new_module).
        public static PyModule NewModule(int nameQ)
        {
            PyDict g = PyDict.NewNamespace(); // names kept as qstr ids, not str objects
            g.Map.Reserve(1); // MICROPY_MODULE_DICT_SIZE: the initial size shapes globals() order
            g.SetQ(Q.__name__, Qstr.Obj(nameQ));
            PyModule m = new PyModule(nameQ, g);
            // __main__ is not in sys.modules (MicroPython's is a built-in module over the main dict); import
            // finds it as Main
            if (nameQ == Q.__main__) Main = m;
            else SysModule.Modules.SetQ(nameQ, m);
            return m;
        }

        // Reads the .mpy at path and runs it as module's body.
        public static void Load(PyModule module, string path)
        {
            // a module in a ROMFS runs from the image where it lies, never copied
            Value fs;
            string rest;
            if (VfsModule.Route(path, out fs, out rest) && fs.Obj is PyVfsRom)
            {
                RomfsImage ri = ((PyVfsRom)fs.Obj).Image;
                RomfsEntry e = ri.Find(rest);
                if (e != null && !e.IsDir)
                {
                    byte[] img = ri.Data;
                    if (path.EndsWith(".py"))
                    {
                        if (img == null) RunSource(module, Utf8.Decode(ri.Copy(e), 0, e.DataLength), path);
                        else RunSource(module, Utf8.Decode(img, e.DataStart, e.DataLength), path);
                    }
                    else if (img == null)
                    {
                        // flash no array holds: loaded and run through the flash cache
                        RunImage(module, new FlashRegion(path, ri.Source, e.DataStart, e.DataLength), path);
                    }
                    else
                    {
                        RunImage(module, new FlashRegion(path, img, e.DataStart, e.DataLength, RomIoctl.CodeImageFor(img)), path);
                    }
                    return;
                }
            }
            bool mounted;
            byte[] data = VfsModule.ReadFile(path, out mounted);
            if (!mounted) data = Board.ReadFile(path);
            if (data == null) throw Rt.ImportError("no module named '" + Qstr.Str(module.Name) + "'");
            if (path.EndsWith(".py")) RunSource(module, Utf8.DecodeSource(data, 0, data.Length), path);
            else RunImage(module, new FlashRegion(path, data), path);
        }

        // Compiles Python source and runs it as module's body.
        public static void RunSource(PyModule module, string source, string fileName)
        {
            RawCode rc = ExecBuiltins.CompileText(source, fileName, CompileMode.Exec);
            rc.Context.Globals = module.Globals;
            if (fileName != null) module.Globals.SetQ(QFile, PyStr.FromString(fileName));
            Vm.RunModule(rc, module.Globals);
        }

        // Runs an in-place .mpy image as the body of module.
        public static void RunImage(PyModule module, FlashRegion region, string fileName)
        {
            RawCode rc = MpyLoader.Load(region);
            rc.Context.Globals = module.Globals;
            if (fileName != null) module.Globals.SetQ(QFile, PyStr.FromString(fileName));
            Vm.RunModule(rc, module.Globals);
        }

        // IMPORT_FROM: an attribute of the module, or else a submodule of a package.
        public static Value ImportFrom(Value module, int nameQ)
        {
            Value v = Rt.LoadAttrMaybe(module, nameQ);
            if (!v.IsNull) return v;
            Value pkgPath = Rt.LoadAttrMaybe(module, QPath);
            if (!pkgPath.IsNull)
            {
                Value pkgName = Rt.LoadAttrMaybe(module, Q.__name__);
                if (pkgName.Obj is PyStr)
                {
                    string dotted = pkgName.Obj.ToString() + "." + Qstr.Str(nameQ);
                    return Import(dotted, Value.True, 0, null, false);
                }
            }
            throw Rt.ImportError("can't import name " + Qstr.Str(nameQ));
        }

        // IMPORT_STAR: __all__ when defined, else every public (not '_'-prefixed) name of the module.
        public static void ImportAll(Value module, PyDict target)
        {
            PyModule m = module.Obj as PyModule;
            if (m == null) throw Rt.TypeError("import * needs a module");
#if MP_MODULE_ALL
            Value all = m.Globals.GetQ(QAll);
            if (!all.IsNull)
            {
                Value it = Rt.GetIter(all);
                while (true)
                {
                    Value n = Rt.IterNext(it);
                    if (n.IsNull) break;
                    PyStr ns = n.Obj as PyStr;
                    if (ns == null) throw Rt.TypeError("can't convert to str implicitly");
                    int q = ns.Intern();
                    target.SetQ(q, Rt.LoadAttr(module, q));
                }
                return;
            }
#endif
            // every public name (without MP_MODULE_ALL, as MicroPython's minimum level, __all__ is not looked at)
            int p = 0;
            Value k, v;
            while ((p = m.Globals.Next(p, out k, out v)) >= 0)
            {
                PyStr ks = k.Obj as PyStr;
                if (ks == null || (ks.Length > 0 && ks.Data[ks.Offset] == (byte)'_')) continue;
                target.Set(k, v);
            }
        }
    }
}
