using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Huli.Glossary.AspNetCore.Tests.Support;

/// <summary>
/// An app with the API, the assets and the reader page, as "huli-glossary serve" maps them, or under other prefixes
/// and a path base when a test says so.
/// </summary>
public class ReaderAppFactory : WebApplicationFactory<ReaderAppFactory>
{
    public string PathBase { get; init; } = "";

    public string ReaderPattern { get; init; } = "/";

    public string ApiPrefix { get; init; } = "/api";

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder().ConfigureWebHost(web => web
            .ConfigureServices(services =>
            {
                services.AddRouting();
                services.AddGlossary();
            })
            .Configure(app =>
            {
                if (PathBase.Length > 0)
                {
                    app.UsePathBase(PathBase);
                }

                app.UseRouting();
                app.UseEndpoints(endpoints =>
                {
                    endpoints.MapGlossaryApi(ApiPrefix);
                    endpoints.MapGlossaryAssets("/huli-glossary");
                    endpoints.MapGlossaryReader(ReaderPattern, ApiPrefix);
                });
            }));

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);
}
