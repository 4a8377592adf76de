namespace NanoMpy
{
    // Where console output goes: the board provides it (host: stdout; device: UART).
    public interface IByteSink
    {
        void Write(byte[] data, int off, int len);
    }
}
