using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecster.Integration.Tests;

/// <summary>A merchant's notification endpoint on a free loopback port, recording each body it receives.</summary>
internal sealed class NotificationReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private NotificationReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<string> Bodies { get; } = new();

    public Uri Url { get; private set; } = null!;

    public static async Task<NotificationReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new NotificationReceiver(app);
        app.MapPost("/ecster/notification", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            receiver.Bodies.Enqueue(await reader.ReadToEndAsync());
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/ecster/notification");
        return receiver;
    }

    /// <summary>Waits (bounded) until a condition on the received bodies holds; notifications are sent in the background.</summary>
    public async Task<bool> WaitUntilAsync(Func<IReadOnlyCollection<string>, bool> condition, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            if (condition(Bodies.ToArray()))
                return true;
            await Task.Delay(50);
        }

        return condition(Bodies.ToArray());
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
