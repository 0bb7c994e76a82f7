using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Huli.Glossary.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Huli.Glossary.Browser.Tests;

/// <summary>
/// The README's pictures of a popover (light, dark, a 320 px phone), taken from the page the library writes. They
/// go into the test output folder; only <c>HULI_GLOSSARY_UPDATE_SCREENSHOTS=1</c> replaces docs/images, so a test
/// run never changes tracked files behind a contributor's back.
/// </summary>
[Collection(SharedBrowser.Name)]
public class ScreenshotTests(BrowserFixture browser)
{
    private static readonly string Page = Pages.Standalone(Pages.Text);

    [Theory]
    [InlineData("popover-light.png", ColorScheme.Light, 760, false)]
    [InlineData("popover-dark.png", ColorScheme.Dark, 760, false)]
    [InlineData("popover-narrow.png", ColorScheme.Light, 320, true)]
    public async Task A_screenshot_of_an_open_popover_is_a_picture_of_the_page(string name, ColorScheme scheme, int width, bool touch)
    {
        await using var reader = await browser.OpenAsync(Page, new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ReducedMotion = ReducedMotion.Reduce,
            ViewportSize = new() { Width = width, Height = touch ? 640 : 520 },
            HasTouch = touch,
            IsMobile = touch,
            DeviceScaleFactor = touch ? 2 : 1,
        });
        var term = reader.Page.Locator("a.huli-glossary[data-glossary-number=\"5\"]").First;

        if (touch)
        {
            await term.TapAsync();
        }
        else
        {
            await term.HoverAsync();
        }

        await Assertions.Expect(reader.Popover).ToBeVisibleAsync();
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await reader.Page.ScreenshotAsync(new() { Path = path });

        var png = File.ReadAllBytes(path);
        png.Length.Should().BeGreaterThan(10_000, "a screenshot of a page with text, not an empty image");
        png.Take(8).Should().Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, "Playwright writes PNG");
        var scale = touch ? 2 : 1;
        (BigEndian(png, 16), BigEndian(png, 20)).Should().Be((width * scale, (touch ? 640 : 520) * scale), "the viewport at the device's scale");

        if (Environment.GetEnvironmentVariable("HULI_GLOSSARY_UPDATE_SCREENSHOTS") == "1")
        {
            File.Copy(path, Path.Combine(RepositoryRoot(), "docs", "images", name), overwrite: true);
        }
    }

    /// <summary>A PNG's IHDR chunk holds the width and the height as big-endian 32-bit numbers.</summary>
    private static int BigEndian(byte[] bytes, int at) =>
        (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Huli.Glossary.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Huli.Glossary.sln above {AppContext.BaseDirectory}: the screenshots need the repository.");
    }
}
