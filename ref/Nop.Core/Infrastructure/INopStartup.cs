// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Infrastructure/INopStartup.cs
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Nop.Core.Infrastructure;

public partial interface INopStartup
{
    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    void Configure(IApplicationBuilder application);

    int Order { get; }
}
