-- Portfolio initiatives: each owned by one force, shared with the member forces of a consortium.
-- Written for both PostgreSQL and H2 (PostgreSQL mode).

create table portfolio_initiative (
    id               varchar(36)  primary key,
    owner_force_id   varchar(64)  not null references organisation (id),
    name             varchar(200) not null,
    -- The initiative as JSON (InitiativeDefinition): years, phases, mitigations, cases, ...
    definition       text         not null,
    created_by       varchar(100) not null,
    created_at       timestamp with time zone not null,
    updated_by       varchar(100) not null,
    updated_at       timestamp with time zone not null
);

create index portfolio_initiative_owner on portfolio_initiative (owner_force_id);

-- The member forces of a consortium initiative (not the owner), who may read it.
create table portfolio_initiative_member (
    initiative_id    varchar(36)  not null references portfolio_initiative (id) on delete cascade,
    force_id         varchar(64)  not null,
    primary key (initiative_id, force_id)
);

create index portfolio_initiative_member_force on portfolio_initiative_member (force_id);
