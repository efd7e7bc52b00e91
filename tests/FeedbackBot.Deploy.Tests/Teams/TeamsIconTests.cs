using FeedbackBot.Deploy.Tests.Support;
using StbImageSharp;

namespace FeedbackBot.Deploy.Tests.Teams;

/// <summary>
/// The two icons Teams requires (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package):
/// color.png 192x192, outline.png 32x32 white on a transparent background. Decoded with
/// StbImageSharp, pixel by pixel.
/// </summary>
public sealed class TeamsIconTests
{
    [Fact]
    public void Color_Is192SquareAndOpaque()
    {
        var image = Decode("color.png");

        var alphas = Pixels(image).Select(p => p.A).Distinct();

        Assert.Equal((192, 192), (image.Width, image.Height));
        Assert.Equal([(byte)255], alphas);
        Assert.True(Pixels(image).Select(p => (p.R, p.G, p.B)).Distinct().Count() > 2, "a flat colour is no icon");
    }

    [Fact]
    public void Outline_Is32SquareWhiteOnTransparent()
    {
        var image = Decode("outline.png");

        var pixels = Pixels(image).ToList();

        Assert.Equal((32, 32), (image.Width, image.Height));
        Assert.Equal(ColorComponents.RedGreenBlueAlpha, image.SourceComp);
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.All(new[] { pixels[0], pixels[31], pixels[^32], pixels[^1] }, corner => Assert.Equal(0, corner.A));
        Assert.InRange(pixels.Count(p => p.A == 0), 100, 1000);
        Assert.InRange(pixels.Count(p => p.A == 255), 50, 900);
    }

    [Fact]
    public async Task Icons_CheckedIn_AreWhatTheScriptDraws()
    {
        Tool.Require(await Tool.MissingAsync("node"));
        var folder = Directory.CreateTempSubdirectory("feedbackbot-icons-").FullName;
        try
        {
            var run = await Tool.RunAsync("node", [Repository.PathOf("manifest", "teams", "make-icons.mjs"), folder]);

            Assert.True(run.ExitCode == 0, run.Describe("make-icons.mjs"));
            Assert.Equal(File.ReadAllBytes(Repository.PathOf("manifest", "teams", "color.png")), File.ReadAllBytes(Path.Combine(folder, "color.png")));
            Assert.Equal(File.ReadAllBytes(Repository.PathOf("manifest", "teams", "outline.png")), File.ReadAllBytes(Path.Combine(folder, "outline.png")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ImageResult Decode(string file) =>
        ImageResult.FromMemory(File.ReadAllBytes(Repository.PathOf("manifest", "teams", file)), ColorComponents.RedGreenBlueAlpha);

    private static IEnumerable<(byte R, byte G, byte B, byte A)> Pixels(ImageResult image)
    {
        for (var i = 0; i < image.Data.Length; i += 4)
        {
            yield return (image.Data[i], image.Data[i + 1], image.Data[i + 2], image.Data[i + 3]);
        }
    }
}
