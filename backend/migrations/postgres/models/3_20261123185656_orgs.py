from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "platform" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "kind" VARCHAR(10) NOT NULL,
    "region_code" VARCHAR(6) NOT NULL,
    "parent_id" BIGINT,
    "path" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_platform_region__19bb0f" ON "platform" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_platform_parent__c659f1" ON "platform" ("parent_id");
CREATE INDEX IF NOT EXISTS "idx_platform_path_17ed07" ON "platform" ("path");
COMMENT ON COLUMN "platform"."kind" IS 'HUB: HUB\nWINDOW: WINDOW';
        CREATE TABLE IF NOT EXISTS "enterprise" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "credit_code" VARCHAR(18) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "region_code" VARCHAR(6) NOT NULL,
    "industry_code" VARCHAR(5) NOT NULL,
    "scale" VARCHAR(10),
    "employees" INT,
    "revenue_wan" DECIMAL(16,2),
    "founded_on" DATE,
    "address" VARCHAR(300) NOT NULL,
    "contact_name" VARCHAR(50) NOT NULL,
    "contact_phone_enc" VARCHAR(200) NOT NULL,
    "contact_email" VARCHAR(254) NOT NULL,
    "tags" JSONB NOT NULL,
    "licence_file_id" BIGINT,
    "status" VARCHAR(12) NOT NULL,
    "rejection_reason" TEXT NOT NULL,
    "created_by_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "submitted_at" TIMESTAMPTZ,
    "verified_at" TIMESTAMPTZ,
    "platform_id" BIGINT NOT NULL REFERENCES "platform" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_enterprise_credit__45fe91" ON "enterprise" ("credit_code");
CREATE INDEX IF NOT EXISTS "idx_enterprise_status_4d8e88" ON "enterprise" ("status");
COMMENT ON COLUMN "enterprise"."scale" IS 'LARGE: LARGE\nMEDIUM: MEDIUM\nSMALL: SMALL\nMICRO: MICRO';
COMMENT ON COLUMN "enterprise"."status" IS 'UNVERIFIED: UNVERIFIED\nPENDING: PENDING\nVERIFIED: VERIFIED\nREJECTED: REJECTED';
        CREATE TABLE IF NOT EXISTS "enterprise_review" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "from_status" VARCHAR(12) NOT NULL,
    "to_status" VARCHAR(12) NOT NULL,
    "actor_id" BIGINT,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "enterprise_id" BIGINT NOT NULL REFERENCES "enterprise" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "enterprise_review"."from_status" IS 'UNVERIFIED: UNVERIFIED\nPENDING: PENDING\nVERIFIED: VERIFIED\nREJECTED: REJECTED';
