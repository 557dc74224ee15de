// Mirrors nopCommerce 4.90.3 src/Presentation/Nop.Web.Framework/Validators/RuleBuilderOptionsExtension.cs
using FluentValidation;

namespace Nop.Web.Framework.Validators;

// Each hands straight to FluentValidation's own WithMessage/Must/When, waiting for the task, as the store's do: a
// validator then runs in tests as in a store (see ../../README.md).
public static class RuleBuilderOptionsExtension
{
    public static IRuleBuilderOptions<T, TProperty> WithMessageAwait<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, Task<string> errorMessage) => rule.WithMessage(errorMessage.Result);

    public static IRuleBuilderOptions<T, TProperty> WithMessageAwait<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, Func<Task<string>> errorMessage) => rule.WithMessage(errorMessage().Result);

    public static IRuleBuilderOptions<T, TProperty> WithMessageAwait<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, Task<string> errorMessage, params object[] args) => rule.WithMessage(string.Format(errorMessage.Result, args));

    public static IRuleBuilderOptions<T, TProperty> MustAwait<T, TProperty>(this IRuleBuilder<T, TProperty> ruleBuilder,
        Func<T, TProperty, Task<bool>> predicate) => ruleBuilder.Must((x, value) => predicate(x, value).Result);

    public static IRuleBuilderOptions<T, TProperty> WhenAwait<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule,
        Func<T, Task<bool>> predicate, ApplyConditionTo applyConditionTo = ApplyConditionTo.AllValidators) => rule.When(x => predicate(x).Result, applyConditionTo);
}
