using Metrc.Sdk.Models;

namespace Metrc.Sdk.Validation;

/// <summary>Rules of <c>PUT /sales/v2/deliveries/complete</c>: an existing delivery that is not completed, its arrival time, and well-formed package labels.</summary>
internal sealed class CompleteSalesDeliveryRules : IRowRules<CompleteSalesDeliveryRequest>
{
    public static readonly CompleteSalesDeliveryRules Instance = new();

    public void Check(ValidationSession s, int row, CompleteSalesDeliveryRequest r)
    {
        s.OpenDelivery(row, "Id", r.Id);
        s.Timestamp(row, "ActualArrivalDateTime", r.ActualArrivalDateTime);
        for (int i = 0; i < (r.AcceptedPackages?.Count ?? 0); i++)
        {
            s.TagFormat(row, $"AcceptedPackages[{i}]", r.AcceptedPackages![i]);
        }

        for (int i = 0; i < (r.ReturnedPackages?.Count ?? 0); i++)
        {
            FieldPath label = FieldPath.Item("ReturnedPackages", i, "Label");
            if (s.RequiredItem(row, label, r.ReturnedPackages![i], "Returned package") && s.TagFormat(row, label, r.ReturnedPackages[i].Label))
            {
                s.Positive(row, FieldPath.Item("ReturnedPackages", i, "ReturnQuantityVerified"), r.ReturnedPackages[i].ReturnQuantityVerified ?? 0);
                s.Unit(row, FieldPath.Item("ReturnedPackages", i, "ReturnUnitOfMeasure"), r.ReturnedPackages[i].ReturnUnitOfMeasure, null);
            }
        }
    }
}
