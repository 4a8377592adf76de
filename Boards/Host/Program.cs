namespace NanoMpy.Host
{
    public static class Program
    {
        public static int Main(string[] args)
        {
            using (System.IO.Stream stdout = System.Console.OpenStandardOutput())
            using (System.IO.Stream stderr = System.Console.OpenStandardError())
            {
                return Cli.Run(args, stdout, stderr);
            }
        }
    }
}
