using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace Huli.Glossary.Browser.Tests.Support;

/// <summary>
/// One Chromium for every test of the collection. Debian's build at /usr/bin/chromium (HULI_GLOSSARY_CHROMIUM
/// overrides the path); Playwright's own download cannot be reached, so it is never asked for.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DefaultExecutable = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not been started.");

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("HULI_GLOSSARY_CHROMIUM") is { Length: > 0 } path ? path : DefaultExecutable;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {executable}, and there is none. Install it with " +
                "'apt-get update && apt-get install -y chromium' (.ci/run does), or set HULI_GLOSSARY_CHROMIUM to another Chromium.");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    /// <summary>Opens <paramref name="html"/> in a new context and page, recording every console error and uncaught exception.</summary>
    public async Task<ReaderPage> OpenAsync(string html, BrowserNewContextOptions? options = null)
    {
        var reader = await NewPageAsync(options);
        await reader.Page.SetContentAsync(html);
        return reader;
    }

    /// <summary>
    /// A new context and an empty page recording every console error and uncaught exception, for a test that prepares
    /// the page (exposes functions, adds init scripts) before it navigates.
    /// </summary>
    public async Task<ReaderPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new() { Width = 900, Height = 700 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text + " at " + message.Location);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return new ReaderPage(context, page, errors);
    }
}

/// <summary>The fixture's one browser for every test class that names this collection.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
