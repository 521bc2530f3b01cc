package org.masthead.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import org.masthead.media.UploadsConfig;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.NotFoundException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * WordPress imports run in the background, one at a time, for the desk and the API: the export (and a zip of
 * wp-content/uploads) is kept under the uploads folder's {@code imports/}, the job's progress and report are in the
 * database, so they survive a page reload and are listed with past imports.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    /** A job as the desk and the API show it. */
    public record JobView(long id, String status, boolean dryRun, String fileName, String createdBy, Instant createdAt,
            Instant finishedAt, int itemsDone, int itemsTotal, Map<String, Object> counts, List<String> report, String error,
            Long resumedAs) {

        /** A failed import not resumed yet. */
        public boolean resumable() {
            return "failed".equals(status) && resumedAs == null;
        }

        /** The progress bar's end: the export's item count once known. */
        public int progressMax() {
            return Math.max(1, itemsTotal);
        }

        /** The progress bar's place: all the way once the job is done. */
        public int progressValue() {
            return "done".equals(status) ? progressMax() : Math.min(itemsDone, progressMax());
        }

        public boolean active() {
            return "queued".equals(status) || "running".equals(status);
        }
    }

    private final WordPressImport importer;
    private final Clock clock;
    private final ObjectMapper json;
    private final Path folder;
    /** One import at a time, in no caller's context: the request that queued it is long over when it runs. */
    private final ManagedExecutor worker = ManagedExecutor.builder().maxAsync(1).propagated().cleared(ThreadContext.ALL_REMAINING)
            .build();

    ImportJobs(WordPressImport importer, Clock clock, ObjectMapper json, UploadsConfig uploads) {
        this.importer = importer;
        this.clock = clock;
        this.json = json;
        this.folder = Path.of(uploads.dir()).resolve("imports");
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** This process among the nodes sharing the database: the jobs it runs are marked with it. */
    private final String node = UUID.randomUUID().toString();

    /** How long a node may stay silent before its queued and running imports count as cut off. */
    static final int SILENT_SECONDS = 60;

    /** Tells the other nodes this one still runs its imports. */
    @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        try {
            QuarkusTransaction.requiringNew().run(() -> ImportJob.getEntityManager().createNativeQuery(
                    "UPDATE wordpress_import_job SET heartbeat_at = NOW(6) WHERE node = ?1 AND status IN ('queued', 'running')")
                    .setParameter(1, node).executeUpdate());
        } catch (RuntimeException e) {
            LOG.debugf("Import heartbeat not written now: %s", e.getMessage());
        }
    }

    /**
     * Imports a stopped node left queued or running cannot go on by themselves: once their node has been silent for
     * {@value #SILENT_SECONDS} s they are marked failed, to be resumed. Imports other nodes are running are left alone.
     */
    @Scheduled(every = "1m", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reclaim() {
        if (System.getProperty("masthead.command") != null) {
            return; // the command line's import runs beside a server, whose jobs are its own
        }
        try {
            int failed = QuarkusTransaction.requiringNew().call(() -> ImportJob.getEntityManager().createNativeQuery(
                    "UPDATE wordpress_import_job SET status = 'failed', error = ?1, finished_at = NOW(6)"
                            + " WHERE status IN ('queued', 'running') AND (node IS NULL OR node <> ?2)"
                            + " AND (heartbeat_at IS NULL OR heartbeat_at < NOW(6) - INTERVAL " + SILENT_SECONDS + " SECOND)")
                    .setParameter(1, "Stopped: the application running it was restarted or stopped; resume it (what it already"
                            + " imported is found, not imported twice).")
                    .setParameter(2, node).executeUpdate());
            if (failed > 0) {
                LOG.infof("%d WordPress import(s) of a stopped node marked failed, to be resumed", failed);
            }
        } catch (RuntimeException e) {
            LOG.debugf("Stopped imports not looked for now: %s", e.getMessage());
        }
    }

    /**
     * Queues the import of {@code export} (moved into the imports folder), with the files of {@code uploadsZip} when
     * given. A zip with an entry outside its folder, or that is not a zip, is refused before anything is queued.
     */
    public JobView start(StaffMember who, Path export, String fileName, Optional<Path> uploadsZip, boolean dryRun) {
        who.require(Roles.ADMIN, "Importing from WordPress");
        if (export == null || !Files.isRegularFile(export)) {
            throw InvalidFieldsException.of("file", "choose the WordPress export (the .xml file Tools → Export writes)");
        }
        String key = UUID.randomUUID().toString();
        Path dir = folder.resolve(key);
        try {
            Files.createDirectories(dir);
            Path kept = dir.resolve("export.xml");
            Files.move(export, kept, StandardCopyOption.REPLACE_EXISTING);
            Path uploads = null;
            if (uploadsZip.isPresent()) {
                uploads = dir.resolve("uploads");
                unzip(uploadsZip.get(), uploads);
            }
            long id = create(who, fileName, kept, uploads, dryRun);
            JobView queued = view(id);
            worker.runAsync(() -> run(id));
            return queued;
        } catch (IOException e) {
            throw InvalidFieldsException.of("file", "could not be kept for the import: " + e.getMessage());
        }
    }

    /** After a dry run, the import itself, from the same kept files. */
    public JobView runForReal(StaffMember who, long dryRunId) {
        who.require(Roles.ADMIN, "Importing from WordPress");
        JobView rehearsal = view(dryRunId);
        ImportJob kept = QuarkusTransaction.requiringNew().call(() -> ImportJob.findById(dryRunId));
        if (!rehearsal.dryRun() || !"done".equals(rehearsal.status()) || !Files.isRegularFile(Path.of(kept.exportPath))) {
            throw InvalidFieldsException.of("job", "only a finished dry run whose files are still kept can be run for real");
        }
        long id = create(who, kept.fileName, Path.of(kept.exportPath), kept.uploadsPath == null ? null : Path.of(kept.uploadsPath), false);
        JobView queued = view(id);
        worker.runAsync(() -> run(id));
        return queued;
    }

    /**
     * A failed import (cut off by a restart, or stopped by an error since fixed) started again from its kept files:
     * what it imported before is found and left as it is, the rest comes in.
     */
    public JobView resume(StaffMember who, long failedId) {
        who.require(Roles.ADMIN, "Importing from WordPress");
        long id = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob kept = ImportJob.findById(failedId, LockModeType.PESSIMISTIC_WRITE);
            if (kept == null) {
                throw new NotFoundException("No import has id " + failedId + ".");
            }
            if (!"failed".equals(kept.status) || kept.resumedAs != null || !Files.isRegularFile(Path.of(kept.exportPath))
                    || (kept.uploadsPath != null && !Files.isDirectory(Path.of(kept.uploadsPath)))) {
                throw InvalidFieldsException.of("job", kept.resumedAs != null ? "was resumed already, as import " + kept.resumedAs
                        : "only a failed import whose files are still kept can be resumed");
            }
            long next = create(who, kept.fileName, Path.of(kept.exportPath), kept.uploadsPath == null ? null : Path.of(kept.uploadsPath),
                    kept.dryRun);
            kept.resumedAs = next;
            return next;
        });
        JobView queued = view(id);
        worker.runAsync(() -> run(id));
        return queued;
    }

    @Transactional
    long create(StaffMember who, String fileName, Path export, Path uploads, boolean dryRun) {
        ImportJob job = new ImportJob();
        job.status = "queued";
        job.dryRun = dryRun;
        job.fileName = fileName == null || fileName.isBlank() ? "export.xml" : fileName.length() > 255 ? fileName.substring(0, 255)
                : fileName;
        job.exportPath = export.toString();
        job.uploadsPath = uploads == null ? null : uploads.toString();
        job.createdBy = who.username();
        job.createdAt = Instant.now(clock);
        job.node = node;
        job.persistAndFlush();
        // the database's clock, which the other nodes compare heartbeats with
        ImportJob.getEntityManager().createNativeQuery("UPDATE wordpress_import_job SET heartbeat_at = NOW(6) WHERE id = ?1")
                .setParameter(1, job.id).executeUpdate();
        return job.id;
    }

    private void run(long id) {
        ImportJob started = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.findById(id);
            job.status = "running";
            return job;
        });
        StaffMember who = new StaffMember(started.createdBy, started.createdBy, null, Roles.ALL);
        try {
            ImportReport report = importer.run(Path.of(started.exportPath), Optional.ofNullable(started.uploadsPath).map(Path::of),
                    new WordPressImport.Options(started.dryRun, Map.of()), who, (done, total, what) -> {
                        if (done == total || done % 10 == 0) {
                            QuarkusTransaction.requiringNew().run(() -> ImportJob.update("itemsDone = ?1, itemsTotal = ?2 where id = ?3",
                                    done, total, id));
                        }
                    });
            finish(id, "done", report, null);
        } catch (RuntimeException e) {
            LOG.warnf(e, "WordPress import %d failed", id);
            finish(id, "failed", null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void finish(long id, String status, ImportReport report, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(id);
            job.status = status;
            job.finishedAt = Instant.now(clock);
            job.error = error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error;
            if (report != null) {
                job.report = String.join("\n", report.lines());
                try {
                    job.counts = json.writeValueAsString(Map.of("found", report.found, "done", report.done));
                } catch (JsonProcessingException e) {
                    job.counts = null;
                }
                if (job.itemsTotal == 0) {
                    job.itemsDone = 1;
                    job.itemsTotal = 1;
                }
            }
        });
    }

    @Transactional
    public JobView view(long id) {
        return ImportJob.<ImportJob> findByIdOptional(id).map(this::view)
                .orElseThrow(() -> new NotFoundException("No import has id " + id + "."));
    }

    /** Past and running imports, newest first. */
    @Transactional
    public List<JobView> recent(int limit) {
        return ImportJob.<ImportJob> find("order by createdAt desc, id desc").page(0, limit).list().stream().map(this::view).toList();
    }

    @SuppressWarnings("unchecked")
    private JobView view(ImportJob job) {
        Map<String, Object> counts = Map.of();
        if (job.counts != null) {
            try {
                counts = json.readValue(job.counts, Map.class);
            } catch (JsonProcessingException e) {
                counts = Map.of();
            }
        }
        return new JobView(job.id, job.status, job.dryRun, job.fileName, job.createdBy, job.createdAt, job.finishedAt, job.itemsDone,
                job.itemsTotal, counts, job.report == null ? List.of() : List.of(job.report.split("\n")), job.error, job.resumedAs);
    }

    /** Unpacks a zip of wp-content/uploads into {@code into}, refusing entries that would land outside it. */
    static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        Path root = into.toAbsolutePath().normalize();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root) || entry.getName().contains("..")) {
                    throw InvalidFieldsException.of("uploads", "holds a path outside its folder (" + entry.getName() + "); nothing was imported");
                }
            }
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                Path target = root.resolve(stripUploadsPrefix(entry.getName())).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (ZipException e) {
            throw InvalidFieldsException.of("uploads", "is not a zip file (" + e.getMessage() + ")");
        }
    }

    /** A zip of the folder itself ("uploads/2017/…" or "wp-content/uploads/2017/…") is read as one of its content. */
    private static String stripUploadsPrefix(String name) {
        return name.replaceFirst("^(?:wp-content/)?uploads/", "");
    }
}
