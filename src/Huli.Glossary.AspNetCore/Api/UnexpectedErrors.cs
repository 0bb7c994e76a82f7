using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Huli.Glossary.Api;

/// <summary>
/// The last line of the API's error handling: a failure no handler expected is logged with its exception for the
/// operator and answered 500 as a problem that says nothing of it; a client gone away is not an error at all.
/// </summary>
internal static partial class UnexpectedErrors
{
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        try
        {
            return await next(invocation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client closed the connection; nobody is left to answer.
            return null;
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            // The server's words about a request it could not read, in ours: its message may name its internals.
            var options = context.RequestServices.GetRequiredService<GlossaryApiResponses>().Options;
            var (status, detail) = exception.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => (exception.StatusCode, BodyLimits.TooLarge(options.MaxRequestBodySize)),
                StatusCodes.Status408RequestTimeout => (exception.StatusCode, "The request body arrived too slowly; send it at a steady pace."),
                _ => (StatusCodes.Status400BadRequest, "The request could not be read: it ended early or is not well-formed HTTP."),
            };
            context.Response.Clear();
            await Problems.WriteAsync(context, status, detail).ConfigureAwait(false);
            return Results.Empty;
        }
        catch (Exception exception)
        {
            LogFailure(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Huli.Glossary.Api"),
                exception, context.Request.Method, context.Request.Path.Value);
            if (context.Response.HasStarted)
            {
                // Part of a 200 is on its way: cutting the connection is the only way to tell the client it is incomplete.
                context.Abort();
                return null;
            }

            context.Response.Clear();
            await Problems.WriteAsync(context, StatusCodes.Status500InternalServerError,
                "The glossary service failed to answer this request; the failure is logged on the server. Try again, and report it if it persists.").ConfigureAwait(false);
            // Answered: an endpoint that returns a value must not write it after the problem.
            return Results.Empty;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, string method, string? path);
}
