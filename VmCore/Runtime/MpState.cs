namespace NanoMpy
{
    // What a host gives the interpreter when it starts it (mp_init's inputs, and a port's main.c settings).
    public sealed class MpConfig
    {
        public IBoard Board;              // files, console streams, clock
        public IBoardPort Port;           // a board's port (machine, vfs, board os); null: the desktop (unix port)
        public ISourceCompiler Compiler;  // for exec/eval/compile and .py imports; null: bytecode only
        public long HeapSize;             // bytes (-X heapsize); 0: the default bound
        public string[] Argv = new string[0];
        public string[] Path = new string[] { "" };
        public int OptLevel;              // micropython.opt_level
        public int Verbose;               // -v
        public int InterruptChar = 3;     // Ctrl-C; a REPL turns it off between inputs
        public IConsoleInput Input;       // what input() and sys.stdin read; null: nothing (EOF)
        public int FlashCacheBytes;       // RAM for the code of modules imported from flash (FlashCache); 0: the
                                          // default, 4 KB; below 0: none, code is read where the device maps it
        public bool SingleFloat;          // MICROPY_FLOAT_IMPL_FLOAT: floats are float32 (-X float=single)
    }

    // The interpreter's lifecycle, as py/runtime.c's mp_init and mp_deinit: Init starts an interpreter from
    // nothing a previous one left, Deinit ends one. A soft reset is Deinit then Init, so it is a complete
    // restart; a board's power-up is the same Init.
    //
    // The state, by owner; everything here is made afresh by Init. (MicroPython keeps it in mp_state_ctx_t; on
    // nanoCLR static fields cost no indirection, so each subsystem keeps its own, and this is the one place that
    // starts them all. MpStateTests fails when a mutable static field of VmCore is named nowhere below.)
    //   Vm:                Board, SourceCompiler, Verbose, Globals, Locals, CurrentException, StopIterationArg,
    //                      _depth (frames in use; the pooled frames themselves are kept: _pool)
    //   Vm (VmOps.cs):     RaisedIntoYieldFrom
    //   Rt (Stdout.cs):    Stdout; Warnings: Sink
    //   Heap:              LockDepth, Countdown, Limit, HeapSize, _baseline; _emergencyObj (made by the first Reset, then reused)
    //   Scheduler:         Pending, _head, _running; KbdInterrupt: Pending, _exc
    //   BoardPort:         Current, HardResetRequested; ConsoleInput: Current
    //   Builtins:          _made, _complete (a program's overrides go with it); Imports: Main
    //   ModuleTable:       _made, the modules made so far (their own state, random's generator say, with them)
    //   SysModule:         _module (ps1, ps2, ...), Modules, Path, Argv, ExitFunc, _portShown, _portSet, _executable
    //   GcModule:          _enabled, _threshold
    //   MicroPythonModule: OptLevel, _peak, InterruptChar
    //   RandomModule:      _pad, _n, _d, _dat (seeded again when random is made)
    //   VfsModule:         the mount table (_objs, _paths, _count) and the current directory (_curObj, _curPath)
    //   OsModule:          _module, _moduleForBoard (follows BoardPort.Current)
    //   NamedTupleType:    _types, _named, _count
    //   PrintBuiltins:     _stdoutPrinter, _stdoutSink (a printer over Rt.Stdout, remade when it changes)
    //   Rt:                _printDepth (nesting of Rt.Print, back to 0 when the outermost print ends);
    //                      (Classes.cs) _ctorType, _ctorInit, _ctorStamp, _ctorSlot, _ctorAlloc (PlainConstruct's cache)
    //   RomIoctl:          _cache (made at the first import from the ROMFS partition), _cacheBytes
    //   Float32:           Single (the float precision, from MpConfig.SingleFloat)
    //   MachineModule:     LastResetCause belongs to the board, not the interpreter: it survives a soft reset
    // Not interpreter state, kept for the life of the process: the qstr pool (Qstr: _sources, _sourceCount,
    // _loc, _esc, _escCount, _meta, _long, _obj, _count, _table16, _table, _staticCount, _chunk, _chunkUsed: MicroPython's soft reset
    // forgets run-time qstrs, ours are kept so that module images stay interned), the built-in types
    // (PyType: ObjectBases; StaticTypes: _done; ClassBuiltins: Ready), Imports: _defaultImport, tables made on
    // first use (PyStr: _ascii; PyHash: _k256; FloatParse: _powers; MathModule: _g;
    // BytecodeVerifier: _scratch, _scratchBusy; MapTable: _stamps (unique table stamps), _moveTo (scratch); Vm: _argNames; StackVerifier: _shared, _sharedBusy; OpcodeTable: _names),
    // Classes: RunClassBody, SetClassCell (hooks the VM installs),
    // Vm.MaxDepth (the board's recursion limit), and test instrumentation (Vm: CountOpcodes, _opCounts,
    // StepLimit, _steps, HostExceptionsMapped).
    public static class MpState
    {
        public static void Init(MpConfig c)
        {
            Vm.SetBoard(c.Board);
            Vm.SourceCompiler = c.Compiler;
            Vm.Verbose = c.Verbose;
            Float32.Single = c.SingleFloat;
            Vm.ResetState();
            Heap.Reset(c.HeapSize);
            Scheduler.Reset();
            KbdInterrupt.Clear();
            BoardPort.Current = c.Port;
            BoardPort.HardResetRequested = false;
            ConsoleInput.Current = c.Input;
            Builtins.Reset();
#if MP_OPT_SPEED
            Rt.ResetCtorCache();
#endif
            ModuleTable.Reset();
            Imports.Main = null;
#if MP_EXTRA_MODULES
            NamedTupleType.Reset();
#endif
            GcModule.Reset();
            MicroPythonModule.Reset(c.OptLevel, c.InterruptChar);
            VfsModule.Reset(c.Port != null);
            SysModule.Reset(c.Argv, c.Path);
            RomIoctl.Reset(c.FlashCacheBytes);
            RomIoctl.MountAtBoot();
        }

        // The interpreter is over: its objects are unreachable from here, the heap is unbounded until the next
        // Init (a host process may go on allocating for other work).
        public static void Deinit()
        {
            Heap.Release();
            Vm.ResetState();
            Builtins.Reset();
#if MP_OPT_SPEED
            Rt.ResetCtorCache();
#endif
            ModuleTable.Reset();
            Imports.Main = null;
#if MP_EXTRA_MODULES
            NamedTupleType.Reset();
#endif
            VfsModule.Reset(false);
            SysModule.Reset(new string[0], new string[0]);
            Scheduler.Reset();
            KbdInterrupt.Clear();
            ConsoleInput.Current = null;
            RomIoctl.Reset(0);
            Float32.Single = false;
        }
    }
}
