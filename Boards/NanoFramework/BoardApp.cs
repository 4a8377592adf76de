using System.IO.Ports;
using NanoMpy.Board;

namespace NanoMpy.Boards.NanoFramework
{
    // What every nanoFramework board app runs: the REPL on the profile's UART, the board's drive as its file
    // system, and the board loop (boot.py, main.py, the REPL, soft reset) of Boards/Runtime, unchanged from
    // the simulated board's. Only the adapters here differ: UART, files, clock, heap.
    public sealed class BoardApp : IBoardHost
    {
        private readonly NanoBoard _board;
        private readonly BoardProfile _profile;
        private readonly Repl _repl;
#if MP_IO || MP_CORE_BUILTINS
        private readonly ConsoleLineInput _input;
#endif
        private readonly ISourceCompiler _compiler;

        private BoardApp(SerialConsole console, BoardProfile profile, string drive, ISourceCompiler compiler)
        {
            _profile = profile;
            _compiler = compiler;
            _board = new NanoBoard(console, profile, drive);
            ReplOptions options = new ReplOptions();
            options.Machine = profile.Machine;
            _repl = new Repl(console, options);
#if MP_IO || MP_CORE_BUILTINS
            _input = new ConsoleLineInput(console.Keys, _repl.Editor, true);
#endif
        }

        // Opens the UART and runs the board until the power goes. profileText is the board's profile file;
        // /rom comes from romfsImage (the app's embedded ROMFS image; null: none) or else from the image file on
        // drive (BoardFlash); compiler is the source compiler (exec, eval, .py files, the REPL), null in a build
        // without one.
        public static void Run(string profileText, string drive, IChunkSource romfsImage, ISourceCompiler compiler)
        {
            string error;
            BoardProfile profile = BoardProfile.Parse(profileText, out error);
            if (profile == null) throw new System.ArgumentException("board profile: " + error);
            // the profile says which feature level the app must be built at (the app's .nfproj FeatureLevel)
            if (profile.Level != FeatureLevel.Name)
            {
                throw new System.ArgumentException("board profile: level " + profile.Level + ", but the app is built at " + FeatureLevel.Name);
            }
            SerialPort port = new SerialPort(profile.Uart, profile.Baud, Parity.None, 8, StopBits.One);
            port.Open();
            // the recursion limit the heap affords (docs/DEVICE-MEMORY.md, "Recursion limit")
            Vm.MaxDepth = Vm.DepthForHeap(profile.Heap);
            SerialConsole console = new SerialConsole(port);
            BoardApp app = new BoardApp(console, profile, drive, compiler);
            string note;
            app._board.AttachRomfs(BoardFlash.Open(profile, romfsImage, drive, out note));
            if (note != null)
            {
                byte[] msg = Utf8.Encode("romfs: " + note + "\r\n");
                console.Write(msg, 0, msg.Length);
            }
            new BoardLoop(app._repl, app).Run();
        }

        // Power-on and soft reset: MpState.Deinit, then Init with this board.
        public void ResetInterpreter()
        {
            _board.CloseAll();
            MpState.Deinit();
            MpConfig c = new MpConfig();
            c.Board = _board;
            c.Port = _board;
            c.Compiler = _compiler;
            c.HeapSize = _profile.Heap;
            c.FlashCacheBytes = _profile.FlashCache;
            c.SingleFloat = _profile.SingleFloat;
            c.Path = new string[] { "", ".frozen", "/lib" };
#if MP_IO || MP_CORE_BUILTINS
            c.Input = _input;
#endif
            MpState.Init(c);
        }
    }
}
