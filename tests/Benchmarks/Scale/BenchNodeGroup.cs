using Kaws.Aws;
using Kaws.Core;
using Kaws.Providers.Aws.Autoscaling;
using Kaws.Providers.Aws.Ec2;
using Kaws.Providers.Aws.Iam;
using Kaws.Providers.Aws.Ssm;
using Kaws.Providers.Tls;

namespace Kaws.Benchmarks.Scale;

/// <summary>
/// A stand-in worker node group for the scaling benchmark while the stack does not build node groups
/// itself: the resources a hardened group is made of (role, profile, security group, launch template,
/// auto scaling group, and per node a kubelet key and certificate kept in SSM), each passing the
/// policy pack, so that compile, validation and policies do their full work on every one.
/// </summary>
public sealed class BenchNodeGroup : ComponentResource
{
    public BenchNodeGroup(Construct scope, string id, BenchNodeGroupArgs args)
        : base(scope, id, "kaws:bench:NodeGroup")
    {
        var role = new Role(this, "role", new RoleArgs
        {
            AssumeRolePolicy = Fn.ToJson(IamDocuments.AssumeRoleBy("ec2.amazonaws.com")),
            Tags = ClusterTags.For(args.ClusterName, $"{id}-role"),
        });
        new RolePolicy(this, "read-parameters", new RolePolicyArgs
        {
            Role = role.Name.Expression,
            Policy = Fn.ToJson(IamDocuments.Allow(["ssm:GetParameter"], [Fn.Format($"arn:aws:ssm:*:*:parameter/kaws/{args.ClusterName}/nodes/{id}/*")])),
        });
        var profile = new InstanceProfile(this, "profile", new InstanceProfileArgs { Role = role.Name.Expression });
        var securityGroup = new SecurityGroup(this, "sg", new SecurityGroupArgs
        {
            Description = $"kaws node group {id}",
            Tags = ClusterTags.For(args.ClusterName, $"{id}-sg"),
        });
        var template = new LaunchTemplate(this, "launch-template", new LaunchTemplateArgs
        {
            InstanceType = args.InstanceType,
            IamInstanceProfile = new LaunchTemplateIamInstanceProfileArgs { Arn = profile.Arn },
            MetadataOptions = new LaunchTemplateMetadataOptionsArgs { HttpEndpoint = "enabled", HttpTokens = "required", HttpPutResponseHopLimit = 1 },
            NetworkInterfaces = [new LaunchTemplateNetworkInterfaceArgs { AssociatePublicIpAddress = "false", SecurityGroups = [securityGroup.Id] }],
            BlockDeviceMappings =
            [
                new LaunchTemplateBlockDeviceMappingArgs
                {
                    DeviceName = "/dev/xvda",
                    Ebs = new LaunchTemplateBlockDeviceMappingEbsArgs { Encrypted = "true", VolumeType = "gp3", VolumeSize = 40, KmsKeyId = Key(args.KeyArn) },
                },
            ],
            Tags = ClusterTags.For(args.ClusterName, $"{id}-launch-template"),
        });
        new Group(this, "asg", new GroupArgs
        {
            MinSize = args.Min,
            MaxSize = args.Max,
            DesiredCapacity = args.Desired,
            VpcZoneIdentifiers = args.PrivateSubnetIds is { } subnets ? subnets : new ListValue([]),
            LaunchTemplate = new GroupLaunchTemplateArgs { Id = template.Id, Version = "$Latest" },
        });

        for (var node = 0; node < args.Desired; node++)
        {
            var key = new PrivateKey(this, $"node{node}-key", new PrivateKeyArgs { Algorithm = "ECDSA", EcdsaCurve = "P256" },
                new ResourceOptions { AdditionalSecretOutputs = ["privateKeyOpenssh", "privateKeyPem", "privateKeyPemPkcs8"] });
            var request = new CertRequest(this, $"node{node}-csr", new CertRequestArgs
            {
                PrivateKeyPem = key.PrivateKeyPem,
                Subject = new CertRequestSubjectArgs { CommonName = $"system:node:{id}-{node}", Organization = "system:nodes" },
            });
            var cert = new LocallySignedCert(this, $"node{node}-cert", new LocallySignedCertArgs
            {
                CertRequestPem = request.CertRequestPem,
                CaPrivateKeyPem = args.CaKeyPem is { } caKey ? caKey : "",
                CaCertPem = args.CaCertPem is { } caCert ? caCert : "",
                ValidityPeriodHours = 8760,
                AllowedUses = ["digital_signature", "key_encipherment", "client_auth", "server_auth"],
            });
            new Parameter(this, $"node{node}-key-parameter", new ParameterArgs
            {
                Name = $"/kaws/{args.ClusterName}/nodes/{id}/{node}/kubelet.key",
                Type = "SecureString",
                KeyId = Key(args.KeyArn),
                Value = Fn.Secret(key.PrivateKeyPem),
            });
            new Parameter(this, $"node{node}-cert-parameter", new ParameterArgs
            {
                Name = $"/kaws/{args.ClusterName}/nodes/{id}/{node}/kubelet.crt",
                Type = "String",
                Value = cert.CertPem,
            });
        }
    }

    private static Input<string> Key(Value? arn) => arn is { } value ? value : "alias/aws/ebs";
}
