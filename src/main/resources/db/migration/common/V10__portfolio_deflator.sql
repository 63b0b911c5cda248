-- Portfolio: a force's GDP deflator series (normally HM Treasury's "GDP deflators at market prices, and money
-- GDP"), used to put its nominal initiative figures into base-year prices. A force without a row uses Beacon's
-- 2% a year assumption. Written for both PostgreSQL and H2 (PostgreSQL mode).

create table portfolio_deflator (
    force_id         varchar(64)  primary key references organisation (id),
    source           varchar(500) not null,
    loaded_by        varchar(100) not null,
    loaded_at        timestamp with time zone not null
);

-- The index by year: contiguous years, checked by the service (DeflatorSeries).
create table portfolio_deflator_year (
    force_id         varchar(64)  not null references portfolio_deflator (force_id) on delete cascade,
    calendar_year    integer      not null,
    index_value      numeric(24, 12) not null,
    primary key (force_id, calendar_year),
    constraint portfolio_deflator_year_index_check check (index_value > 0)
);
