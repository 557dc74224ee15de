// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/Events/IConsumer.cs
namespace Nop.Services.Events;

public partial interface IConsumer<T>
{
    Task HandleEventAsync(T eventMessage);
}
