namespace NanoMpy
{
    // The console's receive side as a program reads it: input() (mp_hal_readline: a line edited with the
    // console's readline, echoed) and sys.stdin / sys.stdin.buffer reads. A board installs one over its UART,
    // the desktop over the process's stdin; without one, input() finds no input (EOFError) and stdin reads
    // give nothing.
    public interface IConsoleInput
    {
        // Reads a line with line editing, after the prompt was printed. Returns 0 when Enter ended it, 3 for
        // Ctrl-C, 4 for Ctrl-D (end of input); line is the text typed, without the newline.
        int ReadLine(out string line);

        // Up to count bytes into buf, waiting for them; fewer only at the end of input. text: sys.stdin
        // rather than sys.stdin.buffer (a board's stdio_read turns '\r' into '\n').
        int Read(byte[] buf, int off, int count, bool text);
    }

    public static class ConsoleInput
    {
        // The running board's or program's console input, or null.
        public static IConsoleInput Current;
    }
}
