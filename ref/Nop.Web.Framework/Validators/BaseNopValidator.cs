// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Validators/BaseNopValidator.cs
using FluentValidation;
using Nop.Core;
using Nop.Data.Mapping;

namespace Nop.Web.Framework.Validators;

public abstract partial class BaseNopValidator<TModel> : AbstractValidator<TModel> where TModel : class
{
    protected virtual void SetDatabaseValidationRules<TEntity>(params string[] filterStringPropertyNames)
        where TEntity : BaseEntity => throw null!;

    protected virtual void SetStringPropertiesMaxLength(NopEntityDescriptor entityDescriptor, params string[] filterPropertyNames) => throw null!;

    protected virtual void SetDecimalMaxValue(NopEntityDescriptor entityDescriptor) => throw null!;
}
