namespace NanoMpy.Flash
{
    // The RAM that holds flash bytes while code runs from a flash device that is not memory-mapped into the
    // managed heap (an ESP32's ROMFS partition, a binary resource): Lines lines of the same size, filled by
    // FlashDevice.Read on a miss and replaced least recently used first. Its size is fixed when it is made
    // (the board profile's flash-cache, 4 KB by default), whatever the size of the modules that run from it.
    //
    //   line: [ Base ................ Base+Span | Slack ]   instructions start in the first Span bytes
    public sealed class FlashCache : CodeImage
    {
        public const int DefaultBytes = 4096;
        public const int DefaultLines = 8;

        private readonly FlashDevice _device;
        private readonly CodeLine[] _lines;
        private readonly int[] _used;    // when each line was last handed out (LRU)
        private readonly int _span;      // positions each line starts instructions for
        private int _clock;
        private int _last;               // the line handed out last

        // Misses since the cache was made (a line read from the device), and lines made outside the cache
        // because every line was held.
        public int Misses;
        public int Extra;

        // bytes: the whole cache, Slack included; lines: how many lines it is cut into.
        public FlashCache(FlashDevice device, int bytes, int lines)
        {
            if (lines < 1) lines = 1;
            int size = bytes / lines;
            if (size < 4 * Slack) size = 4 * Slack;
            _device = device;
            _span = size - Slack;
            _lines = new CodeLine[lines];
            _used = new int[lines];
            for (int i = 0; i < lines; i++)
            {
                CodeLine l = new CodeLine();
                l.Data = new byte[size];
                _lines[i] = l;
            }
        }

        public int Bytes { get { return _lines.Length * _lines[0].Data.Length; } }

        // The array of line i (memory reports leave the cache out of the VM heap, as gc.mem_alloc does).
        public int LineCount { get { return _lines.Length; } }
        public byte[] LineData(int i) { return _lines[i].Data; }

        // Lines some frame runs from now.
        public int Held
        {
            get
            {
                int n = 0;
                for (int i = 0; i < _lines.Length; i++) if (_lines[i].Holders != 0) n++;
                return n;
            }
        }

        // Called on every call, return and generator resume of code that runs from the cache, so a hit is cheap:
        // the line handed out last first, then a scan for the line that holds the position (no division); the
        // victim is sought only on a miss.
        public override CodeLine Line(int position)
        {
            CodeLine[] lines = _lines;
            int now = ++_clock;
            if (now == int.MaxValue)
            {
                ResetClock();
                now = ++_clock;
            }
            CodeLine l = lines[_last];
            if ((uint)(position - l.Base) < (uint)_span)
            {
                _used[_last] = now;
                return l;
            }
            for (int i = 0; i < lines.Length; i++)
            {
                l = lines[i];
                if ((uint)(position - l.Base) < (uint)_span)
                {
                    _used[i] = now;
                    _last = i;
                    return l;
                }
            }
            return Miss(position - position % _span, now);
        }

        private CodeLine Miss(int b, int now)
        {
            CodeLine[] lines = _lines;
            int victim = -1;
            int oldest = int.MaxValue;
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Holders == 0 && (victim < 0 || _used[i] < oldest))
                {
                    oldest = _used[i];
                    victim = i;
                }
            }
            CodeLine l;
            if (victim < 0)
            {
                // every line is held by a running frame (calls through more distinct lines than the cache has):
                // this code gets a line of its own, outside the cache, dropped when its frame lets go of it
                l = new CodeLine();
                l.Data = new byte[lines[0].Data.Length];
                Extra++;
                Fill(l, b);
                return l;
            }
            l = lines[victim];
            Fill(l, b);
            _used[victim] = now;
            _last = victim;
            return l;
        }

        private void Fill(CodeLine l, int b)
        {
            l.Base = CodeLine.Empty; // a read that fails leaves the line empty
            int count = _device.Size - b;
            if (count > l.Data.Length) count = l.Data.Length;
            _device.Read(b, l.Data, 0, count);
            l.Base = b;
            l.Limit = _span;
            Misses++;
        }

        // Forget every line not in use (the flash under them was written; code that runs keeps its line).
        public void Invalidate()
        {
            for (int i = 0; i < _lines.Length; i++)
            {
                if (_lines[i].Holders == 0) _lines[i].Base = CodeLine.Empty;
            }
        }

        private void ResetClock()
        {
            _clock = 0;
            for (int i = 0; i < _used.Length; i++) _used[i] = 0;
        }
    }
}
