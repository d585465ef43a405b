using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

// Usage: HiringKit.Client.Generator <openapi.json> <output.cs> <namespace> <SystemTextJson|NewtonsoftJson>
// The settings are what an ATS team would choose; the client must work with them and no hand edits.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: HiringKit.Client.Generator <openapi.json> <output.cs> <namespace> <SystemTextJson|NewtonsoftJson>");
    return 2;
}

var document = await OpenApiDocument.FromFileAsync(args[0]);
var settings = new CSharpClientGeneratorSettings
{
    ClassName = "HiringKitClient",
    GenerateClientInterfaces = true,
    // One client, methods named by operationId (ScoreResume, GetInterviewGuide, UpdateQuestion ...).
    OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
    // Answers with their headers: If-Match needs the ETag a read returned.
    WrapResponses = true,
    ResponseClass = "HiringKitResponse",
    ExceptionClass = "HiringKitApiException",
    UseBaseUrl = false,
    GenerateOptionalParameters = true,
    CSharpGeneratorSettings =
    {
        Namespace = args[2],
        JsonLibrary = Enum.Parse<CSharpJsonLibrary>(args[3]),
        GenerateNullableReferenceTypes = true,
        GenerateOptionalPropertiesAsNullable = true,
        ClassStyle = CSharpClassStyle.Poco,
        ArrayType = "System.Collections.Generic.List",
        ArrayInstanceType = "System.Collections.Generic.List",
    },
};

var code = new CSharpClientGenerator(document, settings).GenerateFile();
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(args[1]))!);
// Only rewrite a changed file, so an unchanged document does not recompile the client.
if (!File.Exists(args[1]) || await File.ReadAllTextAsync(args[1]) != code)
    await File.WriteAllTextAsync(args[1], code);
return 0;
