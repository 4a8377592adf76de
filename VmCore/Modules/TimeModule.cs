#if MP_TIME
// (only in builds with MP_TIME: build/FeatureLevel.props)
namespace NanoMpy
{
    // time (extmod/modtime.c with the unix port's additions): time, time_ns, clock, sleep, sleep_ms, sleep_us,
    // ticks_ms/us/cpu, ticks_add, ticks_diff, gmtime, localtime, mktime. Wall time comes from the board's
    // clock as UTC (a board without a time zone: localtime is gmtime). Ticks wrap at 2**62, the unix port's
    // MICROPY_PY_TIME_TICKS_PERIOD on 64-bit builds.
    public static class TimeModule
    {
        private const long Period = 1L << 62;
        private const long UnixEpochTicks = 621355968000000000L; // 1970-01-01 in DateTime ticks
        private static readonly long StartTicks = System.DateTime.UtcNow.Ticks;

        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("time");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(Qstr.Intern("clock"), new PyBuiltin("clock", Clock));
            g.SetQ(Qstr.Intern("gmtime"), new PyBuiltin("gmtime", 0, 1, GmTime));
            g.SetQ(Qstr.Intern("localtime"), new PyBuiltin("localtime", 0, 1, GmTime));
            g.SetQ(Qstr.Intern("mktime"), new PyBuiltin("mktime", MkTime));
            g.SetQ(Qstr.Intern("sleep"), new PyBuiltin("sleep", Sleep));
            g.SetQ(Qstr.Intern("sleep_ms"), new PyBuiltin("sleep_ms", SleepMs));
            g.SetQ(Qstr.Intern("sleep_us"), new PyBuiltin("sleep_us", SleepUs));
            g.SetQ(Qstr.Intern("ticks_add"), new PyBuiltin("ticks_add", TicksAdd));
            g.SetQ(Qstr.Intern("ticks_cpu"), new PyBuiltin("ticks_cpu", TicksUs));
            g.SetQ(Qstr.Intern("ticks_diff"), new PyBuiltin("ticks_diff", TicksDiff));
            g.SetQ(Qstr.Intern("ticks_ms"), new PyBuiltin("ticks_ms", TicksMs));
            g.SetQ(Qstr.Intern("ticks_us"), new PyBuiltin("ticks_us", TicksUs));
            g.SetQ(Qstr.Intern("time"), new PyBuiltin("time", Time));
            g.SetQ(Qstr.Intern("time_ns"), new PyBuiltin("time_ns", TimeNs));
            return new PyModule(name, g);
        }

        private static long NowTicks() { return System.DateTime.UtcNow.Ticks; }

        private static Value Time()
        {
            // a float's 24 bits cannot hold the seconds: the single-precision unix port gives an int
            if (Float32.Single) return Value.FromInt((NowTicks() - UnixEpochTicks) / 10000000);
            return Value.FromFloat((NowTicks() - UnixEpochTicks) / 10000000.0);
        }

        private static Value TimeNs()
        {
            return Value.FromInt((NowTicks() - UnixEpochTicks) * 100);
        }

        private static Value Clock()
        {
            return Value.FromFloat((NowTicks() - StartTicks) / 10000000.0);
        }

        private static Value TicksMs() { return Value.FromInt(((NowTicks() - StartTicks) / 10000) & (Period - 1)); }
        private static Value TicksUs() { return Value.FromInt(((NowTicks() - StartTicks) / 10) & (Period - 1)); }

        private static Value TicksDiff(Value end, Value start)
        {
            long e = NumberOps.GetInt(end), s = NumberOps.GetInt(start);
            return Value.FromInt(((e - s + Period / 2) & (Period - 1)) - Period / 2);
        }

        private static Value TicksAdd(Value ticks, Value delta)
        {
            long t = NumberOps.GetInt(ticks), d = NumberOps.GetInt(delta);
            if (d <= -Period / 2 || d >= Period / 2) throw Rt.OverflowError("ticks interval overflow");
            return Value.FromInt((t + d) & (Period - 1));
        }

