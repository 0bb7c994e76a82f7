using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Deque.AxeCore.Playwright;
using Huli.Glossary.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Huli.Glossary.Browser.Tests;

/// <summary>The reader page of "huli-glossary serve" in Chromium: pasting, reading with popovers, searching, and pasted HTML kept harmless.</summary>
[Collection(SharedBrowser.Name)]
public class ReaderPageTests(BrowserFixture browser, ReaderServer server) : IClassFixture<ReaderServer>
{
    /// <summary>
    /// Every way a pasted document has tried to run script in the page: a script element, handler attributes that fire
    /// on their own (onerror, onload, ontoggle, onfocus with autofocus, SVG animation), a javascript: link, frame and
    /// object, a form action, a base element, a meta refresh, CSS, and a mutation-XSS shape that sanitizers serializing
    /// HTML once got wrong. Each calls pwned(name) if it runs. A term (六统一) is there so the document is annotated.
    /// </summary>
    private const string Payload = """
        <p>推行散租统管“六统一”模式。</p>
        <script>pwned('script')</script>
        <img src="data:image/png;base64,AAAA" onerror="pwned('img onerror')">
        <svg onload="pwned('svg onload')"><animate onbegin="pwned('svg animate')" attributeName="x" dur="1s"></animate></svg>
        <details open ontoggle="pwned('details ontoggle')"><summary>详情</summary></details>
        <input autofocus onfocus="pwned('autofocus')">
        <a id="javascript-link" href="javascript:pwned('javascript link')">链接</a>
        <iframe srcdoc="<script>parent.pwned('iframe srcdoc')</script>"></iframe>
        <object data="javascript:pwned('object')"></object>
        <form action="javascript:pwned('form')"><button id="form-button">提交</button></form>
        <math><mtext><table><mglyph><style><img src=x onerror="pwned('mxss')"></style></mglyph></table></mtext></math>
        <base href="javascript:pwned('base')//">
        <meta http-equiv="refresh" content="0;url=javascript:pwned('refresh')">
        <p id="reader-query" class="huli-glossary-popover" style="color: red">冒充页面自己的元素</p>
        """;

