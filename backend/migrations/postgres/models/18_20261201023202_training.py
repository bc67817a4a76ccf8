from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "course" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "provider_type" VARCHAR(11) NOT NULL,
    "provider_id" BIGINT NOT NULL,
    "provider_name" VARCHAR(200) NOT NULL,
    "created_by_id" BIGINT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "category" VARCHAR(22) NOT NULL,
    "mode" VARCHAR(8) NOT NULL,
    "teachers" JSONB NOT NULL,
    "description" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "cover_file_id" BIGINT,
    "region_code" VARCHAR(6) NOT NULL,
    "capacity" INT NOT NULL,
    "verified_only" BOOL NOT NULL,
    "enroll_opens_at" TIMESTAMPTZ NOT NULL,
    "enroll_closes_at" TIMESTAMPTZ NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "attendance_threshold" INT NOT NULL,
    "contact" VARCHAR(200) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "status_reason" TEXT NOT NULL,
    "enrolled_count" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "platform_id" BIGINT NOT NULL REFERENCES "platform" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_course_categor_f5251a" ON "course" ("category");
CREATE INDEX IF NOT EXISTS "idx_course_region__68d5db" ON "course" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_course_starts__f3d66f" ON "course" ("starts_at");
CREATE INDEX IF NOT EXISTS "idx_course_status_c6f61e" ON "course" ("status");
COMMENT ON COLUMN "course"."provider_type" IS 'INSTITUTION: INSTITUTION\nPLATFORM: PLATFORM';
COMMENT ON COLUMN "course"."category" IS 'MANAGEMENT: MANAGEMENT\nTECHNICAL_SKILLS: TECHNICAL_SKILLS\nFINANCING: FINANCING\nPOLICY: POLICY\nDIGITAL_TRANSFORMATION: DIGITAL_TRANSFORMATION\nENTREPRENEURSHIP: ENTREPRENEURSHIP\nLEGAL: LEGAL\nMARKETING: MARKETING\nTALENT: TALENT\nOTHER: OTHER';
COMMENT ON COLUMN "course"."mode" IS 'LIVE: LIVE\nRECORDED: RECORDED\nOFFLINE: OFFLINE\nMIXED: MIXED';
COMMENT ON COLUMN "course"."status" IS 'DRAFT: DRAFT\nPENDING: PENDING\nPUBLISHED: PUBLISHED\nREJECTED: REJECTED\nONGOING: ONGOING\nENDED: ENDED\nCANCELLED: CANCELLED';
        CREATE TABLE IF NOT EXISTS "course_enrollment" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "user_id" BIGINT NOT NULL,
    "status" VARCHAR(9) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "course_id" BIGINT NOT NULL REFERENCES "course" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_course_enro_course__d1ff91" UNIQUE ("course_id", "user_id")
);
CREATE INDEX IF NOT EXISTS "idx_course_enro_user_id_157316" ON "course_enrollment" ("user_id");
COMMENT ON COLUMN "course_enrollment"."status" IS 'ENROLLED: ENROLLED\nCANCELLED: CANCELLED';
        CREATE TABLE IF NOT EXISTS "course_certificate" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "user_id" BIGINT NOT NULL,
    "code" VARCHAR(20) NOT NULL UNIQUE,
    "holder_name" VARCHAR(100) NOT NULL,
    "course_title" VARCHAR(200) NOT NULL,
    "provider_name" VARCHAR(200) NOT NULL,
    "attendance_rate" INT NOT NULL,
    "score" DECIMAL(7,2) NOT NULL,
    "issued_at" TIMESTAMPTZ NOT NULL,
    "course_id" BIGINT NOT NULL REFERENCES "course" ("id") ON DELETE CASCADE,
    "enrollment_id" BIGINT NOT NULL UNIQUE REFERENCES "course_enrollment" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_course_cert_user_id_51ce6b" ON "course_certificate" ("user_id");
        CREATE TABLE IF NOT EXISTS "course_lesson" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "position" INT NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "kind" VARCHAR(9) NOT NULL,
    "description" TEXT NOT NULL,
    "stream_link" VARCHAR(500) NOT NULL,
    "video_link" VARCHAR(500) NOT NULL,
    "duration_seconds" INT NOT NULL,
    "venue" VARCHAR(300) NOT NULL,
    "starts_at" TIMESTAMPTZ,
    "ends_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "course_id" BIGINT NOT NULL REFERENCES "course" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_course_less_course__fd1ed1" UNIQUE ("course_id", "position")
);
COMMENT ON COLUMN "course_lesson"."kind" IS 'LIVE: LIVE\nVIDEO: VIDEO\nIN_PERSON: IN_PERSON';
        CREATE TABLE IF NOT EXISTS "course_attendance" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "user_id" BIGINT NOT NULL,
    "status" VARCHAR(7),
    "source" VARCHAR(9),
    "note" TEXT NOT NULL,
    "set_by_id" BIGINT,
    "watched_seconds" INT NOT NULL,
    "last_report_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "enrollment_id" BIGINT NOT NULL REFERENCES "course_enrollment" ("id") ON DELETE CASCADE,
    "lesson_id" BIGINT NOT NULL REFERENCES "course_lesson" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_course_atte_lesson__c932a5" UNIQUE ("lesson_id", "enrollment_id")
);
COMMENT ON COLUMN "course_attendance"."status" IS 'PRESENT: PRESENT\nLATE: LATE\nABSENT: ABSENT\nEXCUSED: EXCUSED';
COMMENT ON COLUMN "course_attendance"."source" IS 'CHECKIN: CHECKIN\nLIVE_JOIN: LIVE_JOIN\nVIDEO: VIDEO\nPROVIDER: PROVIDER';
COMMENT ON TABLE "course_attendance" IS 'A lesson''s attendance for one enrollment. No row means nothing recorded yet: ABSENT';
        CREATE TABLE IF NOT EXISTS "course_quiz" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "title" VARCHAR(200) NOT NULL,
    "pass_mark" INT NOT NULL,
    "attempt_limit" INT NOT NULL,
    "time_limit_minutes" INT NOT NULL,
    "shuffle_questions" BOOL NOT NULL,
    "shuffle_options" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "course_id" BIGINT NOT NULL UNIQUE REFERENCES "course" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "course_question" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "position" INT NOT NULL,
    "type" VARCHAR(10) NOT NULL,
    "text" TEXT NOT NULL,
    "options" JSONB NOT NULL,
    "correct_keys" JSONB NOT NULL,
    "points" INT NOT NULL,
    "explanation" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "quiz_id" BIGINT NOT NULL REFERENCES "course_quiz" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "course_question"."type" IS 'SINGLE: SINGLE\nMULTIPLE: MULTIPLE\nTRUE_FALSE: TRUE_FALSE';
        CREATE TABLE IF NOT EXISTS "course_quiz_attempt" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "user_id" BIGINT NOT NULL,
    "number" INT NOT NULL,
    "status" VARCHAR(11) NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "deadline_at" TIMESTAMPTZ,
    "submitted_at" TIMESTAMPTZ,
    "layout" JSONB NOT NULL,
    "answers" JSONB NOT NULL,
    "score" DECIMAL(7,2),
    "max_score" INT NOT NULL,
    "passed" BOOL,
    "enrollment_id" BIGINT NOT NULL REFERENCES "course_enrollment" ("id") ON DELETE CASCADE,
    "quiz_id" BIGINT NOT NULL REFERENCES "course_quiz" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_course_quiz_quiz_id_94a7c1" UNIQUE ("quiz_id", "enrollment_id", "number")
);
CREATE INDEX IF NOT EXISTS "idx_course_quiz_user_id_509c66" ON "course_quiz_attempt" ("user_id");
COMMENT ON COLUMN "course_quiz_attempt"."status" IS 'IN_PROGRESS: IN_PROGRESS\nSUBMITTED: SUBMITTED\nEXPIRED: EXPIRED';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "course_lesson";
        DROP TABLE IF EXISTS "course_attendance";
        DROP TABLE IF EXISTS "course_quiz_attempt";
        DROP TABLE IF EXISTS "course_question";
        DROP TABLE IF EXISTS "course_quiz";
        DROP TABLE IF EXISTS "course_enrollment";
        DROP TABLE IF EXISTS "course";
        DROP TABLE IF EXISTS "course_certificate";"""


MODELS_STATE = (
    "eJztXetz4ji2/1dU+TI9VWxX59lZ5tatIsRJvEMgA6RnZoct1gEleGNkxjZJ5947//uV5A"
    "d+yMYShghHX4KxdWRyjl7nd17/ezC3p9ByP7eWU9PTXiDyDprgfw+QMYf4gvG0AQ6MxWL1"
    "jNzwjAeLNjdIuzGMGj64nmNMSJePhuVCfGsK3YljLjzTRoSgtVhANP2bjay3nwA0JjPg2K"
    "8/uODf/54Z7uzf/wYT+wU6LjA9F18iD3cMDDQF3gyChQNfTHvpBiSE4DN569Se4Nea6Glb"
    "L1gi888lHHv2E8TNHPyaP/6Fb5toCr9DN/y6eB4/mtCaJvhpTkkH9P7Ye1vQexfmk468K9"
    "qW/PyH8cS2lnO0ar9482Y2ighMn7tPEEHH8CB5g+csCXfR0rICWYQM93/sqon/K2M0U/ho"
    "LC0iI0Lt/4DVvYPxuNsbjgfacDw+yMgvpIhxPLiFeUlkj3+qSxnwRH7C3/5+dHR8/PXoy/"
    "HZ+enJ16+n51/OcVv6e7OPvv7l/5gVt/yuKM/0a707JD/IxgPMH3zkxl+UxvAMn4oKY8V9"
    "w8ty/xJz0DPnkM1/nyLF/2lA8jm8SEsj5H2ROMIbK3mspsgOBFLA26F+qw2Grds70v3cdf"
    "+0KJ9aQ408OaJ331J3P539mBRG1An4VR/eAPIV/LPX1Sg7bdd7cugbV+2G/zwgv8lYevYY"
    "2a9jYxrnSXg7vIWbxsQ68WxnzDu14lTrJxhDpMH8KZBoXWdYmvWYI9DKcr89M5wi3kdkKf"
    "bjf2tbM+rgYFvsnxvfxxZET94Mfz06PSlg7bdWv33T6n/CrVKzphs8OvKfZXhNfhQfmwOK"
    "bXF4pyM8weLzLyU4fP4ll8HkUZK/9sN/4MTzecTB5BRZ7cbyWRlGn+Uz+iyP0awFey2bme"
    "u1YnKWye5yMoGuy9gTbduCBmJzOUaV4vEDJtsWk8NVZLfnnIter5M44lzoqf2ue397ofU/"
    "HVK240aml7MNmgueoey3rt8YLrPnneVveWeZHW/pQmdsPAXaZFn2Jqlqx+bjL2XWCtwql9"
    "H0WZLTU+gZJuMI949Br8vm8ooirR2ZEw/8H7BMt8whWozT//W4RPRsAx6WpuWZyP1MXvvf"
    "25JAAcMJhxKrSMjnT7et39IiaHd6F2kNiHRwkRIHQR7GBG/gGfcJot0N+52d+KpfX3g5XC"
    "1z3xeQ2QJrCer1+BxDXsiNB2Py/Go403HmiX1k57XNPpofzdN3DIQX+WnwH5LfHwcrb6CR"
    "RN4yDxvrgcxZ2G4tjjmcQTCZYe7+4AIEX6Hr4QUQPTfAq2N6HkTg1fRmAL5A5w0YFJJsAg"
    "fO7RcsI4o1BkSO/eqCV3sZDL44kln9K0bIJvjlq+lCgI+ELxAYwJ3Zjgcd/02YzPCA65mW"
    "BXC/JhaAuw0E9KPAn0eHJ19Pzo/PTiJMJrpTBMWsBzYtw2XrU0UAWIxICP+Sbrd4FwSMcp"
    "F3I0kQqa26xFY9sZcsLaBofEckanRzjW5JtvG2gYfT1HAujTfWRh5/XLiVT4KG42nQcr1R"
    "EgH4fQLpd+DZ4NbG9G+j5dGXw+Mrx8TXTbxTzmyLXALcxgCvED7TLw7dQ81HPK7wJuvQm5"
    "9Gy/PJl+PR8uTx8PBHho1y++9TG7ZcG3YwFrOmyBxl229eZIfcOw2kgH/EqphG2NxxMLw5"
    "Ec0k4Q5BzfdhXYWgJv3kONSE7WuHuG0BnLeXzoSLuSuKHbIX781Lw9oVrFkK1SwANSWCIM"
    "LDye/QcIoOL/R5udPLW9h0/fEFkLbgdWZjvT44NbjAcCB4RvYr+glQrZ82ckkfFiD/NPvg"
    "wTisVN37BkeTkCclDydhc3U8WXc8UetTvden3tJ7sL/fQtc16EjKLFDJBoUrlE2bjuexti"
    "WWqKA5WRdwj+YLXjI+zQ3TAngR+Qn8CtsEeSSOmK/wYWbbzy6w8OhxflzBnRSehMANTh2p"
    "RarS/kcI/z/I9d1pgOHSB5OZgcgLSEcTY+liBcz0uwxeiG/gR/hk6npYaZtA8PBGCclxFD"
    "rKk1R2HKRogXzG/zzP8hi23+HiCOeBfXYH7m5l1saj/LXxKHNAduDEXJichv8EUQ1R1a14"
    "FbpL6ljFtdevSGqn623Fu2JhvFm2wVgw8t0rYiTKvyIBaFThXxGcDjhdEJNUtXMCOCo19I"
    "8Khv5Rdui7nuEtGV6IhMsaWs4pp3X8qwzkqw/JlSai3pkD88Gd1r3Uu9ecQz0ka4LgYoQG"
    "WnfYBOTvCF219I522QT+Z/q8WkY6RWeYUDZfcyXzNeNMjs+484XHkEx+wESMZHcmtS/bPU"
    "duqELH0FL43RsHLBrzBxoxyHcTdSQJ5L93QUeWPXmG0/ESeSy/yWJhp2krkPT6YCRZLBT7"
    "J2nirAEdx2ZgjUM8bQtcPCKqGpyTi0Sq/TYsPqNFEu30utdh8/TBLeXx4UDCGoG1NEmpgj"
    "elnl0u1tcFZBwjU6unbPKVBOXWCAI2tJ8hOmBA3LGnjSJ8m+JoYy9qWALcdrFwLfi3JfGr"
    "NdEzIIOVoL+kp58AyUVA8w0QB0BgusD1bAdOWaY28Y4UsrynyPJi6eApmGN7W68xx8hlRk"
    "APvml9/er3sXaLFeImiH8bob5GqO5ag8GvvT5WmpPfRZTn6gFquh5w+/0mqWqHIG3B7Vcd"
    "Aut6SIiLGX5fmLg7ATEnKZWYpRYzMZILyDhGps76ksuXPw9PjEgFamwWqJGURFYMV1g9MJ"
    "/Qz/Atc4hMsT7Qke6DbvZMBH+FYyy8u5r2jvEaqTzxoYf/d/wfQ98Xut0atFuX2sFf76O3"
    "duwnEw1nju15lL0Z1TXZoFGkvVqk6diLt12rwF5h7XLpQEADqKADHm0H65oQPMM38MkAyH"
    "bmhmUShyeqG/tBKBOLeF4A/Y4R4FJFhxsotPg1PIf0oHntTucVujbkq6+Pvqh57IpxEmVX"
    "TNsVX/E/gXdhvFI7YooQswN1UJb6IKWMi3WWtCTweB/S3LdvbfyVdcpIPC88ZDhBSzwKp6"
    "U9wGPYtovp0fRvjzQtJCCd0CPC6wz6PtiYg/jSMycGeW66wMJS+CmAuyn6vRY+r+wVjHPI"
    "H9Fxm/Trw3v/Umi7LGpS0XFlJTCOA2KCSGaUXRoYVwE/9dvFFEz/4cSs8D2F78kggj3H9/"
    "rwEU/KWa5nSuL5moM3bcnhnZLPY+UxIvFSUHSGVa4IyhVBivW4Fmccx/YExZykVAqLzFJ2"
    "oevif58zADBJVUPN//isjIUoLbiYgeiMmeQiw/cKjq6DVU97xvKyp9fkaJPqAGtb8Nox2L"
    "XiVg+Lj6642fgpalfpuXUFyJK3kE93Yi+gP4Sib5ivCqXdixNuKEURh+iQVubV+kDrDrX+"
    "XV8faONbjaTna4LMrRGK3Wpd3urdRCN6Z4T07mCoD++Heq8bdZW9l2wXdJa5hd/4253WH+"
    "L30M8RutTuWv3hLX7t+KbVveyQ3rP3RqiHm7eGPfw0vBqhm/uL8E3RZdpmU86NoZQXw5pE"
    "TInDQGJxEBlkyR6kHmp3ndbwqte/bYLwKj6w4kMqMUgSwyM+EOIDID1gRMRbvat+tNpzre"
    "Bxqi2VB6wpbKmU5g+nTinDgDIMyCCCPTcMhDotQ6uKqbtFVWu82TimYq93w+khCKiLMEkr"
    "T1xyfa/bJvWJeTTmpvUG7EcaZBrYGgAFjt2su81mXVVsfSgovlfP5E3VIDdFSpjayj/EVk"
    "7zlpBMpy+m9yYgbBa9ErnUInfgi/0sZvJIUCqTxz5IGS/GLl8Z8SxlDdIZJbfPkzKow0k+"
    "6nCSQR1USeADVRJ4n5PWKp1e6fQyiGAHOn18k4w51DGCGC8C+quf+9AyPJO5Hea48dWE73"
    "9tEwGhY5QBf4RjNx/78Jf4SVT0UXlCfjw7cVTyoOy5ICKoHR60lVoB8leE2xl/D0sduQ4L"
    "jlyHjDoBmEtwDNGEh8kJotodbbeSlN5nGf3v+Dkdke0uJf2+KmsLw3VfbXwm4HVOzxDWcA"
    "XZysj2k5W+QMfEnYogeswOFLAnM7Bnuj7eztia11XGXdHtsDBuuL7tbWFcX7cUmV1JSjWt"
    "ZJ5WC8d8MSZv+LlnTiBZEtme6wW7WG4PNTymVe21FzIPq/RwITbbcrpQ007qaRce/fz6mk"
    "JyZ3eh5C6z3D3bW4xdOHGgx6sBM0hruMBuQVugjFtANMW/Q4jpKVrF9dJch4j8+yKrG4Nc"
    "rWzSr2zULcr1IMMroMg+kKWtTYZMFYmgJtsWIhEWU0ExJymVmKUTc8ZDooxBP1a9aUNzfr"
    "Je1H7KPmvMTxVdX6Xx3Nj5IZk8tI78otHrm/IpHi1fRyYF4Sgbsql+2R6ShnXbMx9J7tnN"
    "OdWNdVUndm017opm+b0y2dUWYk8bRR5Ifq5g/M6SdRaUA9KeKhX5Dkiq0oTvj3xUxh35KN"
    "8b+SgTwz8zjk7PeHi7otiZn8bO+Fu9p4Zr/g/LfFyUHyGgUG7e4pCEjTxSxjg/80gOIJGi"
    "q6FzzFbc62zHfDKRYY15/RgzhDXk+NHpaSmH0dMCh9HTjBH3YxSzvbgf6F1tMBh39LbWbW"
    "tNkL4zQr/ctzr6ld5u+dl0El9HqPWtNWz1m8D/HKFO77rXBOQvfjYctto3fq6d1fWByL5c"
    "eeokharmsn7f4bbEyvmKBILB4lTbOibUU8coCAajTM3K4R2jwXYpgrLBYPGhJ1OGl0u4MB"
    "xvDtmpM2NPG0VIwzTZrkSxpScCxiJCAVbE4NNo+fcv8Bz/PYXnPwJvZnjAgRNovkAXt8P/"
    "xdT9iWZsmeFLCzrk4gWCIMyKkQRmq29SsIjES1ajABZRcUPbVWwc+EQSBYfV18qyOUVWQ2"
    "6XSYqUnxPpTJ12P+Rpd2EZ3qPtzLkPvClCBY1VdegNGVvBufcu1tWeiaLs4Tc1DBPn3z6e"
    "HX29PXyvA7BGCoAvHNNlmtpiTwsPwDDZTlnaPtyREm+oU9PjPvKkyOpnGjo8L3O8PM8/XZ"
    "6roP/duoOrw/tuDu/4f1ril71xczpDWENel7H95Ft+MnYfd2JYGxRTCIiF+LybQIaDTqt/"
    "rTUB/RihW+1Sv79tAv9zhAa3rU6nCegHfqq3+z38kHyImG0Oy0EGBYhBNk3AwrLfIMvJM/"
    "f8kqCpUUWEo8OTryfnx2cn0fklulN0bMma8x34AhE+TL4ajCjhSzgx54aVt5YnKNPwgE/6"
    "Oehi/xhdwMVLra3jSfLp8KxxlIq7j2fdTDL60V7ifwQrIiw+Y66wmZykKoJg6sXh1lBL8c"
    "+YTh3oMuZ+/h4YI6ldkN9WsmcSHx2sknK7mqTpasft0zLMPs3n9Wkuq4WyZzGJa8f0rSgu"
    "Ieu4s+5lCOvH721k3/OMJ8aa/Y9Br5sTOxq0T2915sQD/wcs090aHH3wX49LNCEsBA9L0/"
    "JM5H4m7/vvbXG/gNmEPwnDQ8jjT7et39Lsb3d6F2mLAungIiuK8TN849pC4zS1G/Bb2UMt"
    "c4IXZEgjKrhtMQziGiktO/ZUxpq6t8wZ7SUU+oh6dykT77vftL5+pWuXnBMgRtkEq+sRut"
    "O6l3r3ugmCixFatVu16mv/0NpDci+8EtL4ywRQHOYHUBxmAigc+B9IV+Tc+g9D+D1nKrFo"
    "a7CCFZmstd+GxZtGZLHu9LrXYfP0TsL2Hnh4417MMqRqKRMOulA+HB/Bh0PlgfgQYnaXD3"
    "PTExN0mlZlUZJZ0hvkNFbZjPdIzsr5TjnfySiKXTnfJeyJJnzdNGtR5CnXp93ViPMp744X"
    "06sif4oedVRXVkH0ZDxBEpaz8dgKO6orq4LIpM3YdEk7qROLuByEGUc4tgdWyNMegkMb/1"
    "nP2W9Bh23q1Vky1ZicZzc2k4Ucq4OFvtC9erUZlHGyHjur5qVKypNkpaTYu4HAqpcfXDCB"
    "zio7VQM8w4UHDNeP+zNJ/qQ3dl35DftTXt4SnzwbIN/L+9Gx5+PNjA+pLmT23ayp6QEre5"
    "uJMNGBEuDOBYiXe5s/+0OcSpkrRM0VItY6ZaMTttHxg4vKTLAHoGLsKMu7jGVIFbBYFbCY"
    "jOLcEFpMho7umTjKgouZwShTbhvt+wKrYwcsvdN/0ijUNldt1uezwWogbU50QqzRAct8cA"
    "znDXzqn/zY8FVEOMXa4hQ4ePkl1w9vwF6QIWE7rLQ1FXSolEyJV6FGgZKpAly36JzvTyvm"
    "Ep/vuZwgUu7LxadcEfdl08sLz8zxXQ4JaqBS7CTR7JOBTDdCr8uyOU1XO25vJQ7lwbR59O"
    "OgeQ14u3Pl+MUwfU5kTytFhaYTdKrQdPlC07K73TPGeqs91L9pnCM+oGoC/5MgoUO97wOh"
    "9EIIB608at4/+gs50KcI1eLDvfjsW5qUHe2oFSdJWboCeZ5jRAroV3EJColWcQkfXczKi1"
    "k2Y4PyYj7gMDTInEKUCMj0lsG/njE2xB83iiwOZqphiTT6+KDzYk4giJGS1PZnX79MR8vT"
    "I+OQXB8b5O85MRwYUz/CCBiPHnSA70YHPvWPfvRtCWTggOkb/g/MiWFZxN5w/CMrq/7uXq"
    "zMGBKvbw1lxng3mFFlnN1Vxtl9U/V3xuqKlf34b8rwOR/NSpHVAFLZNZYV7ObjqT3Hv4Er"
    "qRODVBlIiwUkYCD1ucud4ilFVoOZkVx/TkrtqycF++pJdl8NR7RB4HGRqRARqolQ+UT4c2"
    "lYUYBNmEuLS0r5PShxVS4ulXVUZR2Vh+kq62gNso7i1WZh4//N4V5UspQ1VMmqX1hWbBNa"
    "WnLI6zfYt7G4GHhzpQkNxi/QcTm995jENRzyR+UYX8D3fLYbkwlciNlHcztRplKpTaWyO7"
    "llc8u27u46AollA7ImCC5GKOv2lg4AHqHB/YAEDZOb0eUIab/ptJ3/mTYYvY97nC8KAfe4"
    "DGENNqud++YuFhZWsvHqxx2nnaJULgfKh0vtWMqH68OLWflwKR8uGUWx+0yUwQFtMjPQE6"
    "tmIF9+xciDaUC7bdNeaySH5CLi2NPlZNNMiwPf1HXnd1ZXXqnElIWsEsy6SPxhxhPLMBnL"
    "Jn/Kxdj0JfkW22G/+xXiUVXSRSY3in1SE1wr5Zw6TkpwvZ/qcAaB73YGCClNnAgs8wWCT1"
    "TZg9MGwB2QG7YD3KW7gKQy5o9x79IGmGEOABtvoll/1KpfMEIjRNI8xr1bF9ChnTeAa+Pe"
    "XYiFNQWBskpb4L2N5upwMa9BPHQamC5w4OPSxb9jhDCPbPA6gwh4r7gnxyE/y/Dom3/C7S"
    "xo4IZBi1nyR9COSPEb3AC/DX43vY2TfcjkR/i+brNbcSPMd5CNTyluV+UMbTWn+g/it5w5"
    "0/NEDjAlmBVfuIeVVABSYQJ7JbiyGkB21JbIF1VVbEbidF+8J6YVgXLbYkIrKbUz5jNYRT"
    "1IvHoULeqSZAjezfm29iakD5QquO6iVEmDd71IqqTBKmnwe4/3Otl/ZNQXP8xyVmAFKtQC"
    "uQ1BG+qBcsy37WiCO4zoj2puMRXFeEWuUvVqzCRJqYTCxC0cUEI4BZ4N/mObKFlw5ieKD5"
    "J2tMUzpAAhKTODv88Mdwan7NTC1XWt9FSJ16xGgZ7KHa7wDmEKu/Mg3kagguGOSdYLxp5Q"
    "nJwyRrbD3JTRnb1NTklXqTFZm3iGdZKqdlaMszID+yx/XJ9lhnWwbYwf3gQOoSlSdQZVrp"
    "1K5yssFPN9YeLuBMScpFRillrMm4QZVR5cJBlkWSc5O/AFnzdExJykVFKWWcqqupeMMJ2q"
    "7lWr6l6RwzwDoYs70+fjc3HvfeWq8fEgMJWgcrtVh57xv8bm73q/iZBWZl4f3NxfNAH+M0"
    "K/6t3L3q9N4H+mMff3cXiQKWulTIhYGUCsfM7KheFAgSDnBNmWHEvquqLHme9xgb1h+/ol"
    "vT06PS1lwTgtsGCcMjIMK4yx/uqqCh+vrZg54hziaZjx7uRVEPZ4GXW0v6JfFyEaasgbR4"
    "jWEE9IWzKgs3EgbVSUu44sijlFVRfUXldmqUB2Fci+BVZN4dxArIzSfBsf6aSuLKKR1KZn"
    "brrntfx+3urKp4m9dDY+GLRpJ3Vi0TaNAt+gY+Km0zYNTiepDQ4Y5gFGq0aRoeAlaD9Oxb"
    "yXy3zgCwTMbGsKHT81QSxXQRO8OqQyFvID/g0E7AURs+2A4LVu0jOXnf1gGy9ROQX2L6eA"
    "fKbnD2JoqiijQJGRmjOhwGYq5V7kExAxUG+0v6TUBcbeklUo8veVsGDMItZY2aFruTwUrd"
    "nKDr1dO/QEc+PJdt5EbdFxeoktRwd3vY7e/r0J/M8RutK7rW5b7143QXQ5Qlp32Nfu+lpX"
    "u+8PbvS7JkjfGaFhq4NvNoH/ib9r7Ztur9O7xr2vrkfottVtXWu3uM243esO7jtD+jbm7R"
    "HqaNetThPQD0Lb/1kbksbkc4Qu8dzB7xsP+63u4KrXv20N9V63Cdj3yW8akG7Hba0/1K/0"
    "dtCceXuE7vq9y/u232R1LWKoPy4zQo/zB+hxZnzuW9nDd7K3bCNSHu+8E+i6Y9eDC64qYh"
    "lCVTysWDgCxcPwwW5Cfo/gsh0jl3luHFz1NQ2v0PgvWbJ/I3lT6McI4RXvGj+iHyJLVfU+"
    "RYSnjLPKJZyYc8PKmyomU02Z+kSfA+ISEtkfl/VLra3ftjqfDo8aR6nAxVVVSiZzx8yI0f"
    "UMHrNDRhWT2Uw2vosx2adTTC5mMjK8pZOj06xfuFfUUq/bd/cX+Jw9vsDn5isdH2ST30fo"
    "W6tzr41blzQ5VuyLyEpefYkrdtr6kgnqAlqpxdPrdvQu3j39zxHqXV0FN/yLEbroDW+agP"
    "yVY3Pdv2KpO8MFVLnUd2G7Kpi67dRwu8hDspyaeIjCsTsxLJY5Ol/LZZAqPbdyPZcyd/wM"
    "33KyjLJlk6Sq3VTYChIcjWf8Dy7JzxGcDklyNSUqnxIBg9+4Z0WGsHYT46TUxDgpmBgn2Y"
    "kRWiINkneVZ0pkCNVkqHwyEN5yT4QEkZoEZSaBOTeeIO7QIt4EXLMgS6mmQfV7AmUy94aQ"
    "oKrdRNiKhrZ/FbAv+62rISfHfaImoB8jRHLXU+t1cIHvEEBvcEPgu+iSnQU/jS3JgSep+t"
    "fvaFkOI2AF0iRmSFXhAdEAcRXBLDQh9iG0VUUwfzgxu8uHOQljEBF0mlZl0JNZ0ovlA9Zd"
    "ZkKSTtPuRNLv4B1fC0GrmiaSnJRSxdnLSyFFqESwWdiQKiuzSUDQmrIyfbxe9fX28IA59C"
    "vgcjzxZE1ZnJrvOfwtk2fGgS8mfK00gUOfdlkj7qs0DnIEljOH2drwv9VwLB0EOHZWNGvD"
    "y0mNegLWQeAXHfYDv4OewKfXmd2gEd8NQGrKNoBHv7/92ADPcOEBwwWm54KZSeo6vWUDy6"
    "vvXsUoSnwWaQBV1vhjWAY+UFnjuotSlTXe9SKpyhqrssbvPd7rBAGGB19u4ClBp3CnqnCn"
    "WDaSDdGQ2iZXbKQxkcRQlKlKivZiWMvcSsaxp43CSsbJdpXmqPmDmOb+AzH36OhpgOi7z0"
    "0yXOhR5V9KU5Rl9WgUaIppaZaOZ0jRyaxVCDrrVZ86JDlVyg/5JJ3aO8VVgHB14mJ/nEox"
    "X5j59itmEvdCk6SqgR627UXGZxjvGI9TqQI3giPcMxx8UuIe4ikyNcbXjvGAY7yDPEGmRr"
    "noOv6COWQxYsEHc3w7f4VZkdVpEz0++noWsZt8KWLw4LbV6WQ5OjXnELnsOhL5YUxJKjlC"
    "mMhraxPCNLHnodG9LGIcI6nBMr5ryNiBC4uR97MIoA8IFLOFmG2KhbxkSJVRStwo5bNSpM"
    "R8nFI5yMtsNNmvwCblHb+Vkn3bNBx0bc98NCe5poPE80aR8QClW24zxf0fB0sX0q0aD3M6"
    "yHGD1c3QjKDsBtLZDfKrhbO5vw8VwgXhjbMy8MZZPrxxloU3TM/iQ5BCghqydys5Ex7sKZ"
    "eiEbZXega3nmGZ6JlnLIfta8DqdFbMcmkxi/Ji5poU98d+u7eg8ztabyVTzVR2CKVEbUtV"
    "DhUBThHHyBQUIrN8iW7HvYTGiOpkO3pfz9FQy97QbfQ+6GbPRFDWWTQ29GTyFG3P4ORZZ2"
    "I94aNGEcwzIY3MrTiIhqp+8tzj17pVnqFSrQ4NhfCUgyBKIRAc9TyUJ+g7KxOr5YiL/wky"
    "xX5h9st6CqzrMh87JOCd2s5Z2NdHEq+oZV7mD37pN8Ev/RFq9y61JiB/R+ib1r3HX+jHgc"
    "AmcFoGvMuH7jJFt2zEqs1XUEfYZh/D9x+qOytTRuUsv4rKWaaICj3dwunYREIZXRnUCrYT"
    "hu1W3BRA7tLEKjpYOnRHEheIWJYkVuxkIodSQexkst02nR+U3iul3utAzApXMBk4g1hpCc"
    "JbB4KQwf98K33YXuazqbR2+v0rI9HXfrnHO1ZQo5VDPYgIScKg4HKE9O43fKVft4Y051Di"
    "6wi1rvsaIfA/R+iu0+p2aR4i/4LQ4xf2v+ltjRCH1yN0qXX0b1qftI0uiWrSvdL7t+RudD"
    "lCGqk826K/LLokPbRJCiPagX+F6VvdttbpUPrwUkStOSyj1xzmKzaHGc1GFbJ4z6w7yH2F"
    "zniKjx4CCXjSxOq0Ld1pOytsIZeIFKmyme+FnC3MfsaB1LYtaKA1gg5pU6J+wMS1ku5Fr9"
    "dJCPZCT6+b97cXGt7UqERxI9PLOX8aWIhUFwyLxfEpA0xyBSSJagOPkDH2L+HEnBsWWwAB"
    "RXpx80k+B6T7x/4CTuLzoX7b6nw6PGocpYb3qsxi+sC2gI5pT0mKUCdnH2GzN01XtInUi8"
    "t4U2DzELJs5ms5CJmW84/FP8vg0hXC9kpF4FYR8KDD+hWCjAwO+ckGEkRy5BqoVblUMp4R"
    "DBbTMUtvLlhFGLQffS0h/JhCy3yBzpsgO1PkH5mjDlzYrLNBYWYGm3kqUCv0+hXaZ56Y0p"
    "GlVRqHqMYRrABCAEuaViEsMiMsK2kJQCxZYoWxlMZY8EsfTWcuiFhnqVX9SImnWSAusSC+"
    "FK1aUGWWNH0YiYwXs84Qiy2oQqfI6M7eLqn07PcM3xjG/PwDe4JIndm5z+z7FZ2s1jXBdU"
    "3Vrv8QYobIg87CMV1+BTxDqmJVRPXv/Sg3Xn85qGrj7y8Cqctu1XMKFOROkLvq1jvAE5sU"
    "3WLXeV/toxVwWUt0Vk8OZw4eJZgc2yUr4LKe7K2ebM4eLErwOdwIK2DyXayrPds6S68VyW"
    "NDDn/zw8zivuhwwYBBLgKyq5/70IpS3eYtHWFE2AB3ViOu/7WbaDzKtcKIvJCvZaLyxm7Y"
    "eF1o3kEPQWA4k5n5AqeAkIFPrzNa8x6iBkC2h2kMzzMmM9KxCww0xc8MD5gecODEdqZw+u"
    "PngxSPK+xWhQhKfPhrAJHUOOsDpXafJudg2G91B/pQ992WeAKlVpRNsLoeobt+7xovxIMm"
    "CK/S06RU6FHl5dUfHXs+3iyQLdWFkJh2Y1dSYWxbDWPz7A1HUqIDmUNS1UDa6kDChxSbP9"
    "lRnEp5cInCZj4X6TfmLC7ifUhVA2Noet8tt/EW7byZrZccfHnszWH7GnB35zG+kXaB1weu"
    "koFZSuXKXyweAVf+KfQMkyu4YkUhhzhqVcVRIDZaWej3wUIfQUL8FvoUqbJLVmUXS6bP2t"
    "hoE+9sz8RR3mqTGowyZRm/hPhREnlMPmkUobbTVRuVR02BpHKDpJfabavLnUnKpyI4BPkk"
    "KMbtXaeFmUNQjOBSDmh0ghn2ZDuMqmflRBKn31mKLwEs667X0du/j9u97uC+M2z52DXj5g"
    "hd6d1Wt02xrehyhIZa+6bb6/Suf2+C1TW+3+poRKz+5wjdtvo/a/i7/zlCHe261WkC+kEB"
    "8sv7dvDy6HqEtN/utP4w9esYN0eoN7zR+k1AP0RGUPU561VVwm1jKPFfluFzPpSSIqsFt3"
    "fuvm8jDx9QuKHCNF0N4Kx01cIS4/y0qGZhZicKWLbAjIJjiCYi/E4Q147pW6l5qtL8qDQ/"
    "780/BV1LjZWqyMH3OHrMDHY2ppKK2Yp8h8zvdYndnVdd9qmwVkM/sZp00yNf6ccI/ap3L3"
    "u/NoH/SVSq4ZDoQP6nHGq0u3yYm55gdngGsYKehW37+5ewfHB/casPBRKWR4RNEF2OUKvd"
    "1u7ozfBqhEgvq/vxb2R+DW8u+61fu00QXY5Q707rjq96/XHv6krrD/DkTN7A7xkM9Gvqbh"
    "Ne4b5aOvEDou20Lp6ed319gKcy+/4I9bW7ju47GNELcoe8yL/lX5F7g17nm3/PvxohvGIO"
    "qFcP/RSCQsq49Bzlu/QcqRTnMu2XeL+bWtDxeSY4+9N9yOzmqXcHQ31472OFsS/ED+6u1R"
    "/eUlxydR2ijCGwKLRxHpXZOI/yN86j9JQJOc5dcTFBpzzhRHfLkI+8p/s0nVqwRNL5WQy7"
    "S2HyRGurhpYaM9uYTODCEy2AkSZWTkBSOwHRiSIo6zStyicms6QXxtIVSruTIFQy3gMZux"
    "D/jyxwOD/JRYZwd7DKl+2eEo8OT76enB+fnUSHw+hO0ZmQgZZE2BP/HErTql1R6nnkn2LE"
    "ykIlSdV6uRdyJiIyWX4LxVk2GeQqcXH54lCuaz4hsVmWJFWzTOZZRvQEU0jMSUol5X2Qst"
    "hSyqBWK2nplRSL0bZeBKdYglTNMZnn2MSyxXT4BKGSscwytgzXGy+dJyE5Z4iVrGWW9cSe"
    "Lyzyn409AwvN28gim9vZfppmo8wnUdqT3p3Wbw17fepgQa8OSo2YbRtmM4zntdDmdKBMta"
    "Km2gxD+YMScjqogT1xB47ygRXQgXPyH4rDaOke1G4m824WyAwzwrAESzzkdKHkLrPcfTvw"
    "BpOd2YGSufwy32Sqs3tQUpdZ6qp2z4cQs6rdI4MSo2rGyJebSRXU4EzNxF9QQxV64OFwdY"
    "Ue4AtJts9YaTgqPfg5rbSXeiUcSwxP+/EROpWwqUd6qhObuPKoxUKmbcvC55PlIp+pPQSH"
    "Nv5TlrVXtMv7MrVG5NQW2MzlzjvXDlJODaDn+W/NSUOXbthYn5VuHOazGrsxorU1RYYzCK"
    "bQmFomgi6wH4GNIAi7agDcF3h4Ax5uNVs+AGM6N5FJ+vRsJ1tJZNPONkiNJ182sG1kzFPJ"
    "wCpOBpaf7S+APl9t5xn/rPHMXrK2mYJs92zyOp3+K3Pl9rGnkFdTgxXQl8tpNrHiM4PPIe"
    "ojkOkhQ6qsoaJAgkLt1h239ha1y4AV+Zoe1+lc6LTp6325Z8xILVx7soRRy1Il6nBj542c"
    "/gzgd/CDC8h4JKfCn+jpbzLDEictglhsF5gucPDBEZBiVcD02EXqqupYZWCWeqWsSwZmge"
    "N9Xnk6en1FTszh1Qjd96+1JiB/aZIcjSbH0UQO06ps3WZSU8mM5Epm9IEK3amhJ9fQU6Xx"
    "3k+vUqXxmHu7Ko2319l/VH7hisSzlfzCYTKxB/hoO3CjeJGcrmQ++NYrkV/AeNF8fglytY"
    "uL7uIhO41Hr6KUmMme1Hza1Xzy+S46neLUajYJn4lVrdC62BaSdZUoMM87txJkdbKQvq8f"
    "6qos5IYOkqsalHsmhrLukYkBKF9d0MhPLddoFvdkW2s3S3jSrbedjZanZ1M4Wp4/PDw2gQ"
    "E8w30G+ExJLVv2AlI/KRe8ziACBgIrZ15AR0pkFQNHABNZ0HWzZrQtvUNZ1CReuRoFFjXZ"
    "gxrqKpGY75MROmsmmT+YG5aV7/QUUdVpGz8++noWMZt8KWLv4LbV6exfERUGSEaMHJyAGK"
    "XxLTJYOaQ1hy6DsyavAnheQv87z1X/ztPaHz7lkn8gw/+i5PAhhcKHufHhKakaKeDPl6RT"
    "Crbo8j1xoKAzX5JSKdxyK9xkuvDLOEamIumllq80gMoHUUo28pRdD72EEWpbB17eVVzbgl"
    "0qgFL8aMpcHCUKtlwLothRy7UASgsB/Nx8gcDEDDG9JXnwAwlEw10Azwae8QxXEIa9gIhi"
    "H34MaQO8mt4MP3ZntuOBhWPjRcawshjK9l7DgFH+iA3x2OuILP+lIBZZVrNGAcSSkhqfJD"
    "K0CmgRPamHM41HNY3TyOwHKq16uodozJ3WvdS717yATEDWBMHFCN3p7Z+Jf6r/6XvghvdW"
    "12zvWxEgp3pLPt2xxOIFM6R1wikVxiCLQOqlg05MsYSNSUqFNMgtZVmQhg+zlirXjTq7br"
    "SILm56bwcMsCF61ihCGox4q3UoQz5jlROExGtAo0BDt50nA5nuhu7G2V5k1hgFfI3vOq3h"
    "Va9/izWa4EpISzkso6Uc5msphxktJWI8t5KSolT7qrCOsmIlbwBellLmeSMYhreVsg6hdi"
    "egnmdI1dAXHvq8A14Nc75hbtlP5Hho8YdmpSmVm4voGN/kYLQXx6Egh+JFX9eufBg3eWOE"
    "+r3W5eCm92sThFckTeKwfXPb+plSxL7QjC16l+Q7GGiDQZjPJXGHBG/d6Bd6mCUxvN48Oe"
    "LhWZkjVhoEiR2xzrIltZAX5IAqazqJkSi3Pv6wb8ydqZHld0G4d0ShwryLxSEQ5v0C0ZJr"
    "j48IajD2k4vLcakt/rhgiz/ObvE2IjncxvjPM5fqkCSrHa9PS/H6tIDXp1leO/CJuBNM7C"
    "nXiE6RbYvXGfRpR6wus2Xm75iZDRMfhRzPFTDlJAh3Y7B7B4+1Wlhy8H4rIuEYmTLISi1g"
    "13xCy8U4zGjPPZWz5ErgUgt8YiyMSWAISko6H0iLkdQJQ6ss57ixnJoQTeCYVBaEfBmssq"
    "RKt6lct4m4jLmwJL9NUEhJciWo7QnKP4qLSSlGq0RUuYgQhORwt1g49gvL0/jCti1ooBy7"
    "QIY4JaEHTL0t0UR3diuFi16vk5DChZ5Gx+5vL7T+J98gjBuZXg5E/QIdE79iOraRxdjBC1"
    "mfoVWc5+A8gXqJy0yG5/loQoykdqjNVoxgsjvSZ3Gby37rasjJcZ+oCejHCDF86u8vOvrg"
    "hrrVh5ckO/Q/tPbQzw7tX41Qr3vdo7TBxQjhPkgT+jFCg/vb21Zf/6efOju8HqF2q9vWOh"
    "2aWDq8PBAYBdUn1feFiHdww/VL7pU1xWQIazDldm2Qwa9/NJ053iIm9pJlCcvXELOUu1MU"
    "v2xrxatYS3w1TI+cBLm5myVUzFXxIx8SvVJ1xT6EmGVP2VZTb6iCIBJVIj02x3ZYIp1gWe"
    "RdHhsN4ykB3o91VSPei9YAd5fzucEqpsxfATwMwRmsutwvh8tC3grEKYWMKAhXivFqfdTS"
    "OCascvW+I4/7H1xgTOjBGdB06zQLbNgv/i+xRtkAi5nt2bghmvqPPY84muFVDDyaT0sHNt"
    "La8TbeMSI6lOvhr5YFg2qOfsFHOHn+m4l82ontOHBCOQQ+wc9Pn2nelVfDok1+VKlqZd9k"
    "GyA/SouMFB7UI2yvwA5usINOx9BxnsvOlKVUVqbqDYHR8sgBlCSJFEgiXW102c6UKteJZA"
    "KpE4ihsKoPIeZIRxGoiBonVKlVd59aNZ4VIyk4zuSq8SQceyWysohWarBuO8FqAqtioAhp"
    "LKsEhOCkSSrNgvJHYiwtg3wLKn2pNCtGo0DtXook1lhuP6dGXSWhqiyrNKVbOYCGGUrHrb"
    "u7fu9bqxO5VUV3Rqjd617p/Vvq/RRejtCvLX3Y0QfUw2p1zfa7qsx/qvIg9shVxIV/cgAn"
    "abIaJZGoDDzh90lTzmibOKMpkOQjaM8KJPkQYpYLJJFjZ3pfh5586IPboWcT8EOOObYF+G"
    "N3uWFXRi+Wu0XCJJYPk0zspeOSOl6J5uvL0dD6uLQ0TNyhgVSCQRBA5NiWNYfI+wy6NnDs"
    "VzCHBnIBVuNmWCzAgRPbmcIpeINeE7QuBpo/jpO1aKp/xwjZpA/iXeH3DUwX2C/QAZ++6Z"
    "daL7jrNkHUzmdQ2C7Xz+KPA5+UPF79NAUEybMmNvYQCKrp9iQNPLEb1fXgrq8NaMrh4GKE"
    "Ovhw1gTk7wj5S9NqidJ+a98PaDSXfyGCMBTJJVTSvubiC18z4Vl4EWR5ZJQUUkQts5DaN1"
    "r7Z73bBMEFFpL+TRv/o0fuRZcjRDeKJqAfI0TAJXzVJ7L1r0TE9fcS4vp7rrj+nhaXQld3"
    "h65CT8StJkFWI9Rtx5vHq+FNZnA6dvFZD7G8+QqQzwyl8htLs9cyXG/swIXteAJATZZaVe"
    "+RGatRkNyHEPNKO+XetTKkSu8R3rp8uIA/7XucTLG/KlR0Bd5siIl2oo72TAxlEdHEAGTj"
    "oezVpgLmaonOasrgzCIrE+jcho5nPpoTw2OizvHHjRKw8yTVXhUoU9CrJNBrXSURT/vDly"
    "W92vTo7zv0U0nNSuU0K0hplgbgZrY1FSgXliKT2eNOkNWHpfLHHRbkjztk1ArzNxPP9CzO"
    "AZ2kqyG/t5KvjyTxNEXGd4ZQcbwcx1f277FjsLD9EqGxEWWdtMbKoE53gpURBu4FJ+bcsH"
    "JA/JAmjXj5RJ8D4j3kbgHrLrW2ftvqfPraOEolTw3H9klm+JquuxQCFhOECleUGlcMdlPu"
    "ap1xsjotTTs+zcsH634Q5bYAVfTHdgXAVzvqaM/mQlnQK7EKbA54lcMfOWN9N0Mf9yLaVw"
    "R73AxP9Ac2C0qMhvw6FFEhh/VdXBsFyGGkTVJOZgRRzjct04nMKilmymCoD+/9srqxLyN0"
    "12kNr3r92yYIrw7KiTIJzxyWQWcO88GZw1ysgDuja5JQnQyFT4YKrtk1XBNGIgo4BmZI1c"
    "AXHvjcgLBCgnkHOubGk81Kpltu943T76x6i8C+e9vqtq61W+qmv7oeoaHWvunq7VZnPPhZ"
    "73QGTZC+M0JXerfVbdNyLdEl3q97Hb39O96t6ecIXeIRPcRUw36rOyDbd8vf5Nn3ScGXYV"
    "+762td7b4/uNHvSO2X5J0R6mjXJBMC/Rih21b/Z21If0d0if+DVof+V/7nCPWGN8SZnX6I"
    "nCCOjsqMsqP8QXaUHmPzXDPl+vE133JF50oOdSS2wI8wIFkn2r3+pZ91wr/CIrm66uhd3C"
    "S4wKLUfyNN6IeIkM5LyOg8V0TnaQl50JhgzYkrmWqcRqVRTWC8VaRRjf/MjFTyA0FSZCoe"
    "hDseJCxGycP1OI1iuUD5qhesowR5mXmNDylSFYojetj2i6+OeZ2KUmS7K+G3rdGf3GnLJH"
    "rKz/OUSfOkinhXb/lXtVW5lvAKa6v61oaxvYDIFXAOYJArFwGpXQQCiU0s24UbSDxBr0Qu"
    "tcixYu54IrJOEO5GyO9gka2FjCGais3mqZrEeyHgmBOpN8P9Ej91jiNoHvnujqPn+xJxr8"
    "rNq3Lze1duXpWV34uptWtczj+tC1SVzxKq1CyqltSHPHmpnCwfQsyq7rlsrvuq7nlsju2w"
    "7nksI8SGZc9TuShqwvmcmJ8NeVXLxCqMdEsbsql2yX3+4soVs+Lmn0vzf/JZGcbVrGfoL0"
    "E/+2VgL+QmR/BLbNYxAmCSc3JtKp1koFPVRe5WkTaqxJ10x5gGUOl1ZJHE/sCMlfiuat1+"
    "z0f+wqvq4MCKk2IrxGTdhlYLVVohJh9CzCrbhExoiUp0sJNEByyL/GYabbJMVE14nvFdmC"
    "82BUiIotrye6oTowTV/1Ta1k1RAD6krqZgQIAtMYCAFeq0FgRYpbHeHgCAd3KT9qEQAGm2"
    "5kYBAhDJKyODfKtSjKROh6TKrO8qsnzbTlrP+F8TxU5CWpl5nYj6TZYU07vjO60/8FO8BJ"
    "cS4CcqpPS9Sox5DjTmY8tEzzxLToqsBoxPDu/TUsvOacGyc5pddki+G5ub1UkqxekynJ4u"
    "HaoWCNRuY5EqD8FsXCNacp1RIoLaDeDjUgP4uGAAHzPdyOWIbJJTIa4FyixFZJOS7/asCM"
    "om+BHErGyCH0LMyiaobIIyiUHZBOXhOZ+pi9N288sSusEPzVhvomeNEvabP+ONVUpzZatR"
    "tprNbTVv4tnhQ1qpLQkDvXvd0ZrA/xyh2/vOUL8jd8KrERr277XxVaszwHdX1yJWheqDtD"
    "34nXEuz7cohO1lFoq0xgSb/kKuVK0xEpWptVggAplaJ7bjwIk3foZvXFJJ0ynRVC6ahW0y"
    "I+sK9uKQYHc78eGebMPw+8LC52de83GKrAamiV2v+ArjFBLFvoFfCuP8EGImkbfcCGeMqE"
    "4q4vvim+wYaG50s2QItGwiKIttxobe5mUdq0TsMNeZaJ0vjRJIXdBQoXQfDqXbB+/ffU7Q"
    "uDBcdzw3HIYPXr7qFaep0yZXmQIWBEKNLXNu8mTjy9Ap3TYbDjCHPn/GcxMtmamLcvnLJl"
    "b+jJl8CrPl46O1spGxIvqKajUw6VW9Bo56DSEHczHkUvzPh5MV94u4r3AcEQHsnYKvcJwP"
    "IWZ5fNU+iEKXQXLKuFQVnTW4sges3Hr2c86pHAsVOp6t95EMcyds3UPyXSf/tvwjN0YGw1"
    "GYAxDGBmkpnHBsxAgqzssQ4pDJ9I9oOX/ALVSGBmm2n0YBnqhyNL5XjsZgnmQYn8v1FYHC"
    "GD9qzkuSlKHfu+5rg4GfoSH4MkKD+4tbfUir50SXI6T9dqf3aYpM/+KgnGiSXpeHZbwuD/"
    "O9Lg+Z4atCemaSUumZUuuZU2hMLRNBATmnSFUkq8xydpcPc9MTnNApWiVpmSVtGW/2kiHj"
    "fFfhFYVyEk5IuQonYQO5r9Dhct2OkcghEPLa2gjEndgOA1K5hBNzblg5K2BIk5aHT/Q5IK"
    "7VwneptfXbVufT18ZRyvYUCuEk45lBzqQ5/M1VmRI0yqydVpmI4wpk6f5FttQVkZgJdX9G"
    "aYUG1BVExg22ZEjrpP3vGHNRHszKg1kGEVTmwcxeYypgbC2rsqXZm1laZXITb0HHnMwOGH"
    "ag4EmjyARkrNpI4yX+UUw6G57P8o01L1hzY8YwFiVWjEhkBrZFXcBPT8u4gJ+e5ruAk2cp"
    "rRpPKg4OB81ryN3DUg72hwUO9odZB3v8Ro+5RRWFm0cku8cs3kf1qAyd4HA9qn4z++v/AY"
    "DNG5A="
)
