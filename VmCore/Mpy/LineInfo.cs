namespace NanoMpy
{
    // Source line of a bytecode offset (py/bc.h mp_bytecode_get_source_line). The table sits in the image
    // between the arg names and the closure cells, as a list of (bytecode increment, line increment) pairs:
    //
    //   0LLBBBBB            bc += B (0..31), line += L (0..3)
    //   1LLLBBBB LLLLLLLL   bc += B (0..15), line += L (11 bits, high 3 in the first byte)
    //
    // starting from line 1 at offset 0. The line of an offset is reached after the last pair whose
    // cumulative bytecode increment does not pass the offset.
    public static class LineInfo
    {
        // offset: bytecode offset relative to rc.BytecodeStart. MicroPython passes the ip it saved for the
        // exception minus the bytecode start; with SELECTIVE_EXC_IP off (its default, py/vm.c) that ip is the
        // start of the opcode that raised.
        public static int SourceLine(RawCode rc, int offset)
        {
            NanoMpy.Flash.CodeImage code = rc.Context.Image;
            int i = rc.LineInfoStart;
            int end = rc.LineInfoEnd;
            int line = 1;
            while (i < end)
            {
                int c = code.ByteAt(i);
                int bcInc;
                int lineInc;
                if ((c & 0x80) == 0)
                {
                    bcInc = c & 0x1f;
                    lineInc = c >> 5;
                    i++;
                }
                else
                {
                    if (i + 1 >= end) break; // verified images never end mid-entry
                    bcInc = c & 0xf;
                    lineInc = ((c << 4) & 0x700) | code.ByteAt(i + 1);
                    i += 2;
                }
                if (offset < bcInc) break;
                offset -= bcInc;
                line += lineInc;
            }
            return line;
        }

        // Same, from an absolute position in rc's image.
        public static int SourceLineAt(RawCode rc, int ip)
        {
            return SourceLine(rc, ip - rc.BytecodeStart);
        }
    }
}
