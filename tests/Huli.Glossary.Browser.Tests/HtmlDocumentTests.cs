using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Deque.AxeCore.Playwright;
using Huli.Glossary.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Huli.Glossary.Browser.Tests;

/// <summary>An HTML page of the district's own, annotated by Huli.Glossary.Html with the assets put into its head.</summary>
[Collection(SharedBrowser.Name)]
public class HtmlDocumentTests(BrowserFixture browser)
{
    private static readonly string Page = Pages.Document(Pages.Text);

    [Fact]
    public void The_page_holds_the_assets_once_in_its_head_and_the_notes_once_before_its_body_ends()
    {
        var head = Page.Substring(0, Page.IndexOf("</head>", System.StringComparison.Ordinal));

        head.Should().EndWith(GlossaryAssets.HeadMarkup);
        Page.Split(GlossaryAssets.HeadMarkup).Should().HaveCount(2);
        Page.Split("<section class=\"huli-glossary-notes\"").Should().HaveCount(2);
        Page.Should().EndWith("</section>\n</body>\n</html>\n");
    }

    [Fact]
    public async Task Focus_on_a_term_opens_its_popover_and_escape_closes_it_with_focus_kept()
    {
        await using var reader = await browser.OpenAsync(Page);
        (await reader.Page.Locator("nav a.huli-glossary").CountAsync()).Should().Be(0, "a link's text is never annotated");

        await reader.Page.Keyboard.PressAsync("Tab");
        await reader.Page.Keyboard.PressAsync("Tab");

        var number = await reader.FocusedTermAsync();
        number.Should().NotBeNull("the second Tab passes the navigation link and reaches the first term");
        await Assertions.Expect(reader.Popover).ToBeVisibleAsync();
        await Assertions.Expect(reader.Popover).ToContainTextAsync(Pages.Definition(number!.Value));
        await reader.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(reader.Popover).ToBeHiddenAsync();
        (await reader.FocusedTermAsync()).Should().Be(number);
    }

    [Fact]
    public async Task Axe_finds_no_violation_with_the_popover_closed_or_open()
    {
        await using var reader = await browser.OpenAsync(Page);

        var closed = await reader.Page.RunAxe();
        await reader.Terms.Nth(1).FocusAsync();
        await Assertions.Expect(reader.Popover).ToBeVisibleAsync();
        var open = await reader.Page.RunAxe();

        Describe(closed.Violations).Should().BeEmpty();
        Describe(open.Violations).Should().BeEmpty();
        closed.Passes.Should().Contain(rule => rule.Id == "color-contrast", "axe really checked the page");
    }

    private static IEnumerable<string> Describe(IEnumerable<Deque.AxeCore.Commons.AxeResultItem> violations) =>
        violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})");
}
