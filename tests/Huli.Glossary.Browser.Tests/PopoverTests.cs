using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Deque.AxeCore.Playwright;
using Huli.Glossary.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Huli.Glossary.Browser.Tests;

/// <summary>What a reader of an annotated page meets, with the keyboard, the mouse, a finger and a screen reader's eyes.</summary>
[Collection(SharedBrowser.Name)]
public class PopoverTests(BrowserFixture browser)
{
    private static readonly string Page = Pages.Standalone(Pages.Text);

    [Fact]
    public async Task Tab_reaches_every_term_in_order_and_shows_its_definition()
    {
        await using var reader = await browser.OpenAsync(Page);
        var expected = await reader.Terms.EvaluateAllAsync<int[]>("terms => terms.map(t => Number(t.dataset.glossaryNumber))");
        expected.Should().HaveCountGreaterThan(3);

        var reached = new List<int>();
        for (var presses = 0; presses < expected.Length * 3 && reached.Count < expected.Length; presses++)
        {
            await reader.Page.Keyboard.PressAsync("Tab");
            if (await reader.FocusedTermAsync() is { } number)
            {
                reached.Add(number);
                await Assertions.Expect(reader.Popover).ToBeVisibleAsync();
                await Assertions.Expect(reader.Popover).ToContainTextAsync(Pages.Definition(number));
            }
        }

        reached.Should().Equal(expected);
    }

