using System.Net;
using System.Text;

namespace Ecster.Client.Tests.Support;

/// <summary>A scripted Ecster: answers requests in order from a queue and records what was sent.</summary>
public sealed class FakeEcsterHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _answers = new();
    private readonly object _gate = new();

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>Answers every request beyond the queue; unset means a test bug.</summary>
    public Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? Fallback { get; set; }

    public FakeEcsterHandler Respond(HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? configure = null)
    {
        Enqueue((_, _) =>
        {
            var response = new HttpResponseMessage(status);
            if (json is not null)
                response.Content = new StringContent(json, Encoding.UTF8, "application/json");
            response.Headers.Add("x-request-id", "req-" + Requests.Count);
            configure?.Invoke(response);
            return Task.FromResult(response);
        });
        return this;
    }

    public FakeEcsterHandler Throw(Exception exception)
    {
        Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    /// <summary>Never answers: waits until the caller (a timeout) gives up.</summary>
    public FakeEcsterHandler Hang()
    {
        Enqueue(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    public FakeEcsterHandler Enqueue(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer)
    {
        lock (_gate)
            _answers.Enqueue(answer);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? answer;
        lock (_gate)
        {
            Requests.Add(new RecordedRequest(
                request.Method,
                request.RequestUri!,
                request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value)),
                request.Content?.Headers.ContentType?.MediaType,
                request.Content?.Headers.ContentType?.CharSet,
                body));
            answer = _answers.Count > 0 ? _answers.Dequeue() : Fallback;
        }

        if (answer is null)
            throw new InvalidOperationException($"No answer scripted for request {Requests.Count}.");

        return await answer(request, cancellationToken);
    }
}

public sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    string? MediaType,
    string? CharSet,
    string? Body);
