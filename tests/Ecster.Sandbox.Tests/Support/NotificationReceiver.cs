using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Ecster.Sandbox.Tests.Support;

/// <summary>A merchant's notification endpoint on a free loopback port; answers with whatever status the test scripts.</summary>
public sealed class NotificationReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _scriptedStatuses = new();

    public ConcurrentQueue<JObject> Received { get; } = new();

    /// <summary>The headers of each post answered 2xx, in the order of <see cref="Received"/>.</summary>
    public ConcurrentQueue<IHeaderDictionary> ReceivedHeaders { get; } = new();
    public string Url { get; }

    private NotificationReceiver(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public static async Task<NotificationReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        NotificationReceiver? receiver = null;
        app.MapPost("/ecster/notification", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = JObject.Parse(await reader.ReadToEndAsync());
            var status = receiver!._scriptedStatuses.TryDequeue(out var scripted) ? scripted : 200;
            if (status is >= 200 and < 300)
            {
                receiver.ReceivedHeaders.Enqueue(new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value)));
                receiver.Received.Enqueue(body);
            }
            context.Response.StatusCode = status;
        });
        await app.StartAsync();
        receiver = new NotificationReceiver(app, app.Urls.First().TrimEnd('/') + "/ecster/notification");
        return receiver;
    }

    /// <summary>The next answers, in order; after them every notification gets 200.</summary>
    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses) _scriptedStatuses.Enqueue(status);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
