using Kaws.Core;
using Kaws.Infra.Cli;
using Kaws.Infra.Cluster;
using Kaws.Kubernetes.Boot;

namespace Kaws.Tests.Aws;

public sealed class LaunchTemplateSpecs
{
    private const string LaunchTemplate = "aws:ec2/launchTemplate:LaunchTemplate";
    private const string Instance = "aws:ec2/instance:Instance";

    public static TheoryData<string> Stacks => new() { "dev", "prod" };

    private static IEnumerable<CompiledStack> AllShapes() =>
    [
        AwsStacks.Compile("dev"),
        AwsStacks.Compile("prod"),
        AwsStacks.Compile("prod", ("kaws:bastion", "ssh"), ("kaws:adminCidrs", "[\"198.51.100.0/24\"]")),
    ];

    [Fact]
    public void Every_launch_template_is_hardened()
    {
        foreach (var stack in AllShapes())
        {
            var templates = stack.OfType(LaunchTemplate).ToList();
            Assert.Equal(1 + stack.Config.NodeGroups.Length, templates.Count);
            foreach (var template in templates)
            {
                Assert.Equal("required", template.Property("metadataOptions", "httpTokens").Text());
                Assert.Equal(1, template.Property("metadataOptions", "httpPutResponseHopLimit").Number());

                var device = Assert.Single(template.Property("blockDeviceMappings").Items());
                var ebs = (MapValue)((MapValue)device)["ebs"]!;
                Assert.Equal("/dev/sda1", ((MapValue)device)["deviceName"].Text());
                Assert.Equal("true", ebs["encrypted"].Text());
                Assert.Equal("gp3", ebs["volumeType"].Text());
                Assert.Equal("${cluster-key-key.arn}", stack.Render(ebs["kmsKeyId"]));

                var network = Assert.Single(template.Property("networkInterfaces").Items());
                Assert.Equal("false", ((MapValue)network)["associatePublicIpAddress"].Text());

                Assert.Equal($"${{aws:ssm/getParameter:getParameter}}", stack.Render(template.Property("imageId")));
                var invoke = Assert.IsType<Invoke>(template.Property("imageId"));
                Assert.Equal(HostImage.AmiParameter, invoke.Arguments["name"].Text());
            }
        }
    }

    [Fact]
    public void The_ami_and_the_boot_packages_are_the_same_ubuntu_release()
    {
        Assert.Contains($"/ubuntu/server/{HostImage.UbuntuRelease}/", HostImage.AmiParameter);
        Assert.EndsWith("/amd64/hvm/ebs-gp3/ami-id", HostImage.AmiParameter);
        var settings = BootSettingsFactory.For(AwsStacks.Compile("dev").Config);
        Assert.Contains($"on Ubuntu {HostImage.UbuntuRelease} LTS", CloudInitBuilder.Render(settings, BootRole.Node));
    }

