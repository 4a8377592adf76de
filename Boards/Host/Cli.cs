namespace NanoMpy.Host
{
    // The nanompy command line, callable in-process (tests) with any output streams.
    public static class Cli
    {
        public static int Run(string[] args, System.IO.Stream stdout, System.IO.Stream stderr)
        {
            byte[] banner = System.Text.Encoding.UTF8.GetBytes("nanoMpy (MicroPython v1.27.0 compatible); .NET host\n");
            stdout.Write(banner, 0, banner.Length);
            stdout.Flush();
            return 0;
        }
    }
}
