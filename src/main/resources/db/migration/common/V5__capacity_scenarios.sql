-- Capacity scenarios ("work, not workforce"): each force's saved scenarios and its matrix of who can
-- do which work type. Written for both PostgreSQL and H2 (PostgreSQL mode).

create table capacity_scenario (
    id               varchar(36)  primary key,
    organisation_id  varchar(64)  not null references organisation (id),
    name             varchar(100) not null,
    description      varchar(1000) not null,
    -- The changes as JSON: a list of {kind, workType, priority, sharePercent, toRole, ...}.
    changes          text         not null,
    created_by       varchar(100) not null,
    created_at       timestamp with time zone not null,
    updated_by       varchar(100) not null,
    updated_at       timestamp with time zone not null,
    -- The job of the latest run, if any (jobs keep their own record and result).
    last_run_job_id  varchar(36)
);

create index capacity_scenario_organisation on capacity_scenario (organisation_id, name);

-- A force's own matrix of roles by work type, as JSON; the shipped default applies when it has none.
create table capacity_role_matrix (
    organisation_id  varchar(64)  primary key references organisation (id),
    definition       text         not null,
    updated_by       varchar(100) not null,
    updated_at       timestamp with time zone not null
);