    [Fact]
    public void Volume_sizes_come_from_config()
    {
        var stack = AwsStacks.Compile("dev", ("kaws:masterVolumeGb", "120"), ("kaws:nodeVolumeGb", "200"));

        Assert.Equal(120, ((MapValue)((MapValue)stack.Named("masters-launch-template").Property("blockDeviceMappings").Items()[0])["ebs"]!)["volumeSize"].Number());
        Assert.Equal(200, ((MapValue)((MapValue)stack.Named("nodes-general-launch-template").Property("blockDeviceMappings").Items()[0])["ebs"]!)["volumeSize"].Number());
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void User_data_is_the_real_boot_cloud_init_of_each_role_and_fits_ec2s_limit(string stackName)
    {
        var stack = AwsStacks.Compile(stackName);
        foreach (var template in stack.OfType(LaunchTemplate))
        {
            var role = template.Name == "masters-launch-template" ? BootRole.Master : BootRole.Node;
            var settings = role == BootRole.Master
                ? BootSettingsFactory.For(stack.Config)
                : BootSettingsFactory.ForNodeGroup(stack.Config, stack.Config.NodeGroups.Single(group => template.Name == $"nodes-{group.Name}-launch-template"));
            var userData = template.Property("userData").Text()!;

            Assert.Equal(CloudInitBuilder.Render(settings, role), UserDataEncoding.Decode(userData));
            Assert.StartsWith("#cloud-config\n", UserDataEncoding.Decode(userData));
            Assert.True(UserDataEncoding.RawSize(userData) < 16 * 1024, $"{template.Name}: {UserDataEncoding.RawSize(userData)} bytes");
        }
    }

    [Fact]
    public void The_bastion_is_the_only_instance_with_a_public_address_and_is_hardened_too()
    {
        foreach (var stack in AllShapes())
        {
            var instances = stack.OfType(Instance).ToList();
            if (stack.Config.Bastion == Kaws.Infra.Config.BastionMode.None)
            {
                Assert.Empty(instances);
                continue;
            }

            var bastion = Assert.Single(instances);
            Assert.Equal("bastion-instance", bastion.Name);
            Assert.True(bastion.Property("associatePublicIpAddress").Flag());
            Assert.Equal("${network-public-az0.id}", stack.Render(bastion.Property("subnetId")));
            Assert.Null(bastion.Property("keyName"));
            Assert.Equal(["ami"], bastion.Options.IgnoreChanges.ToArray());
            Assert.Equal("required", bastion.Property("metadataOptions", "httpTokens").Text());
            Assert.Equal(1, bastion.Property("metadataOptions", "httpPutResponseHopLimit").Number());
            Assert.True(bastion.Property("rootBlockDevice", "encrypted").Flag());
            Assert.Equal("${cluster-key-key.arn}", stack.Render(bastion.Property("rootBlockDevice", "kmsKeyId")));
        }
    }

    [Fact]
    public void Groups_run_in_the_private_subnets_and_masters_register_with_the_api_target_group()
    {
        var stack = AwsStacks.Compile("prod");
        var privateSubnets = new[] { "${network-private-az0.id}", "${network-private-az1.id}", "${network-private-az2.id}" };

        foreach (var group in stack.OfType("aws:autoscaling/group:Group"))
        {
            Assert.Equal(privateSubnets, group.Property("vpcZoneIdentifiers").Items().Select(stack.Render));
        }

        Assert.Equal(["${api-api-servers.arn}"], stack.Named("masters-group").Property("targetGroupArns").Items().Select(stack.Render));
        Assert.Null(stack.Named("nodes-general-group").Property("targetGroupArns"));
    }

    [Fact]
    public void Node_group_labels_and_taints_reach_the_kubelet_registration_of_that_group_only()
    {
        var stack = AwsStacks.Compile("prod");
        var batch = UserDataEncoding.Decode(stack.Named("nodes-batch-launch-template").Property("userData").Text()!);
        var general = UserDataEncoding.Decode(stack.Named("nodes-general-launch-template").Property("userData").Text()!);
        var batchJoin = KubeadmConfigBuilder.Join(BootSettingsFactory.ForNodeGroup(stack.Config, stack.Config.NodeGroups[1]), controlPlane: false);

        Assert.Equal("batch", stack.Config.NodeGroups[1].Name);
        var registration = (YamlDotNet.RepresentationModel.YamlMappingNode)batchJoin["nodeRegistration"];
        var taint = (YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlSequenceNode)registration["taints"]).Children.Single();
        Assert.Equal(("kaws.io/workload", "batch", "NoSchedule"), (taint["key"].ToString(), taint["value"].ToString(), taint["effect"].ToString()));
        Assert.Contains("kaws.io/workload=batch", registration["kubeletExtraArgs"].ToString());
        Assert.NotEqual(batch, general);
        Assert.DoesNotContain("kaws.io/workload", general);
    }

    [Fact]
    public void Node_group_sizes_labels_and_taints_reach_the_auto_scaling_group()
    {
        var stack = AwsStacks.Compile("prod");
        var batch = stack.Named("nodes-batch-group");
        var tags = batch.Property("tags").Items().Cast<MapValue>().ToDictionary(tag => tag["key"].Text()!, tag => tag["value"].Text());

        Assert.Equal((0L, 0L, 6L), (batch.Property("minSize").Number()!.Value, batch.Property("desiredCapacity").Number()!.Value, batch.Property("maxSize").Number()!.Value));
        Assert.Equal("batch", tags["k8s.io/cluster-autoscaler/node-template/label/kaws.io/workload"]);
        Assert.Equal("batch:NoSchedule", tags["k8s.io/cluster-autoscaler/node-template/taint/kaws.io/workload"]);
        Assert.Equal("owned", tags["kubernetes.io/cluster/kaws-prod"]);
    }

    [Fact]
    public void Node_groups_roll_onto_a_new_launch_template_and_masters_do_not()
    {
        var stack = AwsStacks.Compile("prod");

        foreach (var group in new[] { "nodes-general-group", "nodes-batch-group" })
        {
            Assert.Equal("Rolling", stack.Named(group).Property("instanceRefresh", "strategy").Text());
            Assert.Equal(90, stack.Named(group).Property("instanceRefresh", "preferences", "minHealthyPercentage").Number());
            Assert.True(stack.Named(group).Property("instanceRefresh", "preferences", "skipMatching").Flag());
        }

        Assert.Null(stack.Named("masters-group").Property("instanceRefresh"));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void Creating_the_masters_waits_for_one_to_pass_the_api_health_check_and_node_groups_do_not(string stackName)
    {
        var stack = AwsStacks.Compile(stackName);
        var masters = stack.Named("masters-group");

        Assert.Equal(1, masters.Property("minElbCapacity").Number());
        Assert.Equal("20m", masters.Property("waitForCapacityTimeout").Text());
        Assert.Single(masters.Property("targetGroupArns").Items());
        foreach (var group in stack.Program.Resources.Where(resource => resource.Type == "aws:autoscaling/group:Group" && resource.Name != "masters-group"))
        {
            Assert.Null(group.Property("minElbCapacity"));
            Assert.Null(group.Property("waitForElbCapacity"));
        }
    }
}
