using System;
using System.IO;
using System.Text;

namespace Huli.Glossary;

/// <summary>
/// The stylesheet and the JavaScript module that turn the terms of HTML annotation into accessible popovers:
/// dependency-free, a few kilobytes, embedded in the assembly. Thread-safe; each text is read once on first use.
/// </summary>
/// <remarks>Serve them as files (huli-glossary.css, huli-glossary.js with <c>type="module"</c>) or put
/// <see cref="HeadMarkup"/> into a page's <c>&lt;head&gt;</c> once, however many fragments the page holds.
/// Without the script the terms still link to their notes.</remarks>
/// <example><c>File.WriteAllText("wwwroot/huli-glossary.css", GlossaryAssets.Css)</c></example>
public static class GlossaryAssets
{
    /// <summary>The stylesheet: terms, popovers, notes, the standalone page; light and dark, reduced motion and print.</summary>
    public static string Css => Texts.Css;

    /// <summary>The JavaScript module that opens the popovers; load it with <c>&lt;script type="module"&gt;</c>.</summary>
    public static string JavaScript => Texts.JavaScript;

    /// <summary>Both inline, ready for a page's <c>&lt;head&gt;</c>: <c>&lt;style&gt;…&lt;/style&gt;&lt;script type="module"&gt;…&lt;/script&gt;</c>.</summary>
    public static string HeadMarkup => Texts.HeadMarkup;

    private static class Texts
    {
        public static readonly string Css = Read("huli-glossary.css");
        public static readonly string JavaScript = Read("huli-glossary.js");
        public static readonly string HeadMarkup = $"<style>\n{Css}</style>\n<script type=\"module\">\n{JavaScript}</script>\n";

        private static string Read(string name)
        {
            using var stream = typeof(GlossaryAssets).Assembly.GetManifestResourceStream("Huli.Glossary.Assets." + name)
                ?? throw new InvalidOperationException($"The embedded resource {name} is missing; the package is damaged.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }
}
