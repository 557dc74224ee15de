using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Ecster.Client.Errors;
using Ecster.Client.Http;
using Ecster.Client.Serialization;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Ecster.Client;

// How one call goes over the wire: headers, what the Polly policies need to know, one log line, error mapping.
public sealed partial class EcsterClient
{
    private const string RequestIdHeader = "x-request-id";
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly ILogger<EcsterClient> _logger;
    private readonly string _baseUrl;
    private readonly string _apiKey;
    private readonly string _merchantKey;
    private readonly ResilienceSettings _resilience;

    // carriesReference no longer makes a call retryable: Ecster documents no idempotency, so a repeat could act twice.
    private async Task<T> SendAsync<T>(
        EcsterOperation operation, string path, object? body, bool carriesReference, CancellationToken cancellationToken)
        where T : class
    {
        var (answer, status, requestId) = await SendCoreAsync(operation, path, body, cancellationToken)
            .ConfigureAwait(false);
        try
        {
            return EcsterJson.Deserialize<T>(answer.Utf8);
        }
        catch (JsonException)
        {
            LogUnreadableBody(_logger, operation.Name, status, typeof(T).Name, requestId);

            // No inner exception: a parser's message is about the body, and the body can hold personal data.
            throw new EcsterApiException(EcsterErrorKind.MalformedResponse, operation.Name, status,
                ecsterMessage: "The answer's body could not be read.", requestId: requestId);
        }
        finally
        {
            answer.Dispose();
        }
    }

    /// <returns>The successful answer's body, which the caller must dispose.</returns>
    private async Task<(ResponseBody Body, int Status, string? RequestId)> SendCoreAsync(
        EcsterOperation operation, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = BuildRequest(operation, path, body);
        var started = Stopwatch.GetTimestamp();

        HttpResponseMessage response;
        try
        {
            // ResponseContentRead: the HttpClient's timeout covers the body too, and the body is buffered once read.
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogCancelled(_logger, operation.Name, operation.Method.Method, operation.PathTemplate, ElapsedMs(started));
            throw;
        }
        catch (Exception exception) when (IsNoAnswer(exception))
        {
            throw NoAnswer(operation, exception, ElapsedMs(started));
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var requestId = response.Headers.TryGetValues(RequestIdHeader, out var values) ? FirstOf(values) : null;

            // The body stays UTF-8: the reader parses bytes, so decoding it to a string would be work for nothing.
            var answer = ResponseBody.Read(response.Content, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                LogAnswered(_logger, operation.Name, operation.Method.Method, operation.PathTemplate, status, ElapsedMs(started), requestId);
                return (answer, status, requestId);
            }

            using (answer)
                throw ErrorAnswer(operation, status, answer.Utf8, requestId, ElapsedMs(started));
        }
    }

    private HttpRequestMessage BuildRequest(EcsterOperation operation, string path, object? body)
    {
        var request = new HttpRequestMessage(operation.Method, _baseUrl + path);
        request.Headers.Add("x-api-key", _apiKey);
        request.Headers.Add("x-merchant-key", _merchantKey);
        request.Headers.Accept.Add(Json);
        if (body is not null)
            request.Content = new ByteArrayContent(EcsterJson.Serialize(body))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") }
            };

        // The Polly policies read these; retryability comes from the operation, never from the HTTP method.
        request.Options.Set(EcsterRequestOptions.Retryable, operation.IsRetryable);
        request.Options.Set(EcsterRequestOptions.Resilience, _resilience);
        request.SetPolicyExecutionContext(new Context(operation.Name));
        return request;
    }

    private static bool IsNoAnswer(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
            or OperationCanceledException or IOException;

    private EcsterApiException NoAnswer(EcsterOperation operation, Exception exception, long elapsedMs)
    {
        // An open circuit means the request was never sent: nothing can have happened, whatever the call.
        var kind = exception is BrokenCircuitException
            ? EcsterErrorKind.Transient
            : ErrorClassifier.WhenNoAnswer(operation.Effect);

        LogNoAnswer(_logger, operation.Name, operation.Method.Method, operation.PathTemplate, exception.GetType().Name, elapsedMs, kind);

        var message = exception switch
        {
            BrokenCircuitException => "Ecster is failing; calls are paused for a while (circuit open).",
            TimeoutRejectedException or OperationCanceledException => "Ecster did not answer in time.",
            _ => "The connection to Ecster failed."
        };

        // Inner exceptions are kept only where their text is Polly's; socket errors can quote the URL.
        var inner = exception is TimeoutRejectedException or BrokenCircuitException ? exception : null;
        return new EcsterApiException(kind, operation.Name, ecsterMessage: message, innerException: inner);
    }

    private EcsterApiException ErrorAnswer(EcsterOperation operation, int status, ReadOnlySpan<byte> utf8, string? requestId, long elapsedMs)
    {
        var error = ReadErrorBody(utf8);
        var kind = ErrorClassifier.FromStatus(status, error?.Type, error?.EffectiveCode, operation.Effect);

        LogErrorAnswer(_logger, operation.Name, operation.Method.Method, operation.PathTemplate, status, error?.EffectiveCode, elapsedMs, requestId, kind);

        return new EcsterApiException(
            kind,
            operation.Name,
            status,
            error?.EffectiveCode,
            Redactor.Scrub(error?.Message, [_apiKey, _merchantKey]),
            error?.Type,
            requestId);
    }

    // Error bodies are best effort: a proxy's HTML page still gives a status to classify.
    private static ErrorBody? ReadErrorBody(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
            return null;

        try
        {
            return EcsterJson.Deserialize<ErrorBody>(utf8);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static long ElapsedMs(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    private static string? FirstOf(IEnumerable<string> values)
    {
        foreach (var value in values)
            return value;
        return null;
    }

    // Source-generated: nothing is formatted or boxed unless the level is enabled (one line per call is hot).
    [LoggerMessage(Level = LogLevel.Information, Message = "Ecster {Operation} {Method} {Path} answered {Status} in {ElapsedMs} ms, request id {RequestId}")]
    private static partial void LogAnswered(ILogger logger, string operation, string method, string path, int status, long elapsedMs, string? requestId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ecster {Operation} {Method} {Path} cancelled by the caller after {ElapsedMs} ms")]
    private static partial void LogCancelled(ILogger logger, string operation, string method, string path, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ecster {Operation} {Method} {Path} got no answer ({Reason}) after {ElapsedMs} ms: {Kind}")]
    private static partial void LogNoAnswer(ILogger logger, string operation, string method, string path, string reason, long elapsedMs, EcsterErrorKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ecster {Operation} {Method} {Path} answered {Status} {Code} in {ElapsedMs} ms, request id {RequestId}: {Kind}")]
    private static partial void LogErrorAnswer(ILogger logger, string operation, string method, string path, int status, string? code, long elapsedMs, string? requestId, EcsterErrorKind kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ecster {Operation} answered {Status} with a body that cannot be read as {Model}, request id {RequestId}")]
    private static partial void LogUnreadableBody(ILogger logger, string operation, int status, string model, string? requestId);
}
