using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Governance.AI.Redis;

/// <summary>Parsing of the numeric forms Redis uses on the wire.</summary>
internal static class RespNumbers
{
    public static bool TryParseDouble(ReadOnlySpan<byte> text, out double value)
    {
        if (Utf8Parser.TryParse(text, out value, out int consumed) && consumed == text.Length)
        {
            return true;
        }

        if (text.Length > 16)
        {
            return false;
        }

        string lowered = Encoding.ASCII.GetString(text).ToUpperInvariant();
        switch (lowered)
        {
            case "INF":
            case "+INF":
                value = double.PositiveInfinity;
                return true;
            case "-INF":
                value = double.NegativeInfinity;
                return true;
            case "NAN":
                value = double.NaN;
                return true;
            default:
                return double.TryParse(lowered, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }
    }
}