    [Fact]
    public async Task Pasted_text_comes_back_annotated_and_the_keyboard_alone_opens_a_popover()
    {
        await using var reader = await OpenAsync();

        await reader.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(reader.Page.Locator("#reader-input")).ToBeFocusedAsync();
        await reader.Page.Keyboard.InsertTextAsync(Pages.Text);
        await TabToAsync(reader, "#reader-annotate button");
        await reader.Page.Keyboard.PressAsync("Enter");

        var terms = reader.Page.Locator("#reader-output-body a.huli-glossary");
        await Assertions.Expect(terms.First).ToBeVisibleAsync();
        var numbers = await terms.EvaluateAllAsync<int[]>("terms => terms.map(t => Number(t.dataset.glossaryNumber))");
        numbers.Should().Contain(Pages.Entries);
        await Assertions.Expect(reader.Page.Locator("#reader-annotate-status")).ToHaveTextAsync($"找到 {numbers.Length} 处名词。");

        var first = await TabToAsync(reader, "#reader-output-body a.huli-glossary");
        await Assertions.Expect(reader.Popover).ToBeVisibleAsync();
        await Assertions.Expect(reader.Popover).ToContainTextAsync(Pages.Definition(first));
        await reader.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(reader.Popover).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Text_that_looks_like_html_pasted_as_text_is_shown_as_the_characters_typed()
    {
        await using var reader = await OpenAsync();
        await reader.Page.Locator("#reader-input").FillAsync("<b>推行“六统一”模式</b>");

        await reader.Page.GetByLabel("纯文本").CheckAsync();
        await reader.Page.Locator("#reader-annotate button").ClickAsync();

        await Assertions.Expect(reader.Page.Locator("#reader-output-body a.huli-glossary")).ToHaveTextAsync("六统一");
        await Assertions.Expect(reader.Page.Locator("#reader-output-body")).ToContainTextAsync("<b>推行“六统一”模式</b>");
        await Assertions.Expect(reader.Page.Locator("#reader-output-body b")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("lianggaizao")]
    [InlineData("lgzsts")]
    public async Task Searching_as_you_type_finds_两改造三提升_by_pinyin(string typed)
    {
        await using var reader = await OpenAsync();
        var entries = reader.Page.Locator("#reader-entries > li");
        await Assertions.Expect(entries).ToHaveCountAsync(Glossary.Default.Entries.Count);

        await reader.Page.Locator("#reader-query").FocusAsync();
        await reader.Page.Keyboard.TypeAsync(typed, new() { Delay = 40 });

        await Assertions.Expect(entries.First.Locator("h3")).ToHaveTextAsync("5 两改造三提升");
        await Assertions.Expect(entries.First).ToContainTextAsync(Pages.Definition(5));
        (await entries.CountAsync()).Should().BeLessThan(Glossary.Default.Entries.Count);
        await Assertions.Expect(reader.Page.Locator("#reader-search-status")).ToHaveTextAsync($"找到 {await entries.CountAsync()} 条名词。");

        await reader.Page.Locator("#reader-query").FillAsync("");
        await Assertions.Expect(entries).ToHaveCountAsync(Glossary.Default.Entries.Count);
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_so()
    {
        await using var reader = await OpenAsync();
        await Assertions.Expect(reader.Page.Locator("#reader-entries > li")).ToHaveCountAsync(Glossary.Default.Entries.Count);

        await reader.Page.Locator("#reader-query").FillAsync("天气预报");

        await Assertions.Expect(reader.Page.Locator("#reader-search-status")).ToHaveTextAsync("没有找到“天气预报”。");
        await Assertions.Expect(reader.Page.Locator("#reader-entries > li")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_violation_before_and_after_annotating_with_a_popover_open(ColorScheme scheme)
    {
        await using var reader = await OpenAsync(new BrowserNewContextOptions { ColorScheme = scheme, ViewportSize = new() { Width = 900, Height = 700 } });
        await Assertions.Expect(reader.Page.Locator("#reader-entries > li")).ToHaveCountAsync(Glossary.Default.Entries.Count);
        var empty = await reader.Page.RunAxe();

        await AnnotateAsync(reader, Pages.Text);
        await reader.Page.Locator("#reader-output-body a.huli-glossary").Nth(1).FocusAsync();
        await Assertions.Expect(reader.Popover).ToBeVisibleAsync();
        var annotated = await reader.Page.RunAxe();

        Describe(empty.Violations).Should().BeEmpty();
        Describe(annotated.Violations).Should().BeEmpty();
        annotated.Passes.Should().Contain(rule => rule.Id == "color-contrast", "axe really checked the page");
        annotated.Passes.Should().Contain(rule => rule.Id == "label", "axe checked the form's labels");
    }

    [Fact]
    public async Task Pasted_html_keeps_its_text_and_terms_and_none_of_its_scripts_run()
    {
        var ran = new ConcurrentQueue<string>();
        await using var reader = await OpenAsync(prepare: page => page.ExposeFunctionAsync("pwned", (string name) => ran.Enqueue(name)));
        // Chromium's setHTML parses before it sanitizes, and each handler or style attribute it parses is checked against
        // the page's policy, which refuses it (and says so) before the sanitizer removes it: the policy at work, not a leak.
        reader.ExpectErrorsContaining("violates the following Content Security Policy directive");

        await AnnotateAsync(reader, Payload);
        await reader.Page.Locator("#reader-output-body a.huli-glossary").FocusAsync();
        await Assertions.Expect(reader.Popover).ToContainTextAsync(Pages.Definition(13));
        await Assertions.Expect(reader.Page.Locator("#reader-output-body")).ToContainTextAsync("冒充页面自己的元素");
        await ClickEverythingAsync(reader.Page.Locator("#reader-output-body"));
        await reader.Page.WaitForTimeoutAsync(1500);

        ran.Should().BeEmpty("no script of the pasted document runs in the page");
        // The one popover the core's script made (it sets its position as style) is the page's; everything else was pasted.
        var left = await reader.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#reader-output-body *')].filter(e => !e.closest('#huli-glossary-popover')).flatMap(e => [
                ...(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'BASE', 'META', 'STYLE', 'INPUT', 'IMG', 'BUTTON'].includes(e.tagName.toUpperCase()) ? [e.tagName] : []),
                ...[...e.attributes].filter(a => /^on|^style$|^src$|^action$/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map(a => e.tagName + ' ' + a.name),
                ...(e.id && !/^huli-glossary-(notes|note-\d+|def-\d+)$/.test(e.id) ? ['id ' + e.id] : []),
                ...[...e.classList].filter(c => !['huli-glossary', 'huli-glossary-notes', 'huli-glossary-definition', 'huli-glossary-components', 'huli-glossary-entry'].includes(c)).map(c => 'class ' + c),
            ])
            """);
        left.Should().BeEmpty("the sanitizer keeps text, structure and the annotation's attributes only");
        (await reader.Page.Locator("#reader-query").EvaluateAsync<string>("e => e.tagName")).Should().Be("INPUT", "the page's own search box is still the one its id names");
        reader.Page.Url.Should().Be(server.Address.ToString(), "no pasted link, form or refresh took the page elsewhere");
    }

    [Fact]
    public async Task Without_the_sanitizer_api_pasted_html_is_shown_in_a_sandbox_where_nothing_runs()
    {
        var ran = new ConcurrentQueue<string>();
        await using var reader = await OpenAsync(prepare: async page =>
        {
            await page.ExposeFunctionAsync("pwned", (string name) => ran.Enqueue(name));
            await page.AddInitScriptAsync("delete Element.prototype.setHTML;");
        });
        // What the sandbox and the policy refuse inside the frame is logged there (blocked scripts, autofocus, styles, a
        // javascript: base): the payload's own doing, expected.
        reader.ExpectErrorsContaining(" at about:srcdoc:");

        await AnnotateAsync(reader, Payload);
        var frame = reader.Page.Locator("#reader-output-body iframe");
        (await frame.GetAttributeAsync("sandbox")).Should().Be("", "a sandbox that allows nothing: no scripts, not even this page's origin");
        var content = reader.Page.FrameLocator("#reader-output-body iframe");
        await Assertions.Expect(content.Locator("a.huli-glossary")).ToHaveTextAsync("六统一");
        await Assertions.Expect(content.Locator(".huli-glossary-notes")).ToContainTextAsync(Pages.Definition(13));
        await content.Locator("#javascript-link").ClickAsync();
        await content.Locator("#form-button").ClickAsync();
        await reader.Page.WaitForTimeoutAsync(1500);

        ran.Should().BeEmpty("nothing runs in a sandbox without allow-scripts");
        reader.Page.Url.Should().Be(server.Address.ToString());
    }

    [Fact]
    public async Task The_payload_does_run_in_a_page_that_takes_it_as_it_is()
    {
        // The check above would pass with a payload that never fires; here the same payload fires in a plain page.
        var ran = new ConcurrentQueue<string>();
        await using var reader = await browser.NewPageAsync();
        await reader.Page.ExposeFunctionAsync("pwned", (string name) => ran.Enqueue(name));
        reader.ExpectErrorsContaining("");

        await reader.Page.SetContentAsync("<!DOCTYPE html><html><body>" + Payload.Replace("<base href=\"javascript:pwned('base')//\">", "", StringComparison.Ordinal) + "</body></html>");
        await reader.Page.Locator("#javascript-link").ClickAsync();
        await reader.Page.WaitForTimeoutAsync(1500);

        ran.Should().Contain(["script", "img onerror", "svg onload", "details ontoggle", "javascript link"]);
    }

    [Fact]
    public async Task Screenshots_of_the_reader_page_are_pictures_of_the_page()
    {
        foreach (var (name, scheme, width) in new[] { ("reader-light.png", ColorScheme.Light, 900), ("reader-dark.png", ColorScheme.Dark, 900), ("reader-narrow.png", ColorScheme.Light, 360) })
        {
            await using var reader = await OpenAsync(new BrowserNewContextOptions { ColorScheme = scheme, ReducedMotion = ReducedMotion.Reduce, ViewportSize = new() { Width = width, Height = 640 } });
            await reader.Page.Locator("#reader-query").FillAsync("lty");
            await Assertions.Expect(reader.Page.Locator("#reader-entries > li").First).ToContainTextAsync("六统一");
            await AnnotateAsync(reader, Pages.Text);
            await reader.Page.EvaluateAsync("() => document.getElementById('reader-annotate-status').scrollIntoView()");
            var term = reader.Page.Locator("#reader-output-body a.huli-glossary[data-glossary-number=\"5\"]").First;
            await term.HoverAsync();
            await Assertions.Expect(reader.Popover).ToBeVisibleAsync();

            var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await reader.Page.ScreenshotAsync(new() { Path = path });
            new FileInfo(path).Length.Should().BeGreaterThan(20_000, "a picture of a page with text, not an empty image");
            if (name == "reader-light.png" && Environment.GetEnvironmentVariable("HULI_GLOSSARY_UPDATE_SCREENSHOTS") == "1")
            {
                File.Copy(path, Path.Combine(ScreenshotTests.RepositoryRoot(), "docs", "images", name), overwrite: true);
            }
        }
    }

    private async Task<ReaderPage> OpenAsync(BrowserNewContextOptions? options = null, Func<IPage, Task>? prepare = null)
    {
        var reader = await browser.NewPageAsync(options);
        if (prepare is not null)
        {
            await prepare(reader.Page);
        }

        await reader.Page.GotoAsync(server.Address.ToString());
        return reader;
    }

    private static async Task AnnotateAsync(ReaderPage reader, string text)
    {
        await reader.Page.Locator("#reader-input").FillAsync(text);
        await reader.Page.Locator("#reader-annotate button").ClickAsync();
        await Assertions.Expect(reader.Page.Locator("#reader-output")).ToBeVisibleAsync();
        await Assertions.Expect(reader.Page.Locator("#reader-annotate-status")).Not.ToHaveTextAsync("正在注释…");
    }

    /// <summary>Presses Tab until an element matching <paramref name="selector"/> has focus; returns its entry number, if a term.</summary>
    private static async Task<int> TabToAsync(ReaderPage reader, string selector)
    {
        for (var presses = 0; presses < 20; presses++)
        {
            if (await reader.Page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return await reader.Page.EvaluateAsync<int>("() => Number(document.activeElement.dataset.glossaryNumber ?? 0)");
            }

            await reader.Page.Keyboard.PressAsync("Tab");
        }

        throw new InvalidOperationException($"Tab never reached {selector}.");
    }

    private static async Task ClickEverythingAsync(ILocator root)
    {
        var count = await root.Locator("a:not(.huli-glossary), button, summary").CountAsync();
        for (var i = 0; i < count; i++)
        {
            await root.Locator("a:not(.huli-glossary), button, summary").Nth(i).ClickAsync(new() { Force = true, Timeout = 2000 });
        }
    }

    private static IEnumerable<string> Describe(IEnumerable<Deque.AxeCore.Commons.AxeResultItem> violations) =>
        violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})");
}
