package uk.beacon.platform.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import uk.beacon.platform.Role;

@Repository
public class UserAccountStore {

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.password_hash, u.organisation_id, u.enabled, u.demo,
                   u.failed_sign_ins, u.locked_until, r.role
            from user_account u left join user_role r on r.user_id = u.id
            """;

    private final JdbcClient jdbc;

    public UserAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return collect(jdbc.sql(SELECT + " where u.username = ?").param(username)).stream().findFirst();
    }

    public List<UserAccount> findByOrganisation(String organisationId) {
        return collect(jdbc.sql(SELECT + " where u.organisation_id = ? order by u.username").param(organisationId));
    }

    /** Creates an account with its roles and returns its id. */
    public long create(String username, String displayName, String passwordHash, String organisationId,
            boolean demo, Set<Role> roles) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into user_account (username, display_name, password_hash, organisation_id, demo)
                values (?, ?, ?, ?, ?)""")
                .params(username, displayName, passwordHash, organisationId, demo)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
        }
        return id;
    }

    public void updatePasswordHash(String username, String passwordHash) {
        jdbc.sql("update user_account set password_hash = ? where username = ?").params(passwordHash, username).update();
    }

    public void recordSignInFailures(String username, int failedSignIns, OffsetDateTime lockedUntil) {
        jdbc.sql("update user_account set failed_sign_ins = ?, locked_until = ? where username = ?")
                .params(failedSignIns, lockedUntil, username).update();
    }

    public void clearSignInFailures(String username) {
        jdbc.sql("update user_account set failed_sign_ins = 0, locked_until = null where username = ? "
                + "and (failed_sign_ins <> 0 or locked_until is not null)").param(username).update();
    }

    public int countDemoAccounts() {
        return jdbc.sql("select count(*) from user_account where demo").query(Integer.class).single();
    }

    public int countWithRole(Role role) {
        return jdbc.sql("select count(*) from user_role where role = ?").param(role.name())
                .query(Integer.class).single();
    }

    private static List<UserAccount> collect(JdbcClient.StatementSpec statement) {
        Map<Long, UserAccount> accounts = new LinkedHashMap<>();
        statement.query((ResultSet rs) -> {
            long id = rs.getLong("id");
            UserAccount account = accounts.computeIfAbsent(id, key -> map(rs));
            String role = rs.getString("role");
            if (role != null) {
                account.roles().add(Role.valueOf(role));
            }
        });
        return List.copyOf(accounts.values());
    }

    private static UserAccount map(ResultSet rs) {
        try {
            return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                    rs.getString("password_hash"), rs.getString("organisation_id"), rs.getBoolean("enabled"),
                    rs.getBoolean("demo"), rs.getInt("failed_sign_ins"),
                    rs.getObject("locked_until", OffsetDateTime.class), EnumSet.noneOf(Role.class));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read user_account row", e);
        }
    }
}
