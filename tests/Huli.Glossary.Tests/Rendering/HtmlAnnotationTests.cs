using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Huli.Glossary.Tests.Rendering;

/// <summary>The markup HTML annotation writes for readers: terms, the notes they link to, ids, links and whole pages.</summary>
public class HtmlAnnotationTests
{
    private static readonly Regex Ids = new("\\bid=\"([^\"]*)\"");
    private static readonly Regex References = new("(?:href=\"#|aria-describedby=\"|aria-labelledby=\")([^\"]*)\"");

    [Fact]
    public void Notes_follow_the_text_once_per_entry_in_order_of_first_use()
    {
        var html = Annotate("七办联动、六统一、七办联动、两改造三提升", new HtmlOutputOptions());

        Regex.Matches(html, "<li id=\"huli-glossary-note-([0-9]+)\" value=\"\\1\">").Select(m => m.Groups[1].Value).Should().Equal("28", "13", "5");
        html.IndexOf("<section", StringComparison.Ordinal).Should().BeGreaterThan(html.LastIndexOf("两改造三提升</a>", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_without_terms_gets_no_notes()
    {
        Annotate("今天天气很好。", new HtmlOutputOptions()).Should().Be("今天天气很好。");
    }

    [Fact]
    public void A_note_lists_the_components_with_groups_nested()
    {
        var html = Annotate("两改造三提升", new HtmlOutputOptions());

        html.Should().Contain("<ul class=\"huli-glossary-components\"><li>改造<ul><li>改造基础设施</li><li>改造内部环境</li></ul></li><li>提升<ul><li>提升服务体系</li>");
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("/glossary/{number}", "/glossary/13")]
    [InlineData("https://example.org/g?a=1&n={number}", "https://example.org/g?a=1&amp;n=13")]
    public void The_entry_link_follows_the_template(string? template, string? href)
    {
        var html = Annotate("六统一", new HtmlOutputOptions { EntryLink = template });

        if (href is null)
        {
            html.Should().NotContain("huli-glossary-entry");
        }
        else
        {
            html.Should().Contain($"<a class=\"huli-glossary-entry\" href=\"{href}\">名词解释第13条</a>");
        }
    }

    [Fact]
    public void By_default_a_note_links_to_no_entry_page_and_holds_the_definition_itself()
    {
        var html = Annotate("六统一", new HtmlOutputOptions());

        html.Should().NotContain("huli-glossary-entry").And.NotContain("http");
        html.Should().Contain($"<span class=\"huli-glossary-definition\" id=\"huli-glossary-def-13\">{Glossary.Default[13].Definition}</span>");
    }

    [Fact]
    public void Two_fragments_with_their_own_prefixes_share_no_id_and_every_reference_finds_its_target()
    {
        var page = Annotate("推行六统一，七办联动", new HtmlOutputOptions { IdPrefix = "one-" })
            + Annotate("再推六统一", new HtmlOutputOptions { IdPrefix = "two_" });

        var ids = Ids.Matches(page).Select(m => m.Groups[1].Value).ToList();
        ids.Should().OnlyHaveUniqueItems().And.Contain(["one-note-13", "two_note-13", "one-def-28"]);
        References.Matches(page).Select(m => m.Groups[1].Value).Should().NotBeEmpty().And.OnlyContain(target => ids.Contains(target));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1st-")]
    [InlineData("-x")]
    [InlineData("a b")]
    [InlineData("a\"")]
    [InlineData("名词-")]
    public void An_id_prefix_that_is_not_a_plain_ascii_name_is_refused(string prefix)
    {
        FluentActions.Invoking(() => new HtmlOutputOptions { IdPrefix = prefix })
            .Should().Throw<ArgumentException>().WithMessage($"*'{prefix}'*");
    }

    [Fact]
    public void A_standalone_page_is_complete_with_language_viewport_title_and_the_asset_inline()
    {
        var html = Annotate("推行六统一", new HtmlOutputOptions { Standalone = true, Title = "报告 <一>" });

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .And.Contain("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .And.Contain("<title>报告 &lt;一&gt;</title>")
            .And.Contain("<h1>报告 &lt;一&gt;</h1>")
            .And.Contain("<main>")
            .And.EndWith("</section>\n</main>\n</body>\n</html>\n");
        html.Split(GlossaryAssets.HeadMarkup).Should().HaveCount(2, "the asset is inline once");
        html.IndexOf(GlossaryAssets.HeadMarkup, StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("</head>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_standalone_page_without_terms_is_still_a_page()
    {
        var html = Annotate("你好", new HtmlOutputOptions { Standalone = true });

        html.Should().Contain("<title>名词解释</title>").And.Contain("<div class=\"huli-glossary-text\">你好</div>").And.EndWith("</html>\n");
    }

    [Fact]
    public void The_assets_are_the_files_of_the_repository_and_safe_to_put_inline()
    {
        GlossaryAssets.Css.Should().Be(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "huli-glossary.css")));
        GlossaryAssets.JavaScript.Should().Be(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "huli-glossary.js")));
        GlossaryAssets.Css.Should().NotContainEquivalentOf("</style");
        GlossaryAssets.JavaScript.Should().NotContainEquivalentOf("</script");
        GlossaryAssets.HeadMarkup.Should().StartWith("<style>\n").And.Contain("</style>\n<script type=\"module\">\n").And.EndWith("</script>\n");
    }

    private static string Annotate(string text, HtmlOutputOptions html)
    {
        using var output = new StringWriter();
        Glossary.Default.Annotate(text, output, new AnnotationOptions { Format = AnnotationFormat.Html, Html = html });
        return output.ToString();
    }
}
