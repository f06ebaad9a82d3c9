package org.sendpmo.infra;

import java.util.List;
import java.util.Map;

import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IInterfaceVpcEndpointService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpoint;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * A VPC in two zones. The database and ingest are in isolated subnets with no way out; they reach S3
 * through a gateway endpoint (free). The api and the pack-builder are in private subnets with one NAT
 * gateway, because they must reach Cognito over the public path: the api the token endpoint of the
 * managed login domain, the pool's JWKS, and ListUsersInGroup for chasing; the pack-builder
 * ListUsersInGroup for the reminders of its scheduled run; both SES to send mail. Cognito's
 * interface endpoint cannot serve any of that: a user pool with a domain (which managed login needs)
 * refuses every request that comes through a VPC endpoint (Cognito developer guide, "Access Amazon
 * Cognito using an interface endpoint"), so there is none here; with private DNS it would capture and
 * break the api's calls. One NAT gateway, not one per zone: if its zone fails, sign-in and chasing wait
 * for it, and the pages of people already signed in still work. The api invokes the pack-builder
 * through Lambda's interface endpoint. The database password reaches the functions at deploy time (see
 * {@link Functions}), so no Secrets Manager endpoint is paid for; CloudWatch Logs needs none.
 */
final class Network extends Construct {
    final Vpc vpc;
    final SecurityGroup functions;
    final SubnetSelection isolated = SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();
    /** The api's and the pack-builder's subnets: out through the NAT gateway (to Cognito, SES) and the endpoints. */
    final SubnetSelection withEgress = SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();

    Network(Construct scope, String id, InfraConfig config) {
        super(scope, id);
        LogGroup flowLogs = LogRetention.group(this, "FlowLogs", config);
        vpc = Vpc.Builder.create(this, "Vpc")
                // two zones: Aurora needs subnets in two, and each interface endpoint is paid per zone
                .maxAzs(2)
                .natGateways(1)
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder().name("isolated").subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(24).build(),
                        SubnetConfiguration.builder().name("api").subnetType(SubnetType.PRIVATE_WITH_EGRESS).cidrMask(24).build(),
                        // the NAT gateway's only: nothing else is placed in them
                        SubnetConfiguration.builder().name("nat").subnetType(SubnetType.PUBLIC).cidrMask(26).build()))
                .gatewayEndpoints(Map.of("S3", GatewayVpcEndpointOptions.builder()
                        .service(GatewayVpcEndpointAwsService.S3).build()))
                // rejected traffic only: what an investigation needs, at a fraction of the volume
                .flowLogs(Map.of("Rejected", FlowLogOptions.builder()
                        .trafficType(FlowLogTrafficType.REJECT)
                        .destination(FlowLogDestination.toCloudWatchLogs(flowLogs)).build()))
                .build();
        functions = SecurityGroup.Builder.create(this, "Functions")
                .vpc(vpc)
                .description("The three functions: out to the endpoints and the database; the api also to Cognito through the NAT")
                .allowAllOutbound(true)
                .build();
        endpoint("Lambda", InterfaceVpcEndpointAwsService.LAMBDA);
    }

    private void endpoint(String id, IInterfaceVpcEndpointService service) {
        // private DNS: the SDK uses the public host names unchanged; HTTPS from the functions only
        InterfaceVpcEndpoint endpoint = vpc.addInterfaceEndpoint(id, InterfaceVpcEndpointOptions.builder()
                .service(service).privateDnsEnabled(true).subnets(isolated).open(false).build());
        endpoint.getConnections().allowDefaultPortFrom(functions, "HTTPS from the functions");
    }
}
