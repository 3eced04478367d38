using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kaws.Policies;

/// <summary>The report as `kaws plan --json` prints it: fixed key order, rules by name, same input same bytes.</summary>
public static class PolicyReportJson
{
    public static string Render(PolicyReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("policyPack", KawsPolicyPack.Name);
            json.WriteString("version", KawsPolicyPack.Version);
            json.WriteBoolean("passed", report.Passed);
            json.WriteStartArray("rules");
            foreach (var verdict in report.Verdicts)
            {
                json.WriteStartObject();
                json.WriteString("name", verdict.Rule.Name);
                json.WriteString("description", verdict.Rule.Description);
                json.WriteString("level", EnforcementLevels.Name(verdict.Level));
                json.WriteString("status", verdict.Status);
                json.WriteStartArray("violations");
                foreach (var violation in verdict.Violations)
                {
                    json.WriteStartObject();
                    json.WriteString("resource", violation.ResourceName);
                    if (violation.Urn is not null)
                    {
                        json.WriteString("urn", violation.Urn);
                    }

                    json.WriteString("message", violation.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
