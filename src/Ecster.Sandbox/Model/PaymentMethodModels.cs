namespace Ecster.Sandbox.Model;

// docs §2 and §3.

public sealed record PaymentMethodsView(IReadOnlyList<PaymentMethodView> PaymentMethods, IReadOnlyList<LocalizedTermView> LocalizedInfo);

public sealed record PaymentMethodView(
    string Name, string Description, IReadOnlyList<string> SubMethods, IReadOnlyList<string> IdentificationMethods);

public sealed record TermsView(string Method, string Submethod, string Nationality, IReadOnlyList<LocalizedTermView> LocalizedTerms);
