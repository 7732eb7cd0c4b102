namespace Styrmodell.Finance;

/// <summary>The kind of reserve a fiscal year's balance-requirement rules provide.</summary>
public enum ReserveKind
{
    /// <summary>Resultatutjämningsreserv (RUR), KL 11 kap. 14 § in its wording up to fiscal year 2023.</summary>
    ResultEqualisationReserve,

    /// <summary>Resultatreserv, KL 11 kap. as amended from fiscal year 2024 (prop. 2022/23:119).</summary>
    ResultReserve,
}
