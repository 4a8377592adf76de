using System.IO.Ports;
using NanoMpy.Board;

namespace NanoMpy.Boards.NanoFramework
{
    // The REPL's UART on a nanoFramework board: a thread moves received bytes into the receive queue (where
    // the interrupt character is caught, as in a UART interrupt), writes go straight out.
    public sealed class SerialConsole : IConsole
    {
        private readonly SerialPort _port;
        private readonly RxQueue _rx = new RxQueue(1024);

        public SerialConsole(SerialPort port)
        {
            _port = port;
            System.Threading.Thread t = new System.Threading.Thread(Receive);
            t.Start();
        }

        private void Receive()
        {
            byte[] buf = new byte[64];
            while (true)
            {
                int n = _port.BytesToRead;
                if (n == 0)
                {
                    System.Threading.Thread.Sleep(5);
                    continue;
                }
                if (n > buf.Length) n = buf.Length;
                n = _port.Read(buf, 0, n);
                if (n > 0) _rx.Receive(buf, 0, n);
            }
        }

        public int ReadByte()
        {
            return _rx.ReadByte();
        }

        public IConsole Keys { get { return _rx.Keys; } }

        public int Available { get { return _rx.Count; } }

        public void Write(byte[] data, int off, int len)
        {
            _port.Write(data, off, len);
        }
    }
}
