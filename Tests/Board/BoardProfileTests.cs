using System.IO;
using NanoMpy.Board;
using NanoMpy.Host;
using Xunit;

namespace NanoMpy.Tests.Board
{
    // Boards/Profiles: every profile built into nanompy parses and lays its ROMFS slots inside its flash; a
    // wrong line is named.
    public class BoardProfileTests
    {
        [Theory]
        [InlineData("sim", "nanompy", 2097152)]
        [InlineData("esp32", "esp32", 4194304)]
        [InlineData("stm32f769i-disco", "stm32", 2097152)]
        public void ProfilesParse(string name, string platform, int flash)
        {
            string error;
            BoardProfile p = SimulatedBoard.LoadProfile(name, out error);
            Assert.True(p != null, error);
            Assert.Equal(name, p.Name);
            Assert.Equal(platform, p.Platform);
            Assert.Equal(flash, p.FlashSize);
            Assert.True(p.RomfsSize > 0 && p.RomfsStart + p.RomfsSize <= p.FlashSize);
        }

        // A board app is built at its profile's feature level (BoardApp.Run refuses a mismatch on the board):
        // the FeatureLevel of its .nfproj (build/FeatureLevel.props) is the profile's `level`.
        [Theory]
        [InlineData("Esp32", "esp32")]
        [InlineData("Stm32", "stm32f769i-disco")]
        public void BoardAppsAreBuiltAtTheirProfilesLevel(string app, string profile)
        {
            string error;
            BoardProfile p = SimulatedBoard.LoadProfile(profile, out error);
            Assert.True(p != null, error);
            string proj = File.ReadAllText(Path.Combine(RepoPaths.Root, "Boards", app, app + ".nfproj"));
            var m = System.Text.RegularExpressions.Regex.Match(proj, @"<FeatureLevel Condition=""'\$\(FeatureLevel\)' == ''"">(\w+)</FeatureLevel>");
            Assert.True(m.Success, app + ".nfproj sets no FeatureLevel");
            Assert.Equal(p.Level, m.Groups[1].Value);
            Assert.Contains("Profiles/" + profile + ".profile", proj.Replace('\\', '/') + File.ReadAllText(Path.Combine(RepoPaths.Root, "Boards", app, "Resources.resx")).Replace('\\', '/'));
        }

        [Fact]
        public void BadProfilesSayWhy()
        {
            string error;
            Assert.Null(BoardProfile.Parse("name = x\nheap = lots\n", out error));
            Assert.Equal("line 2: bad heap 'lots'", error);
            Assert.Null(BoardProfile.Parse("name = x\nwhat\n", out error));
            Assert.Equal("line 2: expected key = value", error);
            Assert.Null(BoardProfile.Parse("name = x\nmachine = m\nplatform = p\nuart = u\nheap = 1\nflash.size = 8192\nflash.block = 4096\npartition.romfs = 4096 8192\n", out error));
            Assert.Equal("partition.romfs is not whole blocks inside the flash", error);
            Assert.Null(SimulatedBoard.LoadProfile("nope", out error));
            Assert.StartsWith("no board profile nope", error);
        }
    }
}
