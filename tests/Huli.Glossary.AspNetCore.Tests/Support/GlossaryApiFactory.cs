using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Huli.Glossary.AspNetCore.Tests.Support;

/// <summary>
/// An app that does what the README tells users to do (AddGlossary, MapGlossaryApi("/api"), OpenAPI), on the in-memory
/// test server; <see cref="Configure"/> sets the glossary's options. The factory is its own entry point: the app is
/// built here rather than found in another assembly's Main.
/// </summary>
public class GlossaryApiFactory : WebApplicationFactory<GlossaryApiFactory>
{
    /// <summary>The options callback given to AddGlossary; none by default.</summary>
    public Action<GlossaryServiceOptions>? Configure { get; init; }

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder().ConfigureWebHost(web => web
            .ConfigureServices(services =>
            {
                services.AddRouting();
                services.AddGlossary(Configure);
                services.AddOpenApi();
            })
            .Configure(app =>
            {
                app.UseRouting();
                app.UseEndpoints(endpoints =>
                {
                    var api = endpoints.MapGlossaryApi("/api");
                    // An endpoint of the app's own in the API's group, failing as a bug would: its error handling is the API's.
                    api.MapGet("/test-failure", string () => throw new InvalidOperationException("secret internal detail at C:\\srv"));
                    endpoints.MapOpenApi();
                });
            }));

    // The app has no folder of its own in the repository (the factory looks for one named as the test assembly).
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);
}
