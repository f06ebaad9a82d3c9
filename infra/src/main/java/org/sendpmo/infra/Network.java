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
 * A VPC with isolated subnets only: no NAT gateway (about £30 a month each, and a way out to the
 * internet that nothing here needs). What the functions reach instead:
 * <ul>
 *   <li>S3 through a gateway endpoint (free);</li>
 *   <li>Lambda through an interface endpoint: the api invokes the pack-builder asynchronously;</li>
 *   <li>Cognito user pools through an interface endpoint: the api fetches the pool's JWKS to check bearer tokens.</li>
 * </ul>
 * The database password reaches the functions at deploy time (see {@link Functions}), so no Secrets Manager
 * endpoint is paid for. CloudWatch Logs needs none: Lambda ships a function's logs itself.
 */
final class Network extends Construct {
    final Vpc vpc;
    final SecurityGroup functions;
    final SubnetSelection isolated = SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();

    Network(Construct scope, String id, InfraConfig config) {
        super(scope, id);
        LogGroup flowLogs = LogRetention.group(this, "FlowLogs", config);
        vpc = Vpc.Builder.create(this, "Vpc")
                // two zones: Aurora needs subnets in two, and each interface endpoint is paid per zone
                .maxAzs(2)
                .natGateways(0)
                .subnetConfiguration(List.of(SubnetConfiguration.builder()
                        .name("isolated").subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(24).build()))
                .gatewayEndpoints(Map.of("S3", GatewayVpcEndpointOptions.builder()
                        .service(GatewayVpcEndpointAwsService.S3).build()))
                // rejected traffic only: what an investigation needs, at a fraction of the volume
                .flowLogs(Map.of("Rejected", FlowLogOptions.builder()
                        .trafficType(FlowLogTrafficType.REJECT)
                        .destination(FlowLogDestination.toCloudWatchLogs(flowLogs)).build()))
                .build();
        functions = SecurityGroup.Builder.create(this, "Functions")
                .vpc(vpc)
                .description("The three functions: out to the endpoints and the database only (no NAT)")
                .allowAllOutbound(true)
                .build();
        endpoint("Lambda", InterfaceVpcEndpointAwsService.LAMBDA);
        endpoint("CognitoIdp", InterfaceVpcEndpointAwsService.COGNITO_IDP);
    }

    private void endpoint(String id, IInterfaceVpcEndpointService service) {
        // private DNS: the SDK and the JWKS fetch use the public host names unchanged; HTTPS from the
        // functions only, not from the whole VPC
        InterfaceVpcEndpoint endpoint = vpc.addInterfaceEndpoint(id, InterfaceVpcEndpointOptions.builder()
                .service(service).privateDnsEnabled(true).subnets(isolated).open(false).build());
        endpoint.getConnections().allowDefaultPortFrom(functions, "HTTPS from the functions");
    }
}
