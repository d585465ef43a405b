namespace HiringKit.Scoring; public static class ScorerInfo { public const string Version = "0"; }
