namespace HiringKit.Scoring;

/// <summary>
/// License abbreviations that stand for a job title. They count only as written by licensing
/// boards, in capitals: "LPC" is a credential, "lpc" in a URL or file name is not.
/// </summary>
public static class Credentials
{
    public static readonly IReadOnlyList<(string Abbreviation, string Title)> All =
    [
        ("LPC", "Licensed Professional Counselor"),
        ("LPCC", "Licensed Professional Clinical Counselor"),
        ("LCPC", "Licensed Clinical Professional Counselor"),
        ("LMHC", "Licensed Mental Health Counselor"),
        ("LCMHC", "Licensed Clinical Mental Health Counselor"),
        ("LCSW", "Licensed Clinical Social Worker"),
        ("LMSW", "Licensed Master Social Worker"),
        ("LMFT", "Licensed Marriage and Family Therapist"),
        ("NCC", "National Certified Counselor"),
        ("CADC", "Certified Alcohol and Drug Counselor"),
        ("LADC", "Licensed Alcohol and Drug Counselor"),
    ];
}