    [Fact]
    public async Task Tab_from_a_term_reaches_the_link_inside_its_popover_and_keeps_it_open()
    {
        await using var reader = await browser.OpenAsync(Page);
        await reader.Terms.First.FocusAsync();

        await reader.Page.Keyboard.PressAsync("Tab");

        var focused = await reader.Page.EvaluateAsync<string>("() => document.activeElement.closest('.huli-glossary-popover') ? document.activeElement.textContent : ''");
        focused.Should().StartWith("名词解释第");
        await Assertions.Expect(reader.Popover).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_pointer_resting_on_another_term_leaves_a_popover_the_keyboard_is_in_alone()
    {
        await using var reader = await browser.OpenAsync(Page);
        await reader.Terms.First.FocusAsync();
        var number = int.Parse(await reader.Terms.First.GetAttributeAsync("data-glossary-number") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        await reader.Page.Keyboard.PressAsync("Tab");

        await reader.Terms.Last.HoverAsync();
        await reader.Page.WaitForTimeoutAsync(500);

        await Assertions.Expect(reader.Popover).ToContainTextAsync(Pages.Definition(number));
        (await reader.Page.EvaluateAsync<bool>("() => !!document.activeElement.closest('.huli-glossary-popover')")).Should().BeTrue();
    }

    [Fact]
    public async Task Escape_hides_the_popover_and_leaves_focus_on_the_term()
    {
        await using var reader = await browser.OpenAsync(Page);
        await reader.Page.Keyboard.PressAsync("Tab");
        var term = await reader.FocusedTermAsync();
        term.Should().NotBeNull();
        await Assertions.Expect(reader.Popover).ToBeVisibleAsync();

        await reader.Page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(reader.Popover).ToBeHiddenAsync();
        (await reader.FocusedTermAsync()).Should().Be(term);
    }

    [Fact]
    public async Task Enter_on_a_term_opens_the_popover_again_after_escape_without_leaving_the_page()
    {
        await using var reader = await browser.OpenAsync(Page);
        await reader.Page.Keyboard.PressAsync("Tab");
        await reader.Page.Keyboard.PressAsync("Escape");

        await reader.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(reader.Popover).ToBeVisibleAsync();
        (await reader.Page.EvaluateAsync<string>("() => location.hash")).Should().BeEmpty();
    }

    [Fact]
    public async Task Hovering_shows_it_the_pointer_can_move_onto_it_and_leaving_hides_it()
    {
        await using var reader = await browser.OpenAsync(Page);
        var term = reader.Terms.First;
        var number = int.Parse(await term.GetAttributeAsync("data-glossary-number") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        await term.HoverAsync();
        await Assertions.Expect(reader.Popover).ToBeVisibleAsync();
        await Assertions.Expect(reader.Popover).ToContainTextAsync(Pages.Definition(number));

        var from = (await term.BoundingBoxAsync())!;
        var to = (await reader.Popover.BoundingBoxAsync())!;
        await reader.Page.Mouse.MoveAsync(from.X + (from.Width / 2), from.Y + (from.Height / 2));
        await reader.Page.Mouse.MoveAsync(to.X + (to.Width / 2), to.Y + (to.Height / 2), new() { Steps = 8 });
        await reader.Page.WaitForTimeoutAsync(800);
        await Assertions.Expect(reader.Popover).ToBeVisibleAsync();

        await reader.Page.Mouse.MoveAsync(2, 2, new() { Steps = 4 });
        await Assertions.Expect(reader.Popover).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Escape_dismisses_a_hovered_popover_while_the_pointer_stays_on_the_term()
    {
        await using var reader = await browser.OpenAsync(Page);
        await reader.Terms.First.HoverAsync();
        await Assertions.Expect(reader.Popover).ToBeVisibleAsync();

        await reader.Page.Keyboard.PressAsync("Escape");
        await reader.Page.Mouse.MoveAsync(
            (await reader.Terms.First.BoundingBoxAsync())!.X + 2,
            (await reader.Terms.First.BoundingBoxAsync())!.Y + 2);
        await reader.Page.WaitForTimeoutAsync(300);

        await Assertions.Expect(reader.Popover).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_tap_opens_it_and_a_tap_elsewhere_closes_it()
    {
        await using var reader = await browser.OpenAsync(Page, new BrowserNewContextOptions
        {
            HasTouch = true,
            IsMobile = true,
            ViewportSize = new() { Width = 390, Height = 800 },
        });
        var term = reader.Terms.Nth(1);

        await term.TapAsync();

        await Assertions.Expect(reader.Popover).ToBeVisibleAsync();
        (await reader.Page.EvaluateAsync<string>("() => location.hash")).Should().BeEmpty("the tap opens the popover, it does not jump to the note");

        await reader.Page.Locator("h1").TapAsync();
        await Assertions.Expect(reader.Popover).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Opening_a_popover_moves_nothing_on_the_page()
    {
        await using var reader = await browser.OpenAsync(Page);
        const string Boxes = "() => [...document.querySelectorAll('main *:not(.huli-glossary-popover):not(.huli-glossary-popover *)')].map(e => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join(','); }).join(';')";
        var before = await reader.Page.EvaluateAsync<string>(Boxes);

        await reader.Terms.Nth(1).HoverAsync();
        await Assertions.Expect(reader.Popover).ToBeVisibleAsync();
        await reader.Terms.Nth(2).FocusAsync();
        await Assertions.Expect(reader.Popover).ToBeVisibleAsync();

        (await reader.Page.EvaluateAsync<string>(Boxes)).Should().Be(before);
    }

    [Fact]
    public async Task Screen_readers_get_the_term_as_name_and_the_definition_as_description()
    {
        await using var reader = await browser.OpenAsync(Page);
        var term = reader.Terms.First;
        var number = int.Parse(await term.GetAttributeAsync("data-glossary-number") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        await Assertions.Expect(term).ToHaveAccessibleNameAsync((await term.TextContentAsync())!);
        await Assertions.Expect(term).ToHaveAccessibleDescriptionAsync(Pages.Definition(number));
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_violation_with_the_popover_closed_or_open(ColorScheme scheme)
    {
        await using var reader = await browser.OpenAsync(Page, new BrowserNewContextOptions { ColorScheme = scheme, ViewportSize = new() { Width = 900, Height = 700 } });

        var closed = await reader.Page.RunAxe();
        await reader.Terms.Nth(1).FocusAsync();
        await Assertions.Expect(reader.Popover).ToBeVisibleAsync();
        var open = await reader.Page.RunAxe();

        Describe(closed.Violations).Should().BeEmpty();
        Describe(open.Violations).Should().BeEmpty();
        closed.Passes.Should().Contain(rule => rule.Id == "color-contrast", "axe really checked the page");
    }

    [Fact]
    public async Task Without_javascript_every_term_links_to_its_definition_on_the_page()
    {
        await using var reader = await browser.OpenAsync(Page, new BrowserNewContextOptions { JavaScriptEnabled = false });
        var count = await reader.Terms.CountAsync();
        count.Should().BeGreaterThan(3);

        for (var i = 0; i < count; i++)
        {
            var term = reader.Terms.Nth(i);
            var number = int.Parse(await term.GetAttributeAsync("data-glossary-number") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            var note = reader.Page.Locator((await term.GetAttributeAsync("href"))!);
            await Assertions.Expect(note).ToBeVisibleAsync();
            await Assertions.Expect(note).ToContainTextAsync(Pages.Definition(number));
        }

        await reader.Terms.First.ClickAsync();
        (await reader.Page.EvaluateAsync<string>("() => location.hash")).Should().StartWith("#huli-glossary-note-");
        await Assertions.Expect(reader.Popover).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData(320)]
    [InlineData(640)]
    public async Task Nothing_scrolls_sideways_on_a_narrow_or_zoomed_screen_even_with_a_popover_open(int width)
    {
        // 320 CSS pixels is a 1280-pixel window at 400% zoom, 640 the same window at 200%.
        await using var reader = await browser.OpenAsync(Page, new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = 640 } });
        const string Overflow = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";

        (await reader.Page.EvaluateAsync<int>(Overflow)).Should().Be(0);
        var count = await reader.Terms.CountAsync();
        for (var i = 0; i < count; i++)
        {
            await reader.Terms.Nth(i).FocusAsync();
            await Assertions.Expect(reader.Popover).ToBeVisibleAsync();
            var box = (await reader.Popover.BoundingBoxAsync())!;
            box.X.Should().BeGreaterThanOrEqualTo(0);
            (box.X + box.Width).Should().BeLessThanOrEqualTo(width);
            box.Y.Should().BeGreaterThanOrEqualTo(0, "a tall popover (entry 1 lists 23 items) scrolls inside the screen");
            (box.Y + box.Height).Should().BeLessThanOrEqualTo(640);
            (await reader.Page.EvaluateAsync<int>(Overflow)).Should().Be(0);
        }
    }

    [Fact]
    public async Task Reduced_motion_turns_the_opening_animation_off()
    {
        await using var moving = await browser.OpenAsync(Page);
        await using var still = await browser.OpenAsync(Page, new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });
        const string Animation = "() => getComputedStyle(document.querySelector('.huli-glossary-popover')).animationName";

        await moving.Terms.First.FocusAsync();
        await still.Terms.First.FocusAsync();

        (await moving.Page.EvaluateAsync<string>(Animation)).Should().Be("huli-glossary-in");
        (await still.Page.EvaluateAsync<string>(Animation)).Should().Be("none");
    }

    [Fact]
    public async Task Printed_terms_carry_their_note_number_and_the_notes_are_printed()
    {
        await using var reader = await browser.OpenAsync(Page);
        await reader.Terms.First.FocusAsync();
        await reader.Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(reader.Popover).ToBeHiddenAsync();
        var marker = await reader.Terms.First.EvaluateAsync<string>("t => getComputedStyle(t, '::after').content");
        marker.Should().Be($"\"[{await reader.Terms.First.GetAttributeAsync("data-glossary-number")}]\"");
        await Assertions.Expect(reader.Page.Locator(".huli-glossary-notes")).ToBeVisibleAsync();
        await Assertions.Expect(reader.Page.Locator(".huli-glossary-definition").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Two_fragments_on_one_page_open_their_own_definitions()
    {
        var glossary = Glossary.Create([
            new GlossaryEntry { Number = 13, Term = "六统一", Definition = "第二份材料自己的解释。" },
        ]);
        using var second = new System.IO.StringWriter();
        glossary.Annotate("另一篇：六统一。", second, new AnnotationOptions { Format = AnnotationFormat.Html, Html = new() { IdPrefix = "second-", EntryLink = null } });
        var page = $"<!DOCTYPE html><html lang=\"zh-CN\"><head><title>两份材料</title>{GlossaryAssets.HeadMarkup}</head><body><main>"
            + $"<p>{Pages.Annotate("推行六统一。", HtmlOutputOptions.Default)}</p><p>{second}</p></main></body></html>";
        await using var reader = await browser.OpenAsync(page);

        await reader.Terms.Last.FocusAsync();
        await Assertions.Expect(reader.Popover).ToContainTextAsync("第二份材料自己的解释。");
        await reader.Terms.First.FocusAsync();
        await Assertions.Expect(reader.Popover).ToContainTextAsync(Pages.Definition(13));
        await Assertions.Expect(reader.Popover).ToHaveCountAsync(1);
    }

    private static IEnumerable<string> Describe(IEnumerable<Deque.AxeCore.Commons.AxeResultItem> violations) =>
        violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})");
}
