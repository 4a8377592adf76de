namespace NanoMpy.Board
{
    // A board described as data (Boards/Profiles/NAME.profile): its names, the REPL's UART and pins, the flash
    // chip and its ROMFS partition, the managed heap, float precision and feature level. The board apps embed
    // their file; `nanompy board --profile NAME` runs the simulated board as that board.
    //
    //   # comment
    //   key = value            (a value may be followed by a # comment)
    //   partition.romfs = OFFSET SIZE
    public sealed class BoardProfile
    {
        public string Name;
        public string Machine;           // sys.implementation._machine, the banner's tail
        public string Platform;          // sys.platform
        public string Uart;              // the REPL's serial port ("COM2"; "pty" on the host)
        public int UartRx = -1, UartTx = -1;
        public int Baud = 115200;
        public int Heap;                 // bytes of managed heap the VM may use
        public int FlashSize, FlashBlock;
        public int RomfsStart, RomfsSize;
        public int FlashCache;           // RAM for code run from flash (FlashCache); 0: 4 KB
        public bool SingleFloat;         // MICROPY_FLOAT_IMPL_FLOAT
        public string Level = "full";    // minimal, standard or full (MICROPY_CONFIG_ROM_LEVEL)

        // The profile in text, or null with error naming the line that is wrong.
        public static BoardProfile Parse(string text, out string error)
        {
            error = null;
            BoardProfile p = new BoardProfile();
            int lineNo = 0;
            int pos = 0;
            while (pos < text.Length)
            {
                int end = text.IndexOf('\n', pos);
                if (end < 0) end = text.Length;
                string line = text.Substring(pos, end - pos);
                pos = end + 1;
                lineNo++;
                int hash = line.IndexOf('#');
                if (hash >= 0) line = line.Substring(0, hash);
                line = line.Trim();
                if (line.Length == 0) continue;
                int eq = line.IndexOf('=');
                if (eq <= 0)
                {
                    error = "line " + lineNo + ": expected key = value";
                    return null;
                }
                string key = line.Substring(0, eq).Trim();
                string value = line.Substring(eq + 1).Trim();
                if (!p.Set(key, value))
                {
                    error = "line " + lineNo + ": bad " + key + " '" + value + "'";
                    return null;
                }
            }
            error = p.Check();
            return error == null ? p : null;
        }

        // The keys, in Set's order: a switch on the index is a jump table, where one on the string costs a board
        // about 60 bytes of IL a key.
        private const string Keys = "name machine platform uart uart.rx uart.tx baud heap flash.size flash.block "
            + "partition.romfs flash.cache float level";

        private bool Set(string key, string v)
        {
            switch (Words.IndexOf(Keys, key))
            {
                case 0: Name = v; return v.Length > 0;
                case 1: Machine = v; return v.Length > 0;
                case 2: Platform = v; return v.Length > 0;
                case 3: Uart = v; return v.Length > 0;
                case 4: return Int(v, out UartRx);
                case 5: return Int(v, out UartTx);
                case 6: return Int(v, out Baud) && Baud > 0;
                case 7: return Int(v, out Heap) && Heap > 0;
                case 8: return Int(v, out FlashSize) && FlashSize > 0;
                case 9: return Int(v, out FlashBlock) && FlashBlock > 0;
                case 10:
                    {
                        int sp = v.IndexOf(' ');
                        return sp > 0 && Int(v.Substring(0, sp).Trim(), out RomfsStart) && Int(v.Substring(sp + 1).Trim(), out RomfsSize);
                    }
                case 11: return Int(v, out FlashCache) && FlashCache > 0;
                case 12:
                    if (v != "single" && v != "double") return false;
                    SingleFloat = v == "single";
                    return true;
                case 13:
                    Level = v;
                    return v == "minimal" || v == "standard" || v == "full";
                default:
                    return false;
            }
        }

        private string Check()
        {
            if (Name == null || Machine == null || Platform == null || Uart == null) return "name, machine, platform and uart are required";
            if (Heap <= 0 || FlashSize <= 0 || FlashBlock <= 0) return "heap, flash.size and flash.block are required";
            if (FlashSize % FlashBlock != 0) return "flash.size is not whole blocks";
            if (RomfsSize > 0 && (RomfsStart % FlashBlock != 0 || RomfsSize % (2 * FlashBlock) != 0 || RomfsStart + RomfsSize > FlashSize))
            {
                return "partition.romfs is not whole blocks inside the flash";
            }
            return null;
        }

        private static bool Int(string s, out int v)
        {
            v = 0;
            if (s.Length == 0) return false;
            long n = 0;
            for (int i = 0; i < s.Length; i++)
            {
                int d = s[i] - '0';
                if (d < 0 || d > 9) return false;
                n = n * 10 + d;
                if (n > int.MaxValue) return false;
            }
            v = (int)n;
            return true;
        }
    }
}
