using System.Collections.Generic;
using System.Text;
using Xunit;

namespace NanoMpy.Tests.Board
{
    // What the WebAssembly oracle cannot show (it has no raw-paste, no soft reset and runs code synchronously):
    // the bytes written out from MicroPython v1.27.0's shared/runtime/pyexec.c and a board's main loop
    // (ports/rp2/main.c), and the emacs word keys as the unix port (which builds them) answers in a pty.
    public class ReplProtocolTests
    {
        private static readonly string B = ReplHarness.Banner + "\r\nType \"help()\" for more information.\r\n";
        private const string RawBanner = "raw REPL; CTRL-B to exit\r\n";

        private static string Tb(string line, string error)
        {
            return "Traceback (most recent call last):\r\n  File \"<stdin>\", line " + line + ", in <module>\r\n" + error + "\r\n";
        }

        private static string Run(string input, Dictionary<string, string> files = null)
        {
            return Encoding.Latin1.GetString(ReplHarness.Run(Encoding.Latin1.GetBytes(input), files));
        }

        private static void Same(string expected, string actual)
        {
            Assert.True(expected == actual, "expected:\n" + Transcript.Show(Encoding.Latin1.GetBytes(expected))
                + "\nactual:\n" + Transcript.Show(Encoding.Latin1.GetBytes(actual)));
        }

        [Fact]
        public void RawPasteAsMpremoteUsesIt()
        {
            // mpremote enters with "\r\u0003" then "\r\u0001"; "\u0005A\u0001" asks for raw-paste: "R\u0001", the window
            // (half of the 256-byte stdin buffer, little-endian) and 0x01; each 128 bytes read grant 0x01 more;
            // Ctrl-D ends the code, acknowledged by 0x04; then output, 0x04, errors, 0x04, and the ">" prompt.
            string code = "s = 0\nfor i in range(10):\n    s += i\nprint(s)  # ";
            code += new string('x', 300 - code.Length);
            string input = "\r\u0003\r\u0001" + "\u0005A\u0001" + code + "\u0004"
                + "\u0005A\u0001" + "1/0" + "\u0004"
                + "\u0005A\u0001" + "abc" + "\u0003"
                + "\u0005B\u0001"
                + "\u0005A\u0001" + "print('after')" + "\u0004"
                + "\r\u0002";
            string expected = B + ">>> \r\n>>> \r\n>>> \r\n>>> \r\n" + RawBanner + ">"
                + "R\u0001\u0080\u0000\u0001" + "\u0001\u0001" + "\u0004" + "45\r\n" + "\u0004\u0004>"
                + "R\u0001\u0080\u0000\u0001" + "\u0004" + "\u0004" + Tb("1", "ZeroDivisionError: divide by zero") + "\u0004>"
                + "R\u0001\u0080\u0000\u0001" + "\u0004" + "\u0004" + "KeyboardInterrupt: \r\n" + "\u0004>"
                + "R\u0000>"
                + "R\u0001\u0080\u0000\u0001" + "\u0004" + "after\r\n" + "\u0004\u0004>"
                + "\r\n" + B + ">>> ";
            Same(expected, Run(input));
        }

        [Fact]
        public void RawReplRunsAndReportsAsPyboardExpects()
        {
            // "OK", the output, 0x04, the exception text, 0x04, ">"; Ctrl-C discards what was typed; Ctrl-A
            // restarts the raw REPL
            string input = "\u0001" + "print('a')\nprint('b')" + "\u0004" + "junk\u0003" + "raise ValueError(1)" + "\u0004"
                + "\u0001" + "\u0002";
            string expected = B + ">>> \r\n" + RawBanner + ">"
                + "OKa\r\nb\r\n\u0004\u0004>"
                + "OK\u0004" + Tb("1", "ValueError: 1") + "\u0004>"
                + RawBanner + ">" + "\r\n" + B + ">>> ";
            Same(expected, Run(input));
        }

        [Fact]
        public void CtrlDSoftResetsTheBoard()
        {
            // friendly Ctrl-D: "\r\n", then the main loop prints "MPY: soft reboot" and starts afresh
            Same(B + ">>> x = 1\r\n>>> \r\nMPY: soft reboot\r\n" + B + ">>> x\r\n" + Tb("1", "NameError: name 'x' isn't defined") + ">>> ",
                Run("x = 1\r\u0004x\r"));
        }

