-- One database per service (ARCHITECTURE.md "Services": no service reads another's database):
--   lz_intake  lz_review  lz_publicity  lz_subsidy  lz_evaluation  lz_notifications
-- and one login role per service with the same name, which the service itself connects as.
--
-- Who owns what (matches libs/persistence: ensureDatabase, runMigrations, ensureServiceRole):
--   * each database is owned by the administrator that runs this script (postgres in compose);
--     migrations run as that administrator (`node tools/db.mjs migrate`, with <SERVICE>_DATABASE_URL
--     pointing at the admin account);
--   * the role lz_<service> is NOT the owner: it gets CONNECT here, and its table grants come from
--     ensureServiceRole() after each migration - SELECT/INSERT/UPDATE/DELETE, but on audit_log only
--     SELECT/INSERT (等保 2.0: the service may append audit rows, never change them). A role that
--     owned the tables could grant itself UPDATE back; a non-owner cannot.
--
-- Run by the postgres:15 image on the first start of an empty volume (mounted into
-- /docker-entrypoint-initdb.d/) as the superuser. Idempotent, so it can also be run by hand:
--   psql -v ON_ERROR_STOP=1 -U postgres -d postgres -f infra/postgres/init/01-databases.sql
-- Optional psql variables:
--   prefix    name prefix of roles and databases (default lz_), e.g. -v prefix=lz_t_infra_ for a
--             throwaway copy;
--   password  the LOCAL-ONLY password of every service role (default: the role's own name, e.g.
--             lz_intake / lz_intake, as docker-compose.yml expects). Production never uses these:
--             there each service has a managed database and its URLs come from a secret
--             (infra/k8s/secret.template.yaml).

\set ON_ERROR_STOP on
\if :{?prefix}
\else
  \set prefix lz_
\endif
\if :{?password}
\else
  \set password ''
\endif

CREATE TEMP TABLE lz_service (name text PRIMARY KEY);
INSERT INTO lz_service (name) VALUES ('intake'), ('review'), ('publicity'), ('subsidy'), ('evaluation'), ('notifications');

-- Roles (cluster-wide). format(%I / %L) quotes identifiers and literals safely.
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L',
              :'prefix' || name, coalesce(nullif(:'password', ''), :'prefix' || name))
  FROM lz_service
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'prefix' || name)
\gexec

-- Databases, owned by the current (admin) user. CREATE DATABASE cannot run inside a transaction
-- block; \gexec sends each statement on its own.
SELECT format('CREATE DATABASE %I ENCODING %L TEMPLATE template0', :'prefix' || name, 'UTF8')
  FROM lz_service
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'prefix' || name)
\gexec

-- Only the service's own role (and the administrator) may connect to a service database.
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'prefix' || name) FROM lz_service
\gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', :'prefix' || name, :'prefix' || name)
  FROM lz_service
\gexec
