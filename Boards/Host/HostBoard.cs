using System.IO;

namespace NanoMpy.Host
{
    // The board of the host build: module files from the file system, console to the given streams.
    public sealed partial class HostBoard : IBoard, IMemoryInfo
    {
        private readonly IByteSink _stdout;
        private readonly IByteSink _stderr;
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private readonly long _heapBase = System.GC.GetTotalMemory(false);

        // Console output collected in large blocks (tests, benchmarks); writeThrough sends each write at once,
        // as the unix port does (a pipe sees output as it is printed).
        public HostBoard(Stream stdout, Stream stderr, bool writeThrough = false)
        {
            StdoutStream = stdout;
            // Small buffers: a large one costs start-up time (zeroed fresh memory) for no gain; stderr is
            // flushed after every write anyway.
            BufferedSink o = new BufferedSink(stdout, null, 8192, writeThrough);
            _stdout = o;
            // stderr flushes pending stdout first so interleaved output keeps its order
            _stderr = new BufferedSink(stderr, o, 512, writeThrough);
        }

        // Console output to the given sinks (the REPL's console).
        public HostBoard(IByteSink stdout, IByteSink stderr)
        {
            _stdout = stdout;
            _stderr = stderr;
        }

        // The stream under Stdout (the desktop REPL writes its own bytes there); null for sink boards.
        public Stream StdoutStream { get; private set; }

        public IByteSink Stdout { get { return _stdout; } }
        public IByteSink Stderr { get { return _stderr; } }

        public byte[] ReadFile(string path)
        {
            try
            {
                path = Resolve(path);
                return File.Exists(path) ? File.ReadAllBytes(path) : null;
            }
            catch (IOException)
            {
                return null;
            }
            catch (System.UnauthorizedAccessException)
            {
                return null;
            }
        }

        public int Stat(string path)
        {
            if (path.Length == 0) path = ".";
            path = Resolve(path);
            if (Directory.Exists(path)) return BoardStat.Dir;
            if (File.Exists(path)) return BoardStat.File;
            return BoardStat.Absent;
        }

        public long TicksMs()
        {
            return _clock.ElapsedMilliseconds;
        }

        // Ctrl-C ends a sleep (MICROPY_EVENT_POLL_HOOK in mp_hal_delay_ms): KeyboardInterrupt from inside it.
        public void Sleep(int ms)
        {
            Flush();
            System.Diagnostics.Stopwatch t = System.Diagnostics.Stopwatch.StartNew();
            while (KbdInterrupt.Pending == 0)
            {
                long left = ms - t.ElapsedMilliseconds;
                if (left <= 0) break;
                System.Threading.Thread.Sleep(left > 10 ? 10 : (int)left);
            }
            KbdInterrupt.Check();
        }

        // The interpreter runs on one thread: its allocations are the program's. The live heap is the growth
        // of the process's since the board was made, never more than the program allocated (mem_current
        // <= mem_total, as in MicroPython). After gc.collect() it is what that collection left plus what this
        // thread has allocated since, to the byte, as MicroPython counts (GetTotalMemory would count the unused
        // part of an allocation context, some KB that come and go from run to run).
        public long HeapUsed()
        {
            // (once the runtime has collected on its own, what it left is what counts again)
            long live = _liveAtGc >= 0 && System.GC.CollectionCount(0) == _gcsAtGc
                ? _liveAtGc + System.GC.GetAllocatedBytesForCurrentThread() - _threadAtGc
                : System.GC.GetTotalMemory(false);
            long used = live - _heapBase;
            if (used < 0) used = 0;
            long total = TotalAllocated();
            return used > total ? total : used;
        }

        public long TotalAllocated()
        {
            return System.GC.GetAllocatedBytesForCurrentThread();
        }

        private long _liveAtGc = -1, _threadAtGc;
        private int _gcsAtGc;

        public void Collect()
        {
            System.GC.Collect();
            System.GCMemoryInfo info = System.GC.GetGCMemoryInfo();
            _liveAtGc = info.HeapSizeBytes - info.FragmentedBytes;
            _threadAtGc = System.GC.GetAllocatedBytesForCurrentThread();
            _gcsAtGc = System.GC.CollectionCount(0);
        }

        public void Flush()
        {
            BufferedSink o = _stdout as BufferedSink;
            if (o != null) o.Flush();
            BufferedSink e = _stderr as BufferedSink;
            if (e != null) e.Flush();
        }
    }

    // Collects console bytes and writes them to the stream in large blocks (and at exit), or at once when
    // writing through. A stream that can no longer be written (a closed pipe) raises OSError(EPIPE) in the
    // program, as the unix port's write does; the bytes are dropped.
    public sealed class BufferedSink : IByteSink
    {
        private const int EPIPE = 32;
        private readonly Stream _stream;
        private readonly BufferedSink _flushFirst;
        private readonly bool _writeThrough;
        private readonly byte[] _buf;
        private int _len;

        public BufferedSink(Stream stream, BufferedSink flushFirst, int size, bool writeThrough = false)
        {
            _stream = stream;
            _flushFirst = flushFirst;
            _buf = new byte[size];
            _writeThrough = writeThrough;
        }

        public void Write(byte[] data, int off, int len)
        {
            if (_flushFirst != null) _flushFirst.Flush();
            if (_writeThrough)
            {
                Send(data, off, len);
                return;
            }
            if (_len + len > _buf.Length)
            {
                Flush();
                if (len > _buf.Length)
                {
                    Send(data, off, len);
                    return;
                }
            }
            System.Array.Copy(data, off, _buf, _len, len);
            _len += len;
            if (_flushFirst != null) Flush();
        }

        public void Flush()
        {
            if (_len == 0) return;
            int n = _len;
            _len = 0;
            Send(_buf, 0, n);
        }

        private void Send(byte[] data, int off, int len)
        {
            try
            {
                _stream.Write(data, off, len);
                _stream.Flush();
            }
            catch (IOException)
            {
                throw Rt.OSError(EPIPE);
            }
            catch (System.ObjectDisposedException)
            {
                throw Rt.OSError(EPIPE);
            }
        }
    }
}
