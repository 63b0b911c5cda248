-- Capacity: each force's service standards and saved workload. Shift plans, simulations and
-- scenarios add their own migrations. Written for both PostgreSQL and H2 (PostgreSQL mode).

create table capacity_standard (
    organisation_id  varchar(64)  not null references organisation (id),
    code             varchar(40)  not null,
    position         integer      not null,
    label            varchar(200) not null,
    service          varchar(20)  not null,
    priority         integer,
    target_seconds   integer      not null,
    share            numeric(7, 6) not null,
    active           boolean      not null,
    updated_by       varchar(100) not null,
    updated_at       timestamp with time zone not null,
    primary key (organisation_id, code),
    constraint capacity_standard_service_check check (service in ('CALL_HANDLING', 'RESPONSE')),
    constraint capacity_standard_share_check check (share > 0 and share < 1),
    constraint capacity_standard_target_check check (target_seconds >= 0)
);

-- The workload as JSON (168-hour arrays per work type and priority), one per force.
create table capacity_workload (
    organisation_id  varchar(64)  primary key references organisation (id),
    definition       text         not null,
    updated_by       varchar(100) not null,
    updated_at       timestamp with time zone not null
);