        [Fact]
        public void RawCtrlDOnEmptyInputSoftResetsIntoTheRawRepl()
        {
            var files = new Dictionary<string, string> { { "boot.py", "print('boot')" }, { "main.py", "print('main')" } };
            // boot.py at every reset, main.py only when the board comes up in the friendly REPL
            string expected = "boot\r\nmain\r\n" + B + ">>> \r\n" + RawBanner + ">"
                + "OK\r\nMPY: soft reboot\r\nboot\r\n" + RawBanner + ">"
                + "OK1\r\n\u0004\u0004>" + "\r\n" + B + ">>> ";
            Same(expected, Run("\u0001\u0004" + "print(1)\u0004" + "\u0002", files));
        }

        [Fact]
        public void BootErrorSkipsMain()
        {
            var files = new Dictionary<string, string> { { "boot.py", "1/0" }, { "main.py", "print('main')" } };
            Same("Traceback (most recent call last):\r\n  File \"boot.py\", line 1, in <module>\r\nZeroDivisionError: divide by zero\r\n" + B + ">>> ",
                Run("", files));
        }

        [Fact]
        public void SysExitInTheReplSoftResets()
        {
            // without MICROPY_PYEXEC_ENABLE_EXIT_CODE_HANDLING, SystemExit is PYEXEC_FORCED_EXIT
            Same(B + ">>> import sys\r\n>>> sys.exit(3)\r\nMPY: soft reboot\r\n" + B + ">>> ", Run("import sys\rsys.exit(3)\r"));
        }

        [Fact]
        public void SoftResetForgetsTheHistory()
        {
            // readline_init0 at each reset: the up arrow finds nothing
            Same(B + ">>> a = 1\r\n>>> \r\nMPY: soft reboot\r\n" + B + ">>> \r\n>>> ", Run("a = 1\r\u0004\u001b[A\r"));
        }

        [Fact]
        public void CtrlCInterruptsRunningCode()
        {
            byte[] output = ReplHarness.RunLive(c =>
            {
                c.Send("while True: pass\r\r");
                c.WaitFor("... \r\n");
                c.WaitRunning();
                c.Send("\u0003");
                c.WaitFor("KeyboardInterrupt: \r\n>>> ");
                c.Send("1+1\r");
                c.WaitFor("2\r\n>>> ");
            });
            Same(B + ">>> while True: pass\r\n... \r\n" + Tb("1", "KeyboardInterrupt: ") + ">>> 1+1\r\n2\r\n>>> ",
                Encoding.Latin1.GetString(output));
        }

        [Fact]
        public void CtrlCInterruptsASleep()
        {
            byte[] output = ReplHarness.RunLive(c =>
            {
                c.Send("import time\r");
                c.WaitFor(">>> import time\r\n>>> ");
                c.Send("time.sleep(30)\r");
                c.WaitFor("time.sleep(30)\r\n");
                c.WaitRunning();
                c.Send("\u0003");
                c.WaitFor("KeyboardInterrupt: \r\n>>> ");
            });
            Same(B + ">>> import time\r\n>>> time.sleep(30)\r\n" + Tb("1", "KeyboardInterrupt: ") + ">>> ",
                Encoding.Latin1.GetString(output));
        }

        [Fact]
        public void InputReadsTheConsoleAndCtrlCInterruptsIt()
        {
            // input() edits a line on the console (readline, echoed); sys.stdin reads '\r' as '\n'
            // (stdio_read); Ctrl-C while a program waits for input raises KeyboardInterrupt
            byte[] output = ReplHarness.RunLive(c =>
            {
                c.Send("s = input('? ')\r");
                c.WaitFor("? ");
                c.Send("ab\u007fc\r");
                c.WaitFor(">>> ");
                c.Send("s\r");
                c.WaitFor("'ac'\r\n>>> ");
                c.Send("import sys; sys.stdin.read(3)\r");
                c.WaitRunning();
                c.Send("x\ry");
                c.WaitFor("'x\\ny'\r\n>>> ");
                c.Send("input()\r");
                c.WaitRunning();
                c.Send("ab\u0003");
                c.WaitFor("KeyboardInterrupt: \r\n>>> ");
            });
            Same(B + ">>> s = input('? ')\r\n? ab\b\u001b[Kc\r\n>>> s\r\n'ac'\r\n>>> import sys; sys.stdin.read(3)\r\n'x\\ny'\r\n"
                + ">>> input()\r\nab" + Tb("1", "KeyboardInterrupt: ") + ">>> ", Encoding.Latin1.GetString(output));
        }

