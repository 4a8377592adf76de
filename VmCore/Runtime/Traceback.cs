namespace NanoMpy
{
    // Printing an uncaught exception the way mp_obj_print_exception does: the traceback, outermost call
    // first, then "Name: message".
    public static partial class Vm
    {
        public static void PrintException(Printer p, PyBaseException e)
        {
            int[] tb = e.Traceback;
            int n = e.TracebackLen;
            if (tb != null && n > 0)
            {
                p.Write("Traceback (most recent call last):\n");
                // entries were appended innermost first as the exception unwound
                for (int i = n - 3; i >= 0; i -= 3)
                {
                    p.Write("  File \"");
                    p.Write(Qstr.Str(tb[i]));
                    p.Write("\", line ");
                    p.WriteInt(tb[i + 1]);
                    if (tb[i + 2] == 0)
                    {
                        p.Write("\n");
                    }
                    else
                    {
                        p.Write(", in ");
                        p.Write(Qstr.Str(tb[i + 2]));
                        p.Write("\n");
                    }
                }
            }
            p.Write(e.ExcType.NameStr);
            p.Write(": ");
            Rt.Print(p, e, PrintKind.Str);
            p.Write("\n");
        }
    }
}
