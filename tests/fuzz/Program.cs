using System;
using System.IO;
using Huli.Glossary.Fuzz;
using SharpFuzz;

// Under afl-fuzz, Run serves inputs until AFL stops it; run directly, it runs the target once on standard input,
// which is how run.sh replays a crash: dotnet Huli.Glossary.Fuzz.dll scan < crash.
switch (args)
{
    case ["load"]:
        Fuzzer.OutOfProcess.Run(Targets.Load);
        return 0;
    case ["scan"]:
        Fuzzer.OutOfProcess.Run(Targets.Scan);
        return 0;
    case ["seeds", var folder]:
        Seeds.Write(folder);
        return 0;
    default:
        Console.Error.WriteLine("usage: Huli.Glossary.Fuzz load|scan < input, or Huli.Glossary.Fuzz seeds FOLDER");
        return 2;
}
