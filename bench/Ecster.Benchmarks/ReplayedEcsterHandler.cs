using System.Net;
using System.Net.Http.Headers;

namespace Ecster.Benchmarks;

/// <summary>
/// Ecster's answers recorded once from the sandbox over the network, then given again instantly by method and path,
/// so a benchmark times what runs on the calling side alone (the typed client's pipeline, or a bare HttpClient) with
/// no socket and no server. Ids in the answers lead to paths that were recorded too, so both sides replay the same
/// sequences they recorded.
/// </summary>
internal sealed class ReplayedEcsterHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly Dictionary<string, (HttpStatusCode Status, byte[] Body, MediaTypeHeaderValue? Type)> _answers = [];
    private bool _replaying;

    /// <summary>From now on every answer comes from the recording; a request not recorded is an error.</summary>
    public void Replay() => _replaying = true;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = request.Method.Method + " " + request.RequestUri!.PathAndQuery;
        if (!_replaying)
        {
            using var live = await base.SendAsync(request, cancellationToken);
            _answers[key] = (live.StatusCode, await live.Content.ReadAsByteArrayAsync(cancellationToken), live.Content.Headers.ContentType);
        }

        var (status, body, type) = _answers.TryGetValue(key, out var answer)
            ? answer
            : throw new InvalidOperationException($"No recorded answer for {key}.");
        return new HttpResponseMessage(status)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(body) { Headers = { ContentType = type } }
        };
    }
}
