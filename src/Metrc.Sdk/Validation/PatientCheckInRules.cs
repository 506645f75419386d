using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST</c> and <c>PUT /patient-checkins/v2</c>: patient, location, registration period (expiry not before start) and check-in date.</summary>
internal sealed class PatientCheckInRules : IRowRules<CreatePatientCheckInRequest>, IRowRules<UpdatePatientCheckInRequest>
{
    public static readonly PatientCheckInRules Instance = new();

    public void Check(ValidationSession s, int row, CreatePatientCheckInRequest r) =>
        Fields(s, row, r.PatientLicenseNumber, r.CheckInLocationId, r.RegistrationStartDate, r.RegistrationExpiryDate, r.CheckInDate);

    public void Check(ValidationSession s, int row, UpdatePatientCheckInRequest r)
    {
        s.RequiredId(row, "Id", r.Id);
        Fields(s, row, r.PatientLicenseNumber, r.CheckInLocationId, r.RegistrationStartDate, r.RegistrationExpiryDate, r.CheckInDate);
    }

    private static void Fields(ValidationSession s, int row, string? patient, long? location, NodaTime.LocalDate? start, NodaTime.LocalDate? expiry, NodaTime.LocalDate? checkIn)
    {
        s.Required(row, "PatientLicenseNumber", patient);
        s.RequiredId(row, "CheckInLocationId", location);
        s.RequiredValue(row, "RegistrationStartDate", start);
        s.RequiredValue(row, "RegistrationExpiryDate", expiry);
        s.DateRange(row, "RegistrationExpiryDate", start, expiry);
        s.Date(row, "CheckInDate", checkIn);
    }
}
