using System;
using System.IO;
using System.Text;
using Huli.Glossary.Cli;

var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdout = new StreamWriter(Console.OpenStandardOutput(), encoding, bufferSize: 1 << 16) { AutoFlush = false };
using var stderr = new StreamWriter(Console.OpenStandardError(), encoding) { AutoFlush = true };
var exitCode = CliApp.Run(args, Console.OpenStandardInput(), stdout, stderr);
stdout.Flush();
return exitCode;
