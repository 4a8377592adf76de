namespace NanoMpy
{
    // Built-ins contributed by the container work (py/modbuiltins.c): the container and iterator types and
    // print, len, repr, iter, next, sorted, min, max, sum, all, any, hash, id, dir.
    public static class ContainerBuiltins
    {
        private static readonly int QDefault = Qstr.Intern("default");
        private static readonly int QFile = Qstr.Intern("file");
        private static readonly byte[] Space = new byte[] { (byte)' ' };
        private static readonly byte[] Newline = new byte[] { (byte)'\n' };
        private static Printer _stdoutPrinter;
        private static IByteSink _stdoutSink;

        // The names Make answers, in the order the builtins namespace lists them.
        internal const string Names = "dict list tuple set frozenset range slice enumerate zip map filter reversed "
            + "Ellipsis bool print len repr iter next sorted min max sum all any hash id dir";

        // The builtin called name, made now (Builtins keeps it), or Null when it is not one of these.
        internal static Value Make(string name)
        {
            switch (name)
            {
                case "dict": return PyDict.TypeObj;
                case "list": return PyList.TypeObj;
                case "tuple": return PyTuple.TypeObj;
                case "set": return PySet.TypeObj;
                case "frozenset": return PySet.FrozenSetType;
                case "range": return PyRange.TypeObj;
                case "slice": return PySlice.TypeObj;
                case "enumerate": return PyEnumerate.TypeObj;
                case "zip": return PyZip.TypeObj;
                case "map": return PyMap.TypeObj;
                case "filter": return PyFilter.TypeObj;
                case "reversed": return PyReversed.TypeObj;
                case "Ellipsis": return Value.Ellipsis;
                case "bool": return PyBool.TypeObj;
                case "print": return new PyBuiltin("print", Print);
                case "len": return new PyBuiltin("len", Len);
                case "repr": return new PyBuiltin("repr", Repr);
                case "iter": return new PyBuiltin("iter", Iter);
                case "next": return new PyBuiltin("next", 1, 2, Next);
                case "sorted": return new PyBuiltin("sorted", Sorted);
                case "min": return new PyBuiltin("min", Min);
                case "max": return new PyBuiltin("max", Max);
                case "sum": return new PyBuiltin("sum", 1, 2, Sum);
                case "all": return new PyBuiltin("all", All);
                case "any": return new PyBuiltin("any", Any);
                case "hash": return new PyBuiltin("hash", Hash);
                case "id": return new PyBuiltin("id", Id);
                case "dir": return new PyBuiltin("dir", 0, 1, Dir);
                default: return Value.Null;
            }
        }

        // print(*objects, sep=' ', end='\n', file=sys.stdout)
        // A stream written in Python (an io.IOBase subclass): each piece goes to its write() as a bytearray, as
        // MicroPython's stream protocol calls it.
        private static Value PrintToPython(Value[] args, int start, int nPos, Value file, byte[] sepData, int sepOff,
            int sepLen, byte[] endData, int endOff, int endLen)
        {
            Value write = Rt.LoadAttr(file, Q.write);
            for (int i = 0; i < nPos; i++)
            {
                if (i > 0) WritePiece(write, sepData, sepOff, sepLen);
                Printer p = new Printer();
                Rt.Print(p, args[start + i], PrintKind.Str);
                WritePiece(write, p.Buffer, 0, p.Length);
            }
            WritePiece(write, endData, endOff, endLen);
            return Value.None;
        }

        private static void WritePiece(Value write, byte[] d, int off, int len)
        {
            if (len == 0) return;
            byte[] b = new byte[len];
            System.Array.Copy(d, off, b, 0, len);
            Rt.Call1(write, new PyByteArray(b, len));
        }

        // A user subclass of a native stream (io.StringIO...).
        private static PyObject SelfStream(Value v)
        {
            PyInstance inst = v.Obj as PyInstance;
            return inst == null ? null : inst.NativeBase as PyIOStream;
        }

        public static Value Print(Value[] args, int start, int nPos, int nKw)
        {
            Value sep = Value.Null, end = Value.Null, file = Value.Null;
            for (int i = 0; i < nKw; i++)
            {
                int q = KwName(args[start + nPos + 2 * i]);
                Value v = args[start + nPos + 2 * i + 1];
                if (q == Q.sep) sep = v;
                else if (q == Q.end) end = v;
                else if (q == QFile) file = v;
                else throw Rt.TypeError("extra keyword arguments given");
            }
            byte[] sepData = Space, endData = Newline;
            int sepOff = 0, sepLen = 1, endOff = 0, endLen = 1;
            if (!sep.IsNull) StrData(sep, out sepData, out sepOff, out sepLen);
            if (!end.IsNull) StrData(end, out endData, out endOff, out endLen);
            Value write = Value.Null;
            if (!file.IsNull && Rt.TypeOf(file).IsUser && Rt.TypeOf(file).IsSubclassOf(IoModule.IOBaseType))
            {
                return PrintToPython(args, start, nPos, file, sepData, sepOff, sepLen, endData, endOff, endLen);
            }
            if (!file.IsNull)
            {
                if (Rt.TypeOf(file).IsUser && SelfStream(file) == null) throw Rt.Raise(ExcTypes.OSError, "stream operation not supported");
                write = Rt.LoadAttrMaybe(file, Q.write);
                if (write.IsNull) throw Rt.Raise(ExcTypes.OSError, "stream operation not supported");
            }
            // The console printer is reused; a print nested in a __str__/__repr__ gets its own.
            Printer p;
            if (write.IsNull)
            {
                p = _stdoutPrinter != null && _stdoutSink == Rt.Stdout ? _stdoutPrinter : new Printer(Rt.Stdout);
                _stdoutPrinter = null;
            }
            else
            {
                p = new Printer();
            }
            try
            {
                for (int i = 0; i < nPos; i++)
                {
                    if (i > 0) p.WriteBytes(sepData, sepOff, sepLen);
                    Value v = args[start + i];
                    // User __str__ may print: write what precedes it first, as MicroPython does.
                    if (write.IsNull && v.Obj is PyInstance) p.Flush();
                    Rt.Print(p, v, PrintKind.Str);
                }
                p.WriteBytes(endData, endOff, endLen);
                if (!write.IsNull) Rt.Call1(write, new PyStr(p.ToArray(), 0, p.Length));
            }
            finally
            {
                if (write.IsNull)
                {
                    // Also on an exception: MicroPython has written the parts before it.
                    p.Flush();
                    p.Clear();
                    _stdoutPrinter = p;
                    _stdoutSink = Rt.Stdout;
                }
            }
            return Value.None;
        }

        private static int KwName(Value name)
        {
            PyStr s = name.Obj as PyStr;
            return s == null ? 0 : s.Intern();
        }

        // mp_obj_str_get_data: str or bytes.
        private static void StrData(Value v, out byte[] data, out int off, out int len)
        {
            if (v.Obj is PyStr || v.Obj is PyBytes)
            {
                SeqArgs.GetData(v, out data, out off, out len);
                return;
            }
            throw Rt.TypeError("can't convert '" + Rt.TypeNameOf(v) + "' object to str implicitly");
        }

        public static Value Len(Value v)
        {
            return Rt.UnaryOp(UnaryOpKind.Len, v);
        }

        public static Value Repr(Value v)
        {
            return Rt.Repr(v);
        }

        public static Value Iter(Value v)
        {
            return Rt.GetIter(v);
        }

        public static Value Next(Value[] args, int start, int n)
        {
            Value it = args[start];
            if (it.IsObj && !(it.Obj is PyInstance))
            {
                Value self = it.Obj.GetIter();
                if (!self.Is(it)) throw Rt.TypeError("'" + Rt.TypeNameOf(it) + "' object isn't an iterator");
            }
            Vm.StopIterationArg = Value.Null;
            Value r = Rt.IterNext(it);
            if (!r.IsNull) return r;
            if (n > 1) return args[start + 1];
            // a generator's return value travels in StopIteration (mp_raise_StopIteration)
            Value stopArg = Vm.StopIterationArg;
            Vm.StopIterationArg = Value.Null;
            if (!stopArg.IsNull) throw Rt.RaiseWith(ExcTypes.StopIteration, stopArg);
            throw Rt.StopIteration();
        }

        public static Value Sorted(Value[] args, int start, int nPos, int nKw)
        {
            if (nPos > 1) throw Rt.TypeError("must use keyword argument for key function");
            if (nPos < 1) throw Rt.ArgCountError(1, 1, nPos);
            PyList l = PyList.FromIterable(args[start]);
            Value key;
            bool reverse;
            PyList.ParseSortArgs(args, start + nPos, nKw, out key, out reverse);
            l.Sort(key, reverse);
            return l;
        }

        public static Value Min(Value[] args, int start, int nPos, int nKw)
        {
            return MinMax(args, start, nPos, nKw, BinaryOpKind.Less);
        }

        public static Value Max(Value[] args, int start, int nPos, int nKw)
        {
            return MinMax(args, start, nPos, nKw, BinaryOpKind.More);
        }

        private static Value MinMax(Value[] args, int start, int nPos, int nKw, int op)
        {
            if (nPos < 1) throw Rt.ArgCountError(1, int.MaxValue, nPos);
            Value key = Value.Null, dflt = Value.Null;
            for (int i = 0; i < nKw; i++)
            {
                int q = KwName(args[start + nPos + 2 * i]);
                if (q == Q.key) key = args[start + nPos + 2 * i + 1];
                else if (q == QDefault) dflt = args[start + nPos + 2 * i + 1];
            }
            Value bestKey = Value.Null, best = Value.Null;
            if (nPos == 1)
            {
                Value it;
                PyObject fast = ItemCursor.Start(args[start], out it);
                long pos = 0;
                while (true)
                {
                    Value x = ItemCursor.Next(fast, ref pos, it);
                    if (x.IsNull) break;
                    Value k = key.IsNull ? x : Rt.Call1(key, x);
                    if (best.IsNull || Rt.BinaryOp(op, k, bestKey).Obj == PyBool.TrueObj)
                    {
                        bestKey = k;
                        best = x;
                    }
                }
                if (best.IsNull)
                {
                    if (dflt.IsNull) throw Rt.ValueError("arg is an empty sequence");
                    best = dflt;
                }
                return best;
            }
            for (int i = 0; i < nPos; i++)
            {
                Value x = args[start + i];
                Value k = key.IsNull ? x : Rt.Call1(key, x);
                if (best.IsNull || Rt.BinaryOp(op, k, bestKey).Obj == PyBool.TrueObj)
                {
                    bestKey = k;
                    best = x;
                }
            }
            return best;
        }

        public static Value Sum(Value[] args, int start, int n)
        {
            Value acc = n > 1 ? args[start + 1] : Value.Zero;
            Value it;
            PyObject fast = ItemCursor.Start(args[start], out it);
            long pos = 0;
            while (true)
            {
                Value x = ItemCursor.Next(fast, ref pos, it);
                if (x.IsNull) return acc;
                acc = Rt.BinaryOp(BinaryOpKind.Add, acc, x);
            }
        }

        public static Value All(Value v)
        {
            Value it;
            PyObject fast = ItemCursor.Start(v, out it);
            long pos = 0;
            while (true)
            {
                Value x = ItemCursor.Next(fast, ref pos, it);
                if (x.IsNull) return Value.True;
                if (!Rt.IsTrue(x)) return Value.False;
            }
        }

        public static Value Any(Value v)
        {
            Value it;
            PyObject fast = ItemCursor.Start(v, out it);
            long pos = 0;
            while (true)
            {
                Value x = ItemCursor.Next(fast, ref pos, it);
                if (x.IsNull) return Value.False;
                if (Rt.IsTrue(x)) return Value.True;
            }
        }

        public static Value Hash(Value v)
        {
            return Rt.UnaryOp(UnaryOpKind.Hash, v);
        }

        // A small int's id is its tagged word, as in MicroPython; other ids are identity hashes.
        public static Value Id(Value v)
        {
            if (v.IsSmallInt) return Value.FromInt((v.Bits << 1) | 1);
            if (v.IsObj) return Value.FromInt(Rt.IdentityHash(v.Obj) & 0x7FFFFFFF);
            return Value.FromInt(v.Bits & long.MaxValue);
        }

        private static bool DefinedBelowObject(PyType t, int q)
        {
            if (t == PyType.ObjectType) return false;
            if (!t.Locals.GetQ(q).IsNull) return true;
            for (int i = 0; i < t.Bases.Length; i++)
            {
                if (DefinedBelowObject(t.Bases[i], q)) return true;
            }
            return false;
        }

        // dir(obj): every qstr that loads as an attribute, in qstr order (mp_builtin_dir). dir() without an
        // argument needs the current frame's locals, which the VM provides by replacing this built-in.
        public static Value Dir(Value[] args, int start, int n)
        {
            PyList r = new PyList(16);
            if (n == 0)
            {
                // the names of the local namespace, in its order
                PyDict d = Vm.Locals ?? Vm.Globals;
                if (d == null) return r;
                Value k, v;
                for (int pos = d.Next(0, out k, out v); pos >= 0; pos = d.Next(pos, out k, out v)) r.Append(k);
                return r;
            }
            Value obj = args[start];
            if (obj.Obj is PyInstance)
            {
                // an instance's __dir__ answers for it (not a class's)
                Value dm = Rt.LoadAttrMaybe(obj, Qstr.Intern("__dir__"));
                if (!dm.IsNull) return Rt.Call0(dm);
            }
            PyType t = Rt.TypeOf(obj);
            int count = Qstr.Count;
            for (int q = Q.empty + 1; q < count; q++)
            {
                // MicroPython's built-in types don't inherit object's methods (only __class__ is generic).
                if (!t.IsUser && !(obj.Obj is PyType) && !PyType.ObjectType.Locals.GetQ(q).IsNull && !DefinedBelowObject(t, q)) continue;
                Value a;
                try
                {
                    a = Rt.LoadAttrMaybe(obj, q);
                }
                catch (PyException)
                {
                    continue;
                }
                if (!a.IsNull) r.Append(Qstr.Obj(q));
            }
            return r;
        }
    }
}
