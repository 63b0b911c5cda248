-- A force becomes a consortium member only when one of its planners accepts the owning force's invitation.
-- Until then (and after it declines) the initiative is not shown to it. Rows from before this change were
-- never consented to, so they start as invitations. Written for both PostgreSQL and H2 (PostgreSQL mode).

alter table portfolio_initiative_member add column state varchar(16) not null default 'invited';
alter table portfolio_initiative_member add column invited_by varchar(100);
alter table portfolio_initiative_member add column invited_at timestamp with time zone;
alter table portfolio_initiative_member add column decided_by varchar(100);
alter table portfolio_initiative_member add column decided_at timestamp with time zone;

update portfolio_initiative_member set
    invited_by = (select i.updated_by from portfolio_initiative i where i.id = portfolio_initiative_member.initiative_id),
    invited_at = (select i.updated_at from portfolio_initiative i where i.id = portfolio_initiative_member.initiative_id);

alter table portfolio_initiative_member alter column invited_by set not null;
alter table portfolio_initiative_member alter column invited_at set not null;
alter table portfolio_initiative_member add constraint portfolio_initiative_member_state_check
    check (state in ('invited', 'accepted', 'declined'));
