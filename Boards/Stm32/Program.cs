namespace NanoMpy.Boards.Stm32
{
    // nanoMpy for the STM32F769I-DISCO: starts the board runtime (Boards/NanoFramework.BoardApp) with the board's profile
    // (Boards/Profiles/stm32f769i-disco.profile, embedded as the resource Profile) and its internal flash drive.
    public static class Program
    {
        public static void Main()
        {
            // the REPL's UART (COM6, the Arduino header's D0/D1) needs no pin set-up on this board
            string profile = (string)nanoFramework.Runtime.Native.ResourceUtility.GetObject(Resources.ResourceManager, Resources.StringResources.Profile);
#if MP_COMPILER
            NanoMpy.Boards.NanoFramework.BoardApp.Run(profile, "I:", new NanoMpy.Compiler.SourceCompiler());
#else
            NanoMpy.Boards.NanoFramework.BoardApp.Run(profile, "I:", null);
#endif
        }
    }
}
