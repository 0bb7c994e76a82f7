using System;
using System.IO;
using System.Text;

namespace Huli.Glossary.Reader;

/// <summary>The files the reader page and <c>MapGlossaryAssets</c> serve, read once from the assembly.</summary>
internal static class ReaderFiles
{
    public const string CssType = "text/css; charset=utf-8";
    public const string JavaScriptType = "text/javascript; charset=utf-8";

    public static readonly StaticFile CoreCss = new(GlossaryAssets.Css, CssType);
    public static readonly StaticFile CoreJavaScript = new(GlossaryAssets.JavaScript, JavaScriptType);
    public static readonly StaticFile ReaderCss = new(Read("reader.css"), CssType);
    public static readonly StaticFile ReaderJavaScript = new(Read("reader.js"), JavaScriptType);
    public static readonly string PageTemplate = Read("index.html");

    private static string Read(string name)
    {
        using var stream = typeof(ReaderFiles).Assembly.GetManifestResourceStream("Huli.Glossary.Reader." + name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing; the package is damaged.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
