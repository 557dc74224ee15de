// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Core/Domain/Localization/ILocalizedEntity.cs
namespace Nop.Core.Domain.Localization;

public partial interface ILocalizedEntity;
