package org.masthead.wordpress;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An import run in the background: queued, running, done or failed, with its progress and report. */
@Entity
@Table(name = "wordpress_import_job")
public class ImportJob extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 16)
    public String status;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "export_path", nullable = false, length = 1000)
    public String exportPath;

    @Column(name = "uploads_path", length = 1000)
    public String uploadsPath;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "items_done", nullable = false)
    public int itemsDone;

    @Column(name = "items_total", nullable = false)
    public int itemsTotal;

    /** The report's counts as JSON: {"found": {...}, "done": {...}}. */
    @Column(columnDefinition = "LONGTEXT")
    public String counts;

    /** The report as text, one line each. */
    @Column(columnDefinition = "LONGTEXT")
    public String report;

    @Column(length = 2000)
    public String error;

    /** The app node running it, and when that node last said it still does. */
    @Column(length = 64)
    public String node;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    /** The import that resumed this failed one, if any. */
    @Column(name = "resumed_as")
    public Long resumedAs;
}
