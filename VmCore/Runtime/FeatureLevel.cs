namespace NanoMpy
{
    // The feature level this assembly was built at (-p:FeatureLevel, build/FeatureLevel.props): minimal,
    // standard or full. A board app checks its profile's `level` line against it.
    public static class FeatureLevel
    {
#if MP_LEVEL_MINIMAL
        public const string Name = "minimal";
#elif MP_LEVEL_FULL
        public const string Name = "full";
#else
        public const string Name = "standard";
#endif
    }
}
