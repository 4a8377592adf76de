namespace NanoMpy.Board
{
    // How a port configures the REPL (the mpconfigport.h settings that show on the wire).
    public sealed class ReplOptions
    {
        // MICROPY_BANNER_NAME_AND_VERSION, e.g. "MicroPython v1.27.0 on 2026-11-23".
        public string NameAndVersion = "MicroPython v1.27.0 on 2026-11-23";

        // MICROPY_BANNER_MACHINE: "<board> with <mcu>" on a board, "linux [...] version" on unix.
        public string Machine = "nanoMpy board with nanoFramework";

        // MICROPY_PYEXEC_ENABLE_EXIT_CODE_HANDLING: the unix port (sys.exit(n) ends the REPL with code n and a
        // non-int is printed to stderr); boards leave it off (sys.exit soft-resets).
        public bool ExitCodeHandling;

        // MICROPY_READLINE_HISTORY_SIZE: 8 on boards, 50 on unix.
        public int HistorySize = 8;

        // MICROPY_REPL_STDIN_BUFFER_MAX: raw-paste's flow-control window is half of it.
        public int StdinBufferMax = 256;
    }
}
