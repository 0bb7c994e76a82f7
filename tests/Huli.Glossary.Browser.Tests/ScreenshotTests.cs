using System;
using System.IO;
using System.Threading.Tasks;
using Huli.Glossary.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Huli.Glossary.Browser.Tests;

/// <summary>The README's pictures of a popover (light, dark, a 320 px phone), taken from the page the library writes.</summary>
[Collection(SharedBrowser.Name)]
public class ScreenshotTests(BrowserFixture browser)
{
    private static readonly string Page = Pages.Standalone(Pages.Text);

    [Theory]
    [InlineData("popover-light.png", ColorScheme.Light, 760, false)]
    [InlineData("popover-dark.png", ColorScheme.Dark, 760, false)]
    [InlineData("popover-narrow.png", ColorScheme.Light, 320, true)]
    public async Task A_screenshot_of_an_open_popover_goes_into_docs_images(string name, ColorScheme scheme, int width, bool touch)
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
        var path = Path.Combine(RepositoryRoot(), "docs", "images", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await reader.Page.ScreenshotAsync(new() { Path = path });

        new FileInfo(path).Length.Should().BeGreaterThan(10_000, "a screenshot of a page with text, not an empty image");
    }

    private static string RepositoryRoot()
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
