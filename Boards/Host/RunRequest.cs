using System.IO;

namespace NanoMpy.Host
{
    // What one nanompy invocation runs: a file, -c code, a -m module, the program on stdin, the REPL.
    public sealed class RunRequest
    {
        public string[] Argv;
        public string[] Path;          // sys.path; for a file, null: its folder first
        public string Module;          // -m
        public string File;            // FILE
        public string Command;         // -c
        public bool Inspect;           // -i: the REPL after the program
        public bool CompileOnly;       // -X compile-only
        public int OptLevel;           // -O[N]
        public bool SingleFloat;       // -X float=single
        public Stream Stdin = Stream.Null;
        public bool StdinIsTerminal;
        public bool Rom;               // -X rom: the program's folder as a ROMFS image, run from /rom (RomRun)
        public bool RomUnmapped;       // -X rom=unmapped: from a chip that hands out no array
        public int FlashCache;         // -X flashcache=N: bytes of flash cache for -X rom (0: 4 KB)
        public bool WriteThrough;      // console output reaches the stream at each write (the command line)

        public bool NothingToRun { get { return Module == null && File == null && Command == null; } }
    }
}
