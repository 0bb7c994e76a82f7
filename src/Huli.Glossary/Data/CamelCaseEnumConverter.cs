using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Huli.Glossary.Data;

/// <summary>An enum as glossary.json writes it: its member's name in camelCase ("quotedOrContext"), never a number.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
