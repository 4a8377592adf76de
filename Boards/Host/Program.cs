using System.IO;

namespace NanoMpy.Host
{
    public static class Program
    {
        // On Unix the standard streams are plain file descriptors (FdStream).
        public static int Main(string[] args)
        {
            SigInt.Install();
            bool unix = !System.OperatingSystem.IsWindows();
            using (Stream stdin = unix ? new FdStream(0) : System.Console.OpenStandardInput())
            using (Stream stdout = unix ? new FdStream(1) : System.Console.OpenStandardOutput())
            using (Stream stderr = unix ? new FdStream(2) : System.Console.OpenStandardError())
            {
                try
                {
                    return Cli.Run(args, stdin, Terminal.IsTerminal(0), stdout, stderr);
                }
                finally
                {
                    Terminal.Restore();
                }
            }
        }
    }
}
