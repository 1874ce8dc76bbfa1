using GatewayService;

await GatewayApp.Build(args).RunAsync();
