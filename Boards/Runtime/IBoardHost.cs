namespace NanoMpy.Board
{
    // What the board loop needs from the port beyond the console: a fresh interpreter state.
    public interface IBoardHost
    {
        // Power-on or soft reset: the VM's state as a new process would have it (sys.modules, the heap,
        // sys.path...), with the board (files, console sinks) installed.
        void ResetInterpreter();
    }
}
