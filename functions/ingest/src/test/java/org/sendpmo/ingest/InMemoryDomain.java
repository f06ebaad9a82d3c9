package org.sendpmo.ingest;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnArchive;
import org.sendpmo.returns.ReturnCodec;
import org.sendpmo.returns.ReturnIntake;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.returns.ReturnValidator;
import org.sendpmo.scoring.CriterionScores;
import org.sendpmo.storage.Transactions;

/**
 * TEST-ONLY stand-ins for the database side of {@link ReturnIntake}, active only with
 * {@code ingest.test.in-memory=true}. This worktree has neither the JDBC adapters nor
 * {@code org.sendpmo.adapters.wiring.DomainFactory} yet, so the ledger, project directory, codec and
 * transactions are written here. Each one {@code @Replaces} its port, so this still works once the
 * real beans arrive. The archive is the real {@code S3ReturnArchive} against S3Proxy.
 */
@Factory
@Requires(property = InMemoryDomain.ENABLED, value = "true")
public class InMemoryDomain {

    public static final String ENABLED = "ingest.test.in-memory";

    @Singleton
    @Replaces(ReturnIntake.class)
    ReturnIntake returnIntake(ReturnArchive archive, Ledger ledger, Codec codec, Directory projects) {
        Transactions direct = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        return new ReturnIntake(new ReturnValidator(projects), codec, archive, ledger, direct);
    }

    /** A ledger in a map; versions are numbered per project and month as the database does. */
    @Singleton
    @Replaces(ReturnLedger.class)
    @Requires(property = InMemoryDomain.ENABLED, value = "true")
    public static class Ledger implements ReturnLedger {
        private final Map<String, RecordedReturn> byKey = new ConcurrentHashMap<>();

        @Override
        public Optional<RecordedReturn> findByRawKey(RawKey key) {
            return Optional.ofNullable(byKey.get(key.value()));
        }

        @Override
        public synchronized RecordedReturn record(ProjectReturn ret, RawKey key, Instant receivedAt) {
            int version = 1 + (int) byKey.values().stream()
                    .filter(r -> r.content().projectId().equals(ret.projectId())
                            && r.content().reportingMonth().equals(ret.reportingMonth()))
                    .count();
            RecordedReturn recorded = new RecordedReturn(key, version, receivedAt, ret);
            byKey.put(key.value(), recorded);
            return recorded;
        }

        @Override
        public List<RecordedReturn> latestPerProject(YearMonth upToMonth, Instant receivedBefore) {
            throw new UnsupportedOperationException("not needed by ingest");
        }

        @Override
        public List<RecordedReturn> history(String projectId) {
            List<RecordedReturn> list = new ArrayList<>(byKey.values().stream()
                    .filter(r -> r.content().projectId().equals(projectId)).toList());
            list.sort(Comparator.comparing(RecordedReturn::receivedAt).reversed());
            return list;
        }

        @Override
        public long count() {
            return byKey.size();
        }
    }

    @Singleton
    @Replaces(ProjectDirectory.class)
    @Requires(property = InMemoryDomain.ENABLED, value = "true")
    public static class Directory implements ProjectDirectory {
        private final Map<String, Project> projects = new ConcurrentHashMap<>(
                Map.of("P01", new Project("P01", "Early help hubs", 1, Set.of(), "Lead")));

        @Override
        public Optional<Project> find(String projectId) {
            return Optional.ofNullable(projects.get(projectId));
        }

        @Override
        public List<Project> all() {
            return projects.values().stream().sorted(Comparator.comparing(Project::id)).toList();
        }

        @Override
        public void save(Project project) {
            projects.put(project.id(), project);
        }
    }

    /**
     * A line-based stand-in for the JSON codec (another module's): project|month|RAG|commentary.
     * Enough for the ingest path, which only needs decode to give back what encode was given.
     */
    @Singleton
    @Replaces(ReturnCodec.class)
    @Requires(property = InMemoryDomain.ENABLED, value = "true")
    public static class Codec implements ReturnCodec {
        private static final String MAGIC = "test-return";

        @Override
        public byte[] encode(ProjectReturn ret) {
            return String.join("|", MAGIC, ret.projectId(), ret.reportingMonth().toString(), ret.overallRag().name(),
                    ret.progressCommentary()).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public ProjectReturn decode(byte[] bytes) {
            String[] parts = new String(bytes, StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 5 || !parts[0].equals(MAGIC)) {
                throw new IllegalArgumentException("Not a return: expected " + MAGIC + "|project|month|RAG|commentary");
            }
            return new ProjectReturn(parts[1], YearMonth.parse(parts[2]), Rag.valueOf(parts[3]), parts[4],
                    List.of(), List.of(), CriterionScores.of(), "test");
        }
    }
}
