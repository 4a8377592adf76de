namespace NanoMpy
{
    // What a MicroPython board port adds over the unix port's view: its name (sys.platform, os.uname,
    // sys.implementation), the machine module's facts and the file system's capacity. A board installs one in
    // BoardPort.Current at each reset; with none (the desktop nanompy) the VM is the unix port.
    public interface IBoardPort
    {
        // sys.platform and os.uname()'s sysname/nodename (MICROPY_PY_SYS_PLATFORM), e.g. "rp2".
        string Platform { get; }
        // sys.implementation._machine, os.uname().machine and the banner's tail: "<board> with <mcu>".
        string Machine { get; }
        // sys.implementation._build: the board's name (MICROPY_BOARD_BUILD_NAME).
        string Build { get; }
        // machine.unique_id().
        byte[] UniqueId { get; }
        // machine.freq(): the CPU clock in Hz; SetFreq may refuse (returns false) a clock the board cannot run.
        long Freq { get; }
        bool SetFreq(long hz);
        // os.statvfs of the board's root file system: the 10 values of struct statvfs; 0 or -errno.
        int StatVfs(string path, long[] result);
        // os.sync(): writes pending file data to the medium.
        void Sync();
        // The console's receive side (sys.stdin.buffer reads, select.poll on stdin): bytes waiting, and a
        // blocking read of count bytes (fewer only when the console closes), as stdio_buffer_read.
        int RxAvailable { get; }
        int RxRead(byte[] buf, int off, int count);
    }

    public static class BoardPort
    {
        // The running board's port, or null for the unix port's behaviour.
        public static IBoardPort Current;

        // Set by machine.reset(): the board loop restarts as at power-up (no "soft reboot" line, friendly REPL).
        public static bool HardResetRequested;

        // The modules only a board has (machine, vfs, select), for the import system; null for other names or no port.
        public static PyModule Module(string name)
        {
            if (Current == null) return null;
            return ModuleTable.Board(name);
        }
    }
}
