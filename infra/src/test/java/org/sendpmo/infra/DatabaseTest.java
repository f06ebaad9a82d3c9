package org.sendpmo.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;

/** Aurora PostgreSQL Serverless v2 in isolated subnets, and the network: endpoints, and a NAT for the api's calls to Cognito. */
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
    void onlyTheApiHasAWayOutAndNoCognitoEndpointCapturesItsCalls() {
        // one NAT gateway, for the api's calls to Cognito; the public subnets hold only it
        s.template.resourceCountIs("AWS::EC2::NatGateway", 1);
        s.template.resourcePropertiesCountIs("AWS::EC2::Subnet", Match.objectLike(Map.of("MapPublicIpOnLaunch", false)), 4);
        s.template.hasResourceProperties("AWS::EC2::VPCEndpoint", Match.objectLike(Map.of(
                "VpcEndpointType", "Gateway",
                "ServiceName", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of(".s3")))))))));
        s.template.hasResourceProperties("AWS::EC2::VPCEndpoint", Match.objectLike(Map.of(
                "VpcEndpointType", "Interface", "PrivateDnsEnabled", true,
                "ServiceName", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of(".lambda")))))))));
        // a pool with a domain refuses requests through a VPC endpoint: with private DNS one would break them
        s.template.resourcePropertiesCountIs("AWS::EC2::VPCEndpoint", Match.objectLike(Map.of(
                "ServiceName", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of(".cognito-idp")))))))), 0);
        s.template.hasResourceProperties("AWS::EC2::FlowLog", Match.objectLike(Map.of("TrafficType", "REJECT")));
    }

    @Test
    void onlyTheApiAndThePackBuilderAreInTheSubnetsWithAWayOut() {
        for (String handler : List.of(Functions.API_HANDLER, Functions.INGEST_HANDLER, Functions.PACK_BUILDER_HANDLER)) {
            String subnets = Cfn.text(Cfn.properties(Cfn.resources(s, "AWS::Lambda::Function").get(Cfn.functionWithHandler(s, handler)))
                    .get("VpcConfig"));
            // both reach Cognito (leads' addresses) and SES: the api for chases and receipts, the pack-builder for reminders
            boolean out = !handler.equals(Functions.INGEST_HANDLER);
            org.junit.jupiter.api.Assertions.assertEquals(out, subnets.contains("apiSubnet"), handler + ": " + subnets);
            org.junit.jupiter.api.Assertions.assertEquals(!out, subnets.contains("isolatedSubnet"), handler + ": " + subnets);
        }
    }
}
