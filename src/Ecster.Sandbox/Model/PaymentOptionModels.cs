namespace Ecster.Sandbox.Model;

// docs §6.

public sealed record PaymentOptionsView(IReadOnlyList<PaymentOptionView> PaymentOptions);

public sealed record PaymentOptionView(
    string Id, string PaymentMethod, string PaymentSubmethod, string Name, bool AllowAlternateRecipient,
    IReadOnlyList<LocalizedTermView> LocalizedTerms);

/// <summary>One localized term (docs §3): display strings only.</summary>
public sealed record LocalizedTermView(string Id, string Text, string Value, string Unit);
