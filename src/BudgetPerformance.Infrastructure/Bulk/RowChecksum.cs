using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BudgetPerformance.Infrastructure.Bulk;

/// <summary>
/// SHA-256 over rows as they are written (table, then each value with a type tag), so a bulk load's audit record can
/// name the exact content it put into the database without an audit record per row.
/// </summary>
public sealed class RowChecksum : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[16];

    public long Rows { get; private set; }

    public void Table(string name)
    {
        _hash.AppendData("T"u8);
        _hash.AppendData(Encoding.UTF8.GetBytes(name));
    }

    public void Row(object?[] values)
    {
        Rows++;
        _hash.AppendData("R"u8);
        foreach (var value in values)
        {
            switch (value)
            {
                case null:
                    _hash.AppendData("\0"u8);
                    break;
                case string s:
                    BinaryPrimitives.WriteInt32LittleEndian(_buffer, s.Length);
                    _hash.AppendData(_buffer.AsSpan(0, 4));
                    _hash.AppendData(Encoding.UTF8.GetBytes(s));
                    break;
                case long l:
                    BinaryPrimitives.WriteInt64LittleEndian(_buffer, l);
                    _hash.AppendData(_buffer.AsSpan(0, 8));
                    break;
                case int i:
                    BinaryPrimitives.WriteInt32LittleEndian(_buffer, i);
                    _hash.AppendData(_buffer.AsSpan(0, 4));
                    break;
                case bool b:
                    _hash.AppendData(b ? "1"u8 : "0"u8);
                    break;
                case DateTime d:
                    BinaryPrimitives.WriteInt64LittleEndian(_buffer, d.Ticks);
                    _hash.AppendData(_buffer.AsSpan(0, 8));
                    break;
                default:
                    _hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
                    break;
            }
        }
    }

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();
}
