namespace NanoMpy
{
    // The one .NET exception the VM throws and catches: it carries the Python exception object. Frames catch
    // it at their handler table; anything escaping the top level is printed as a MicroPython traceback.
    public sealed class PyException : System.Exception
    {
        public readonly PyBaseException Exc;

        public PyException(PyBaseException exc) : base("Python exception")
        {
            Exc = exc;
        }
    }
}
