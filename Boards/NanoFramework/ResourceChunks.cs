using System.Resources;
using nanoFramework.Runtime.Native;

namespace NanoMpy.Boards.NanoFramework
{
    // A binary resource of the app read in chunks (ResourceUtility.GetObject with an offset and a length copies
    // just that part out of the deployment area), so an image larger than the free heap can still be read.
    public sealed class ResourceChunks : IChunkSource
    {
        // A resource id as the enum GetObject takes: any short-based enum carries the id; this one has no
        // members because the ids are computed (ResourceIds).
        private enum Id : short
        {
        }

        private readonly ResourceManager _manager;
        private readonly System.Enum _id;

        public ResourceChunks(ResourceManager manager, string name)
        {
            _manager = manager;
            _id = (Id)ResourceIds.Of(name);
        }

        // The resource's bytes at [offset, offset+count), fewer where it ends; throws past its end, or when the
        // app has no such resource.
        public byte[] ReadChunk(int offset, int count)
        {
            return (byte[])ResourceUtility.GetObject(_manager, _id, offset, count);
        }

        // Whether the app has the resource: its first byte can be read.
        public bool Present()
        {
            try
            {
                byte[] b = ReadChunk(0, 1);
                return b != null && b.Length == 1;
            }
            catch (System.Exception)
            {
                return false;
            }
        }
    }
}
