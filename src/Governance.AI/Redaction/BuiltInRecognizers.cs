namespace Governance.AI.Redaction;

/// <summary>The built-in recognizers that can be switched on and off.</summary>
[Flags]
public enum BuiltInRecognizers
{
    /// <summary>No built-in recognizer.</summary>
    None = 0,

    /// <summary>E-mail addresses.</summary>
    Email = 1 << 0,

    /// <summary>NANP, international (<c>+CC</c>, <c>00CC</c>) and national phone numbers.</summary>
    Phone = 1 << 1,

    /// <summary>Payment card numbers (Luhn and scheme prefix).</summary>
    CreditCard = 1 << 2,

    /// <summary>US social security numbers.</summary>
    UsSsn = 1 << 3,

    /// <summary>IBANs (mod-97 and per-country length).</summary>
    Iban = 1 << 4,

    /// <summary>IPv4 addresses.</summary>
    IPv4 = 1 << 5,

    /// <summary>IPv6 addresses.</summary>
    IPv6 = 1 << 6,

    /// <summary>OpenAI API keys.</summary>
    OpenAIKey = 1 << 7,

    /// <summary>AWS access key ids.</summary>
    AwsAccessKey = 1 << 8,

    /// <summary>GitHub tokens.</summary>
    GitHubToken = 1 << 9,

    /// <summary>Slack tokens.</summary>
    SlackToken = 1 << 10,

    /// <summary>Google API keys.</summary>
    GoogleApiKey = 1 << 11,

    /// <summary>Stripe keys.</summary>
    StripeKey = 1 << 12,

    /// <summary>JSON web tokens.</summary>
    Jwt = 1 << 13,

    /// <summary>PEM private-key blocks.</summary>
    PrivateKey = 1 << 14,

    /// <summary>Anthropic API keys (<c>sk-ant-…</c>).</summary>
    AnthropicKey = 1 << 15,

    /// <summary>AWS secret access keys (40 random base64 characters).</summary>
    AwsSecretKey = 1 << 16,

    /// <summary>Azure keys: storage account keys (88 base64 characters) and 32-hex service keys next to a key word.</summary>
    AzureKey = 1 << 17,

    /// <summary>Google OAuth client secrets (<c>GOCSPX-</c>).</summary>
    GoogleClientSecret = 1 << 18,

    /// <summary>GitLab tokens (<c>glpat-</c> and the other <c>gl…-</c> prefixes).</summary>
    GitLabToken = 1 << 19,

    /// <summary>Twilio API keys (<c>SK</c> + 32 hex) and account SIDs (<c>AC</c> + 32 lower-case hex).</summary>
    TwilioKey = 1 << 20,

    /// <summary>SendGrid API keys (<c>SG.</c>).</summary>
    SendGridKey = 1 << 21,

    /// <summary>npm access tokens (<c>npm_</c>).</summary>
    NpmToken = 1 << 22,

    /// <summary>Hugging Face access tokens (<c>hf_</c>).</summary>
    HuggingFaceToken = 1 << 23,

    /// <summary>Credentials in key-value syntax and prose: passwords, secrets, tokens and API keys after their key name,
    /// <c>Authorization: Bearer/Basic</c> values, and the password of a URL's <c>user:password@</c>.</summary>
    Credentials = 1 << 24,

    /// <summary>PyPI API tokens (<c>pypi-AgE…</c>).</summary>
    PyPiToken = 1 << 25,

    /// <summary>National identification numbers other than the US SSN, each validated by its country's check
    /// (<see cref="RedactionEntityTypes.NationalId"/>).</summary>
    NationalId = 1 << 26,

    /// <summary>All personal-data recognizers.</summary>
    AllPii = Email | Phone | CreditCard | UsSsn | Iban | IPv4 | IPv6 | NationalId,

    /// <summary>All secret recognizers.</summary>
    AllSecrets = OpenAIKey | AwsAccessKey | GitHubToken | SlackToken | GoogleApiKey | StripeKey | Jwt | PrivateKey | AnthropicKey | AwsSecretKey | AzureKey |
        GoogleClientSecret | GitLabToken | TwilioKey | SendGridKey | NpmToken | HuggingFaceToken | Credentials | PyPiToken,

    /// <summary>Every built-in recognizer.</summary>
    All = AllPii | AllSecrets,
}
