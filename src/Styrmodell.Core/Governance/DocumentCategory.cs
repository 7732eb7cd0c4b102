namespace Styrmodell.Governance;

/// <summary>Who stands behind a steering-document type: elected bodies or the administration.</summary>
public enum DocumentCategory
{
    /// <summary>A political document (policy, program, riktlinje, …), decided by KF, KS or a nämnd.</summary>
    Political,

    /// <summary>An administrative document (anvisning, rutin, …), decided by an official: a förvaltningsbeslut.</summary>
    Administrative,
}
