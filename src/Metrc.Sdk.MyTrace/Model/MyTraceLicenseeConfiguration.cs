using NodaTime;

namespace Metrc.Sdk.MyTrace;

/// <summary>A MyTrace licensee's settings, including the link to an external order platform (for example Canix).</summary>
public sealed record MyTraceLicenseeConfiguration
{
    /// <summary>Whether orders are synchronised with an external order platform.</summary>
    public bool ExternalOrderPlatformActive { get; init; }

    /// <summary>The external platform's name (required when <see cref="ExternalOrderPlatformActive"/>).</summary>
    public string? ExternalPlatform { get; init; }

    /// <summary>Who is e-mailed when an order changes (at least one when <see cref="ExternalOrderPlatformActive"/>).</summary>
    public IReadOnlyList<string> OrderUpdateEmails { get; init; } = [];

    /// <summary>The licensee's business name.</summary>
    public string? Name { get; init; }

    /// <summary>The licensee's contact e-mail.</summary>
    public string? Email { get; init; }

    /// <summary>The licensee's address.</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>The licensee's Metrc licence number.</summary>
    public string? LicenseNumber { get; init; }

    /// <summary>The last day the licence is valid.</summary>
    public LocalDate? LicenseExpirationDate { get; init; }

    /// <summary>The licensee's IANA time zone id (for example <c>America/Denver</c>); order dates are taken in this zone.</summary>
    public string TimeZoneId { get; init; } = "America/Denver";

    /// <summary>Checks every rule and returns the problems found (empty when the configuration is valid).</summary>
    /// <param name="today">Today's date in the licensee's time zone; a licence expiring before it is reported.</param>
    /// <remarks>
    /// Rules: name, e-mail, licence number and licence expiration date are required; the e-mail and every order-update
    /// e-mail must look like <c>local@domain.tld</c>; the licence must not have expired; the time zone must be a known IANA
    /// id; an active external platform needs the platform's name and at least one order-update e-mail; the address, when
    /// given, needs street, city, state and postal code.
    /// </remarks>
    public IReadOnlyList<MyTraceError> Validate(LocalDate today)
    {
        var errors = new List<MyTraceError>();
        Require(errors, Name, nameof(Name), "The licensee name is required.");
        if (Require(errors, Email, nameof(Email), "The licensee e-mail is required."))
        {
            CheckEmail(errors, Email!, nameof(Email));
        }

        Require(errors, LicenseNumber, nameof(LicenseNumber), "The licence number is required.");
        if (LicenseExpirationDate is not LocalDate expires)
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.Required, "The licence expiration date is required.") { Field = nameof(LicenseExpirationDate) });
        }
        else if (expires < today)
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.LicenseExpired, $"The licence expired on {expires:yyyy-MM-dd}.") { Field = nameof(LicenseExpirationDate) });
        }

        if (string.IsNullOrWhiteSpace(TimeZoneId) || DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZoneId) is null)
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.InvalidTimeZone, $"'{TimeZoneId}' is not a known IANA time zone id.") { Field = nameof(TimeZoneId) });
        }

        if (Address is not null)
        {
            Require(errors, Address.Street1, "Address.Street1", "The address needs a street.");
            Require(errors, Address.City, "Address.City", "The address needs a city.");
            Require(errors, Address.State, "Address.State", "The address needs a state.");
            Require(errors, Address.PostalCode, "Address.PostalCode", "The address needs a postal code.");
        }

        IReadOnlyList<string> emails = OrderUpdateEmails ?? [];
        for (int i = 0; i < emails.Count; i++)
        {
            CheckEmail(errors, emails[i], $"{nameof(OrderUpdateEmails)}[{i}]");
        }

        if (ExternalOrderPlatformActive)
        {
            Require(errors, ExternalPlatform, nameof(ExternalPlatform), "The external order platform is active, so its name is required.");
            if (emails.Count == 0)
            {
                errors.Add(new MyTraceError(MyTraceErrorCode.MissingOrderUpdateEmails, "The external order platform is active, so at least one order-update e-mail is required.")
                {
                    Field = nameof(OrderUpdateEmails),
                });
            }
        }

        return errors;
    }

    /// <summary>Throws when <see cref="Validate"/> finds a problem.</summary>
    /// <param name="today">Today's date in the licensee's time zone.</param>
    /// <exception cref="MyTraceValidationException">The configuration breaks at least one rule; every problem is listed.</exception>
    public void EnsureValid(LocalDate today)
    {
        IReadOnlyList<MyTraceError> errors = Validate(today);
        if (errors.Count > 0)
        {
            throw new MyTraceValidationException(errors, "configuration");
        }
    }

    /// <summary>The licensee's time zone.</summary>
    /// <exception cref="MyTraceValidationException"><see cref="TimeZoneId"/> is not a known IANA id.</exception>
    public DateTimeZone GetTimeZone() =>
        (string.IsNullOrWhiteSpace(TimeZoneId) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZoneId))
        ?? throw new MyTraceValidationException([new MyTraceError(MyTraceErrorCode.InvalidTimeZone, $"'{TimeZoneId}' is not a known IANA time zone id.") { Field = nameof(TimeZoneId) }], nameof(TimeZoneId));

    internal static bool IsEmail(string value)
    {
        string v = value.Trim();
        int at = v.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != v.LastIndexOf('@') || v.Any(char.IsWhiteSpace))
        {
            return false;
        }

        string domain = v[(at + 1)..];
        int dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 2 && !domain.Contains("..", StringComparison.Ordinal);
    }

    private static bool Require(List<MyTraceError> errors, string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.Required, message) { Field = field });
            return false;
        }

        return true;
    }

    private static void CheckEmail(List<MyTraceError> errors, string? value, string field)
    {
        if (value is null || !IsEmail(value))
        {
            errors.Add(new MyTraceError(MyTraceErrorCode.InvalidEmail, $"'{value}' is not a valid e-mail address.") { Field = field });
        }
    }
}
