using Metrc.Sdk.Models;
using NodaTime;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>POST</c> and <c>PUT /patients/v2</c>: the patient's licence number, its effective period (end not before start) and the date of the change.</summary>
internal sealed class PatientRules : IRowRules<CreatePatientRequest>, IRowRules<UpdatePatientRequest>
{
    public static readonly PatientRules Instance = new();

    public void Check(ValidationSession s, int row, CreatePatientRequest r) =>
        Fields(s, row, r.LicenseNumber, r.LicenseEffectiveStartDate, r.LicenseEffectiveEndDate, r.ActualDate);

    public void Check(ValidationSession s, int row, UpdatePatientRequest r) =>
        Fields(s, row, r.LicenseNumber, r.LicenseEffectiveStartDate, r.LicenseEffectiveEndDate, r.ActualDate);

    private static void Fields(ValidationSession s, int row, string? license, LocalDate? start, LocalDate? end, LocalDate? actual)
    {
        s.Required(row, "LicenseNumber", license);
        s.RequiredValue(row, "LicenseEffectiveStartDate", start);
        s.RequiredValue(row, "LicenseEffectiveEndDate", end);
        s.DateRange(row, "LicenseEffectiveEndDate", start, end);
        s.Date(row, "ActualDate", actual);
    }
}
