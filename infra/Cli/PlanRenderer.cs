using System.Text;
using System.Text.Json;

namespace Kaws.Infra.Cli;

/// <summary>Renders a plan for people (text) or for tools (JSON).</summary>
public static class PlanRenderer
{
    public static string Text(PlanReport report)
    {
        var text = new StringBuilder();
        text.Append($"kaws plan: stack {report.StackName}\n");
        if (!report.Components.IsEmpty)
        {
            text.Append("\nComponent tree (own / total resources):\n");
            foreach (var component in report.Components)
            {
                var label = $"{new string(' ', 2 + (2 * component.Depth))}{component.Path.Split('/')[^1]} [{component.Type}]";
                text.Append($"{label,-60} {component.OwnResources,4} / {component.TotalResources,-4}\n");
            }
        }

        text.Append('\n');
        if (report.ValidationErrors.IsEmpty)
        {
            text.Append($"Validation: ok ({report.ResourceCount} resources checked against {string.Join(", ", report.Packages.Select(package => $"{package.Key} {package.Value}"))})\n");
        }
        else
        {
            text.Append($"Validation: {report.ValidationErrors.Length} error(s)\n");
            foreach (var error in report.ValidationErrors)
            {
                text.Append($"  error: {error}\n");
            }
        }

        foreach (var warning in report.Warnings)
        {
            text.Append($"Warning: {warning}\n");
        }

        if (report.Operations is { } operations)
        {
            text.Append('\n').Append(operations.Text());
        }

        if (report.Policies is { } policies)
        {
            text.Append('\n').Append(policies.ToText());
        }

        var mandatory = report.Policies?.MandatoryViolations.Count() ?? 0;
        text.Append($"\nSummary: {(report.Passed ? "PASS" : "FAIL")}: {report.ResourceCount} resources in {report.Components.Length} components; ")
            .Append($"{report.ValidationErrors.Length} validation errors; {mandatory} mandatory policy violations; {report.Warnings.Length} warnings\n");
        return text.ToString();
    }

    public static string Json(PlanReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("stack", report.StackName);
            json.WriteBoolean("passed", report.Passed);
            json.WriteNumber("resources", report.ResourceCount);
            json.WriteStartObject("packages");
            foreach (var (package, version) in report.Packages)
            {
                json.WriteString(package, version);
            }

            json.WriteEndObject();
            json.WriteStartArray("components");
            foreach (var component in report.Components)
            {
                json.WriteStartObject();
                json.WriteString("path", component.Path);
                json.WriteString("type", component.Type);
                json.WriteNumber("ownResources", component.OwnResources);
                json.WriteNumber("totalResources", component.TotalResources);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Strings(json, "validationErrors", report.ValidationErrors);
            Strings(json, "warnings", report.Warnings);
            if (report.Operations is { } operations)
            {
                Operations(json, operations);
            }

            if (report.Policies is { } policies)
            {
                json.WritePropertyName("policies");
                json.WriteRawValue(policies.ToJson(), skipInputValidation: false);
            }
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Operations(Utf8JsonWriter json, OperationsStatus operations)
    {
        json.WriteStartObject("operations");
        json.WriteStartObject("encryptionAtRest");
        json.WriteString("provider", operations.EncryptionProvider);
        json.WriteNumber("keyGeneration", operations.KeyGeneration);
        json.WriteString("rotationStage", operations.Stage);
        json.WriteString("rotationApplied", operations.AppliedStage);
        Strings(json, "providerOrder", operations.ProviderKeys);
        json.WriteString("nextUp", operations.NextUp);
        json.WriteString("nextStep", operations.NextStep);
        if (operations.ReEncryptCommand is { } command)
        {
            json.WriteString("reEncryptCommand", command);
        }

        if (operations.Caution is { } caution)
        {
            json.WriteString("caution", caution);
        }

        json.WriteEndObject();
        var authorities = operations.CertificateAuthorities;
        json.WriteStartObject("certificateAuthorities");
        json.WriteNumber("generation", authorities.Generation);
        json.WriteString("rotationStage", authorities.Stage);
        json.WriteString("rotationApplied", authorities.Applied);
        Strings(json, "trustBundle", authorities.TrustBundle);
        json.WriteString("signer", authorities.Signer);
        json.WriteString("nextUp", authorities.NextUp);
        json.WriteString("nextStep", authorities.NextStep);
        json.WriteEndObject();
        json.WriteStartObject("etcdBackups");
        json.WriteString("location", operations.BackupLocation);
        json.WriteString("hourlySchedule", Kaws.Kubernetes.Boot.EtcdBackupLayout.HourlyCalendar);
        json.WriteNumber("hourlyRetentionDays", operations.HourlyRetentionDays);
        json.WriteString("dailySchedule", Kaws.Kubernetes.Boot.EtcdBackupLayout.DailyCalendar);
        json.WriteNumber("dailyRetentionDays", operations.DailyRetentionDays);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }
}
