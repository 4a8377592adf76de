namespace NanoMpy.Boards.Stm32
{
    // nanoMpy for the STM32F769I-DISCO: starts the board runtime (Boards/NanoFramework.BoardApp) with the board's profile
    // (Boards/Profiles/stm32f769i-disco.profile, embedded as the resource Profile), its internal flash drive, and
    // the ROMFS image embedded as the optional resource romfs.
    public static class Program
    {
        public static void Main()
        {
            // the REPL's UART (COM6, the Arduino header's D0/D1) needs no pin set-up on this board
            string profile = (string)nanoFramework.Runtime.Native.ResourceUtility.GetObject(Resources.ResourceManager, Resources.StringResources.Profile);
            // /rom: the app's binary resource "romfs" when Resources.resx lists one (README, "Flash a board"),
            // else the image file I:\romfs.img that mpremote romfs deploy writes
            NanoMpy.Boards.NanoFramework.ResourceChunks image = new NanoMpy.Boards.NanoFramework.ResourceChunks(Resources.ResourceManager, NanoMpy.Boards.NanoFramework.BoardFlash.ResourceName);
            #if MP_COMPILER
            NanoMpy.Boards.NanoFramework.BoardApp.Run(profile, "I:", image.Present() ? image : null, new NanoMpy.Compiler.SourceCompiler());
#else
            NanoMpy.Boards.NanoFramework.BoardApp.Run(profile, "I:", image.Present() ? image : null, null);
#endif
        }
    }
}
