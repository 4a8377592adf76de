using System.IO;
using System.Linq;

using NanoMpy.Host;

namespace NanoMpy.MemReport
{
    // nanompy-mem (`dotnet run --project build/MemReport -c Device`): the RAM a board's VM holds after start-up, under nanoCLR's memory model (NanoClrModel,
    // docs/DEVICE-MEMORY.md), in this build's value representation (`-c Device` builds the board's). Run in a
    // process of its own, so that nothing a previous program did is counted: the figure is the board's boot.
    public static class Program
    {
        public static int Main(string[] args)
        {
            Stream stdout = System.Console.OpenStandardOutput();
            int rounds;
            if (args.Length == 2 && args[0] == "--soft-resets" && int.TryParse(args[1], out rounds) && rounds > 10)
            {
                var sw = new StringWriter();
                int rc = SoftResets.Run(rounds, sw);
                byte[] b = System.Text.Encoding.UTF8.GetBytes(sw.ToString());
                stdout.Write(b, 0, b.Length);
                stdout.Flush();
                return rc;
            }
            if (args.Length == 3 && args[0] == "--import")
            {
                var sw = new StringWriter();
                int rc = ImportRam.Run(args[1], args[2], sw);
                byte[] b = System.Text.Encoding.UTF8.GetBytes(sw.ToString());
                stdout.Write(b, 0, b.Length);
                stdout.Flush();
                return rc;
            }
            if (args.Length != 0)
            {
                System.Console.Error.WriteLine("usage: nanompy-mem [--soft-resets N (> 10) | --import IMAGE.romfs MODULE]");
                return 2;
            }
            NanoClrModel m;
            lock (Cli.RunLock)
            {
                HostBoard board = new HostBoard(Stream.Null, Stream.Null);
                int rc = Cli.RunOnThisThread(board, new[] { "" }, new string[] { "" }, null, null, "");
                if (rc != 0) return rc;
                m = new NanoClrModel();
                m.AddStatics(typeof(Value).Assembly, typeof(NanoMpy.Flash.FlashRegion).Assembly);
            }
            bool device = !typeof(Value).IsValueType;
            var w = new StringWriter();
            w.Write("boot RAM: " + m.Bytes + " bytes in " + m.Objects + " objects ("
                + (device ? "device" : "struct") + " values, nanoCLR model)\n");
            w.Write("by type:\n");
            foreach (var kv in m.ByType.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(30))
            {
                w.Write("  " + kv.Key + " " + kv.Value + "\n");
            }
            w.Write("by static root:\n");
            foreach (var kv in m.ByRoot.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(30))
            {
                w.Write("  " + kv.Key + " " + kv.Value + "\n");
            }
            byte[] text = System.Text.Encoding.UTF8.GetBytes(w.ToString());
            stdout.Write(text, 0, text.Length);
            stdout.Flush();
            return 0;
        }
    }
}
