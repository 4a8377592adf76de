using System.IO;

namespace NanoMpy.Host
{
    // The board of the host build: module files from the file system, console to the given streams.
    public sealed partial class HostBoard : IBoard, IMemoryInfo
    {
        private readonly BufferedSink _stdout;
        private readonly BufferedSink _stderr;
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

        public HostBoard(Stream stdout, Stream stderr)
        {
            // Small buffers: a large one costs start-up time (zeroed fresh memory) for no gain; stderr is
            // flushed after every write anyway.
            _stdout = new BufferedSink(stdout, null, 8192);
            // stderr flushes pending stdout first so interleaved output keeps its order
            _stderr = new BufferedSink(stderr, _stdout, 512);
        }

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

        public void Sleep(int ms)
        {
            _stdout.Flush();
            System.Threading.Thread.Sleep(ms);
        }

        // The interpreter runs on one thread: its allocations and the live heap are the program's.
        public long HeapUsed()
        {
            return System.GC.GetTotalMemory(false);
        }

        public long TotalAllocated()
        {
            return System.GC.GetAllocatedBytesForCurrentThread();
        }

        public void Collect()
        {
            System.GC.Collect();
        }

        public void Flush()
        {
            _stdout.Flush();
            _stderr.Flush();
        }
    }

    // Collects console bytes and writes them to the stream in large blocks (and at exit).
    public sealed class BufferedSink : IByteSink
    {
        private readonly Stream _stream;
        private readonly BufferedSink _flushFirst;
        private readonly byte[] _buf;
        private int _len;

        public BufferedSink(Stream stream, BufferedSink flushFirst, int size)
        {
            _stream = stream;
            _flushFirst = flushFirst;
            _buf = new byte[size];
        }

        public void Write(byte[] data, int off, int len)
        {
            if (_flushFirst != null) _flushFirst.Flush();
            if (_len + len > _buf.Length)
            {
                Flush();
                if (len > _buf.Length)
                {
                    _stream.Write(data, off, len);
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
            _stream.Write(_buf, 0, _len);
            _stream.Flush();
            _len = 0;
        }
    }
}
