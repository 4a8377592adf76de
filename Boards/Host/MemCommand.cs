using System.IO;
using System.Linq;

namespace NanoMpy.Host
{
    // `nanompy mem`: the RAM a board's VM holds after start-up, under nanoCLR's memory model (NanoClrModel,
    // docs/DEVICE-MEMORY.md), in this build's value representation (`-c Device` builds the board's). Run in a
    // process of its own, so that nothing a previous program did is counted: the figure is the board's boot.
    public static class MemCommand
    {
        public static int Run(string[] args, int start, Stream stdout, Stream stderr)
        {
            if (start < args.Length)
            {
                Cli.WriteText(stderr, "usage: nanompy mem\n");
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
            Cli.WriteText(stdout, w.ToString());
            stdout.Flush();
            return 0;
        }
    }
}
