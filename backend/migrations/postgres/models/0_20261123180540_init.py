from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "actor_id" BIGINT,
    "actor_label" VARCHAR(254) NOT NULL,
    "action" VARCHAR(80) NOT NULL,
    "object_type" VARCHAR(60) NOT NULL,
    "object_id" VARCHAR(60) NOT NULL,
    "success" BOOL NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(300) NOT NULL,
    "detail" JSONB NOT NULL,
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_i_770e12" ON "audit_event" ("actor_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");
COMMENT ON TABLE "audit_event" IS 'Append-only; each row''s ``hash`` covers its content and the previous row''s hash.';
CREATE TABLE IF NOT EXISTS "calendar_day" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL UNIQUE,
    "is_workday" BOOL NOT NULL,
    "name" VARCHAR(60) NOT NULL,
    "source" VARCHAR(30) NOT NULL
);
COMMENT ON TABLE "calendar_day" IS 'An exception to Monday–Friday: a holiday on a weekday or a shifted workday (调休).';
CREATE TABLE IF NOT EXISTS "calendar_year" (
    "year" SERIAL NOT NULL PRIMARY KEY,
    "source" VARCHAR(30) NOT NULL
);
COMMENT ON TABLE "calendar_year" IS 'A year whose holidays are known; other years fall back to Monday–Friday.';
CREATE TABLE IF NOT EXISTS "outbox_message" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(20) NOT NULL,
    "recipient" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "payload" JSONB NOT NULL,
    "message_id" VARCHAR(200) NOT NULL UNIQUE,
    "status" VARCHAR(7) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_outbox_mess_status_4cdf01" ON "outbox_message" ("status");
CREATE INDEX IF NOT EXISTS "idx_outbox_mess_next_at_9c52b3" ON "outbox_message" ("next_attempt_at");
COMMENT ON COLUMN "outbox_message"."status" IS 'PENDING: PENDING\nSENT: SENT\nFAILED: FAILED';
COMMENT ON TABLE "outbox_message" IS 'A message to deliver (mail now; WeChat and webhooks later), written in the same';
CREATE TABLE IF NOT EXISTS "login_throttle" (
    "key" VARCHAR(300) NOT NULL PRIMARY KEY,
    "failures" INT NOT NULL,
    "window_started_at" TIMESTAMPTZ NOT NULL,
    "locked_until" TIMESTAMPTZ
);
COMMENT ON TABLE "login_throttle" IS 'Failure counter for one key (a normalised email or a client IP).';
CREATE TABLE IF NOT EXISTS "user_account" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "phone_enc" VARCHAR(200) NOT NULL,
    "phone_index" VARCHAR(64) NOT NULL,
    "password_hash" VARCHAR(200) NOT NULL,
    "email_verified_at" TIMESTAMPTZ,
    "is_active" BOOL NOT NULL,
    "deleted_at" TIMESTAMPTZ,
    "privacy_notice_version" VARCHAR(20) NOT NULL,
    "privacy_accepted_at" TIMESTAMPTZ,
    "password_changed_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_user_accoun_phone_i_4f573c" ON "user_account" ("phone_index");
