package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;
import static org.sendpmo.api.ApiTestSupport.postForm;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.jdbc.JdbcProjectDirectory;
import org.sendpmo.adapters.jdbc.JdbcStorage;
import org.sendpmo.adapters.jdbc.ProjectRows;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.project.Project;

/**
 * Two people add projects of the same name at once: each request's check passes before the other's project is stored.
 * The race is made real here: the directory is the real JDBC one, except that just before it stores a project named
 * "Race: …" another connection commits a project whose name differs only in case, as a second request
 * would. The database's unique key refuses the save; the person sees the registry's own message on the name field
 * (400 on the form, 422 over JSON), never a 500, and nothing of theirs is stored.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectNameRaceTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final AtomicInteger RIVALS = new AtomicInteger();

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    /** The real directory, with the other request's commit slipped in between the check and the save. */
    @MockBean(JdbcProjectDirectory.class)
    JdbcProjectDirectory racingDirectory(ProjectRows rows, JdbcStorage storage, DataSource dataSource) {
        DataSource raw = DelegatingDataSource.unwrapDataSource(dataSource);
        return new JdbcProjectDirectory(rows, storage) {
            @Override
            public void save(Project project) {
                if (project.name().startsWith("Race: ")) {
                    commitRival(raw, project.name().toUpperCase(java.util.Locale.ROOT));
                }
                super.save(project);
            }
        };
    }

    private static void commitRival(DataSource raw, String name) {
        try (Connection other = raw.getConnection();
             PreparedStatement insert = other.prepareStatement("insert into project (id, name, operational_group, lead,"
                     + " improvement_areas, name_key) values (?, ?, 0, '', '', ?)")) {
            other.setAutoCommit(true);
            insert.setString(1, "RIVAL-" + RIVALS.incrementAndGet());
            insert.setString(2, name);
            insert.setString(3, Project.nameKey(name));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theFormShowsTheNameMessageAndStoresNothing() {
        int before = projects.all().size();
        HttpResponse<String> response = exchange(client, postForm("/office/projects", ProjectRegistryTest.form("Race: school places")));

        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus(), body(response));
        Document page = Jsoup.parse(body(response));
        String rival = "RIVAL-" + RIVALS.get();
        assertTrue(page.select(".govuk-error-summary").text().contains("There is already a project called 'RACE: SCHOOL PLACES' ("
                + rival + "): choose another name"), page.select(".govuk-error-summary").text());
        assertEquals("#name", page.select(".govuk-error-summary a:contains(already a project)").attr("href"));
        assertEquals("Race: school places", page.getElementById("name").val(), "what was typed is kept");
        assertEquals(before + 1, projects.all().size(), "only the rival is stored");
    }

    @Test
    void theJsonApiAnswers422OnTheNameField() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", "Race: tribunal tracker");
        json.put("lead", "lead");
        json.put("stage", "Discovery");
        HttpResponse<String> response = exchange(client, HttpRequest.POST("/api/projects", json));

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, response.getStatus(), body(response));
        assertTrue(body(response).contains("\"field\":\"name\"") && body(response).contains("There is already a project called"),
                body(response));
        assertTrue(projects.all().stream().noneMatch(p -> p.name().equals("Race: tribunal tracker")), "nothing stored");
    }
}
