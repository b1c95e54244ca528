package io.verifact.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who is verifying which invoice, so two colleagues do not verify the same one. A claim lasts a while
 * and is renewed while the invoice stays open; a workstation that vanished lets go by expiry.
 */
public final class Claims {

    /** How long a claim lasts without being renewed. */
    public static final Duration LENGTH = Duration.ofMinutes(10);

    /** Who holds an invoice, and until when. */
    public record Claim(String sha256, String holder, String station, Instant expires) {
    }

    private final SharedDatabase shared;
    private final String station;

    public Claims(SharedDatabase shared, String station) {
        this.shared = shared;
        this.station = station;
    }

    /**
     * Claims the invoice for {@code holder} on this workstation, or renews the claim. When a colleague
     * holds it, their claim is returned and nothing changes. An invoice the database does not hold yet
     * (not sent) cannot be claimed and is free.
     */
    public Optional<Claim> claim(String sha256, String holder) {
        try (Connection connection = shared.connection();
             PreparedStatement upsert = connection.prepareStatement("""
                     INSERT INTO claims (sha256, holder, station, expires_at)
                     SELECT ?, ?, ?, now() + make_interval(secs => ?) WHERE EXISTS (SELECT FROM invoices WHERE sha256 = ?)
                     ON CONFLICT (sha256) DO UPDATE SET holder = excluded.holder, station = excluded.station,
                         claimed_at = CASE WHEN claims.holder = excluded.holder AND claims.station = excluded.station
                                           THEN claims.claimed_at ELSE now() END,
                         expires_at = excluded.expires_at
                     WHERE claims.expires_at < now() OR (claims.holder = excluded.holder AND claims.station = excluded.station)""")) {
            upsert.setString(1, sha256);
            upsert.setString(2, holder);
            upsert.setString(3, station);
            upsert.setLong(4, LENGTH.toSeconds());
            upsert.setString(5, sha256);
            if (upsert.executeUpdate() == 1) {
                return Optional.empty();
            }
            return holder(connection, sha256).filter(c -> !(c.holder().equals(holder) && c.station().equals(station)));
        } catch (SQLException e) {
            throw shared.unreachable(e);
        }
    }

    /** Lets go of the invoice, if this workstation holds it. */
    public void release(String sha256, String holder) {
        try (Connection connection = shared.connection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM claims WHERE sha256 = ? AND holder = ? AND station = ?")) {
            delete.setString(1, sha256);
            delete.setString(2, holder);
            delete.setString(3, station);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw shared.unreachable(e);
        }
    }

    /** Every claim in force that this workstation may see, by invoice. */
    public Map<String, Claim> active() {
        try (Connection connection = shared.connection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT sha256, holder, station, expires_at FROM claims WHERE expires_at > now()");
             ResultSet row = query.executeQuery()) {
            Map<String, Claim> claims = new LinkedHashMap<>();
            while (row.next()) {
                claims.put(row.getString(1), new Claim(row.getString(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toInstant()));
            }
            return claims;
        } catch (SQLException e) {
            throw shared.unreachable(e);
        }
    }

    private static Optional<Claim> holder(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT holder, station, expires_at FROM claims WHERE sha256 = ? AND expires_at > now()")) {
            query.setString(1, sha256);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Claim(sha256, row.getString(1), row.getString(2), row.getTimestamp(3).toInstant()))
                        : Optional.empty();
            }
        }
    }
}
