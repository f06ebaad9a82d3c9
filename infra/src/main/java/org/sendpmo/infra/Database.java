package org.sendpmo.infra;

import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.BackupProps;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * Aurora PostgreSQL Serverless v2, one writer, in the isolated subnets. Chosen over an RDS instance
 * because the load is a few busy days a month around board meetings: capacity follows it (and can
 * pause to zero on trial stacks) without choosing an instance size, storage is replicated across three
 * zones, and a reader can be added for failover without a migration. Flyway in the functions migrates
 * the schema when a function starts (with SnapStart: when a version is published, during deploy).
 */
final class Database extends Construct {
    static final String NAME = "assurance";
    static final String USER = "assurance";

    final DatabaseCluster cluster;
    final ISecret secret;

    Database(Construct scope, String id, InfraConfig config, Network network) {
        super(scope, id);
        SecurityGroup sg = SecurityGroup.Builder.create(this, "Access")
                .vpc(network.vpc)
                .description("PostgreSQL from the functions only")
                .allowAllOutbound(false)
                .build();
        cluster = DatabaseCluster.Builder.create(this, "Cluster")
                .engine(DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
                        // the migrations are tested on PostgreSQL 15 locally; 16 runs them unchanged
                        .version(AuroraPostgresEngineVersion.VER_16_6).build()))
                .writer(ClusterInstance.serverlessV2("writer"))
                .serverlessV2MinCapacity(config.dbMinCapacity())
                .serverlessV2MaxCapacity(config.dbMaxCapacity())
                .vpc(network.vpc)
                .vpcSubnets(network.isolated)
                .securityGroups(List.of(sg))
                .credentials(Credentials.fromGeneratedSecret(USER))
                .defaultDatabaseName(NAME)
                .storageEncrypted(true)
                .iamAuthentication(true)
                .deletionProtection(config.deletionProtection())
                .backup(BackupProps.builder().retention(Duration.days(14)).build())
                // a final snapshot on stack deletion: the database is rebuildable from the raw bucket,
                // but the reference data (projects, cycles) is not
                .removalPolicy(RemovalPolicy.SNAPSHOT)
                .build();
        secret = cluster.getSecret();
        sg.addIngressRule(network.functions, Port.tcp(5432), "the functions' JDBC connections");
    }

    /** The JDBC URL the functions' DATASOURCES_DEFAULT_URL takes. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + cluster.getClusterEndpoint().getSocketAddress() + "/" + NAME;
    }
}
