package org.coproduce.crash;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The crash test's own database on the PostgreSQL server of this machine, read and written with plain JDBC. */
final class Database implements AutoCloseable {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String USER = "postgres";

    final String url;
    private Connection connection;

    private Database(String url) {
        this.url = url;
    }

    /** Drops the database and creates it empty, for the app to fill with its migrations and the demo data. */
    static Database fresh(String name) throws SQLException {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", USER, "");
                var statement = server.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
        return new Database(SERVER + name);
    }

    long one(String sql, Object... params) {
        return longs(sql, params).get(0);
    }

    List<Long> longs(String sql, Object... params) {
        try (PreparedStatement statement = prepared(sql, params); ResultSet rows = statement.executeQuery()) {
            List<Long> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void update(String sql, Object... params) {
        try (PreparedStatement statement = prepared(sql, params)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Polls until the query gives the number wanted, or the time is up; returns the last number seen. */
    long await(long wanted, long mostMillis, String sql, Object... params) throws InterruptedException {
        long until = System.currentTimeMillis() + mostMillis;
        long seen;
        while ((seen = one(sql, params)) != wanted && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        return seen;
    }

    /** When the PostgreSQL server last started, in milliseconds since 1970, to tell whether something restarted it. */
    long serverStarted() {
        return one("select (extract(epoch from pg_postmaster_start_time()) * 1000)::bigint");
    }

    private PreparedStatement prepared(String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection().prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }

    /** The connection, made again if the server was restarted: it waits up to a minute for the server to be back. */
    private Connection connection() throws SQLException {
        long until = System.currentTimeMillis() + 60_000;
        while (connection == null || !connection.isValid(1)) {
            try {
                connection = DriverManager.getConnection(url, USER, "");
            } catch (SQLException down) {
                if (System.currentTimeMillis() > until) {
                    throw down;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw down;
                }
            }
        }
        return connection;
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }
}