COMMENT ON COLUMN "enterprise_review"."to_status" IS 'UNVERIFIED: UNVERIFIED\nPENDING: PENDING\nVERIFIED: VERIFIED\nREJECTED: REJECTED';
COMMENT ON TABLE "enterprise_review" IS 'One step of an enterprise''s certification, kept as its history.';
        CREATE TABLE IF NOT EXISTS "enterprise_invitation" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "email" VARCHAR(254) NOT NULL,
    "as_admin" BOOL NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "invited_by_id" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "accepted_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "enterprise_id" BIGINT NOT NULL REFERENCES "enterprise" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "enterprise_invitation" IS 'An email invited to join an enterprise; the mailed token is stored hashed.';
        CREATE TABLE IF NOT EXISTS "verified_credit_code" (
    "credit_code" VARCHAR(18) NOT NULL PRIMARY KEY,
    "enterprise_id" BIGINT NOT NULL UNIQUE REFERENCES "enterprise" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "verified_credit_code" IS 'The unique holder of a credit code: written when an operator verifies an enterprise.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "enterprise";
        DROP TABLE IF EXISTS "enterprise_invitation";
        DROP TABLE IF EXISTS "verified_credit_code";
        DROP TABLE IF EXISTS "platform";
        DROP TABLE IF EXISTS "enterprise_review";"""


MODELS_STATE = (
    "eJztXW9z4jYT/yoa3jSdSW8uXJLLw3U6QxLnjjaBDOH+tKXjU4wIboxMLTkc0953fyTZBv"
    "/HNpgYR28SsLWy+a282v1ptf63MTVHyCCv2vZIp8oTwrTRAv82MJwi9iHm7CFowNlsdY4f"
    "oPDeEM0hb6eiZcN7Qi2o8S7H0CCIHRoholn6jOom5gLt2Qzh0U8mNhbvAILaBFjm/AcCvn"
    "6dQDL5+hVo5hOyCNApYR8xZR0DiEeAThCYWehJN23iinCBV/yqI1Njl9XxQ1kXsLH+j41U"
    "aj4g1sxil/nzL3ZYxyP0DRHv6+xRHevIGAXw1Ee8A3FcpYuZOHauP3QwvRJt+e3fq5pp2F"
    "O8aj9b0ImJlwK6g+4DwsiCFPErUMvm6GLbMFxdeIA7N7tq4tylT2aExtA2uI64tHMDq2MN"
    "Ve32BuqdMlDVRkR/noQPcfcQw5Lrnt0qEQA88Fv46X/N5ps3b5uv35yenRy/fXty9vqMtR"
    "X3Gz319rtzMyu0nK4EZp33ne6A35DJBpgz+PiB70IGUuhICWWs0Ic0iv4lQ5DqUxSPvyMR"
    "wn/kirzyPoS14WGfpg7vwEofq0dkBwpJwXbQuVHuBu2bW979lJB/DIFTe6DwM01xdBE6en"
    "D6Y1AZy07A587gA+BfwR+9riLgNAl9sMQVV+0GfzT4PUGbmio25yoc+THxDnuHWFOfWjVq"
    "WmreR8svtf4Bi1Gp+/ykaLSuT1gYeoYIMqLoX0yglYb9UiwEP/tZZT1RjUZZ8E/hN9VA+I"
    "FO2NfmyXEKtJ/a/YsP7f4BaxV6arruqaZzLoI1v6l8MLsSZSG80xEegPjsdQaEz14nAsxP"
    "BfE17/9GGnUwygFySKx2Y/k0C9CnyUCfJgEdZ7DXwhxrryXIUZCJrWmIkJg50TQNBHE8yj"
    "6pEMb3TKwskD0rsls/57zXuw64OOed0HzX/XhzrvQPjgTsrJFOE6ZBfZZnKDut6zeGs8x5"
    "p8lT3mlkxrMJslT44EaTWeENStUO5jevs9gK1ioRaHEuiPQIUajHuHC/3vW68SivJMLRka"
    "5R8B8wdJLFiS6G9M9jGwvfBtzbukF1TF7xy/5SlgZSAOcIBayIh/PBTftLWAUX173zcATE"
    "OzgPqYMzDyrnG/KM+4DQ7ob9zjy+7duXvAhvF9znJWRKgJazXuNHH/PCD9xD7XEOrZEaOW"
    "M2zaS20VPT5jR8BGJm5EfuL+T37ycrPyAYZN4iJw/XE5kTr91aHnMwQUCbMHR/IACjOSKU"
    "GUD8eAjmlk4pwmCu0wlAT8haACgoyRaw0NR8YjoSXKMrZJlzAuam7Q4+P5O5/UsMscn5y7"
    "lOEGAu4RMCEJCJaVFkOVdiYpACQnXDAKxfnSmAlMGAvhT6s3l0/Pb47M3p8ZKTWR5Jo2LW"
    "E5sGJPHxVBoB5hMqxH9VbrZ4FgZMoJh3IgkIyak6w1StmXZcFJA2vpcicnTnGt0VmcYvIB"
    "tOI2hdwkXcRO4/nTqVa25DdeS2XL8oiQH6piHxHVAT3JhMfjG0m6+P3lxZOvvcYjPlxDT4"
    "R8DaQDBH6FF8scQcqo/ZuGKTrCUOHgztM+31m6F9PD46+jFmjbL868kJu1oTtjsWo0uRCc"
    "G20zxtHXLvIpAU/PiqYphhI6o7vHMymkHBHZKazwPdFklN8T+HU+O1rx3jVgI5b9qWlgvc"
    "lcQO4WVzsw2NXdGamVjNFFKzQhSE55z8jqCV5ryI89m8l4XXdL37AnhbMJ+YLK53vQYCoI"
    "XAIzbn+B0QUb9oRHgfBuA/Ot7xiHFWtt37Bq6Jh0lG58RrLt2Tde6JtE/1tk89m96b324Q"
    "IVCMpIiBCjZItVCmaKpOfW0zmCi3ObcLrEf9iZmMgynUDcCMyDvwGV1w5pEnYs7R/cQ0Hw"
    "kw2OixflzRnYKeRIC4XkfISG21/yFmvwcTJ50GQCJOaBOI+QV4Rxq0CQvAdKdL94LsADvF"
    "PFNCWdCmIXC/EILcHUWWzCStOg+SZiAf2Y/PYx699js0jmjqrs/uIN0ti21sJtvGZsRBtp"
    "Cmz/ScC/8BoRqyqqVkFRJbJFblmutXIrWL9UrJrpjBhWHCGIORnF7hE5H5FQFCYxv5Fa53"
    "kDMFMShVuySAZqah30wZ+s3o0CcUUjsmC5GjrGB7KpDusLuC2AkfgpZmKb2zBObGrdK97H"
    "Tf5xzqnlgLuB+G+E7pDlqA/x3iq3bnWrlsAed/2F/Nop00H8bTzdtEzbyNJJMzH3c6ozGa"
    "Sd4w4RPZ3ZLa63L9yA1DaB9bir5R1YVIzb/RKEZ8N7uOKkL5792mI8PUHtFItTGNy5tMV3"
    "ZYdguaXr8ZqSorFPunaZ6sgSzLjOEaB+yxTUnxWErVwE9OU6nyZZDuoy01et3rvveahx23"
    "UMaHhTg0BWxpUFJu3qz000VYvF5Axz4xaT2rpt+KsNwKZ8AG5iPCjRiK23f2MI3fFjyaSp"
    "cNM5DbhCnXQD/ZPK9Wx4+AD1bO/vKe3gFei0DUG+AJgEAngFDTQqO4pbbiHUlmeU+Z5Zlt"
    "sUcwYe1tfcTsE68yA9r4pPQ7V7+ryg0LiFvA/22I+wqXum3f3X3u9VnQHPxeJHjePkEt7E"
    "HuvN+gVO0YpBLSfqUTWFcnwa9m9G2ms+4KqDkoKdVcaTXzRfICOvaJSV+/4vrNX4fHJyQ3"
    "amy2USOoiagarlh4oD/g39Ai4kSGoHdjpI9uN3umgu/eGPOOrh57C86XIY9/6LHfzn4xcn"
    "KhL9p3F+1LpfH9eeLWa/NBx4OJZVIq4I2ErsEGh2nRq8GbqtTfdm0Ae8WiS9tCQGygQhYY"
    "mxaLNRF4RAtwAAE2rSk0dJ7wJGJjZxOKZvDMC9C5jdngso0ONwho2WXyOOlu89p551tMbU"
    "gOX8eOqvOsK/pF5LpieF1xzn4Em4WZpbaKBUKxHUhHudKOlFxcrLOmK0KP95Gofbu4YF/j"
    "vIzA+VQnw3JbslE4ypwB7uO2CZPHo5/Goiwk4J0IF2E+QU4ONkOQfaS6Bvl5nQCDaeGdS3"
    "cL9nstfb61S8T4IX8u3W3er0Pv/SXZ9qqESWnuykphORzEgFCVWfbK0LiS+KnfLCZp+hen"
    "ZsnvSX6vCirYc36vj8bsoZwkZqYEzq9xvEXLHNkpyRjLjJEKm4I0H1amIshUhErY41r4OJ"
    "ZJC6o5KCkDliprmSBC2M/PuQEwKFXDyP/NaZYVorDifAtEp7FFLiK4b8F1vVv1tGeQZ/Ve"
    "g6OtUg6saaD3Fox/V9zqZLrrypqpD8t2W/VbV4Qsvwr/TzRzhpwhtPzGcJUs7V54uJ4Wiy"
    "REe7JVttYNpTtQ+rf9zp2i3ii8PF8LRA4Nse9Q+/Km0w00EkeGuNO9G3QGHwedXnfZVfRY"
    "sJ3bWeQQu+KXW6U/YNcR/4f4Urlt9wc37LLqh3b38pr3Hj02xD3WvD3osbPepyH+8PHcu9"
    "LyY3jNJlsaQ6YshjWFmALOQMA4FBlkwR4qPdRur9uDq17/pgW8T/6B5R9SgUESGB7+geAf"
    "AOEBU0S920/VX1r7XBbcL1XS6wFrSlvKoPnFhVNyYUAuDFRBBXu+MODFtDFRlS/cTXtrDZ"
    "2ovhB7fRpODyMgUoR5WXmekutk3bZETswYTnVjAcyx2GTqrjUAQRyTaLrNZl1tefUh5eV7"
    "9SzetB3mJi0Ik1P5i5jKRd0SXun0SaeLAsqOk5cqr7TKLfRkPhZb8ghIyiWPfdAyM8Yk32"
    "vEo5I1KGcUnD6Ps7AOx8msw3GEdZCvBG7IVwLvc9FaGdPLmL4KKthBTO+fJH0JdTGbGM9d"
    "+avf+siAVI+dDhPS+GqC+/cyGRAxRmPoD2/sJnMfjonXli99lJmQL2+dePnKg6x+wVKgdn"
    "xQKe8KqP4b4XaG71Eml+soxeU6inlPAEMJqQhreUAOCNXOtS2lKL0Dmfh1+ZFeiu2uJP2+"
    "BmszSMjcZD5B3uT0iGANLUgpI9spVvqELJ11WoTRi+1AEntVJvZ04vDtMVPzujfjruR2+G"
    "Jcz77t7YtxndiyyNMVlJSPVZUfq5mlP0Ftwc5TXUPcJMZnrqfMYok91NBN23bWngceC+nR"
    "rNjTltCFfOwq/dh5rp/zfs1Ceo/vQuq9ynqnJp2pBGkWonkj4BjRGhrYEqIFAdwM4RG7j0"
    "Kgh2Ql6plRR5j//CLWLUZcWrbKWzaRFkUoiskKSFsfiMrWpkKm3IkgH7YSdiLMRgXVHJSU"
    "aq6cmiMZElkW9H1vb9pwOT/4vqj91H10MT/00vVVGc+Nkx+CxUPriJfYvb4pTv7d8nUEyd"
    "2OsiFM9av2UGoajcLL7M8snaBGTDKN7+xh6pvvgu1kQs2LS6hhru9Ip8uyzlm5gZDYzhbK"
    "d5f9cZYl+eMsOffjTKbW7JZ0sdADr6WTdySHxGqIdpZ9g8nbBk8j2x7wyGYXW+RGOiJYQ6"
    "xPMmB9koj1SbSwBSxeF2cpXAjn3dCFjet2/73SAuLfEN8ol52PNy3g/B/iu5v29XULiH/s"
    "bOei32Mn+b9GEZueLaEvJZ8vmowzM8wFyvUynIBMjeqObO19OBZ6Qpg5k3MYsxZ/iTR9Co"
    "3EbWx+yTDD44i+crvYP6BTULxULjrsITk4Oj1shrJb/HvbgkCPTZv9EBaIxOHMUIkHOSiV"
    "xqLVC+H2QAnhB0cji0WteeZAn0jtltJK2aPGrkhZSKrm9Z7DcrVD+yQL2CfJWJ8kQl0oRz"
    "1WuHaglxK4eNDl3tsSEawf3mXscaHwIcZm/3rX6yas0Lrtw1OdrlHwHzB0Uhqz2/h5bGON"
    "Qwjubd2gOiav+PV+KQv9FLA5PoG1Iw/jg5v2lzD8F9e98/CiEO/gPKQKQ9eYqUDsgkb++n"
    "0xwjVyp3e8eM5iSGonuDIZQs2l9O62zHzsflL6nauOcpnzafBJtsDq8xDfKt3LTvd9C7gf"
    "hnjVbtWqr/yqXAz4Me9ToVi0mSUWbSbHos0o//U3ErYisf7HAH1LeJTiZGswmaSthytfBu"
    "nmbLkcft3rvveah21cfAbK/SK3MYuISlMm84BkgojMA3rpaib2/VSnxRQdlpVZtFXW9AZ7"
    "WuVu1j3S88yAdGxa09w+UkhQlp/K5SKllJ/ygI2qI3cJqltfV3umiqxlqELDMFCKqs+ejn"
    "7nYpC1FtWTjuabZq0uc7j6orsaIR/KO3jSqcBiQ8A6y47qBFWuZMOYSTc+m8PDtYfRwGR/"
    "1qP7ye3wQmSIZUwOruZsGw9yoSRN99FMTdVcPb5ZEjZVa9U8UxF4vr2Il2eHGKx6+YEADV"
    "mUaUwTej0Ej2hGASSiivtEJ9S0FvGV4DfsT2aMVthXOATJGaNjy5yqm9HFoS6qnAdWU7KY"
    "ueebqTDQgVTgzhXIzL2Zv3ivX0oSzEUJ5iLrK3JVpfCqSn46SBK7e0AD+VzZvGYsIiqpoG"
    "1RQcEdYRuSQcFtaHumjqx0UGQwVul9Yz6uIyb2DDIhmaJOPSiyNvJss+iQp6cBIYhGgJrg"
    "b1PHwbDxnXiFGG8nWjwiDHQCeLDIvvMKoWgUDUK327WMRytssA5T4tHnLgn+3LNG+QmTkL"
    "B5farHeLyp1Uf9YjssPro8srfVR4WVyl1ROShVu3L3269d7U4bRbK1IqLSAZXpWjLcSw33"
    "vs101l2RguUBSanmSqt5g2K+sojvHulZvlH0JWhZcnSSo6uyOmrB0S1T5mIYOn86XTI/58"
    "/fk0W8Xh4FJktLlfvWtkf20+LxXZ8o4clWGevGh4/nLcD+DPHnTvey97kFnP9hzj2bBrZd"
    "Zafalb2ekRLbbmGvGbTYPJk/K98vVlJSSV1Nuh98mvP9ebTU1+Y953tNsxRRY61SljAihd"
    "QkyZiIfp3iVbkntLZqjsTDWTbYrOK+rW2y2V/V77ZAdcw+kJj4Nn63SHKku9quEixAvD4R"
    "ZTBBwFEImJjGCFli7wJw+gG8nxaYW3y3MAbzCRJZJOaMq9m0gHtZEkwtiaaklHWRDSLzKh"
    "V4rtBy8rbqO6fkpVSOO30hTEmOmSJqALOxrN52uJ1wrM+qtjIZ1o3mlzazltokbk5xz6TO"
    "I3DVpjJ86UshSzcsFJxscQu8wPdZ3ti736E0f6hyIOw2ryG6pVDNvKYnwjHha3J9Sp/I7k"
    "tUPk/EurVilBv5CptOZt//D2MuQaw="
)
