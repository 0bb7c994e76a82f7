using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Huli.Glossary.Browser.Tests.Support;

/// <summary>
/// The app "huli-glossary serve" hosts (the API at /api, the reader page at /, the assets at /huli-glossary), in this
/// process on a free loopback port, so the browser talks to it over real HTTP.
/// </summary>
public sealed class ReaderServer : IAsyncLifetime
{
    private WebApplication? app;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddGlossary();
        app = builder.Build();
        app.MapGlossaryApi("/api");
        app.MapGlossaryAssets("/huli-glossary");
        app.MapGlossaryReader("/", "/api");
        await app.StartAsync();
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
