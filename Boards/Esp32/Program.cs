namespace NanoMpy.Boards.Esp32
{
    // nanoMpy for ESP32 boards: starts the board runtime (Boards/NanoFramework.BoardApp) with the board's profile
    // (Boards/Profiles/esp32.profile, embedded as the resource Profile), its internal flash drive, and the
    // ROMFS image embedded as the optional resource romfs.
    public static class Program
    {
        public static void Main()
        {
            // the REPL's UART is COM2 on GPIO16 (RX) and GPIO17 (TX): COM1 is the debugger's
            nanoFramework.Hardware.Esp32.Configuration.SetPinFunction(16, nanoFramework.Hardware.Esp32.DeviceFunction.COM2_RX);
            nanoFramework.Hardware.Esp32.Configuration.SetPinFunction(17, nanoFramework.Hardware.Esp32.DeviceFunction.COM2_TX);
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
