namespace NanoMpy
{
    // Name lists kept as one space-separated string literal. A literal's text stays in the assembly (flash on a
    // board), where a string[] initializer would put an array and an object per name in RAM at start-up.
    public static class Words
    {
        // Word i of list, or null past the end.
        public static string At(string list, int i)
        {
            int start = 0;
            for (; i > 0; i--)
            {
                start = list.IndexOf(' ', start) + 1;
                if (start == 0) return null;
            }
            int end = list.IndexOf(' ', start);
            return end < 0 ? list.Substring(start) : list.Substring(start, end - start);
        }

        // The index of word in list, or -1. Only char searches and string equality: both are ordinal on .NET
        // and on nanoFramework (a .NET string search would follow the culture).
        public static int IndexOf(string list, string word)
        {
            int start = 0;
            for (int i = 0; ; i++)
            {
                int end = list.IndexOf(' ', start);
                int len = (end < 0 ? list.Length : end) - start;
                if (len == word.Length && list.Substring(start, len) == word) return i;
                if (end < 0) return -1;
                start = end + 1;
            }
        }

        public static int Count(string list)
        {
            int n = 1;
            for (int p = list.IndexOf(' '); p >= 0; p = list.IndexOf(' ', p + 1)) n++;
            return n;
        }
    }
}
