using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace NanoMpy.Tests.Board
{
    // Issue 8, item 1: a soft reset is a complete restart (MpState.Deinit then Init). A program prints the state
    // it can observe; after any sequence of programs that change that state, each followed by a soft reset,
    // it prints the same as on a fresh start. (The mount table, which this test board lacks, is covered by
    // DeviceMemoryTests.ThousandSoftResetsLeaveTheHeapFlat: its program mounts at the same point each round.)
    public class SoftResetTests
    {
        private const string Observe =
            "import sys, gc, micropython\n" +
            "g = sorted(n for n in globals() if n[0] != '_')\n" +
            "import builtins\n" +
            "print('STATE', sorted(sys.modules), sys.path, sys.argv, gc.isenabled(), gc.threshold(),\n" +
            "      micropython.opt_level(), g, hasattr(builtins, 'extra'), len, len(bytearray(8)))\n";

        // Each changes part of the state; the last one of the list leaves the heap locked.
        private static readonly string[] Changes =
        {
            "import collections\nP = collections.namedtuple('P', 'a b')\nzzz = [str(i) for i in range(50)]\n"
                + "def f(n): return f(n - 1) if n else 0\nf(20)\n",
            "import sys\nsys.modules['m'] = sys\nsys.path.clear()\nsys.argv[:] = ['a']\n",
            "import builtins, gc\nbuiltins.len = None\nbuiltins.extra = 1\ngc.disable()\nx = 1\n",
            "import micropython\nmicropython.opt_level(3)\ndef f():\n    raise ValueError\ntry:\n    f()\nexcept ValueError:\n    pass\n",
            "import micropython\nmicropython.heap_lock()\n",
        };

        [Fact]
        public void EverySequenceOfSoftResetsGivesTheFreshState()
        {
            var r = new System.Random(20261202);
            var input = new StringBuilder("\x01" + Observe + "\x04");
            int rounds = 12;
            for (int i = 0; i < rounds; i++)
            {
                // one to three programs, then a soft reset (Ctrl-D on an empty raw REPL line)
                int n = 1 + r.Next(3);
                for (int k = 0; k < n; k++) input.Append(Changes[r.Next(Changes.Length)] + "\x04");
                input.Append("\x04" + Observe + "\x04");
            }
            string output = Encoding.Latin1.GetString(ReplHarness.Run(Encoding.Latin1.GetBytes(input.ToString()), null, 60000));
            var states = Regex.Matches(output, "STATE [^\r\n]*").Select(m => m.Value).ToList();
            Assert.True(states.Count == rounds + 1, "expected " + (rounds + 1) + " states in:\n" + Transcript.Show(Encoding.Latin1.GetBytes(output)));
            // the fresh state as MicroPython has it: no module loaded, gc on with no threshold, optimisation 0
            Assert.StartsWith("STATE [] ['', '/lib'] [] True -1 0 ['gc', 'micropython', 'sys'] False <function>", states[0]);
            foreach (string s in states) Assert.Equal(states[0], s);
            Assert.Equal(rounds, Regex.Matches(output, "MPY: soft reboot").Count);
        }
    }
}
