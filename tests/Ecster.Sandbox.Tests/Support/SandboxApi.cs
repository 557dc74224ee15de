using System.Text;
using Newtonsoft.Json;

namespace Ecster.Sandbox.Tests.Support;

/// <summary>A raw HTTP client for the sandbox: no knowledge of the contract beyond paths and keys.</summary>
public sealed class SandboxApi : IDisposable
{
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };

    public SandboxApi(SandboxServer server, bool withKeys = true)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = server.BaseAddress };
        if (withKeys)
        {
            Http.DefaultRequestHeaders.Add("x-api-key", server.ApiKey);
            Http.DefaultRequestHeaders.Add("x-merchant-key", server.MerchantKey);
        }
    }

    public SandboxServer Server { get; }
    public HttpClient Http { get; }

    public const string Root = "rest/public/v1";

    public Task<ApiResponse> GetAsync(string path, string? fault = null) => SendAsync(HttpMethod.Get, path, null, fault);
    public Task<ApiResponse> PostAsync(string path, object? body, string? fault = null) => SendAsync(HttpMethod.Post, path, body, fault);
    public Task<ApiResponse> PutAsync(string path, object body, string? fault = null) => SendAsync(HttpMethod.Put, path, body, fault);
    public Task<ApiResponse> DeleteAsync(string path, string? fault = null) => SendAsync(HttpMethod.Delete, path, null, fault);

    /// <summary><paramref name="path"/> is relative to /rest/public/v1 unless it starts with '/'.</summary>
    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, object? body, string? fault = null)
    {
        using var request = new HttpRequestMessage(method, Url(path));
        if (body is not null)
            request.Content = new StringContent(body as string ?? JsonConvert.SerializeObject(body, Settings), Encoding.UTF8, "application/json");
        if (fault is not null) request.Headers.Add("x-sandbox-fault", fault);
        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ApiResponse(response.StatusCode, response, text);
    }

    public static string Url(string path) => path.StartsWith('/') ? path.TrimStart('/') : $"{Root}/{path}";

    public void Dispose() => Http.Dispose();
}
