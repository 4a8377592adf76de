namespace NanoMpy
{
    // What the VM needs from the board it runs on: module files, the console, time. VmCore has no file API;
    // the host implements this over the file system, a device over its flash partitions and UART.
    public interface IBoard
    {
        // The whole file, or null when absent or unreadable. The bytes become a FlashRegion that modules run
        // from in place, so the board must not change them afterwards.
        byte[] ReadFile(string path);

        // BoardStat.Absent, File or Dir.
        int Stat(string path);

        IByteSink Stdout { get; }
        IByteSink Stderr { get; }

        // Milliseconds from an arbitrary start, for time.ticks_ms and benchmarks.
        long TicksMs();

        // Blocks for about ms milliseconds (time.sleep*).
        void Sleep(int ms);
    }

    public static class BoardStat
    {
        public const int Absent = 0;
        public const int File = 1;
        public const int Dir = 2;
    }
}
