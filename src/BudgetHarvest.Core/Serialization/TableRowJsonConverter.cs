using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetHarvest.Core.Model;

namespace BudgetHarvest.Core.Serialization;

/// <summary>Writes a <see cref="TableRow"/> as a flat JSON object, keeping field order and nulls.</summary>
internal sealed class TableRowJsonConverter : JsonConverter<TableRow>
{
    public override TableRow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A table row must be a JSON object.");
        }

        var row = new TableRow();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var field = reader.GetString() ?? throw new JsonException("A row field needs a name.");
            reader.Read();
            if (field == RowFields.Extra)
            {
                ReadExtra(ref reader, row);
                continue;
            }

            row.Set(field, reader.TokenType switch
            {
                JsonTokenType.Null => null,
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => reader.GetDecimal(),
                _ => throw new JsonException($"Row field '{field}' must be a string, a number or null."),
            });
        }

        return row;
    }

    public override void Write(Utf8JsonWriter writer, TableRow value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (field, v) in value)
        {
            switch (v)
            {
                case null: writer.WriteNull(field); break;
                case decimal d: writer.WriteNumber(field, d); break;
                default: writer.WriteString(field, (string)v); break;
            }
        }

        if (value.Extra.Count > 0)
        {
            writer.WriteStartObject(RowFields.Extra);
            foreach (var (header, amount) in value.Extra)
            {
                if (amount is { } d)
                {
                    writer.WriteNumber(header, d);
                }
                else
                {
                    writer.WriteNull(header);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void ReadExtra(ref Utf8JsonReader reader, TableRow row)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A row's extra must be an object of printed headers to amounts.");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var header = reader.GetString() ?? throw new JsonException("An extra amount needs its printed header.");
            reader.Read();
            row.SetExtra(header, reader.TokenType switch
            {
                JsonTokenType.Null => null,
                JsonTokenType.Number => reader.GetDecimal(),
                _ => throw new JsonException($"Extra amount '{header}' must be a number or null."),
            });
        }
    }
}
