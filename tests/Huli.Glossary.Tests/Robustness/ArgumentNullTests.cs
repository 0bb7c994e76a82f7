using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Huli.Glossary.Tests.Robustness;

/// <summary>
/// Every public constructor and method, for each parameter of reference type not annotated nullable, throws
/// <see cref="ArgumentNullException"/> naming that parameter when it is null and the others are valid. Found by
/// reflection, so a member added later is held to it without a test of its own.
/// </summary>
public class ArgumentNullTests
{
    private static readonly byte[] GlossaryJson = File.ReadAllBytes(Support.Report.DataPath("glossary.json"));

    public static TheoryData<string> Members()
    {
        var data = new TheoryData<string>();
        foreach (var (member, parameter) in NonNullableParameters())
        {
            data.Add(Describe(member, parameter));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void A_null_argument_throws_ArgumentNullException_naming_the_parameter(string description)
    {
        var (member, parameter) = NonNullableParameters().Single(pair => Describe(pair.Member, pair.Parameter) == description);
        var arguments = member.GetParameters().Select(p => p == parameter || p.IsOut ? null : SampleOf(p.ParameterType)).ToArray();

        var act = () => member switch
        {
            ConstructorInfo constructor => constructor.Invoke(arguments),
            MethodInfo method => method.Invoke(method.IsStatic ? null : InstanceOf(method.DeclaringType!), arguments),
            _ => throw new InvalidOperationException(),
        };

        act.Should().Throw<TargetInvocationException>()
            .WithInnerException<ArgumentNullException>().Which.ParamName.Should().Be(parameter.Name);
    }

    [Fact]
    public void The_public_surface_has_parameters_to_check()
    {
        NonNullableParameters().Should().HaveCountGreaterThan(20);
    }

    private static IEnumerable<(MethodBase Member, ParameterInfo Parameter)> NonNullableParameters()
    {
        var nullability = new NullabilityInfoContext();
        var types = typeof(Glossary).Assembly.GetExportedTypes()
            // Exceptions take whatever message they are given, as every .NET exception does.
            .Where(type => !typeof(Exception).IsAssignableFrom(type) && !type.IsEnum);
        foreach (var type in types)
        {
            var members = type.GetConstructors().Cast<MethodBase>()
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly));
            foreach (var member in members)
            {
                var parameters = member.GetParameters();
                // Spans cannot pass through reflection, and cannot be null anyway.
                if (parameters.Any(p => p.ParameterType.IsByRefLike) || (member is MethodInfo m && m.ReturnType.IsByRefLike))
                {
                    continue;
                }

                foreach (var parameter in parameters.Where(p => !p.IsOut && !p.ParameterType.IsValueType && nullability.Create(p).WriteState != NullabilityState.Nullable))
                {
                    yield return (member, parameter);
                }
            }
        }
    }

    private static string Describe(MethodBase member, ParameterInfo parameter) =>
        $"{member.DeclaringType!.Name}.{member.Name}({string.Join(", ", member.GetParameters().Select(p => p.ParameterType.Name))}) {parameter.Name}";

    private static object SampleOf(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        }

        return type switch
        {
            _ when type == typeof(string) => "六统一",
            _ when type == typeof(int) => 1,
            _ when type == typeof(double) => 0.5,
            _ when type == typeof(System.Threading.CancellationToken) => System.Threading.CancellationToken.None,
            _ when type == typeof(GlossaryScanOptions) => GlossaryScanOptions.Precise,
            _ when type.IsEnum => Enum.GetValues(type).GetValue(0)!,
            _ when type == typeof(Stream) => new MemoryStream(GlossaryJson),
            _ when type == typeof(TextReader) => new StringReader("推行“六统一”"),
            _ when type == typeof(TextWriter) => new StringWriter(),
            _ when type == typeof(Utf8JsonWriter) => new Utf8JsonWriter(new MemoryStream()),
            _ => InstanceOf(type),
        };
    }

    private static object InstanceOf(Type type) => type switch
    {
        _ when type == typeof(Glossary) => Glossary.Default,
        _ when type == typeof(GlossaryEntry) => Glossary.Default[13],
        _ when type == typeof(GlossaryAlias) => Glossary.Default[28].Aliases[0],
        _ when type == typeof(GlossaryComponent) => Glossary.Default[13].Components[0],
        _ when type == typeof(GlossaryUsage) => Glossary.Default[13].Usages[0],
        _ when type == typeof(GlossaryMatchRule) => GlossaryMatchRule.Always,
        _ when type == typeof(AnnotationOptions) => AnnotationOptions.Default,
        _ when type == typeof(HtmlOutputOptions) => HtmlOutputOptions.Default,
        _ when type == typeof(GlossaryMatch) => Glossary.Default.Scan("六统一")[0],
        _ => throw new NotSupportedException($"No sample {type.Name} for the null checks; add one here."),
    };
}
