using System.Globalization;

namespace Huli.Glossary.Api;

/// <summary>The words for a request body over the limit, the same whether the server or the API noticed it first.</summary>
internal static class BodyLimits
{
    public static string TooLarge(long limit) => string.Create(CultureInfo.InvariantCulture,
        $"The body is larger than the {Size(limit)} this API accepts; send the text in parts.");

    /// <summary>A size as people write it: 16 MiB, 512 KiB, 100 bytes.</summary>
    public static string Size(long bytes) =>
        bytes % (1024 * 1024) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MiB")
        : bytes % 1024 == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
}
