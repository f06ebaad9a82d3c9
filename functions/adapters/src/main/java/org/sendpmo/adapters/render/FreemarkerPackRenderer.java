package org.sendpmo.adapters.render;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sendpmo.pack.CyclesIndexModel;
import org.sendpmo.pack.PackModel;
import org.sendpmo.pack.PackRenderer;
import org.sendpmo.pack.RenderedSite;
import org.sendpmo.pack.SpooledFiles;

/** Renders the pack from the site-templates module's FreeMarker templates and copies its stylesheet. */
@Singleton
public class FreemarkerPackRenderer implements PackRenderer {

    static final String CSS_RESOURCE = "/org/sendpmo/assets/pack.css";
    static final String CSS_PATH = "assets/pack.css";

    /** The board-level pages, in the order they are rendered ("index" is the home page). */
    private static final List<String> BOARD_PAGES = List.of("index", "method", "returns", "changes",
            "risks", "areas", "kpis", "accessibility");

    private final Configuration cfg;
    private final PackFormat fmt = new PackFormat();

    @jakarta.inject.Inject
    public FreemarkerPackRenderer(Configuration cfg) {
        this.cfg = cfg;
    }

    /** For tests and offline tools: its own configuration with the same settings. */
    public FreemarkerPackRenderer() {
        this(PackTemplates.configuration());
    }

    /**
     * Every page, each with its tables' CSV files, kept on disk as it is rendered ({@link SpooledFiles}), so the
     * heap holds a batch of pages at a time however many projects the pack has. Project pages are rendered on every
     * core ({@link InOrderBatches}) and written in the model's order, so a build's files never depend on timing.
     */
    @Override
    public RenderedSite renderBuild(PackModel model) {
        SpooledFiles files = SpooledFiles.inTemporaryFolder();
        try {
            for (String page : BOARD_PAGES) {
                addAll(files, boardPageFiles(page, model, files::containsKey));
            }
            // The workers see the board pages' paths only; a clash between two project pages' files is refused in addAll.
            Set<String> boardFiles = Set.copyOf(files.keySet());
            InOrderBatches.run(model.projectPages(), page -> TableDownloads.pageFiles(page.path(),
                    render("pack/project.ftlh", Map.of("model", model, "projectPage", page, "fmt", fmt)), boardFiles::contains),
                    pageFiles -> addAll(files, pageFiles));
            files.add(CSS_PATH, stylesheet());
            return new RenderedSite(files);
        } catch (RuntimeException e) {
            files.close();
            throw e;
        }
    }

    /**
     * A board page with its tables' CSV files and, for each table longer than a page, its continuation pages in order;
     * the table's one CSV gets every page's rows, as each page's cells read.
     */
    private Map<String, byte[]> boardPageFiles(String page, PackModel model, Predicate<String> taken) {
        String path = page + ".html";
        List<LongTable> longTables = LongTables.on(page, model);
        Map<String, Integer> allRows = new HashMap<>();
        longTables.stream().filter(LongTable::paginated).forEach(table -> allRows.put(table.id(), table.rows().size()));
        byte[] html = render("pack/" + (page.equals("index") ? "home" : page) + ".ftlh",
                Map.of("model", model, "fmt", fmt, "paging", LongTables.firstPages(longTables), "pageSize", TablePage.SIZE));
        Map<String, byte[]> pageFiles = TableDownloads.pageFiles(path, html, taken, allRows);
        for (LongTable table : longTables) {
            if (table.paginated()) {
                addContinuations(pageFiles, table, model);
            }
        }
        return pageFiles;
    }

    private void addContinuations(Map<String, byte[]> pageFiles, LongTable table, PackModel model) {
        String csvPath = TableDownloads.csvPath(table.boardPage() + ".html", table.id());
        byte[] firstPage = pageFiles.get(csvPath);
        if (firstPage == null) {
            throw new IllegalStateException(table.boardPage() + ".html shows no table " + table.id() + " with its CSV at " + csvPath);
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes(firstPage);
        boolean home = table.boardPage().equals("index");
        for (int n = 2; n <= table.pageCount(); n++) {
            TablePage page = table.page(n);
            String path = table.continuationPath(n);
            byte[] html = render("pack/table-page.ftlh", Map.of("model", model, "fmt", fmt, "page", page,
                    "current", home ? "home" : table.boardPage(), "boardName", home ? "pack home" : table.boardPage()));
            TableDownloads.Continuation continuation = TableDownloads.continuation(path, html, page.root() + csvPath,
                    table.rows().size());
            pageFiles.put(path, continuation.page());
            csv.writeBytes(continuation.csvRows());
        }
        pageFiles.put(csvPath, csv.toByteArray());
    }

    private static void addAll(SpooledFiles files, Map<String, byte[]> pageFiles) {
        pageFiles.forEach((path, bytes) -> {
            if (files.containsKey(path)) {
                throw new IllegalStateException("two pages render to " + path);
            }
            files.add(path, bytes);
        });
    }

    @Override
    public byte[] renderCyclesIndex(CyclesIndexModel model) {
        // The root has no assets folder of its own: it borrows the newest published build's stylesheet.
        String assetsBase = model.cycles().isEmpty() ? "" : folderOf(model.cycles().get(0).href());
        return render("pack/cycles-index.ftlh", Map.of("model", model, "fmt", fmt, "assetsBase", assetsBase));
    }

    @Override
    public byte[] renderCycleRedirect(CyclesIndexModel.Entry entry) {
        return render("pack/cycle-redirect.ftlh", Map.of("entry", entry, "fmt", fmt));
    }

    private static String folderOf(String href) {
        int slash = href.lastIndexOf('/');
        return slash < 0 ? "" : href.substring(0, slash + 1);
    }

    private byte[] render(String templateName, Map<String, Object> dataModel) {
        try {
            Template template = cfg.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(dataModel, out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (TemplateException e) {
            throw new IllegalStateException("Could not render " + templateName + ": " + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load template " + templateName, e);
        }
    }

    static byte[] stylesheet() {
        try (InputStream in = FreemarkerPackRenderer.class.getResourceAsStream(CSS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CSS_RESOURCE + " is not on the classpath: build site-templates with npm");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + CSS_RESOURCE, e);
        }
    }
}
