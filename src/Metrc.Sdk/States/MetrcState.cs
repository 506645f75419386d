namespace Metrc.Sdk;

/// <summary>
/// A Metrc jurisdiction. Each jurisdiction has its own API instance
/// (<c>https://api-{code}.metrc.com</c>) with its own keys, facilities and rules.
/// </summary>
/// <remarks>Use <see cref="MetrcStates.GetCode(MetrcState)"/> for the two-letter host code.</remarks>
public enum MetrcState
{
    /// <summary>Alaska.</summary>
    Ak = 1,
    /// <summary>Alabama.</summary>
    Al,
    /// <summary>California (CCTT-Metrc).</summary>
    Ca,
    /// <summary>Colorado.</summary>
    Co,
    /// <summary>District of Columbia.</summary>
    Dc,
    /// <summary>Guam.</summary>
    Gu,
    /// <summary>Illinois.</summary>
    Il,
    /// <summary>Kentucky.</summary>
    Ky,
    /// <summary>Louisiana.</summary>
    La,
    /// <summary>Massachusetts.</summary>
    Ma,
    /// <summary>Maryland.</summary>
    Md,
    /// <summary>Maine.</summary>
    Me,
    /// <summary>Michigan.</summary>
    Mi,
    /// <summary>Minnesota.</summary>
    Mn,
    /// <summary>Missouri.</summary>
    Mo,
    /// <summary>Mississippi.</summary>
    Ms,
    /// <summary>Montana.</summary>
    Mt,
    /// <summary>New Jersey.</summary>
    Nj,
    /// <summary>Nevada.</summary>
    Nv,
    /// <summary>New York.</summary>
    Ny,
    /// <summary>Ohio.</summary>
    Oh,
    /// <summary>Oklahoma.</summary>
    Ok,
    /// <summary>Oregon.</summary>
    Or,
    /// <summary>Rhode Island.</summary>
    Ri,
    /// <summary>South Dakota.</summary>
    Sd,
    /// <summary>Virginia.</summary>
    Va,
    /// <summary>U.S. Virgin Islands.</summary>
    Vi,
    /// <summary>West Virginia.</summary>
    Wv,
}
