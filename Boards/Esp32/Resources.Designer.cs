namespace NanoMpy.Boards.Esp32
{
    // The app's resources, as nanoFramework's resource generator writes them for Resources.resx: the board
    // profile, a text file linked from Boards/Profiles.
    internal static class Resources
    {
        private static System.Resources.ResourceManager _manager;

        internal static System.Resources.ResourceManager ResourceManager
        {
            get
            {
                if (_manager == null) _manager = new System.Resources.ResourceManager("NanoMpy.Boards.Esp32.Resources", typeof(Resources).Assembly);
                return _manager;
            }
        }

        internal enum StringResources : short
        {
            Profile = 1,
        }
    }
}
