using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace NanoMpy.Tests.Board
{
    // REPL transcripts (Tests/repl): the input notation, and the one place where the answer of the oracle
    // (MicroPython 1.27.0's WebAssembly build, Tests/oracle/repl.mjs) is turned into what a MicroPython board
    // sends on its UART for the same bytes.
    public static class Transcript
    {
        public static string Dir => Path.Combine(AppContext.BaseDirectory, "repl");

        // NAME.in: line breaks are ignored; \r \n \t \e (ESC) \\ and \xHH are the bytes typed.
        public static byte[] ParseInput(string text)
        {
            var o = new List<byte>();
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n' || c == '\r') continue;
                if (c != '\\')
                {
                    o.Add((byte)c);
                    continue;
                }
                char e = text[++i];
                switch (e)
                {
                    case 'r': o.Add(13); break;
                    case 'n': o.Add(10); break;
                    case 't': o.Add(9); break;
                    case 'e': o.Add(27); break;
                    case '\\': o.Add(92); break;
                    case 'x':
                        o.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                        i += 2;
                        break;
                    default: throw new FormatException("bad escape \\" + e);
                }
            }
            return o.ToArray();
        }

        // The oracle's banner line (MICROPY_BANNER_NAME_AND_VERSION "; " MICROPY_BANNER_MACHINE of that build).
        public const string OracleBanner = "MicroPython v1.27.0 on 2025-12-10; JS with Emscripten";

        // What a board sends where the oracle sent `oracle`. The differences, all of them by construction of
        // the two ports and none a matter of REPL behaviour:
        //  1. Output cooking. A UART port sends every '\n' a program prints as "\r\n" (mp_hal_stdout_tx_strn_cooked
        //     behind sys.stdout); the WebAssembly port writes sys.stdout as it is. The REPL's own line ends are
        //     "\r\n" in both, and so are tracebacks and completion lists (mp_plat_print is cooked in both). So a
        //     '\n' not preceded by '\r' is program output and becomes "\r\n". Transcripts never print a '\r'
        //     themselves, which keeps this exact.
        //  2. Start-up. The WebAssembly port's REPL is the event-driven pyexec, whose init prints "\r\n" before
        //     the banner (it resets the friendly REPL as Ctrl-B does); a board's blocking pyexec_friendly_repl
        //     starts with the banner itself.
        //  3. The banner line names each build's date, board and MCU.
        public static byte[] BoardBytesFromOracle(byte[] oracle, string banner)
        {
            string s = Encoding.Latin1.GetString(oracle);
            if (s.StartsWith("\r\n")) s = s.Substring(2);
            s = s.Replace(OracleBanner, banner);
            var sb = new StringBuilder(s.Length + 64);
            for (int i = 0; i < s.Length; i++)
            {
                if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r')) sb.Append('\r');
                sb.Append(s[i]);
            }
            return Encoding.Latin1.GetBytes(sb.ToString());
        }

        // Printable form for assertion messages.
        public static string Show(byte[] b)
        {
            var sb = new StringBuilder();
            foreach (byte x in b)
            {
                if (x == '\\') sb.Append("\\\\");
                else if (x == '\n') sb.Append("\\n\n");
                else if (x == '\r') sb.Append("\\r");
                else if (x < 32 || x > 126) sb.Append("\\x").Append(x.ToString("x2"));
                else sb.Append((char)x);
            }
            return sb.ToString();
        }
    }
}
