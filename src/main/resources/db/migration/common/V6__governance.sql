-- Governance: the technology register. A record's working copy, the versions it has published, the
-- people who wrote it, its tamper-evident trail, and problems the public reports about it.
-- Written in the subset of SQL that both PostgreSQL and H2 (PostgreSQL mode) accept.

create table governance_technology (
    id                     varchar(36)  primary key,
    organisation_id        varchar(64)  not null references organisation (id),
    state                  varchar(20)  not null,
    version                integer      not null,
    published_version      integer,
    name                   varchar(200) not null,
    category               varchar(40)  not null,
    phase                  varchar(20)  not null,
    technology_type        varchar(64),
    -- The record's fields after ATRS v3, as JSON (uk.beacon.governance.TechnologyRecord).
    content                text         not null,
    -- DPIA and ethics review, as JSON objects; their content belongs to governance.domain.dpia / .ethics.
    dpia                   text,
    ethics_review          text,
    -- Highest residual DPIA risk (severity x likelihood after measures), filled once DPIAs are validated.
    highest_residual_risk  integer,
    conditions             varchar(2000),
    created_by             varchar(100) not null,
    created_at             timestamp with time zone not null,
    updated_by             varchar(100) not null,
    updated_at             timestamp with time zone not null,
    constraint governance_technology_state_check check (state in
        ('draft', 'submitted', 'in-review', 'changes-requested', 'approved', 'rejected', 'published', 'withdrawn'))
);

create index governance_technology_organisation on governance_technology (organisation_id);

-- Everyone who has written any part of a record: none of them may approve or reject it.
create table governance_editor (
    technology_id  varchar(36)  not null references governance_technology (id),
    username       varchar(100) not null,
    primary key (technology_id, username)
);

-- Every version that was published, kept for the public history even after a withdrawal.
create table governance_published_version (
    technology_id          varchar(36)  not null references governance_technology (id),
    version                integer      not null,
    organisation_id        varchar(64)  not null references organisation (id),
    name                   varchar(200) not null,
    category               varchar(40)  not null,
    phase                  varchar(20)  not null,
    technology_type        varchar(64),
    content                text         not null,
    dpia                   text,
    ethics_review          text,
    highest_residual_risk  integer,
    conditions             varchar(2000),
    -- Lower-cased text of the version's fields, for the register's search.
    search_text            text         not null,
    published_by           varchar(100) not null,
    published_at           timestamp with time zone not null,
    withdrawn_at           timestamp with time zone,
    withdrawn_reason       varchar(2000),
    primary key (technology_id, version)
);

-- The trail: one entry per change, each carrying the SHA-256 of the one before (append-only: see V6_1).
create table governance_trail (
    technology_id   varchar(36)  not null references governance_technology (id),
    seq             integer      not null,
    occurred_at     timestamp with time zone not null,
    actor           varchar(100) not null,
    action          varchar(40)  not null,
    from_state      varchar(20),
    to_state        varchar(20)  not null,
    version         integer      not null,
    reason          varchar(2000),
    content_hash    varchar(64)  not null,
    previous_hash   varchar(64)  not null,
    entry_hash      varchar(64)  not null,
    primary key (technology_id, seq)
);

-- Problems the public reports about a published record, for the owning force's planners to moderate.
create table governance_problem_report (
    id              varchar(36)   primary key,
    technology_id   varchar(36)   not null references governance_technology (id),
    message         varchar(2000) not null,
    contact         varchar(200),
    client_key      varchar(64)   not null,
    created_at      timestamp with time zone not null,
    status          varchar(16)   not null default 'open',
    moderated_by    varchar(100),
    moderated_at    timestamp with time zone,
    constraint governance_problem_report_status_check check (status in ('open', 'accepted', 'dismissed'))
);

create index governance_problem_report_technology on governance_problem_report (technology_id);
create index governance_problem_report_client on governance_problem_report (client_key, created_at);
