using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace Huli.Glossary.Browser.Tests.Support;

/// <summary>An annotated page open in the browser, with the errors it logged.</summary>
public sealed class ReaderPage(IBrowserContext context, IPage page, IReadOnlyList<string> errors) : IAsyncDisposable
{
    private readonly List<string> expectedErrors = new();

    public IPage Page { get; } = page;

    public IReadOnlyList<string> Errors { get; } = errors;

    public ILocator Terms => Page.Locator("a.huli-glossary");

    public ILocator Popover => Page.Locator(".huli-glossary-popover");

    /// <summary>The number of the term that has focus, or null when focus is elsewhere.</summary>
    public Task<int?> FocusedTermAsync() =>
        Page.EvaluateAsync<int?>("() => { const a = document.activeElement; return a && a.matches('a.huli-glossary') ? Number(a.dataset.glossaryNumber) : null; }");

    /// <summary>Errors containing <paramref name="text"/> are what the test expects (a sandbox saying it blocked a script).</summary>
    public void ExpectErrorsContaining(string text) => expectedErrors.Add(text);

    public async ValueTask DisposeAsync()
    {
        Errors.Where(error => !expectedErrors.Exists(expected => error.Contains(expected, StringComparison.Ordinal)))
            .Should().BeEmpty("the page logs no error");
        await context.DisposeAsync();
    }
}
