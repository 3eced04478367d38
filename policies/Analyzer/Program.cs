// The kaws policy analyzer: started by the Pulumi engine (through pulumi-analyzer-policy-kaws) with
// [engineAddress, ".", -opt=val…]. It serves plain HTTP/2 gRPC on 127.0.0.1, prints the port as the first
// stdout line, and stops when the engine closes stdin or sends SIGINT/SIGTERM.
using System.Net;
using Kaws.Policies.Analyzer;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
{
    Args = [], // the engine's arguments are not ASP.NET configuration
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Logging.ClearProviders();
builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
builder.WebHost.ConfigureKestrel(kestrel =>
    kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
builder.Services.AddGrpc();
builder.Services.AddSingleton(new AnalyzerState(Environment.GetEnvironmentVariable("PULUMI_CONFIG")));

var app = builder.Build();
app.MapGrpcService<AnalyzerService>();
await app.StartAsync();

var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
Console.Out.Write($"{new Uri(address).Port}\n");
Console.Out.Flush();

if (StdinLifetime.ShouldWatch())
{
    _ = Task.Run(() =>
    {
        StdinLifetime.WaitForEndOfInput();
        app.Lifetime.StopApplication();
    });
}

await app.WaitForShutdownAsync();
