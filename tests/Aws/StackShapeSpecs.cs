using Kaws.Core;
using Kaws.Infra.Cli;
using Kaws.Kubernetes.Boot;

namespace Kaws.Tests.Aws;

public sealed class StackShapeSpecs
{
    private static int Count(CompiledStack stack, string type) => stack.OfType(type).Count();

    [Fact]
    public void Dev_and_prod_differ_in_zones_nat_gateways_masters_and_api_exposure()
    {
        var dev = AwsStacks.Compile("dev");
        var prod = AwsStacks.Compile("prod");

        Assert.Equal((4, 6), (Count(dev, "aws:ec2/subnet:Subnet"), Count(prod, "aws:ec2/subnet:Subnet")));
        Assert.Equal((1, 3), (Count(dev, "aws:ec2/natGateway:NatGateway"), Count(prod, "aws:ec2/natGateway:NatGateway")));
        Assert.Equal((1, 3), (Count(dev, "aws:ec2/eip:Eip"), Count(prod, "aws:ec2/eip:Eip")));
        Assert.Equal(1, dev.Named("masters-group").Property("minSize").Number());
        Assert.Equal(1, dev.Named("masters-group").Property("maxSize").Number());
        Assert.Equal(3, prod.Named("masters-group").Property("minSize").Number());
        Assert.Equal(3, prod.Named("masters-group").Property("desiredCapacity").Number());
        Assert.Equal(3, prod.Named("masters-group").Property("maxSize").Number());
        Assert.Equal(false, dev.Named("api-nlb").Property("internal").Flag());
        Assert.Equal(true, prod.Named("api-nlb").Property("internal").Flag());
        Assert.Equal(["${network-public-az0.id}", "${network-public-az1.id}"], dev.Named("api-nlb").Property("subnets").Items().Select(dev.Render));
        Assert.Equal(["${network-private-az0.id}", "${network-private-az1.id}", "${network-private-az2.id}"], prod.Named("api-nlb").Property("subnets").Items().Select(prod.Render));
    }

    [Fact]
    public void Private_subnets_route_to_their_nat_gateway_and_public_ones_to_the_internet_gateway()
    {
        var dev = AwsStacks.Compile("dev");
        var prod = AwsStacks.Compile("prod");

        Assert.Equal("${network-routes-nat-gateway-az0.id}", dev.Render(dev.Named("network-routes-private-az1-default-route").Property("natGatewayId")));
        Assert.Equal("${network-routes-nat-gateway-az1.id}", prod.Render(prod.Named("network-routes-private-az1-default-route").Property("natGatewayId")));
        Assert.Equal("${network-public-az1.id}", prod.Render(prod.Named("network-routes-nat-gateway-az1").Property("subnetId")));
        Assert.Equal("${network-routes-internet-gateway.id}", prod.Render(prod.Named("network-routes-public-default-route").Property("gatewayId")));
        Assert.Equal("0.0.0.0/0", prod.Named("network-routes-public-default-route").Property("destinationCidrBlock").Text());
        foreach (var zone in new[] { "az0", "az1", "az2" })
        {
            Assert.Equal($"${{network-private-{zone}.id}}", prod.Render(prod.Named($"network-routes-private-{zone}-association").Property("subnetId")));
            Assert.Equal($"${{network-routes-private-{zone}-table.id}}", prod.Render(prod.Named($"network-routes-private-{zone}-association").Property("routeTableId")));
            Assert.Equal("${network-routes-public-table.id}", prod.Render(prod.Named($"network-routes-public-{zone}-association").Property("routeTableId")));
        }
    }

    [Fact]
    public void The_vpc_default_security_group_is_adopted_with_no_rules()
    {
        var group = Assert.Single(AwsStacks.Compile("prod").OfType("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"));

        Assert.Equal([], group.Property("ingress").Items());
        Assert.Equal([], group.Property("egress").Items());
        Assert.IsType<ListValue>(group.Property("ingress"));
        Assert.IsType<ListValue>(group.Property("egress"));
    }

    [Fact]
    public void The_load_balancer_forwards_443_to_the_api_servers_6443_without_client_ip_preservation()
    {
        var stack = AwsStacks.Compile("dev");
        var listener = stack.Named("api-https");
        var target = stack.Named("api-api-servers");

        Assert.Equal(("TCP", 443L), (listener.Property("protocol").Text()!, listener.Property("port").Number()!.Value));
        Assert.Equal("${api-api-servers.arn}", stack.Render(((MapValue)listener.Property("defaultActions").Items()[0])["targetGroupArn"]));
        Assert.Equal(("TCP", 6443L), (target.Property("protocol").Text()!, target.Property("port").Number()!.Value));
        Assert.Equal("false", target.Property("preserveClientIp").Text());
        Assert.Equal("traffic-port", target.Property("healthCheck", "port").Text());
        Assert.Equal("/readyz", target.Property("healthCheck", "path").Text());
        Assert.Contains("/readyz", AuthenticationConfigBuilder.AnonymousPaths);
        Assert.Equal("network", stack.Named("api-nlb").Property("loadBalancerType").Text());
        Assert.Equal(["${security-groups-lb.id}"], stack.Named("api-nlb").Property("securityGroups").Items().Select(stack.Render));
    }

    [Fact]
    public void The_boot_reads_the_load_balancer_name_from_the_endpoint_parameter_and_dials_port_443()
    {
        var stack = AwsStacks.Compile("dev");
        var parameter = stack.Named("api-endpoint-parameter");

        Assert.Equal(SsmParameterLayout.ApiEndpoint("/kaws/kaws-dev"), parameter.Property("name").Text());
        Assert.Equal("String", parameter.Property("type").Text());
        Assert.Equal("${api-nlb.dnsName}", stack.Render(parameter.Property("value")));
        Assert.Equal(443, BootFilePaths.ApiLoadBalancerPort);
        Assert.Contains($"{BootPlaceholders.ApiEndpoint}:443", KubeadmConfigBuilder.RenderMaster(Infra.Cluster.BootSettingsFactory.For(stack.Config)));
    }

    [Fact]
    public void The_stack_exports_what_operators_and_other_tools_need()
    {
        var stack = AwsStacks.Compile("prod", ("kaws:bastion", "ssh"), ("kaws:adminCidrs", "[\"198.51.100.0/24\"]"));
        var outputs = stack.Program.Outputs;

        Assert.Equal("${api-nlb.dnsName}", stack.Render(outputs["apiEndpoint"]));
        Assert.Equal("${network-vpc.id}", stack.Render(outputs["vpcId"]));
        Assert.Equal("${cluster-key-key.arn}", stack.Render(outputs["kmsKeyArn"]));
        Assert.Equal(["${network-private-az0.id}", "${network-private-az1.id}", "${network-private-az2.id}"], outputs["privateSubnetIds"].Items().Select(stack.Render));
        var groups = Assert.IsType<MapValue>(outputs["securityGroupIds"]);
        Assert.Equal(["bastion", "lb", "masters", "nodes"], groups.Entries.Keys);
        Assert.Equal("${security-groups-masters.id}", stack.Render(groups["masters"]));
        Assert.Equal("${bastion-instance.publicIp}", stack.Render(outputs["bastionPublicIp"]));
        Assert.DoesNotContain("bastionPublicIp", AwsStacks.Compile("prod").Program.Outputs.Keys);
    }
}
