package org.sendpmo.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;

/** Aurora PostgreSQL Serverless v2 in isolated subnets, no NAT, and the endpoints the functions use instead. */
class DatabaseTest {
    private final Synthesised s = Synthesised.stack();

    @Test
    void auroraServerlessV2IsEncryptedProtectedAndSnapshottedOnDeletion() {
        s.template.hasResource("AWS::RDS::DBCluster", Match.objectLike(Map.of(
                "DeletionPolicy", "Snapshot",
                "Properties", Match.objectLike(Map.of(
                        "Engine", "aurora-postgresql",
                        "DatabaseName", "assurance",
                        "StorageEncrypted", true,
                        "DeletionProtection", true,
                        "BackupRetentionPeriod", 14,
                        "ServerlessV2ScalingConfiguration", Map.of("MinCapacity", 0.5, "MaxCapacity", 4),
                        "MasterUserPassword", Match.objectLike(Map.of("Fn::Join", Match.anyValue())))))));
        s.template.hasResourceProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of(
                "DBInstanceClass", "db.serverless", "PubliclyAccessible", false)));
        s.template.hasResourceProperties("AWS::SecretsManager::Secret", Match.objectLike(Map.of(
                "GenerateSecretString", Match.objectLike(Map.of("SecretStringTemplate", "{\"username\":\"assurance\"}")))));
    }

    @Test
    void onlyTheFunctionsReachPostgres() {
        s.template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Match.objectLike(Map.of(
                "FromPort", 5432, "ToPort", 5432, "IpProtocol", "tcp",
                "SourceSecurityGroupId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("NetworkFunctions.*"), "GroupId")))));
    }

    @Test
    void theNetworkHasNoWayOutOnlyEndpoints() {
        s.template.resourceCountIs("AWS::EC2::NatGateway", 0);
        s.template.resourceCountIs("AWS::EC2::InternetGateway", 0);
        s.template.resourcePropertiesCountIs("AWS::EC2::Subnet", Match.objectLike(Map.of("MapPublicIpOnLaunch", false)), 2);
        s.template.hasResourceProperties("AWS::EC2::VPCEndpoint", Match.objectLike(Map.of(
                "VpcEndpointType", "Gateway",
                "ServiceName", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of(".s3")))))))));
        for (String service : List.of(".lambda", ".cognito-idp")) {
            s.template.hasResourceProperties("AWS::EC2::VPCEndpoint", Match.objectLike(Map.of(
                    "VpcEndpointType", "Interface", "PrivateDnsEnabled", true,
                    "ServiceName", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of(service)))))))));
        }
        s.template.hasResourceProperties("AWS::EC2::FlowLog", Match.objectLike(Map.of("TrafficType", "REJECT")));
    }
}