        private static void Wait(long micros)
        {
            if (micros <= 0) return;
            long ms = (micros + 999) / 1000;
            // a millisecond asleep counts as 100 opcodes against a step limit (fuzzing)
            Vm.ChargeSteps(ms > long.MaxValue / 100 ? long.MaxValue / 2 : ms * 100);
            Vm.Board.Sleep(ms > int.MaxValue ? int.MaxValue : (int)ms);
        }

        private static Value Sleep(Value s)
        {
            Wait((long)(NumberOps.GetFloat(s) * 1000000.0));
            return Value.None;
        }

        private static Value SleepMs(Value ms)
        {
            Wait(NumberOps.GetInt(ms) * 1000);
            return Value.None;
        }

        private static Value SleepUs(Value us)
        {
            Wait(NumberOps.GetInt(us));
            return Value.None;
        }

        // gmtime([secs]) -> (year, month, mday, hour, minute, second, weekday (Monday 0), yearday, isdst 0)
        private static Value GmTime(Value[] a, int s, int n)
        {
            long t = n == 0 || a[s].IsNone ? (NowTicks() - UnixEpochTicks) / 10000000 : Timestamp(a[s]);
            long days = FloorDiv(t, 86400);
            long secs = t - days * 86400;
            long y, m, d;
            CivilFromDays(days, out y, out m, out d);
            long wday = FloorMod(days + 3, 7); // 1970-01-01 was a Thursday
            long yday = days - DaysFromCivil(y, 1, 1) + 1;
            return new PyTuple(new Value[]
            {
                Value.FromInt(y), Value.FromInt(m), Value.FromInt(d),
                Value.FromInt(secs / 3600), Value.FromInt(secs / 60 % 60), Value.FromInt(secs % 60),
                Value.FromInt(wday), Value.FromInt(yday), Value.FromInt(0),
            });
        }

        private static long Timestamp(Value v)
        {
            if (v.IsFloat) return (long)System.Math.Floor(v.Float);
            return NumberOps.GetInt(v);
        }

        private static Value MkTime(Value tuple)
        {
            Value[] items;
            int len;
            PyTuple t = tuple.Obj as PyTuple;
            PyList l = tuple.Obj as PyList;
            if (t != null) { items = t.Items; len = items.Length; }
            else if (l != null) { items = l.Items; len = l.Count; }
            else throw Rt.TypeError("object '" + Rt.TypeNameOf(tuple) + "' isn't a tuple or list");
            if (len < 8 || len > 9) throw Rt.TypeError("mktime needs a tuple of length 8 or 9");
            long year = NumberOps.GetInt(items[0]), month = NumberOps.GetInt(items[1]), mday = NumberOps.GetInt(items[2]);
            long hour = NumberOps.GetInt(items[3]), min = NumberOps.GetInt(items[4]), sec = NumberOps.GetInt(items[5]);
            // normalise the month as C's mktime does; days, hours... overflow into the next unit by arithmetic
            year += FloorDiv(month - 1, 12);
            month = FloorMod(month - 1, 12) + 1;
            long days = DaysFromCivil(year, month, 1) + mday - 1;
            return Value.FromInt(days * 86400 + hour * 3600 + min * 60 + sec);
        }

        private static long FloorDiv(long a, long b)
        {
            long q = a / b;
            if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
            return q;
        }

        private static long FloorMod(long a, long b)
        {
            return a - FloorDiv(a, b) * b;
        }

        // Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
        private static long DaysFromCivil(long y, long m, long d)
        {
            y -= m <= 2 ? 1 : 0;
            long era = FloorDiv(y, 400);
            long yoe = y - era * 400;
            long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
            long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
            return era * 146097 + doe - 719468;
        }

        private static void CivilFromDays(long z, out long y, out long m, out long d)
        {
            z += 719468;
            long era = FloorDiv(z, 146097);
            long doe = z - era * 146097;
            long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
            y = yoe + era * 400;
            long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
            long mp = (5 * doy + 2) / 153;
            d = doy - (153 * mp + 2) / 5 + 1;
            m = mp < 10 ? mp + 3 : mp - 9;
            if (m <= 2) y++;
        }
    }
}
#endif
