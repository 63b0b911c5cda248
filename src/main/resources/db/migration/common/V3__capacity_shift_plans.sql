-- The capacity module's saved shift plans: what was asked for, the job that designs the plan, and the
-- plan once designed. Private to the force (force_id). request and result are JSON.
-- Written in the subset of SQL that both PostgreSQL and H2 (PostgreSQL mode) accept.

create table capacity_shift_plan (
    id          varchar(36)  primary key,
    force_id    varchar(64)  not null references organisation (id),
    name        varchar(200) not null,
    job_id      varchar(36)  not null references job (id),
    created_by  varchar(100) not null,
    created_at  timestamp with time zone not null,
    request     text         not null,
    result      text
);

create index capacity_shift_plan_force on capacity_shift_plan (force_id, created_at);
