using Ecster.Sandbox;
using Ecster.Sandbox.Hosting;

// `dotnet run --project src/Ecster.Sandbox [--urls http://127.0.0.1:5080] [--Sandbox:BankIdPendingPolls=2]`
var builder = WebApplication.CreateBuilder(args);
// Kestrel's per-request info lines drown the startup banner; warnings and errors still show.
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
IReadOnlyList<string> urls;
SandboxOptions options;
try
{
    urls = LoopbackUrls.Parse(builder.Configuration["urls"]);
    options = SandboxConfiguration.Read(builder.Configuration);
}
catch (Exception error) when (error is ArgumentException or FormatException)
{
    Console.Error.WriteLine("Ecster sandbox: " + error.Message);
    return 2;
}

var (app, _) = SandboxApp.Build(builder, options, urls);
await app.RunAsync();
return 0;
