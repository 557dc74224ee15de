using System.Net;
using System.Reflection;
using Ecster.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Nop.Plugin.Payments.Ecster.Infrastructure;
using NopHttpClientBuilder = Nop.Web.Framework.Infrastructure.Extensions.HttpClientBuilderExtensions;

namespace Nop.Plugin.Payments.Ecster.Tests.Infrastructure;

/// <summary>
/// The Ecster HttpClient as the plugin's startup registers it: a User-Agent naming nopCommerce's and the plugin's
/// versions, and nopCommerce's own proxy wiring (<c>WithProxy()</c>), as the store's own plugins use it.
/// </summary>
public class EcsterHttpClientRegistrationTests
{
    [Test]
    public async Task Every_call_to_Ecster_names_the_store_and_plugin_versions_in_its_User_Agent()
    {
        var seen = new List<string>();
        var services = new ServiceCollection();
        services.AddLogging();
        new NopStartup().ConfigureServices(services, new ConfigurationBuilder().Build());
        // In place of the network (and of the proxy handler the store's WithProxy sets): records what is sent.
        services.AddHttpClient("Ecster").ConfigurePrimaryHttpMessageHandler(() => new Recorder(seen));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IEcsterClientFactory>().Create(new EcsterClientOptions
        {
            Environment = EcsterEnvironment.Sandbox, ApiKey = "k", MerchantKey = "m"
        });

        await client.GetPaymentMethodsAsync();

        var pluginVersion = (string)JObject.Parse(File.ReadAllText(RepoPaths.Combine("plugin.json")))["Version"]!;
        Assert.That(seen, Is.EqualTo(new[] { $"nopCommerce/4.90.3 Nop.Plugin.Payments.Ecster/{pluginVersion}" }));
    }

    [Test]
    public void The_startup_sends_the_Ecster_client_through_nopCommerces_proxy_settings_and_nothing_replaces_that_handler()
    {
        var startup = CalledMethods(typeof(NopStartup).GetMethod(nameof(NopStartup.ConfigureServices))!);
        Assert.That(startup.Select(m => m.Name), Does.Contain(nameof(EcsterHttpClientRegistration.AddEcsterHttpClient)));

        var registration = CalledMethods(typeof(EcsterHttpClientRegistration).GetMethod(nameof(EcsterHttpClientRegistration.AddEcsterHttpClient))!);
        var withProxy = registration.FindIndex(m =>
            m.DeclaringType == typeof(NopHttpClientBuilder) && m.Name == nameof(NopHttpClientBuilder.WithProxy));

        Assert.That(withProxy, Is.GreaterThanOrEqualTo(0), "nopCommerce's WithProxy() is called");
        Assert.That(registration.Take(withProxy).Select(m => m.Name), Does.Contain(nameof(EcsterServiceCollectionExtensions.AddEcsterClient)),
            "on the Ecster client's builder");
        Assert.That(registration.Skip(withProxy + 1).Select(m => m.Name), Does.Not.Contain("ConfigurePrimaryHttpMessageHandler"),
            "no later primary handler drops the proxy");
    }

    /// <summary>The methods a method's body calls, in IL order (call and callvirt operands).</summary>
    private static List<MethodBase> CalledMethods(MethodInfo method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        var called = new List<MethodBase>();
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] is not (0x28 or 0x6F))
                continue;
            try
            {
                called.Add(method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1))!);
                i += 4;
            }
            catch (ArgumentException)
            {
                // Not an opcode but a byte of another instruction's operand.
            }
        }
        return called;
    }

    private sealed class Recorder(List<string> seen) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(request.Headers.UserAgent.ToString());
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{ "paymentMethods": [] }""") });
        }
    }
}
