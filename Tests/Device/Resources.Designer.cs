namespace NanoMpy.Tests.Device
{
    // The test app's resources, as nanoFramework's resource generator writes them for Resources.resx: only the
    // manager, since the one resource (romfs, the corpus image) is optional and looked up by its computed id
    // (Boards/NanoFramework/ResourceIds).
    internal static class Resources
    {
        private static System.Resources.ResourceManager _manager;

        internal static System.Resources.ResourceManager ResourceManager
        {
            get
            {
                if (_manager == null) _manager = new System.Resources.ResourceManager("NanoMpy.Tests.Device.Resources", typeof(Resources).Assembly);
                return _manager;
            }
        }
    }
}
