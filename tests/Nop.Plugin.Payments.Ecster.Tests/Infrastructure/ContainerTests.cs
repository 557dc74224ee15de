using System.Reflection;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core;
using Nop.Core.Configuration;
using Nop.Plugin.Payments.Ecster.Infrastructure;
using Nop.Plugin.Payments.Ecster.Models.Admin;
using Nop.Plugin.Payments.Ecster.Validators;
using Nop.Services.Configuration;
using Nop.Services.Events;
using Nop.Services.Localization;
using Nop.Services.Plugins;
using Nop.Services.ScheduleTasks;

namespace Nop.Plugin.Payments.Ecster.Tests.Infrastructure;

/// <summary>
/// Builds the plugin's registrations into an Autofac container the way nopCommerce 4.90 does (NopStartup's
/// service collection populated into Autofac), with nopCommerce's own services standing in as mocks, and
/// resolves every service the plugin registers and every class the host activates from the plugin
/// (plugin, controllers, view components, schedule tasks, event consumers). A missing registration or a
/// captive dependency fails here instead of in a shop.
/// </summary>
public class ContainerTests
{
    private static readonly Assembly PluginAssembly = typeof(NopStartup).Assembly;

    private static IEnumerable<Type> HostActivatedTypes() => PluginAssembly.GetTypes().Where(t =>
        t is { IsClass: true, IsAbstract: false, IsPublic: true } &&
        (typeof(IPlugin).IsAssignableFrom(t) || typeof(ControllerBase).IsAssignableFrom(t) || typeof(ViewComponent).IsAssignableFrom(t) ||
         typeof(IScheduleTask).IsAssignableFrom(t) ||
         t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))));

    private static (IContainer Container, IServiceCollection PluginServices) BuildContainer()
    {
        var services = new ServiceCollection();
        services.AddLogging(); // ASP.NET Core's logging, which the host has
        RunPluginStartups(services);
        IServiceCollection pluginServices = new ServiceCollection();
        foreach (var descriptor in services.Where(d => IsPluginOwned(d.ImplementationType ?? d.ServiceType)))
            pluginServices.Add(descriptor);

        var builder = new ContainerBuilder();
        builder.Populate(services);
        RegisterHostServices(builder, services);
        foreach (var type in HostActivatedTypes())
            builder.RegisterType(type).AsSelf().InstancePerLifetimeScope();
        return (builder.Build(), pluginServices);
    }

    /// <summary>Every INopStartup of the plugin, in their Order, as nopCommerce's engine runs them.</summary>
    private static void RunPluginStartups(IServiceCollection services)
    {
        var configuration = new ConfigurationBuilder().Build();
        foreach (var startup in PluginAssembly.GetTypes()
                     .Where(t => typeof(Nop.Core.Infrastructure.INopStartup).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
                     .Select(t => (Nop.Core.Infrastructure.INopStartup)Activator.CreateInstance(t)!)
                     .OrderBy(s => s.Order))
            startup.ConfigureServices(services, configuration);
    }

    private static bool IsPluginOwned(Type type) =>
        type.Assembly == PluginAssembly || type.Assembly.GetName().Name == "Ecster.Client";

    /// <summary>
    /// nopCommerce's services (Nop.* interfaces) as mocks and its settings as loaded objects: whatever the
    /// plugin's types ask for from nopCommerce. Plugin-owned types are never stood in for.
    /// </summary>
    private static void RegisterHostServices(ContainerBuilder builder, IServiceCollection registered)
    {
        var seen = new HashSet<Type>(registered.Select(d => d.ServiceType));
        var pending = new Stack<Type>(HostActivatedTypes().Concat(registered.Select(d => d.ImplementationType).OfType<Type>()).Where(IsPluginOwned));
        var visited = new HashSet<Type>();
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!visited.Add(type))
                continue;
            foreach (var parameter in type.GetConstructors().SelectMany(c => c.GetParameters()))
            {
                var needed = parameter.ParameterType;
                if (IsPluginOwned(needed))
                {
                    if (typeof(ISettings).IsAssignableFrom(needed) && seen.Add(needed))
                        builder.RegisterInstance(Activator.CreateInstance(needed)!).As(needed);
                    pending.Push(needed);
                    continue;
                }

                if (needed.Namespace?.StartsWith("Nop.", StringComparison.Ordinal) != true || !seen.Add(needed))
                    continue;
                if (needed.IsInterface)
                    builder.RegisterInstance(((Mock)Activator.CreateInstance(typeof(Mock<>).MakeGenericType(needed))!).Object).As(needed);
                else if (typeof(ISettings).IsAssignableFrom(needed))
                    builder.RegisterInstance(Activator.CreateInstance(needed)!).As(needed);
            }
        }
    }

    [Test]
    public void Every_service_the_plugin_registers_resolves()
    {
        var (container, pluginServices) = BuildContainer();
        using var _ = container;
        using var scope = container.BeginLifetimeScope();

        Assert.That(pluginServices, Is.Not.Empty);
        foreach (var descriptor in pluginServices.Where(d => !d.ServiceType.IsGenericTypeDefinition))
            Assert.That(scope.Resolve(descriptor.ServiceType), Is.Not.Null, descriptor.ServiceType.FullName);
    }

    [Test]
    public void The_container_gives_the_order_placer_its_optional_recipient_permissions()
    {
        var (container, _) = BuildContainer();
        using var __ = container;
        using var scope = container.BeginLifetimeScope();

        var placer = scope.Resolve<Nop.Plugin.Payments.Ecster.Services.Checkout.EcsterOrderPlacer>();
        var recipients = typeof(Nop.Plugin.Payments.Ecster.Services.Checkout.EcsterOrderPlacer)
            .GetField("_recipients", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(placer);
        Assert.That(recipients, Is.Not.Null, "without it no order keeps its recipient permission for later edits");
    }

    [Test]
    public void Every_class_the_host_activates_from_the_plugin_resolves()
    {
        var (container, _) = BuildContainer();
        using var __ = container;
        using var scope = container.BeginLifetimeScope();

        var types = HostActivatedTypes().ToList();
        Assert.That(types, Does.Contain(typeof(EcsterPaymentMethod)));
        foreach (var type in types)
            Assert.That(scope.Resolve(type), Is.InstanceOf(type), type.FullName);
    }

    [Test]
    public void Singletons_do_not_capture_scoped_services()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        RunPluginStartups(services);

        var scopedTypes = services.Where(d => d.Lifetime == ServiceLifetime.Scoped).Select(d => d.ServiceType).ToHashSet();
        foreach (var singleton in services.Where(d => d.Lifetime == ServiceLifetime.Singleton && d.ImplementationType is not null && IsPluginOwned(d.ImplementationType)))
        {
            var captured = singleton.ImplementationType!.GetConstructors().SelectMany(c => c.GetParameters())
                .Select(p => p.ParameterType).Where(scopedTypes.Contains).ToList();
            Assert.That(captured, Is.Empty, $"{singleton.ImplementationType.Name} would hold a request's services for the app's life");
        }
    }

    [Test]
    public void The_hosts_validator_scan_gives_each_form_type_exactly_its_own_validator()
    {
        // As nopCommerce 4.90.3's AddNopMvc registers the validators of every Nop* assembly, populated into Autofac.
        var services = new ServiceCollection();
        services.AddValidatorsFromAssemblies([PluginAssembly]);
        var builder = new ContainerBuilder();
        builder.Populate(services);
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key);
        builder.RegisterInstance(localization.Object);
        builder.RegisterInstance(Mock.Of<ISettingService>());
        builder.RegisterInstance(Mock.Of<IStoreContext>());
        using var container = builder.Build();
        using var scope = container.BeginLifetimeScope();

        // One each: a save rule on the test-connection form (or the reverse) would change what the admin may do.
        Assert.That(scope.Resolve<IEnumerable<IValidator<ConfigurationModel>>>().Select(v => v.GetType()), Is.EqualTo(new[] { typeof(ConfigurationValidator) }));
        Assert.That(scope.Resolve<IEnumerable<IValidator<ConnectionTestModel>>>().Select(v => v.GetType()), Is.EqualTo(new[] { typeof(ConnectionTestValidator) }));
    }
}
