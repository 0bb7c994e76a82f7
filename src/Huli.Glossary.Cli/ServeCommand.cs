using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Huli.Glossary.Cli;

/// <summary>
/// <c>huli-glossary serve [--urls http://127.0.0.1:5080] [--glossary FILE]</c>: the HTTP API of Huli.Glossary.AspNetCore
/// at /api, its OpenAPI document at /openapi/v1.json, until Ctrl+C or SIGTERM.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>How long requests in flight get to finish once a stop is asked for.</summary>
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(10);

    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, one or more http:// addresses separated by ';' (default {DefaultUrls}: this machine only).",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var command = new Command("serve", "Serve the glossary over HTTP: a reader page at /, the API at /api, its OpenAPI document at /openapi/v1.json.") { urls };
        command.SetAction(parse => context.Execute(parse, glossary =>
            Run(context, glossary, parse.GetValue(urls)!, CancellationToken.None)));
        return command;
    }

    /// <summary>Serves until <paramref name="stop"/> is cancelled, or Ctrl+C or SIGTERM arrives; requests in flight finish first.</summary>
    public static int Run(CliContext context, Glossary glossary, string urls, CancellationToken stop)
    {
        var addresses = ParseUrls(urls);
        foreach (var address in addresses.Where(address => !IsLoopback(address)))
        {
            context.Stderr.WriteLine($"huli-glossary: serve: warning: {address.GetLeftPart(UriPartial.Authority)} can be reached from other machines; the API has no authentication. Use http://127.0.0.1:PORT to keep it on this machine.");
        }

        using var app = Build(glossary, addresses, context.Stderr);
        try
        {
            app.StartAsync(stop).GetAwaiter().GetResult();
        }
        catch (IOException exception)
        {
            throw new CliException($"serve: {CannotListen(exception, addresses)}");
        }

        context.Stderr.WriteLine($"huli-glossary: serving {string.Join(", ", app.Urls)} (the reader page at /, the API at /api, OpenAPI at /openapi/v1.json); Ctrl+C stops.");
        app.WaitForShutdownAsync(stop).GetAwaiter().GetResult();
        context.Stderr.WriteLine("huli-glossary: stopped.");
        return ExitCodes.Success;
    }

    /// <summary>The app <c>serve</c> runs: slim (Native AOT), Kestrel's limits set so that no client can hold memory or a connection without end.</summary>
    public static WebApplication Build(Glossary glossary, IReadOnlyList<Uri> addresses, TextWriter log)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls(addresses.Select(address => address.GetLeftPart(UriPartial.Authority)).ToArray());
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddGlossary(options => options.Glossary = glossary);
        builder.Services.AddOptions<KestrelServerOptions>().Configure<Microsoft.Extensions.Options.IOptions<GlossaryServiceOptions>>((kestrel, glossaryOptions) =>
        {
            kestrel.AddServerHeader = false;
            var limits = kestrel.Limits;
            limits.MaxRequestBodySize = glossaryOptions.Value.MaxRequestBodySize;
            // A client that sends or reads slower than this is cut off after the grace period, so a stalled one frees
            // its connection and buffers (Kestrel's defaults, stated so that they are part of what serve promises).
            limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
            limits.MinResponseDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
            limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
            limits.KeepAliveTimeout = TimeSpan.FromSeconds(30);
            limits.MaxRequestHeadersTotalSize = 32 * 1024;
            limits.MaxRequestLineSize = 8 * 1024;
            limits.MaxConcurrentConnections = 1024;
            limits.MaxConcurrentUpgradedConnections = 0;
        });
        builder.Services.AddOpenApi();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A failed start is reported once, in the command's words (CannotListen), not also as the host's log line.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.Logging.AddProvider(new OneLineLoggerProvider(log));

        var app = builder.Build();
        app.MapGlossaryApi("/api");
        app.MapOpenApi();
        app.MapGlossaryAssets("/huli-glossary");
        app.MapGlossaryReader("/", "/api");
        return app;
    }

    /// <summary>The addresses of --urls, or a CliException saying in words what is wrong with them.</summary>
    public static IReadOnlyList<Uri> ParseUrls(string urls)
    {
        var addresses = new List<Uri>();
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel's wildcards (http://*:5080, http://+:5080) mean every interface, as 0.0.0.0 does.
            var parsed = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(parsed, UriKind.Absolute, out var address) || address.Host.Length == 0
                || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
            {
                throw new CliException($"serve: --urls: '{url}' is not an address to listen on; write it as http://127.0.0.1:5080.");
            }

            if (address.Scheme == Uri.UriSchemeHttps)
            {
                throw new CliException($"serve: --urls: '{url}': serve speaks plain HTTP; for HTTPS put a reverse proxy in front of it, or host the API in your own app (Huli.Glossary.AspNetCore).");
            }

            if (address.AbsolutePath != "/" || address.Query.Length > 0)
            {
                throw new CliException($"serve: --urls: '{url}': give only the scheme, host and port (http://127.0.0.1:5080); the API is always at /api.");
            }

            addresses.Add(address);
        }

        return addresses.Count > 0 ? addresses : throw new CliException("serve: --urls: give at least one address, as in http://127.0.0.1:5080.");
    }

    /// <summary>Loopback: localhost, 127.0.0.0/8 or ::1. Everything else (0.0.0.0, *, a LAN address, a name) may be reached from outside.</summary>
    public static bool IsLoopback(Uri address) =>
        address.IsLoopback || (IPAddress.TryParse(address.Host, out var ip) && IPAddress.IsLoopback(ip));

    private static string CannotListen(IOException exception, IReadOnlyList<Uri> addresses)
    {
        var where = string.Join(", ", addresses.Select(address => address.GetLeftPart(UriPartial.Authority)));
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is AddressInUseException)
            {
                return $"cannot listen on {where}: another program is using that port; choose another with --urls http://127.0.0.1:PORT.";
            }

            if (cause is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AccessDenied })
            {
                return $"cannot listen on {where}: not allowed to use that port (ports below 1024 need privileges); choose one from 1024 up.";
            }

            if (cause is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressNotAvailable })
            {
                return $"cannot listen on {where}: this machine has no such address; use 127.0.0.1, or an address of one of its network interfaces.";
            }
        }

        return $"cannot listen on {where}: {CliApp.OneLine(exception.Message)}";
    }
}
