using System;
using System.Linq;
using Huli.Glossary.Api;
using Huli.Glossary.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Huli.Glossary;

/// <summary>Registers the glossary an ASP.NET Core app serves.</summary>
public static class GlossaryServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="Glossary"/> the app serves (the report's 39 entries, with the files of
    /// <see cref="GlossaryServiceOptions.Files"/> merged in) as a singleton, the options of the HTTP API, and their
    /// validation when the host starts. Calling it again adds another configuration callback; the glossary stays one.
    /// </summary>
    /// <param name="services">The app's services; not null.</param>
    /// <param name="configure">Sets the options; null keeps the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// The files are read when the host starts (or when the glossary is first asked for, whichever comes first); a
    /// missing or broken file stops the start with an <see cref="OptionsValidationException"/> whose
    /// <see cref="OptionsValidationException.Failures"/> name the file, line, column and field of every problem.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <example><c>builder.Services.AddGlossary(o =&gt; o.Files.Add("siming.json"));</c></example>
    public static IServiceCollection AddGlossary(this IServiceCollection services, Action<GlossaryServiceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GlossaryServiceOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddSingleton<GlossaryHost>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GlossaryServiceOptions>, GlossaryOptionsValidator>());
        services.TryAddSingleton(provider =>
            provider.GetRequiredService<GlossaryHost>().GlossaryOf(provider.GetRequiredService<IOptions<GlossaryServiceOptions>>().Value));
        services.TryAddSingleton<GlossaryApiResponses>();
        // The library's types in the one JSON contract wherever the app writes them, and in its OpenAPI document.
        services.ConfigureHttpJsonOptions(json =>
        {
            if (!json.SerializerOptions.TypeInfoResolverChain.Contains(GlossaryJsonContract.TypeInfoResolver))
            {
                json.SerializerOptions.TypeInfoResolverChain.Insert(0, GlossaryJsonContract.TypeInfoResolver);
            }
        });
        return services;
    }
}
