using Styrmodell.Samples;

// The main job: the four sample municipalities' models, read from samples/models/, validated, evaluated for their
// latest period and reported; Markdown reports go to artifacts/reports/ (or the directory after --out).
var reports = Path.Combine("artifacts", "reports");
if (args is ["--out", var directory])
{
    reports = directory;
}
else if (args is ["--kolada", var saved])
{
    return KoladaRefresh.Run(Console.Out, saved, Path.Combine("artifacts", "kolada"));
}
else if (args.Length > 0)
{
    Console.Error.WriteLine("usage: dotnet run --project samples/Styrmodell.Samples [-- --out DIRECTORY | --kolada SAVED-RESPONSES]");
    return 64;
}

return SampleRunner.Run(Console.Out, reports);
