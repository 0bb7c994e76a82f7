using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Huli.Glossary.Data;

/// <summary>An enum as glossary.json writes it: its member's name in camelCase ("quotedOrContext"), never a number.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;

/// <summary>
/// The names <see cref="CamelCaseEnumConverter{TEnum}"/> gives, for converters that write an enum inside an object of
/// their own; computed once per enum, since a result is written per match.
/// </summary>
internal static class CamelCaseNames<TEnum>
    where TEnum : struct, Enum
{
#if NET8_0_OR_GREATER
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
#else
    private static readonly TEnum[] Values = (TEnum[])Enum.GetValues(typeof(TEnum));
#endif

    private static readonly string[] Names = Array.ConvertAll(Values, value => JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));

    public static string Of(TEnum value)
    {
        var index = Array.IndexOf(Values, value);
        return index >= 0 ? Names[index] : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");
    }
}