        [Fact]
        public void KbdIntrMinusOneLetsCtrlCThrough()
        {
            // micropython.kbd_intr(-1): Ctrl-C is an ordinary byte until the next command; it then reaches the
            // prompt, which it clears
            byte[] output = ReplHarness.RunLive(c =>
            {
                c.Send("import micropython, time\r");
                c.WaitFor(">>> import micropython, time\r\n>>> ");
                c.Send("micropython.kbd_intr(-1); print('off'); time.sleep(0.3); print('done')\r");
                c.WaitFor("off\r\n");
                c.Send("\u0003");
                c.WaitFor("done\r\n>>> \r\n>>> ");
            });
            Same(B + ">>> import micropython, time\r\n>>> micropython.kbd_intr(-1); print('off'); time.sleep(0.3); print('done')\r\n"
                + "off\r\ndone\r\n>>> \r\n>>> ", Encoding.Latin1.GetString(output));
        }

        [Fact]
        public void CtrlCInterruptsRawReplCode()
        {
            byte[] output = ReplHarness.RunLive(c =>
            {
                c.Send("\u0001while True: pass\u0004");
                c.WaitFor("OK");
                c.WaitRunning();
                c.Send("\u0003");
                c.WaitFor("\u0004>");
                c.Send("\u0002");
                c.WaitFor(">>> ");
            });
            Same(B + ">>> \r\n" + RawBanner + ">" + "OK\u0004" + Tb("1", "KeyboardInterrupt: ") + "\u0004>" + "\r\n" + B + ">>> ",
                Encoding.Latin1.GetString(output));
        }

        [Fact]
        public void EmacsWordKeysAsTheUnixPort()
        {
            // Recorded from the unix port v1.27.0 (MICROPY_REPL_EMACS_WORDS_MOVE and _EXTRA_WORDS_MOVE, which the
            // WebAssembly build leaves out) in a pty, whose "\r\r\n" is the REPL's "\r\n": Ctrl-W, ESC b/f/d,
            // ESC DEL, Ctrl+Left/Right; Ctrl-W at the start of a continuation line reaches into the lines before
            // it, as readline.c's word count stops only at the start of the buffer.
            string input = "abc def\u0017\r" + "one two three\u001bb\u001bb\u001bf\u001bdX\r" + "alpha beta\u001b\u007f\u001b\u007fgamma\r"
                + "x1 = 10; y2 = 20\u001b[1;5D\u001b[1;5DZ\u001b[1;5CW\r" + "if 1:\r" + "\u0017\u0017q\r";
            string expected = B + ">>> abc def\u0008\u0008\u0008\u001b[K\r\n" + Tb("1", "NameError: name 'abc' isn't defined")
                + ">>> one two three\u001b[5D\u0008\u0008\u0008\u0008two\u001b[KX\r\nTraceback (most recent call last):\r\n  File \"<stdin>\", line 1\r\nSyntaxError: invalid syntax\r\n"
                + ">>> alpha beta\u0008\u0008\u0008\u0008\u001b[K\u001b[6D\u001b[Kgamma\r\n" + Tb("1", "NameError: name 'gamma' isn't defined")
                + ">>> x1 = 10; y2 = 20\u0008\u0008\u001b[5DZy2 = 20\u001b[7Dy2W = 20\u001b[5D\r\n"
                + ">>> if 1:\r\n...     \u001b[7D\u001b[K\u0008\u0008\u0008\u001b[Kq\r\n" + Tb("1", "NameError: name 'q' isn't defined") + ">>> ";
            Same(expected, Run(input));
        }
    }
}