CREATE TABLE IF NOT EXISTS "email_token" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "purpose" VARCHAR(20) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "user_id" BIGINT NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "email_token"."purpose" IS 'VERIFY_EMAIL: VERIFY_EMAIL\nRESET_PASSWORD: RESET_PASSWORD';
COMMENT ON TABLE "email_token" IS 'A single-use link sent by mail; only its hash is stored.';
CREATE TABLE IF NOT EXISTS "role_grant" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "role" VARCHAR(30) NOT NULL,
    "scope_type" VARCHAR(20) NOT NULL,
    "scope_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "user_id" BIGINT NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_role_grant_user_id_0058b4" UNIQUE ("user_id", "role", "scope_type", "scope_id")
);
COMMENT ON COLUMN "role_grant"."role" IS 'ENTERPRISE_MEMBER: ENTERPRISE_MEMBER\nENTERPRISE_ADMIN: ENTERPRISE_ADMIN\nINSTITUTION_MEMBER: INSTITUTION_MEMBER\nINSTITUTION_ADMIN: INSTITUTION_ADMIN\nEXPERT: EXPERT\nDEPARTMENT_HANDLER: DEPARTMENT_HANDLER\nOPERATOR: OPERATOR\nHUB_ADMIN: HUB_ADMIN';
COMMENT ON COLUMN "role_grant"."scope_type" IS 'PLATFORM: PLATFORM\nENTERPRISE: ENTERPRISE\nINSTITUTION: INSTITUTION\nDEPARTMENT: DEPARTMENT\nEXPERT: EXPERT';
CREATE TABLE IF NOT EXISTS "auth_session" (
    "id" VARCHAR(36) NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_activity_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "revoked_reason" VARCHAR(40) NOT NULL,
    "ip" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(300) NOT NULL,
    "user_id" BIGINT NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "auth_session" IS 'One login on one client: the family of its refresh tokens.';
CREATE TABLE IF NOT EXISTS "refresh_token" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "rotated_at" TIMESTAMPTZ,
    "session_id" VARCHAR(36) NOT NULL REFERENCES "auth_session" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXVtz4jgW/isqXjZdle5KyHXTW1tFEqebnQApQk/3zDDlVowAL0ZiLDmEms1/X0m2wX"
    "ewY2jj9kuCpXNk+zvS0bnZ/rs2JQNk0A8Na6Az5RlhVrsCf9cwnCL+I6L3ENTgbLbqEw0M"
    "PhmSHAo6FS0JnygzoSaGHEKDIt40QFQz9RnTCRYMjdkM4cF7go3FR4CgNgYmmf+Dgu/fx5"
    "COv38HGnlGJgU6o/wnZnxgAPEAsDECMxM968SiDotg+CDOOiAaP62OR9s6gYX1vyykMjJC"
    "nMzkp/njT96s4wF6QdQ9nE3UoY6MgQ9PfSAGkO0qW8xk27U+amJ2J2nF5T+pGjGsKV7Rzx"
    "ZsTPCSQbfRHSGMTMiQOAMzLYEutgzDkYULuH2xKxL7Kj08AzSEliFkJLjtC1i11VS13emp"
    "j0pPVWsh+bkcHsSdJo6lkD2/VCoBGIlLeP/Pev3k5KJ+dHJ+eXZ6cXF2eXTJaeX1hrsuXu"
    "2LWaFlDyUxa35qtnviggifYPbkEw2vkgcyaHNJYazQhyyM/i1HkOlTFI2/zRHAf+CwfHB/"
    "BKXhYp8kDrdhJY/VEtmBQBKw7TVbymOv0XoQw08p/cuQODV6iuipy9ZFoPXg/J1fGMtBwN"
    "dm7zMQh+D3TluRcBLKRqY844qu93tNXBO0GFExmatw4MXEbXabOKlHrBojppp2aXm51i+w"
    "CJE66ydBomVdYUHoOSLICKN/M4ZmEvZLtgD8/La2taJqtW3BP4UvqoHwiI35Yf3sNAHaXx"
    "vdm8+N7gGnCqyattNVt/tCWIuLSgezw7EthHc6w30QXx5tgPDlUSzAosuPL3n6L9KYjVEK"
    "kANspZvL55sAfR4P9Hkc0FEKey3Mkfq6AjkMMrU0DVEasScSYiCIo1H2cAUwfuJs2wLZ1S"
    "K7tXOuO517n4lz3Qzsd+0vrWule3AsYedEOovZBvVZmqlsU5dvDm+y553Hb3nnoR3PoshU"
    "4cjxJjeF189VOphPjjbRFZwqFmjZ50d6gBjUI0y4/zx22tEorziC3pGuMfA/YOh0EyM6G9"
    "L/GlpY2jbgydINpmP6QZz239uSQALgAiGfFnFxPmg1vgVFcHPfuQ56QGKA64A4RORBFfGG"
    "NPPex7S7ab8ziy9//ZIW4XzB/bEBmS1AK6Jew4kn8iIanqA2mUNzoIZ6SJ3E0Ya7pvVpsA"
    "ViruQHzh2K63eClTeQ39cAmrdwUYuIZXq7D5OCmZpDqA4cyvXRTAzQi4bkMWAEtAjnX/St"
    "+tHxyZ2p899XAIIxMcRPwGkgmCM0kQcmP6BjfcjnD5gTUzYe9K1L7eikb50Oj4/fRQQ3t3"
    "++nGOdP0ugs358enF6eXJ+uoy+LFuSgi7rQ5jOXAzHMGN2aZs8KYC5d6orAT8Rjgya5lR1"
    "pndKV8jPuENv6MdAl6M3JP+n2FZd+tKZ6lvw6ollaqnAXXHsEF6+N1vQ2JU/tJE7lOANFd"
    "B2+Q1BM8l4kf2bWS8Ll3S9+QIELZiPCUWu1UABNBGYYDLHHwERJoAkomIMA4ibjjY8IoyV"
    "vEd/g2niYrKhceKSV+bJOvOk0k/l1k8diz2RlxaiFMqZFFJQfoJEDUUkqTr10G6gohxyoR"
    "f4iPozVxkHU6gbgCuRj+Ar4jPNruCYo6cxIRMKDD57zHeHYG7qjCEMdCyrO6hjdQSUVK7j"
    "9zG/H0ztPByAVHZoY4jFCcRAGrQod8B0e0jnhLyBd3HLlDLutGkIPC0kozBHkVmVoBQ/QR"
    "6vICf85tOoR5d+h8oRTZ3A7g7y5Jvoxnq8bqyHDGQTafpMT5kx8DGVMHK6lXIEasmMbKq9"
    "fsVSOl9vK2mZGVwYBEYojPi8jIelSszknphxrIOUtQt+rtJlD+obTf16wtSvh6c+ZZBZEe"
    "ULAmUFW1OJdJNfFcS2++DXNEvunVU+1R6U9m2z/SnlVHfZroDzo48flXbvCoi/fXzXaN4r"
    "t1fA/h+0VzeRTpIN48rmIlYyF6EqNG7jTmcsQjLxlZYelkyVlpl00dF27cg3utCeaCl6Ya"
    "oDkZq+QjmCfTflygUJ+e9dtbJBtAkaqBZmUQUXycIO8uYg6fVVzEXJUOyfpLkDryLTJBGx"
    "xh5ftjEy9nGVwE5OEqnyrZdsoy0let9pf3LJg4abX6FqJhLQZNClfs7qqY9Cry7K/fUMMv"
    "awVdqzaPItSJRbERGwHpkgXIsIcXt6D5Pi2zKOprIl4QbBbcqFa6D3FkXcTccTICariP6K"
    "kT4C8RCjfFBR1KEBnQLKiIkGUam27ANVkeU9jSzPLJMvwZjc23qP2cNe5Aho7Vel27z7TV"
    "Va3CG+At6jPu4qguuh8fj4tdPlTrP/OIvznH+AWuqD1LW9fq7SRZDyL+2tjMDSGgleMaOX"
    "mc6HyyBmP2cl5kKLWSTJM8jYw1bZ+gWXb/oH+D1Mu4sql8KMDLlZfkmExXDH3QN9hH9Bi5"
    "ARGYDe8ZG+OMPsmQhe3Tnmtq6WvQnnS5fHO/X4vfM7RnYt9E3j8aZxq9Ref4zfek9GOu6N"
    "TcKYhDfkuvoJDpO8V0OQqsxLu9aBvePepWUioBELM2SCITG5r4nABC3AAQSYmFNo6KLgSf"
    "rG9kMomiEqL0DzIeIBlzwGfINDy0+Txkh3yEtnnedY2hDvvg5tUafJK3pZqrxiMK845zfB"
    "d2Guqc1sjlDkAJWhXGhDqkoullnSBQmPd9GQ38g4NkDu6080MkybMkWQPF7WVeC6wB5H0s"
    "5fRUSriGi1L+RlAXB/LaOY/ZzV7l9kKVNEKb/9lHXIfq4ip/myeqrnmziqQcF5/NTzyGft"
    "QrjnECF7XI20Z5BvGiTzz7Yixcm6xECfTBj9rutVZ7LpysnU0ZIuV7v1j2UYVpxF/KcamS"
    "F7Ci2POK5/VhbuPli4rhSz1GW4vEXW1jWl3VO6D93mo6K2FPGWkCsQaupjT1PjttVs+4hk"
    "Sx8324+9Zu9Lr9lpL4cKt/npnMFCTfyM3x6Ubo+fR/7v41vlodHttfhp1c+N9u29GD3c1s"
    "cdTt7odXiv+6uPP3+5ds+0/BkMWG8WTc3jeXCfMeBTDpkel/GNUOip9nDf6N11uq0r4P7y"
    "TizvlPJNEt/08E4E7wQITpgs4s2/Ymip7VNpcC/Xll5vXtLsaOU0/3TuVFV/UNUfFEEEe1"
    "5/4Pq0EV6Vx91N+nwQG6seF3t9xUEHIyArFcTbLUVlgJ38v5LvSxnCqW4sABnKWncn1wBk"
    "4JiGaw3eNlTO2YeEl4eX8xnyfCI3SU5YtZX/FFu5fHxSvHDpWWeLDMKO4q9EXmiRm+iZTL"
    "KlPHycVcpjH6TMlTFN9xmkMGcJnqr2b5+nm0QdTuOjDqehqEP1SZNa9UmTfX53VuXTVz59"
    "EUSwA5/eu0l6CuqiPv7l8N/90kUGjPk6YEwZX0lwf91mBETO0Yjwhzt342MftorX5JMO+W"
    "eUqzxxUfTkYUKIYvnm1U3tgiVD6eJBW3llafE/TLEzfI83MrmOE0yu44jXlXKUkIqwlgZk"
    "H1PpTNutvBvThkzeXXqkl2y7ezPmvjprM0jpnHCbIPWn+IKMJdQgW5nZ9juTnpGp80GzRP"
    "QiB6gCe0UO7OnUjrdHbM3rPtC14qu+Vrz597ls3zLL6vJzVsuqyMtqZurPUFvwfqZrSKjE"
    "6Mr1pA/Kxo1QQjMt76o9Fzzu0qNZttUWM0S17Aq97FzTz/7MTya5Rw9Ryb3Icq/KS34KMV"
    "uzQUYx+zkrMRdOzCnerhB0WPNIt/hfK7yfsg8nW7xrRz4t99aklPfpvDKC5JS/vhGm8j1d"
    "utW0XQOZujauRSTunJ7DxLLlFU1hknY/S8Zua1+yzeAv/xAHeYcZubONMnJnCRm5s9DXpG"
    "apyswc8hKiu5V8HD8ji6w0i/98oIdl958P/DHGaW4fCkxhQOa/mb3+H9i8tMM="
)
