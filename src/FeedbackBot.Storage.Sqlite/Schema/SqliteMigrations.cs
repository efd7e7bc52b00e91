namespace FeedbackBot.Storage.Sqlite.Schema;

/// <summary>
/// The schema, one script per version: script <c>n</c> (1-based) moves a database from
/// <c>PRAGMA user_version = n - 1</c> to <c>n</c>. Append new scripts; never edit a shipped one,
/// because existing files have already run it.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<string> Scripts { get; } =
    [
        """
        -- Dialog state, one row per conversation. Key: (channel, conversation_id); the same id may
        -- exist on two channels. Serves the per-turn point read and the ETag-conditional
        -- UPDATE/DELETE. A rowid table, because payloads can be tens of kilobytes.
        CREATE TABLE dialog_state (
            channel         TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            payload         TEXT NOT NULL,
            etag            TEXT NOT NULL,
            updated_at      TEXT NOT NULL,
            UNIQUE (channel, conversation_id)
        );

        -- Conversation references, the latest one per user of a tenant. Key: (tenant, user_id).
        -- Serves the point lookup for a proactive message and the list of one tenant's users
        -- (a range scan over the key prefix).
        CREATE TABLE conversation_references (
            tenant             TEXT NOT NULL,
            user_id            TEXT NOT NULL,
            channel            TEXT NOT NULL,
            conversation_id    TEXT NOT NULL,
            user_name          TEXT,
            user_aad_object_id TEXT,
            bot_id             TEXT NOT NULL,
            bot_name           TEXT,
            service_url        TEXT NOT NULL,
            conversation_type  TEXT,
            locale             TEXT,
            updated_at         TEXT NOT NULL,
            PRIMARY KEY (tenant, user_id)
        ) WITHOUT ROWID;
        """,
        """
        -- The embedded Direct Line channel. A conversation row per started conversation; its
        -- last_watermark is the counter that numbers the conversation's activities. Key:
        -- conversation_id. Serves "already started?" on start and the existence check per request.
        CREATE TABLE directline_conversations (
            conversation_id TEXT NOT NULL PRIMARY KEY,
            user_id         TEXT NOT NULL,
            started_at      TEXT NOT NULL,
            last_watermark  INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;

        -- The transcript, one row per activity. Key: (conversation_id, watermark). Serves the poll
        -- "activities after watermark w" as a range scan over the key. A rowid table, because
        -- activities with cards can be tens of kilobytes.
        CREATE TABLE directline_activities (
            conversation_id TEXT NOT NULL REFERENCES directline_conversations (conversation_id),
            watermark       INTEGER NOT NULL,
            payload         TEXT NOT NULL,
            PRIMARY KEY (conversation_id, watermark)
        );
        """,
        """
        -- Slack Events API claims, one row per event. Key: (team_id, event_id). Serves the
        -- insert-if-absent that lets exactly one delivery of a retried event take effect.
        -- event_date (Slack's event_time, UTC day) lets old claims be pruned by day.
        CREATE TABLE slack_event_claims (
            team_id    TEXT NOT NULL,
            event_id   TEXT NOT NULL,
            event_date TEXT NOT NULL,
            claimed_at TEXT NOT NULL,
            PRIMARY KEY (team_id, event_id)
        ) WITHOUT ROWID;
        """,
        """
        -- Once-only claims of hosted jobs (IJobLease), one row per unit of work. Key: (job, key).
        -- Serves the conditional claim (insert, or take over a lapsed claim that is not done), the
        -- completion and the release, each a single statement on the key. expires_at: UTC ticks.
        CREATE TABLE job_leases (
            job        TEXT NOT NULL,
            key        TEXT NOT NULL,
            claim_id   TEXT NOT NULL,
            expires_at INTEGER NOT NULL,
            done       INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (job, key)
        ) WITHOUT ROWID;

        -- Decision checks, one row per check; the record itself is JSON in payload. Key:
        -- (tenant, id). created_ticks (UTC) serves "newest first" and a tenant's time range;
        -- owner_id the owner's recent checks; follow_up_due_ticks with awaits_follow_up the
        -- follow-up job's scan of due checks across tenants. etag: optimistic concurrency for
        -- teammates' predictions arriving at once.
        CREATE TABLE decisions (
            tenant              TEXT NOT NULL,
            id                  TEXT NOT NULL,
            created_ticks       INTEGER NOT NULL,
            owner_id            TEXT NOT NULL,
            follow_up_due_ticks INTEGER NOT NULL,
            awaits_follow_up    INTEGER NOT NULL,
            payload             TEXT NOT NULL,
            etag                TEXT NOT NULL,
            PRIMARY KEY (tenant, id)
        );
        CREATE INDEX decisions_by_created ON decisions (tenant, created_ticks DESC);
        CREATE INDEX decisions_by_owner ON decisions (tenant, owner_id, created_ticks DESC);
        CREATE INDEX decisions_follow_up_due ON decisions (follow_up_due_ticks) WHERE awaits_follow_up = 1;
        """,
        """
        -- Feedback requests, one row per interaction. Key: (tenant, interaction_id): serves the
        -- idempotent create (insert-if-absent) and the lookup by interaction. Indexes serve the week's
        -- list (response rate, rebuild), one customer's requests ("forget me") and the reminder scan.
        -- payload holds the whole request as JSON; version is the optimistic-concurrency counter.
        CREATE TABLE feedback_requests (
            tenant                   TEXT NOT NULL,
            interaction_id           TEXT NOT NULL,
            week                     TEXT NOT NULL,
            customer_id              TEXT NOT NULL,
            customer_channel_user_id TEXT,
            due_for_reminder         INTEGER NOT NULL,
            created_at               TEXT NOT NULL,
            payload                  TEXT NOT NULL,
            version                  INTEGER NOT NULL,
            PRIMARY KEY (tenant, interaction_id)
        );
        CREATE INDEX feedback_requests_by_week ON feedback_requests (tenant, week);
        CREATE INDEX feedback_requests_by_customer ON feedback_requests (tenant, customer_id);
        CREATE INDEX feedback_requests_by_channel_user ON feedback_requests (tenant, customer_channel_user_id);
        CREATE INDEX feedback_requests_due ON feedback_requests (due_for_reminder, created_at);

        -- Votes, one row per interaction (a re-vote replaces it). Key: (tenant, week, interaction_id),
        -- as the Table Storage partition {tenant}|{week}: serves the point read before a write and the
        -- week's list (rebuild, export).
        CREATE TABLE votes (
            tenant         TEXT NOT NULL,
            week           TEXT NOT NULL,
            interaction_id TEXT NOT NULL,
            payload        TEXT NOT NULL,
            version        INTEGER NOT NULL,
            PRIMARY KEY (tenant, week, interaction_id)
        );

        -- Weekly aggregates, one row per tenant and ISO week. Key: (tenant, week): serves the
        -- summary's read of one week and a range of weeks (the trend). version: optimistic concurrency.
        CREATE TABLE weekly_aggregates (
            tenant  TEXT NOT NULL,
            week    TEXT NOT NULL,
            payload TEXT NOT NULL,
            version INTEGER NOT NULL,
            PRIMARY KEY (tenant, week)
        ) WITHOUT ROWID;

        -- Survey-fatigue state per customer. Key: (tenant, customer_id): the point read before a request.
        CREATE TABLE customer_preferences (
            tenant        TEXT NOT NULL,
            customer_id   TEXT NOT NULL,
            last_asked_at TEXT,
            opted_out_at  TEXT,
            PRIMARY KEY (tenant, customer_id)
        ) WITHOUT ROWID;
        """,
        """
        -- The service statement's history, one row per version. Key: id (insertion order).
        -- Serves "current statement" and "history, newest first" as a reverse scan of one tenant
        -- through the (tenant, id) index.
        CREATE TABLE service_statements (
            id              INTEGER PRIMARY KEY AUTOINCREMENT,
            tenant          TEXT NOT NULL,
            text            TEXT NOT NULL,
            changed_by      TEXT NOT NULL,
            changed_by_name TEXT,
            changed_at      TEXT NOT NULL
        );
        CREATE INDEX service_statements_by_tenant ON service_statements (tenant, id);

        -- A tenant's service element list as one JSON document, absent while the defaults apply.
        -- Key: tenant. version is a random token for the compare-and-swap of concurrent edits.
        CREATE TABLE service_elements (
            tenant   TEXT NOT NULL PRIMARY KEY,
            elements TEXT NOT NULL,
            version  TEXT NOT NULL
        ) WITHOUT ROWID;

        -- Definition-survey answer sets, one per customer per quarter. Key: (tenant, quarter,
        -- customer_id). Serves the customer's point read and one tenant's quarter as a range scan.
        CREATE TABLE survey_answers (
            tenant            TEXT NOT NULL,
            quarter           TEXT NOT NULL,
            customer_id       TEXT NOT NULL,
            rankings          TEXT NOT NULL,
            excellent_service TEXT,
            completed         INTEGER NOT NULL,
            updated_at        TEXT NOT NULL,
            PRIMARY KEY (tenant, quarter, customer_id)
        ) WITHOUT ROWID;

        -- Workspace roles granted in chat (configured ones are not stored). Key: (tenant, role,
        -- user_id). Serves the list of one tenant's grants as a range scan.
        CREATE TABLE role_grants (
            tenant     TEXT NOT NULL,
            role       TEXT NOT NULL,
            user_id    TEXT NOT NULL,
            user_name  TEXT,
            granted_by TEXT,
            granted_at TEXT,
            PRIMARY KEY (tenant, role, user_id)
        ) WITHOUT ROWID;
        """,
        """
        -- The weekly summary's newest MISS comments of one week: a partial index over the votes that
        -- are MISSes with a comment, newest first, so the summary reads at most N rows however
        -- many votes the week has. Its terms must match SqliteVoteStore's query for SQLite to use it.
        CREATE INDEX votes_latest_miss_comments
            ON votes (tenant, week, julianday(json_extract(payload, '$.votedAt')) DESC)
            WHERE json_extract(payload, '$.verdict') = 'Miss' AND json_extract(payload, '$.comment') <> '';
        """,
        """
        -- Count intents: changes to a weekly aggregate not applied yet (docs/reliability.md, "Counting
        -- exactly once"). Key: (tenant, week, change_id): the point read before a vote is overwritten
        -- and the delete in the transaction that applies one to weekly_aggregates. created_ticks
        -- (UTC) serves the repair job's scan of old intents across tenants.
        CREATE TABLE count_intents (
            tenant        TEXT NOT NULL,
            week          TEXT NOT NULL,
            change_id     TEXT NOT NULL,
            created_ticks INTEGER NOT NULL,
            payload       TEXT NOT NULL,
            PRIMARY KEY (tenant, week, change_id)
        ) WITHOUT ROWID;
        CREATE INDEX count_intents_by_created ON count_intents (created_ticks);
        """,
        """
        -- Acknowledged Slack work not run yet (docs/reliability.md, "Slack work journal"). Key:
        -- work_id (an event's derives from its team and event_id, so a retry meets it). version is a
        -- random token for the compare-and-swap of a take-over; lease_expires_ticks (UTC) serves the
        -- take-over job's scan for lapsed leases.
        CREATE TABLE slack_work (
            work_id             TEXT NOT NULL PRIMARY KEY,
            payload             TEXT NOT NULL,
            owner               TEXT NOT NULL,
            lease_expires_ticks INTEGER NOT NULL,
            attempts            INTEGER NOT NULL,
            accepted_at         TEXT NOT NULL,
            version             TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX slack_work_by_lease ON slack_work (lease_expires_ticks);
        """,
    ];

    public static int LatestVersion => Scripts.Count;
}
