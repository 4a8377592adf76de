namespace NanoMpy.Flash
{
    // A window of a module's bytes that the VM indexes directly: Data[i] is the byte at position Base + i.
    // Instructions that start below Base + Limit lie wholly inside Data, which extends Slack bytes past Limit
    // (an instruction is at most CodeImage.MaxInstruction bytes, and one opcode looks one byte ahead).
    public sealed class CodeLine
    {
        public byte[] Data;
        public int Base = Empty;     // Empty: holds nothing
        // (as far from every position as an int can be: position - Base, as an unsigned, is past any span)
        public const int Empty = int.MinValue;
        public int Limit;
        public int Holders;          // frames running from this line: a cache never gives it to other code
    }

    // Where the code of a loaded module is read from while it runs. Positions are the ones the loader used:
    // indexes into the array it read, which for a module in flash are flash addresses.
    //
    //   CodeImage   the whole array is one line that never changes (a file read into RAM; memory-mapped flash)
    //   FlashCache  a fixed number of lines read from a flash device on demand, whatever the module's size
    //
    // The VM holds the line it runs from (Holders) and asks for another when its ip leaves it; a held line is
    // never given to other code, so a suspended frame finds its line as it left it.
    public class CodeImage
    {
        // Longest instruction the verifier lets through (opcode, var-uint operands, a small int of 63 bits).
        public const int MaxInstruction = 16;
        public const int Slack = MaxInstruction + 1;

        private readonly CodeLine _whole;

        public CodeImage(byte[] data)
        {
            _whole = new CodeLine();
            _whole.Data = data;
            _whole.Base = 0;
            _whole.Limit = data.Length;
        }

        protected CodeImage()
        {
        }

        // The line holding position.
        public virtual CodeLine Line(int position)
        {
            return _whole;
        }

        public int ByteAt(int position)
        {
            CodeLine l = Line(position);
            return l.Data[position - l.Base];
        }
    }
}
