namespace Metrc.Sdk.Testing.Tests;

internal static class RuleAssert
{
    /// <summary>Asserts the call is rejected with a 400 whose rows carry <paramref name="code"/>.</summary>
    public static async Task<MetrcValidationException> RejectedAsync(string code, Func<Task> call)
    {
        MetrcValidationException ex = await Assert.ThrowsAsync<MetrcValidationException>(call);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Contains(ex.RowErrors, e => e.Code == code);
        return ex;
    }
}
