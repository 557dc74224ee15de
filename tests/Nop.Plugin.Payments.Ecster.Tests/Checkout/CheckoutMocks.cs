using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Payments.Ecster.Services.Checkout;
using Nop.Services.Localization;
using Nop.Services.Orders;

namespace Nop.Plugin.Payments.Ecster.Tests.Checkout;

/// <summary>nopCommerce's services as one shopper (customer 7 in store 1) with one cart item sees them.</summary>
internal sealed class CheckoutMocks
{
    public Customer Customer { get; } = new() { Id = 7 };
    public Store Store { get; } = new() { Id = 1 };
    public List<ShoppingCartItem> Cart { get; } = [new() { Id = 1, ProductId = 10, Quantity = 1 }];
    public Customer? Staff { get; set; }

    public Mock<IWorkContext> WorkContext { get; } = new();
    public Mock<IStoreContext> StoreContext { get; } = new();
    public Mock<IShoppingCartService> ShoppingCart { get; } = new();
    public Mock<ILocalizationService> Localization { get; } = new();

    public CheckoutMocks()
    {
        WorkContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(() => Customer);
        WorkContext.Setup(w => w.OriginalCustomerIfImpersonated).Returns(() => Staff!);
        WorkContext.Setup(w => w.GetWorkingLanguageAsync()).ReturnsAsync(new Language { LanguageCulture = "sv-SE" });
        StoreContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(() => Store);
        ShoppingCart.Setup(s => s.GetShoppingCartAsync(It.IsAny<Customer>(), It.IsAny<ShoppingCartType?>(), It.IsAny<int>(),
                It.IsAny<int?>(), It.IsAny<DateTime?>(), It.IsAny<DateTime?>(), It.IsAny<int?>()))
            .ReturnsAsync(() => Cart);
        // Texts come back as their resource keys, so tests can tell which message was chosen.
        Localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key);
    }

    public ShopperContextResolver Shoppers => new(ShoppingCart.Object, StoreContext.Object, WorkContext.Object);

    public CheckoutTexts Texts => new(Localization.Object);
}
