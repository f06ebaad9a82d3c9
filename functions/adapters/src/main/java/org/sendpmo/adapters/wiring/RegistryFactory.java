package org.sendpmo.adapters.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.sendpmo.access.UserDirectory;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.project.ProjectRegistry;
import org.sendpmo.project.RegistryValidator;
import org.sendpmo.storage.Transactions;

/** The project registry's domain services, kept apart from {@link DomainFactory} as a feature of its own. */
@Factory
public class RegistryFactory {

    @Singleton
    ProjectRegistry projectRegistry(ProjectDirectory projects, UserDirectory users, AuditLog audit,
                                    Transactions transactions, Clock clock) {
        return new ProjectRegistry(projects, new RegistryValidator(users), audit, transactions, clock);
    }
}
