#if MP_EXTRA_MODULES
// (only in builds with MP_EXTRA_MODULES: build/FeatureLevel.props)
namespace NanoMpy
{
    // select (extmod/modselect.c) on a board: poll() objects with register/unregister/modify, poll(timeout)
    // and ipoll(timeout). Streams on fd 0 (sys.stdin and its buffer) are readable when the board's console
    // has received bytes, fds 1 and 2 are always writable; other objects answer their ioctl(MP_STREAM_POLL).
    public static class SelectModule
    {
        public const int PollIn = 1, PollOut = 4, PollErr = 8, PollHup = 16;
        private const int StreamPoll = 3;
        private static readonly int QFileno = Qstr.Intern("fileno");
        private static readonly int QIoctl = Qstr.Intern("ioctl");

        internal static PyModule Make()
        {
            PyDict g = new PyDict();
            int name = Qstr.Intern("select");
            g.SetQ(Q.__name__, Qstr.Obj(name));
            g.SetQ(Qstr.Intern("poll"), new PyBuiltin("poll", NewPoll));
            g.SetQ(Qstr.Intern("POLLIN"), Value.FromInt(PollIn));
            g.SetQ(Qstr.Intern("POLLOUT"), Value.FromInt(PollOut));
            g.SetQ(Qstr.Intern("POLLERR"), Value.FromInt(PollErr));
            g.SetQ(Qstr.Intern("POLLHUP"), Value.FromInt(PollHup));
            PyModule m = new PyModule(name, g);
            m.ReadOnly = true;
            return m;
        }

        private static Value NewPoll()
        {
            return new PyPoll();
        }

        // What of mask obj is ready for now.
        private static int Ready(Value obj, int mask)
        {
            Value fileno = Rt.LoadAttrMaybe(obj, QFileno);
            if (!fileno.IsNull && Rt.LoadAttrMaybe(obj, QIoctl).IsNull)
            {
                long fd = NumberOps.GetInt(Rt.Call0(fileno));
                if (fd == 0)
                {
                    IBoardPort port = BoardPort.Current;
                    return port != null && port.RxAvailable > 0 ? mask & PollIn : 0;
                }
                return mask & PollOut;
            }
            Value ioctl = Rt.LoadAttrMaybe(obj, QIoctl);
            if (ioctl.IsNull) throw Rt.Raise(ExcTypes.OSError, "stream operation not supported");
            return (int)NumberOps.GetInt(Rt.Call2(ioctl, Value.FromInt(StreamPoll), Value.FromInt(mask))) & (mask | PollErr | PollHup);
        }

        private sealed class PyPoll : PyObject
        {
            private static PyType _typeObj;
            public static PyType TypeObj { get { return _typeObj ?? (_typeObj = MakeType()); } }
            private Value[] _objs = Value.NewArray(2);
            private int[] _masks = new int[2];
            private int _count;

            public override PyType Type { get { return TypeObj; } }

            private static PyType MakeType()
            {
                PyType t = new PyType(Qstr.Intern("poll"), PyType.ObjectType);
                t.FillOnFirstUse(FillMethods);
                return t;
            }

            // Methods made on first use of the type (PyType.FillOnFirstUse).
            private static void FillMethods(PyType t)
            {
                t.AddMethod(new PyBuiltin("register", 2, 3, Register));
                t.AddMethod(new PyBuiltin("unregister", Unregister));
                t.AddMethod(new PyBuiltin("modify", Modify));
                t.AddMethod(new PyBuiltin("poll", 1, 2, PollFn));
                t.AddMethod(new PyBuiltin("ipoll", 1, 3, IPollFn));
            }

            private int Find(Value obj)
            {
                for (int i = 0; i < _count; i++)
                {
                    if (_objs[i].Is(obj)) return i;
                }
                return -1;
            }

            private static Value Register(Value[] a, int s, int n)
            {
                PyPoll p = (PyPoll)a[s].Obj;
                int mask = n > 2 ? (int)NumberOps.GetInt(a[s + 2]) : PollIn | PollOut;
                int i = p.Find(a[s + 1]);
                if (i < 0)
                {
                    if (p._count == p._objs.Length)
                    {
                        Value[] o = Value.NewArray(p._count * 2);
                        int[] m = new int[p._count * 2];
                        System.Array.Copy(p._objs, o, p._count);
                        System.Array.Copy(p._masks, m, p._count);
                        p._objs = o;
                        p._masks = m;
                    }
                    i = p._count++;
                    p._objs[i] = a[s + 1];
                }
                p._masks[i] = mask;
                return Value.None;
            }

            private static Value Unregister(Value self, Value obj)
            {
                PyPoll p = (PyPoll)self.Obj;
                int i = p.Find(obj);
                if (i < 0) return Value.None;
                for (int j = i; j < p._count - 1; j++)
                {
                    p._objs[j] = p._objs[j + 1];
                    p._masks[j] = p._masks[j + 1];
                }
                p._count--;
                p._objs[p._count] = Value.Null;
                return Value.None;
            }

            private static Value Modify(Value self, Value obj, Value mask)
            {
                PyPoll p = (PyPoll)self.Obj;
                int i = p.Find(obj);
                if (i < 0) throw Rt.OSError(2); // ENOENT
                p._masks[i] = (int)NumberOps.GetInt(mask);
                return Value.None;
            }

            // Waits up to timeout ms (-1: for ever) for a registered object to be ready; the ready ones.
            private PyList Wait(Value[] a, int s, int n)
            {
                long timeout = n > 1 && !a[s + 1].IsNone ? NumberOps.GetInt(a[s + 1]) : -1;
                IBoard board = Vm.Board;
                long start = board != null ? board.TicksMs() : 0;
                while (true)
                {
                    PyList ready = new PyList(0);
                    for (int i = 0; i < _count; i++)
                    {
                        int r = Ready(_objs[i], _masks[i]);
                        if (r == 0) continue;
                        Value[] t = Value.NewArray(2);
                        t[0] = _objs[i];
                        t[1] = Value.FromInt(r);
                        ready.Append(new PyTuple(t));
                    }
                    if (ready.Count > 0 || timeout == 0 || board == null) return ready;
                    if (timeout > 0 && board.TicksMs() - start >= timeout) return ready;
                    board.Sleep(1);
                }
            }

            private static Value PollFn(Value[] a, int s, int n)
            {
                return ((PyPoll)a[s].Obj).Wait(a, s, n);
            }

            private static Value IPollFn(Value[] a, int s, int n)
            {
                return Rt.GetIter(((PyPoll)a[s].Obj).Wait(a, s, n));
            }

            public override void Print(Printer p, int kind)
            {
                p.Write("<poll>");
            }
        }
    }
}
#endif
