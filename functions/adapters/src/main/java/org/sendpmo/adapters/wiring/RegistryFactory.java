package org.sendpmo.adapters.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.sendpmo.access.UserDirectory;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.project.ProjectRegistry;
import org.sendpmo.project.RegistryValidator;
import org.sendpmo.storage.Transactions;

/** The project registry's and the reference lists' domain services, kept apart from {@link DomainFactory}. */
@Factory
public class RegistryFactory {

    @Singleton
    org.sendpmo.reference.ReferenceLists referenceLists(org.sendpmo.reference.ReferenceStore store, org.sendpmo.risk.RiskSettings configured,
                                                        org.sendpmo.scoring.Methodology methodology,
                                                        AuditLog audit, Transactions transactions, Clock clock) {
        return new org.sendpmo.reference.ReferenceLists(store, configured, methodology, audit, transactions, clock);
    }

    @Singleton
    EffectiveMethodology effectiveMethodology(org.sendpmo.reference.ReferenceLists lists) {
        return new EffectiveMethodology(lists);
    }

    @Singleton
    EffectiveRiskSettings effectiveRiskSettings(org.sendpmo.reference.ReferenceLists lists) {
        return new EffectiveRiskSettings(lists);
    }

    @Singleton
    EffectiveBoardNames effectiveBoardNames(org.sendpmo.reference.ReferenceLists lists) {
        return new EffectiveBoardNames(lists);
    }

    /**
     * Only where there is a user directory (the api's configured users or the Cognito pool): the registry checks
     * every lead against it. Ingest has none in AWS (it cannot reach Cognito), so it has no registry and leaves
     * registry files to the api ({@link org.sendpmo.uploads.UploadProcessor#readsHere}).
     */
    @Singleton
    @Requires(beans = UserDirectory.class)
    ProjectRegistry projectRegistry(ProjectDirectory projects, UserDirectory users, AuditLog audit,
                                    Transactions transactions, Clock clock) {
        return new ProjectRegistry(projects, new RegistryValidator(users), audit, transactions, clock);
    }
}
