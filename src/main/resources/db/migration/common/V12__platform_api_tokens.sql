-- Personal API tokens: a program signs in to the API as a person with "Authorization: Bearer <token>".
-- Only a keyed hash of each token is kept (HMAC-SHA-256 under a server key that is not in the database);
-- the token itself is shown once, when it is created. Written for both PostgreSQL and H2 (PostgreSQL mode).

create table api_token (
    -- The id part of the token (16 hex digits), by which it is found before its hash is compared.
    id            varchar(16)  primary key,
    user_id       bigint       not null references user_account (id) on delete cascade,
    name          varchar(100) not null,
    token_hash    varchar(64)  not null,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone,
    -- Updated at most once a minute, so a busy program does not write on every request.
    last_used_at  timestamp with time zone,
    -- A revoked token is kept, so that a later attempt with it is recorded as such.
    revoked_at    timestamp with time zone
);

create index api_token_user on api_token (user_id);
