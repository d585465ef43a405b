using Dapper;
using HiringKit.Api.Infrastructure;
using Npgsql;

namespace HiringKit.Api.Features.QuestionBank;

public static class TermIds
{
    /// <summary>The live term's id, or 404: every question-bank request is scoped to a term.</summary>
    public static async Task<long> RequireAsync(NpgsqlConnection conn, string slug, CancellationToken ct, NpgsqlTransaction? tx = null) =>
        await conn.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "SELECT id FROM terms WHERE slug = @slug AND deleted_at IS NULL", new { slug }, tx, cancellationToken: ct))
        ?? throw new NotFoundException($"There is no term '{slug}'.");
}
