using NodaTime;

namespace Metrc.Sdk.MyTrace.Tests.Model;

public class LicenseeConfigurationTests
{
    private static readonly LocalDate s_today = new(2026, 6, 1);

    private static MyTraceLicenseeConfiguration Valid() => new()
    {
        ExternalOrderPlatformActive = true,
        ExternalPlatform = "Canix",
        OrderUpdateEmails = ["orders@greenvalley.example", "ops@greenvalley.example"],
        Name = "Green Valley Cultivation",
        Email = "hello@greenvalley.example",
        Address = new PostalAddress { Street1 = "1 Farm Rd", City = "Pueblo", State = "CO", PostalCode = "81001", Country = "US" },
        LicenseNumber = "403-00123",
        LicenseExpirationDate = new LocalDate(2027, 3, 31),
        TimeZoneId = "America/Denver",
    };

    [Fact]
    public void A_complete_configuration_is_valid()
    {
        Assert.Empty(Valid().Validate(s_today));
        Valid().EnsureValid(s_today);
        Assert.Equal("America/Denver", Valid().GetTimeZone().Id);
    }

    [Fact]
    public void An_active_platform_needs_its_name_and_an_order_update_email()
    {
        IReadOnlyList<MyTraceError> errors = (Valid() with { ExternalPlatform = " ", OrderUpdateEmails = [] }).Validate(s_today);

        Assert.Contains(errors, e => e.Code == MyTraceErrorCode.Required && e.Field == "ExternalPlatform");
        Assert.Contains(errors, e => e.Code == MyTraceErrorCode.MissingOrderUpdateEmails);
    }

    [Fact]
    public void An_inactive_platform_needs_neither()
    {
        Assert.Empty((Valid() with { ExternalOrderPlatformActive = false, ExternalPlatform = null, OrderUpdateEmails = [] }).Validate(s_today));
    }

    [Theory]
    [InlineData("no-at-sign.example")]
    [InlineData("two@@example.com")]
    [InlineData("a@nodot")]
    [InlineData("with space@example.com")]
    [InlineData("a@example.c")]
    public void Malformed_order_update_emails_are_reported_with_their_position(string email)
    {
        IReadOnlyList<MyTraceError> errors = (Valid() with { OrderUpdateEmails = ["ok@example.com", email] }).Validate(s_today);

        MyTraceError error = Assert.Single(errors);
        Assert.Equal(MyTraceErrorCode.InvalidEmail, error.Code);
        Assert.Equal("OrderUpdateEmails[1]", error.Field);
    }

    [Fact]
    public void Missing_identity_fields_are_all_reported_at_once()
    {
        IReadOnlyList<MyTraceError> errors = (Valid() with { Name = null, Email = "", LicenseNumber = null, LicenseExpirationDate = null }).Validate(s_today);

        Assert.Equal(["Name", "Email", "LicenseNumber", "LicenseExpirationDate"], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.Equal(MyTraceErrorCode.Required, e.Code));
    }

    [Fact]
    public void An_expired_licence_is_rejected_but_one_expiring_today_is_not()
    {
        Assert.Contains((Valid() with { LicenseExpirationDate = s_today.PlusDays(-1) }).Validate(s_today), e => e.Code == MyTraceErrorCode.LicenseExpired);
        Assert.Empty((Valid() with { LicenseExpirationDate = s_today }).Validate(s_today));
    }

    [Fact]
    public void An_incomplete_address_and_an_unknown_time_zone_are_reported()
    {
        IReadOnlyList<MyTraceError> errors = (Valid() with { Address = new PostalAddress { Street1 = "1 Farm Rd" }, TimeZoneId = "Mars/Olympus" }).Validate(s_today);

        Assert.Contains(errors, e => e.Field == "Address.City");
        Assert.Contains(errors, e => e.Field == "Address.State");
        Assert.Contains(errors, e => e.Field == "Address.PostalCode");
        Assert.Contains(errors, e => e.Code == MyTraceErrorCode.InvalidTimeZone);
    }

    [Fact]
    public void EnsureValid_throws_an_argument_exception_listing_every_problem()
    {
        var ex = Assert.Throws<MyTraceValidationException>(() => (Valid() with { Name = null, Email = "bad" }).EnsureValid(s_today));

        Assert.Equal(2, ex.Errors.Count);
        Assert.Equal("configuration", ex.ParamName);
        Assert.IsAssignableFrom<ArgumentException>(ex);
        Assert.Throws<MyTraceValidationException>(() => (Valid() with { TimeZoneId = "nope" }).GetTimeZone());
    }
}
