-- The governance trail is append-only: the database itself refuses to change or remove an entry.
create trigger governance_trail_append_only_update before update on governance_trail
    for each row call 'uk.beacon.platform.store.AppendOnlyTrigger';
create trigger governance_trail_append_only_delete before delete on governance_trail
    for each row call 'uk.beacon.platform.store.AppendOnlyTrigger';
