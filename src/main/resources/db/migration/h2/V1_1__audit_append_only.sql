-- The audit log is append-only: the database itself refuses to change or remove an entry.
create trigger audit_event_append_only_update before update on audit_event
    for each row call 'uk.beacon.platform.store.AppendOnlyTrigger';
create trigger audit_event_append_only_delete before delete on audit_event
    for each row call 'uk.beacon.platform.store.AppendOnlyTrigger';
