using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace NanoMpy.MemReport
{
    // nanoCLR's managed heap, as a model for measuring on the host what the VM would hold on a board (no test
    // here can run nanoCLR). docs/DEVICE-MEMORY.md gives the sources in nf-interpreter; in short, the heap is
    // made of 12-byte CLR_RT_HeapBlocks:
    //   - an object: a 12-byte header block plus one 12-byte block per instance field, whatever its type;
    //   - a struct anywhere (field, array element, static, boxed): an object of its own, as above, plus the
    //     12-byte block that refers to it;
    //   - an array: a 20-byte CLR_RT_HeapBlock_Array header, then the elements at their size (12 for a
    //     reference or a struct, 1/2/4/8 for primitives), rounded up to whole blocks;
    //   - a string made at run time: a 12-byte header, its UTF-8 bytes and a terminating 0, rounded up; a
    //     literal (ldstr) is a 12-byte header whose text stays in the assembly, in flash;
    //   - a delegate: 36 bytes (CLR_RT_HeapBlock_Delegate), plus its target object;
    //   - a static field: one 12-byte block in its assembly's static area, plus what it refers to.
    // Literal strings are told apart from made ones by .NET's intern pool, which holds every literal.
    public sealed class NanoClrModel
    {
        public const int Block = 12;
        public const int ArrayHeader = 20;
        public const int DelegateBytes = 36;

        private readonly HashSet<object> _seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        private readonly Stack<object> _todo = new Stack<object>();
        private static readonly Dictionary<Type, FieldInfo[]> FieldCache = new Dictionary<Type, FieldInfo[]>();

        public long Bytes { get; private set; }
        public long Objects { get; private set; }
        // Bytes by type name, for the report.
        public readonly Dictionary<string, long> ByType = new Dictionary<string, long>();
        // Objects by type name.
        public readonly Dictionary<string, long> CountByType = new Dictionary<string, long>();
        // Bytes first reached from each static field, in the order AddStatics visits them.
        public readonly Dictionary<string, long> ByRoot = new Dictionary<string, long>();

        public static long RoundUp(long n)
        {
            return (n + Block - 1) / Block * Block;
        }

        public static FieldInfo[] InstanceFields(Type t)
        {
            FieldInfo[] f;
            if (FieldCache.TryGetValue(t, out f)) return f;
            var list = new List<FieldInfo>();
            for (Type c = t; c != null && c != typeof(object) && c != typeof(ValueType); c = c.BaseType)
            {
                if (c == typeof(Exception)) break; // nanoCLR's System.Exception: message and stack, 2 fields

                foreach (FieldInfo fi in c.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    list.Add(fi);
                }
            }
            f = list.ToArray();
            FieldCache[t] = f;
            return f;
        }

        // The size of one element of an array of t.
        public static int ElementBytes(Type t)
        {
            if (!t.IsValueType) return Block;
            if (t.IsEnum) t = Enum.GetUnderlyingType(t);
            if (t == typeof(bool) || t == typeof(byte) || t == typeof(sbyte)) return 1;
            if (t == typeof(char) || t == typeof(short) || t == typeof(ushort)) return 2;
            if (t == typeof(int) || t == typeof(uint) || t == typeof(float)) return 4;
            if (t == typeof(long) || t == typeof(ulong) || t == typeof(double)) return 8;
            return Block; // a struct: a reference block, plus the struct's own object
        }

        private static bool Ours(Type t)
        {
            for (Type c = t; c != null; c = c.BaseType)
            {
                if (c.Assembly.GetName().Name.StartsWith("NanoMpy", StringComparison.Ordinal)) return true;
            }
            return false;
        }

        private static bool IsUserStruct(Type t)
        {
            return t.IsValueType && !t.IsPrimitive && !t.IsEnum;
        }

        // The model size of one object itself (not what it refers to).
        public static long SizeOf(object o)
        {
            Type t = o.GetType();
            string s = o as string;
            if (s != null)
            {
                if (string.IsInterned(s) != null) return Block;
                return RoundUp(Block + System.Text.Encoding.UTF8.GetByteCount(s) + 1);
            }
            if (o is Delegate) return DelegateBytes;
            if (o is MemberInfo) return Block; // reflection handles: none on a board's heap of our own making
            Array a = o as Array;
            if (a != null)
            {
                return RoundUp(ArrayHeader + (long)a.Length * ElementBytes(t.GetElementType()));
            }
            return Block * (1 + InstanceFields(t).Length);
        }

        private void Count(object o, long bytes)
        {
            Bytes += bytes;
            Objects++;
            string name = o.GetType().Name;
            long prev;
            ByType.TryGetValue(name, out prev);
            ByType[name] = prev + bytes;
            CountByType.TryGetValue(name, out prev);
            CountByType[name] = prev + 1;
        }

        // Adds o and everything it reaches that was not counted yet.
        public void Add(object root)
        {
            Push(root);
            Drain();
        }

        private void Drain()
        {
            while (_todo.Count > 0)
            {
                object o = _todo.Pop();
                Type t = o.GetType();
                if (o is string || o is MemberInfo) continue;
                Delegate d = o as Delegate;
                if (d != null)
                {
                    if (d.Target != null) Push(d.Target);
                    continue;
                }
                Array a = o as Array;
                if (a != null)
                {
                    Type et = t.GetElementType();
                    if (et.IsPrimitive || et.IsEnum) continue;
                    foreach (object e in a) Reach(e, et);
                    continue;
                }
                // a base-library object (an exception's .NET stack trace, say) is counted but not walked: its
                // insides are the host's, not what nanoCLR's own classes would hold
                if (!Ours(t)) continue;
                foreach (FieldInfo fi in InstanceFields(t))
                {
                    if (fi.FieldType.IsPrimitive || fi.FieldType.IsEnum) continue;
                    Reach(fi.GetValue(o), fi.FieldType);
                }
            }
        }

        // A value held in a field or element of the declared type: a struct is an object of its own each time.
        private void Reach(object v, Type declared)
        {
            if (v == null) return;
            if (IsUserStruct(declared))
            {
                Count(v, Block * (1 + InstanceFields(declared).Length));
                foreach (FieldInfo fi in InstanceFields(declared))
                {
                    if (fi.FieldType.IsPrimitive || fi.FieldType.IsEnum) continue;
                    Reach(fi.GetValue(v), fi.FieldType);
                }
                return;
            }
            Push(v);
        }

        private void Push(object o)
        {
            if (o == null || !_seen.Add(o)) return;
            Count(o, SizeOf(o));
            _todo.Push(o);
        }

        // Marks o and what it reaches as already counted (shared state that a measurement must leave out).
        public void Exclude(object root)
        {
            long b = Bytes, n = Objects;
            var byType = new Dictionary<string, long>(ByType);
            var countByType = new Dictionary<string, long>(CountByType);
            Add(root);
            Bytes = b;
            Objects = n;
            ByType.Clear();
            foreach (var kv in byType) ByType[kv.Key] = kv.Value;
            CountByType.Clear();
            foreach (var kv in countByType) CountByType[kv.Key] = kv.Value;
        }

        // Every static field of the assemblies' types, after running their static constructors (nanoCLR runs
        // them all at start-up): 12 bytes a field in the static area, plus what they reach.
        public void AddStatics(params Assembly[] assemblies)
        {
            foreach (Assembly asm in assemblies)
            {
                foreach (Type t in asm.GetTypes())
                {
                    if (t.IsGenericTypeDefinition) continue;
                    RuntimeHelpers.RunClassConstructor(t.TypeHandle);
                }
            }
            foreach (Assembly asm in assemblies)
            {
                foreach (Type t in asm.GetTypes())
                {
                    if (t.IsGenericTypeDefinition) continue;
                    foreach (FieldInfo fi in t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    {
                        if (fi.IsLiteral) continue; // const: no storage
                        long before = Bytes;
                        Bytes += Block;
                        if (!fi.FieldType.IsPrimitive && !fi.FieldType.IsEnum)
                        {
                            Reach(fi.GetValue(null), fi.FieldType);
                            Drain();
                        }
                        ByRoot[t.Name + "." + fi.Name] = Bytes - before;
                    }
                }
            }
        }
    }
}
