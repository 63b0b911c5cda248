-- The governance trail is append-only: the database itself refuses to change or remove an entry.
create function governance_trail_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'governance_trail is append-only: % refused', tg_op;
end
$$;

create trigger governance_trail_append_only
    before update or delete on governance_trail
    for each row execute function governance_trail_refuse_change();

create trigger governance_trail_no_truncate
    before truncate on governance_trail
    for each statement execute function governance_trail_refuse_change();
