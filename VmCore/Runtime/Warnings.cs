namespace NanoMpy
{
    // mp_warning (py/warning.c): "Warning: <message>" on the error console. MicroPython's unix port warns when
    // str and bytes are compared for equality (MICROPY_PY_STR_BYTES_CMP_WARN), and programs' captured output
    // includes it. The board sets Sink to its stderr; with no sink, warnings are dropped.
    public static class Warnings
    {
        public static IByteSink Sink;

        public static void Warn(string msg)
        {
            if (Sink == null) return;
            Printer p = new Printer(Sink);
            p.Write("Warning: ");
            p.Write(msg);
            p.Write("\n");
            p.Flush();
        }
    }
}
