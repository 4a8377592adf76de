using Xunit;

// The VM keeps MicroPython-style global state (qstr pool, sys.modules, console hooks), so test classes
// that run programs must not run at the same time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
