using System;
using System.IO;
using Microsoft.Extensions.Logging;

namespace Huli.Glossary.Cli;

/// <summary>
/// What <c>serve</c> logs (warnings and errors only), one line each on standard error in the tool's voice: the
/// message and, for a failure, the exception's type and message, never its stack trace.
/// </summary>
internal sealed class OneLineLoggerProvider(TextWriter stderr) : ILoggerProvider
{
    private readonly TextWriter output = TextWriter.Synchronized(stderr);

    public ILogger CreateLogger(string categoryName) => new OneLineLogger(output);

    public void Dispose()
    {
    }

    private sealed class OneLineLogger(TextWriter output) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var level = logLevel == LogLevel.Warning ? "warning" : "error";
            var cause = exception is null ? string.Empty : $" ({exception.GetType().Name}: {exception.Message})";
            output.WriteLine($"huli-glossary: serve: {level}: {CliApp.OneLine(formatter(state, exception) + cause)}");
        }
    }
}
