namespace Governance.AI.Redis.Tests.Client;

public sealed class RedisConnectionOptionsTests
{
    [Fact]
    public void Parses_a_connection_string()
    {
        RedisConnectionOptions options = RedisConnectionOptions.Parse(
            "redis-a:7000, [::1]:7001 ,redis-c,user=app,password=s3cret,database=2,ssl=true,protocol=3,cluster=false,name=svc,connectTimeout=250,commandTimeout=900");

        Assert.Equal(["redis-a:7000", "[::1]:7001", "redis-c"], options.Endpoints);
        Assert.Equal(new RedisEndpoint("::1", 7001), RedisEndpoint.Parse(options.Endpoints[1]));
        Assert.Equal(new RedisEndpoint("redis-c", 6379), RedisEndpoint.Parse(options.Endpoints[2]));
        Assert.Equal("app", options.User);
        Assert.Equal("s3cret", options.Password);
        Assert.Equal(2, options.Database);
        Assert.True(options.UseTls);
        Assert.Equal(RedisProtocol.Resp3, options.Protocol);
        Assert.Equal(RedisClusterMode.Standalone, options.ClusterMode);
        Assert.Equal("svc", options.ClientName);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(900), options.CommandTimeout);
        options.Validate();
    }

    [Theory]
    [InlineData("host,colour=blue")]
    [InlineData("host,database=two")]
    [InlineData("host,protocol=4")]
    [InlineData("host:notaport")]
    public void Rejects_malformed_settings(string connectionString) =>
        Assert.Throws<FormatException>(() => RedisConnectionOptions.Parse(connectionString).Validate());

    [Fact]
    public void Validation_rejects_out_of_range_values()
    {
        Assert.Throws<ArgumentException>(() => new RedisConnectionOptions().Validate());
        Assert.Throws<ArgumentException>(() => Valid(o => o.CommandTimeout = TimeSpan.Zero).Validate());
        Assert.Throws<ArgumentException>(() => Valid(o => o.ReconnectMaxDelay = TimeSpan.FromMilliseconds(1)).Validate());
        Assert.Throws<ArgumentException>(() => Valid(o => o.User = "alone").Validate());
        Assert.Throws<ArgumentException>(() => Valid(o => o.ClientName = "has space").Validate());
        Assert.Throws<ArgumentException>(() => new RedisMultiplexer(Valid(o => o.Database = -1)));
    }

    private static RedisConnectionOptions Valid(Action<RedisConnectionOptions> change)
    {
        var options = new RedisConnectionOptions();
        options.Endpoints.Add("localhost");
        change(options);
        return options;
    }
}
