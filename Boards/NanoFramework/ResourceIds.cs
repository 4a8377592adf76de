namespace NanoMpy.Boards.NanoFramework
{
    // The id nanoFramework gives an app resource: its build (the MetadataProcessor, nanoResourcesTable) stores
    // each resource of a .resx under a 16-bit hash of its name, and the generated Resources enum's values are
    // those ids. Computing it lets an app look for a resource its .resx may not list (the optional "romfs"
    // image) without a generated enum member to name it: absent, the lookup throws ArgumentException.
    public static class ResourceIds
    {
        // Two interleaved djb2-style hashes (even and odd characters), mixed and folded to 16 bits.
        public static short Of(string name)
        {
            int even = (5381 << 16) + 5381;
            int odd = even;
            for (int i = 0; i < name.Length; i++)
            {
                if ((i & 1) == 0) even = unchecked((even << 5) + even) ^ name[i];
                else odd = unchecked((odd << 5) + odd) ^ name[i];
            }
            int hash = unchecked(even + odd * 1566083941);
            return (short)((short)(hash >> 16) ^ (short)hash);
        }
    }
}
