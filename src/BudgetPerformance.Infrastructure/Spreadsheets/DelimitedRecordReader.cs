using System.Text;
using BudgetPerformance.Application.Common;

namespace BudgetPerformance.Infrastructure.Spreadsheets;

/// <summary>
/// Reads delimited text one record at a time, following RFC 4180: quoted fields, doubled quotes, line breaks inside
/// quotes; fields trimmed, and Excel's ="001234" read as the text 001234. Memory is one record, however long the file.
/// </summary>
internal sealed class DelimitedRecordReader(TextReader reader, char delimiter)
{
    /// <summary>As many columns as a worksheet may have (XFD).</summary>
    public const int MaxColumns = 16_384;

    /// <summary>As many characters as a worksheet cell may hold: an unpaired quote cannot grow a field to the whole file.</summary>
    public const int MaxFieldLength = 32_767;

    private readonly StringBuilder field = new();
    private readonly char[] buffer = new char[1 << 16];
    private int position;
    private int length;

    /// <summary>The physical line the last record read starts on (1-based): the row number messages name.</summary>
    public int Line { get; private set; }

    private int lineNow = 1;

    /// <summary>
    /// Reads the next record into <paramref name="fields"/>; false at the end of the text. Throws
    /// <see cref="FormatException"/> with a Chinese message for an unpaired quote, <see cref="UploadLimitException"/> for
    /// too many columns.
    /// </summary>
    public bool TryRead(List<string> fields)
    {
        fields.Clear();
        if (Peek() < 0)
        {
            return false;
        }

        Line = lineNow;
        var quoted = false;
        field.Clear();
        while (true)
        {
            var c = Read();
            if (quoted)
            {
                if (c < 0)
                {
                    throw new FormatException($"文件第 {Line} 行起的引号不成对，无法确定各列的内容。");
                }

                if (c == '"' && Peek() == '"')
                {
                    Read();
                    field.Append('"');
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        lineNow++;
                    }

                    Append((char)c);
                }

                continue;
            }

            if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == delimiter || c is '\n' or '\r' or < 0)
            {
                if (fields.Count >= MaxColumns)
                {
                    throw new UploadLimitException($"第 {Line} 行超过 {MaxColumns:N0} 列");
                }

                fields.Add(Unwrap(field.ToString().Trim()));
                field.Clear();
                if (c == delimiter)
                {
                    continue;
                }

                if (c == '\r' && Peek() == '\n')
                {
                    Read();
                }

                if (c >= 0)
                {
                    lineNow++;
                }

                return true;
            }
            else
            {
                Append((char)c);
            }
        }
    }

    private void Append(char c)
    {
        if (field.Length >= MaxFieldLength)
        {
            throw new UploadLimitException($"第 {Line} 行起有一个字段超过 {MaxFieldLength:N0} 个字符（可能是引号不成对）");
        }

        field.Append(c);
    }

    private int Peek()
    {
        if (position == length)
        {
            length = reader.Read(buffer, 0, buffer.Length);
            position = 0;
            if (length <= 0)
            {
                length = 0;
                return -1;
            }
        }

        return buffer[position];
    }

    private int Read()
    {
        var c = Peek();
        if (c >= 0)
        {
            position++;
        }

        return c;
    }

    /// <summary>Excel's way of keeping leading zeros in a CSV: ="001234" is the text 001234.</summary>
    private static string Unwrap(string text) =>
        text.Length >= 3 && text.StartsWith("=\"", StringComparison.Ordinal) && text.EndsWith('"') ? text[2..^1] : text;

    /// <summary>
    /// The separator, counted outside quotes over the first lines (a title line above the header has none): a tab or a
    /// semicolon when there are more of those than commas.
    /// </summary>
    public static char DelimiterOf(string text)
    {
        int commas = 0, tabs = 0, semicolons = 0, lines = 0;
        var quoted = false;
        for (var i = 0; i < text.Length && lines < 10; i++)
        {
            switch (text[i])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                case '\t' when !quoted:
                    tabs++;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
                case '\n' when !quoted:
                    lines++;
                    break;
            }
        }

        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
