namespace NanoMpy
{
    // Printing an uncaught exception the way mp_obj_print_exception does (the traceback, outermost call
    // first, then "Name: message"); the formatting itself lives with the exception objects.
    public static partial class Vm
    {
        public static void PrintException(Printer p, PyBaseException e)
        {
            Rt.PrintTraceback(p, e);
        }
    }
}
