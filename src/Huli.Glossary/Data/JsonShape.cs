using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Huli.Glossary.Data;

/// <summary>
/// Checks a well-formed document against the model's generated metadata before the serializer reads it, and reports
/// every field that is unknown, repeated, missing or of the wrong type, where the serializer would stop at the first
/// with .NET's names for things. The metadata is the model's, so a new property needs nothing here.
/// </summary>
internal static class JsonShape
{
    public static ProblemList Check(JsonElement root, JsonTypeInfo type)
    {
        var problems = new ProblemList();
        Check(root, type, "$", null, problems);
        return problems;
    }

    private static void Check(JsonElement value, JsonTypeInfo type, string path, int? entry, ProblemList problems)
    {
        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object:
                if (value.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(new(path, entry, $"expected an object {{…}}, found {Found(value)}"));
                    return;
                }

                CheckObject(value, type, path, entry, problems);
                break;
            case JsonTypeInfoKind.Enumerable:
                if (value.ValueKind != JsonValueKind.Array)
                {
                    problems.Add(new(path, entry, $"expected a list [...], found {Found(value)}"));
                    return;
                }

                var element = type.Options.GetTypeInfo(type.ElementType!);
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    var itemPath = $"{path}[{index++}]";
                    Check(item, element, itemPath, path == "$.entries" ? EntryNumber(item) : entry, problems);
                }

                break;
            default:
                if (ValueProblem(value, type.Type) is { } problem)
                {
                    problems.Add(new(path, entry, problem));
                }

                break;
        }
    }

    private static void CheckObject(JsonElement value, JsonTypeInfo type, string path, int? entry, ProblemList problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in value.EnumerateObject())
        {
            var fieldPath = $"{path}.{field.Name}";
            var property = type.Properties.FirstOrDefault(p => p.Name == field.Name);
            if (property is null)
            {
                problems.Add(new(fieldPath, entry, "unknown field; check its spelling against glossary.schema.json", atName: true));
            }
            else if (!seen.Add(field.Name))
            {
                problems.Add(new(fieldPath, entry, "the field appears twice", atName: true));
            }
            else
            {
                Check(field.Value, type.Options.GetTypeInfo(property.PropertyType), fieldPath, entry, problems);
            }
        }

        foreach (var property in type.Properties.Where(p => p.IsRequired && !seen.Contains(p.Name)))
        {
            problems.Add(new($"{path}.{property.Name}", entry, "the field is missing"));
        }
    }

    private static string? ValueProblem(JsonElement value, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return value.ValueKind != JsonValueKind.String ? $"expected a string, found {Found(value)}"
                : JsonPaths.IsValidText(value) ? null
                : JsonPaths.NotUtf8;
        }

        if (underlying == typeof(int))
        {
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _)
                ? null
                : $"expected a whole number, found {Found(value)}";
        }

        if (underlying == typeof(bool))
        {
            return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : $"expected true or false, found {Found(value)}";
        }

        if (underlying.IsEnum)
        {
            var names = Enum.GetNames(underlying).Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray();
            return value.ValueKind != JsonValueKind.String || !JsonPaths.IsValidText(value)
                ? $"expected one of {string.Join(", ", names)}, found {Found(value)}"
                : names.Contains(value.GetString(), StringComparer.Ordinal)
                    ? null
                    : $"{ProblemList.Quote(value.GetString()!)} is not one of {string.Join(", ", names)}";
        }

        return $"the model has a field of a type the reader cannot check ({underlying.Name}); this is a bug in Huli.Glossary";
    }

    private static int? EntryNumber(JsonElement entry) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("number", out var number)
            && number.ValueKind == JsonValueKind.Number && number.TryGetInt32(out var value) && value > 0
            ? value
            : null;

    private static string Found(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + ProblemList.Shorten(value.GetRawText()),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => "nothing",
    };
}
