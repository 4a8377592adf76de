namespace NanoMpy.Compiler
{
    // How deep the parser and the compiler may recurse. mpy-cross parses with its own rule stack and gives up
    // only when its heap runs out (2 MB: MemoryError near 8,100 nested parentheses, 7,600 brackets, 5,600
    // calls, 14,200 nested blocks, 32,000 unary operators); our parser and compiler recurse once per level of
    // the source's nesting. On nanoCLR a managed call's frame comes from the managed heap, so there too depth
    // is bounded by memory; on .NET the thread's stack bounds it, and a host installs HasStack (a probe of the
    // remaining stack) so that input deeper than the thread can take fails as MicroPython's MemoryError
    // instead of a fatal StackOverflow. MaxDepth bounds it where no probe is installed.
    public static class NestingGuard
    {
        public delegate bool StackProbe();

        // Host-installed: true while the current thread has stack enough for another level.
        public static StackProbe HasStack;

        // Levels of nesting allowed (with or without a probe). On nanoCLR each level costs a chain of managed
        // frames from the heap (about 20 calls a parenthesis), so a board sets it for its heap.
        public static int MaxDepth = 40000;

        // Called on entering a level at depth `depth`.
        public static void Check(int depth)
        {
            if (depth > MaxDepth || HasStack != null && !HasStack()) throw TooDeep(depth);
        }

        // MicroPython's error when its parse stack cannot grow (m_malloc_fail); the size is the stack this
        // nesting needs, counted as mpy-cross's parser would (16 rules of 16 bytes a level).
        public static CompileError TooDeep(int depth)
        {
            return new CompileError("MemoryError", "memory allocation failed, allocating " + (depth * 256) + " bytes", 0);
        }
    }
}
