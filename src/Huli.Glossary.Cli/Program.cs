using System;
using System.IO;
using System.Text;
using Huli.Glossary.Cli;

var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stderr = new StreamWriter(Console.OpenStandardError(), encoding) { AutoFlush = true };
return CliApp.Run(args, Console.OpenStandardInput(), Console.OpenStandardOutput(), stderr);
