namespace NanoMpy
{
    // Built-ins that walk a container or an iterator (py/modbuiltins.c): len, iter, next, sorted, min, max,
    // sum, all, any.
    public static class IterationBuiltins
    {
#if MP_CORE_BUILTINS
        private static readonly int QDefault = Qstr.Intern("default");
#endif

        public static Value Len(Value v)
        {
            return Rt.UnaryOp(UnaryOpKind.Len, v);
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
#if MP_BUILTINS_EXTRAS
            if (n > 1) return args[start + 1];
#endif
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
#if MP_CORE_BUILTINS

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
                int q = Builtins.KwName(args[start + nPos + 2 * i]);
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
#endif

        public static Value Sum(Value[] args, int start, int n)
        {
            Value acc = n > 1 ? args[start + 1] : Value.Zero;
            Value it;
            PyObject fast = ItemCursor.Start(args[start], out it);
#if MP_OPT_SPEED
            // bytes and bytearray (checksums): their bytes added in place, no Python code runs meanwhile; the sum
            // of a start below 2**62 and fewer than 2**31 bytes stays in the long range
            if (fast != null && acc.Obj == Value.IntTag && acc.Bits < (1L << 62) && acc.Bits > -(1L << 62))
            {
                byte[] data = null;
                int off = 0, len = 0;
                PyBytes b = fast as PyBytes;
                if (b != null)
                {
                    data = b.Data;
                    off = b.Offset;
                    len = b.Length;
                }
#if MP_BYTEARRAY
                PyByteArray ba = fast as PyByteArray;
                if (ba != null)
                {
                    data = ba.Data;
                    len = ba.Count;
                }
#endif
                if (data != null)
                {
                    long a = acc.Bits;
                    for (int i = 0; i < len; i++) a += data[off + i];
                    return Value.FromInt(a);
                }
            }
#endif
            long pos = 0;
            while (true)
            {
                Value x = ItemCursor.Next(fast, ref pos, it);
                if (x.IsNull) return acc;
#if MP_OPT_SPEED
                // small ints (sum(bytearray), sum of counts): the add without Rt.BinaryOp's dispatch, as long as
                // it does not overflow the long range (else the general path makes the big int)
                if (acc.Obj == Value.IntTag && x.Obj == Value.IntTag)
                {
                    long a = acc.Bits, b = x.Bits, r = a + b;
                    if (((a ^ r) & (b ^ r)) >= 0)
                    {
                        acc = Value.FromInt(r);
                        continue;
                    }
                }
#endif
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
    }
}
