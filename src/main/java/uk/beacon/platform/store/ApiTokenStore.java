package uk.beacon.platform.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens by id, each with the keyed hash of the token (never the token) and its user's name. */
@Repository
public class ApiTokenStore {

    /** A stored token; {@code username} is its user's, joined in for sign-in. */
    public record Row(String id, long userId, String username, String name, String tokenHash,
            OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
    }

    private static final String SELECT = "select t.id, t.user_id, u.username, t.name, t.token_hash, t.created_at, "
            + "t.expires_at, t.last_used_at, t.revoked_at from api_token t join user_account u on u.id = t.user_id ";

    private final JdbcClient jdbc;

    public ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String id, long userId, String name, String tokenHash, OffsetDateTime createdAt,
            OffsetDateTime expiresAt) {
        jdbc.sql("insert into api_token (id, user_id, name, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, userId, name, tokenHash, createdAt, expiresAt).update();
    }

    public Optional<Row> find(String id) {
        return jdbc.sql(SELECT + "where t.id = ?").param(id).query(ApiTokenStore::row).optional();
    }

    /** The user's tokens that are not revoked, newest first (expired ones included, so that they can be seen). */
    public List<Row> unrevokedOf(long userId) {
        return jdbc.sql(SELECT + "where t.user_id = ? and t.revoked_at is null order by t.created_at desc, t.id")
                .param(userId).query(ApiTokenStore::row).list();
    }

    public int countUnrevoked(long userId) {
        return jdbc.sql("select count(*) from api_token where user_id = ? and revoked_at is null").param(userId)
                .query(Integer.class).single();
    }

    /** Revokes the user's token; false if the user has no such token not yet revoked. */
    public boolean revoke(String id, long userId, OffsetDateTime at) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(at, id, userId).update() > 0;
    }

    public void recordUse(String id, OffsetDateTime at) {
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(at, id).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class),
                rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class));
    }
}
