using FluentValidation;
using HiringKit.Api.Features.Compliance;
using HiringKit.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace HiringKit.Api.Features.QuestionBank;

public static class ItemRules
{
    /// <summary>
    /// Wording that may invite an unlawful interview question is saved with warnings, unless the instance
    /// runs in strict mode: then the write is refused with 422 and the same findings.
    /// </summary>
    public static void LawfulWording<T>(AbstractValidator<T> validator, IOptions<ComplianceOptions> compliance,
        Func<T, IReadOnlyList<ComplianceRules.Warning>> warnings) =>
        validator.RuleFor(c => c).Must(c => !compliance.Value.Strict || warnings(c).Count == 0)
            .WithMessage(c => ComplianceRules.Refusal(warnings(c)))
            .WithErrorCode(ProblemHandler.UnlawfulWordingCode).OverridePropertyName("wording");
}
