// Fixtures run side by side, each one's tests in order (issue 19: one after another, the run took
// minutes). That is safe because every test makes its own term under a fresh slug, its own keys under
// fresh names and its own databases, so no two fixtures change rows the other reads. A fixture that
// reads what everyone changes (whole-table counts), measures timings, or stops servers and processes
// is marked [NonParallelizable] and runs on its own, with the reason beside the attribute.
[assembly: Parallelizable(ParallelScope.Fixtures)]
// Tests spend much of their time waiting on Postgres and the in-memory server, so more workers than
// this machine's 2 cores keep both busy.
[assembly: LevelOfParallelism(4)]
