namespace NanoMpy.Board
{
    // The receive side of a serial console (the stdin ring buffer of MicroPython's ports): bytes arrive on a
    // receive thread or event and wait here until the REPL or the program reads them. The interrupt character
    // is caught on arrival, as in a UART interrupt handler: it raises KeyboardInterrupt instead of being queued.
    // Past Capacity bytes, arrivals are dropped, as a full ring buffer drops them.
    public sealed class RxQueue
    {
        private readonly object _sync = new object();
        private readonly System.Threading.AutoResetEvent _ready = new System.Threading.AutoResetEvent(false);
        private readonly byte[] _buf;
        private int _head;
        private int _count;
        private bool _closed;

        public RxQueue(int capacity)
        {
            _buf = new byte[capacity];
        }

        public int Count { get { return _count; } }

        // From the receive thread.
        public void Receive(byte[] data, int off, int len)
        {
            System.Threading.Monitor.Enter(_sync);
            try
            {
                for (int i = off; i < off + len; i++)
                {
                    int c = data[i];
                    if (c == MicroPythonModule.InterruptChar)
                    {
                        KbdInterrupt.Request();
                        continue;
                    }
                    if (_count == _buf.Length) continue;
                    _buf[(_head + _count) % _buf.Length] = (byte)c;
                    _count++;
                }
            }
            finally
            {
                System.Threading.Monitor.Exit(_sync);
            }
            _ready.Set();
        }

        // No more input will come: a reader gets what is queued, then -1.
        public void Close()
        {
            _closed = true;
            _ready.Set();
        }

        // The next byte, waiting for one; -1 once closed and empty.
        public int ReadByte()
        {
            return Read(false);
        }

        // As ReadByte, but -2 instead of waiting when a KeyboardInterrupt is pending: a program waiting for
        // input is interrupted by Ctrl-C (the event poll of mp_hal_stdin_rx_chr).
        public int ReadByteOrInterrupt()
        {
            return Read(true);
        }

        private int Read(bool interruptible)
        {
            while (true)
            {
                System.Threading.Monitor.Enter(_sync);
                try
                {
                    if (_count > 0)
                    {
                        int c = _buf[_head];
                        _head = (_head + 1) % _buf.Length;
                        _count--;
                        return c;
                    }
                    // as mp_hal_stdin_rx_chr: bytes received first, the pending interrupt once they run out
                    if (interruptible && KbdInterrupt.Pending != 0) return -2;
                    if (_closed) return -1;
                }
                finally
                {
                    System.Threading.Monitor.Exit(_sync);
                }
                _ready.WaitOne();
            }
        }

        // The queue as a program reads it (input(), sys.stdin): -2 rather than waiting when Ctrl-C interrupted it.
        public IConsole Keys { get { return new InterruptibleKeys(this); } }

        private sealed class InterruptibleKeys : IConsole
        {
            private readonly RxQueue _rx;

            public InterruptibleKeys(RxQueue rx)
            {
                _rx = rx;
            }

            public int ReadByte()
            {
                return _rx.ReadByteOrInterrupt();
            }

            public void Write(byte[] data, int off, int len)
            {
            }
        }
    }
}
