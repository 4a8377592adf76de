using NanoMpy.Board;

namespace NanoMpy.Host
{
    // `nanompy` on a terminal (or with -i): the friendly REPL over stdin/stdout, as the unix port's do_repl
    // runs it (pyexec_friendly_repl / pyexec_raw_repl with exit-code handling): Ctrl-D or sys.exit() leaves
    // it, with sys.exit's code as the exit status.
    public static class DesktopRepl
    {
        public static int Run(HostBoard board, RunRequest req, PyModule main)
        {
            System.IO.Stream stdout = board.StdoutStream;
            StdioConsole console = new StdioConsole(req.Stdin, stdout, req.StdinIsTerminal);
            ReplOptions options = new ReplOptions();
            options.NameAndVersion = Cli.NameAndVersion;
            options.Machine = Cli.Machine;
            options.ExitCodeHandling = true;
            options.HistorySize = 50;
            Repl repl = new Repl(console, options);
            repl.StartSession(true);
            if (main == null)
            {
                if (Imports.Main != null) main = Imports.Main;
            }
            if (main != null) repl.UseMain(main);
            int ret = 0;
            try
            {
                while (true)
                {
                    ret = repl.RawMode ? repl.RawRepl() : repl.FriendlyRepl();
                    if (ret != 0) break;
                }
            }
            catch (ConsoleClosedException)
            {
                ret = 0;
            }
            finally
            {
                Terminal.Restore();
            }
            return ret;
        }
    }
}
