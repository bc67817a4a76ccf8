from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "evaluation" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "subject_type" VARCHAR(30) NOT NULL,
    "subject_id" BIGINT NOT NULL,
    "rater_id" BIGINT NOT NULL,
    "owner_type" VARCHAR(30) NOT NULL,
    "owner_id" BIGINT,
    "target_type" VARCHAR(30) NOT NULL,
    "target_id" BIGINT,
    "overall" SMALLINT NOT NULL,
    "dimensions" JSONB NOT NULL,
    "comment" TEXT NOT NULL,
    "reply" TEXT NOT NULL,
    "replied_by_id" BIGINT,
    "replied_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_evaluation_subject_08e567" UNIQUE ("subject_type", "subject_id", "rater_id")
);
CREATE INDEX IF NOT EXISTS "idx_evaluation_owner_i_c71ef3" ON "evaluation" ("owner_id");
CREATE INDEX IF NOT EXISTS "idx_evaluation_target__7a6311" ON "evaluation" ("target_id");
CREATE INDEX IF NOT EXISTS "idx_evaluation_created_f486d7" ON "evaluation" ("created_at");
        CREATE TABLE IF NOT EXISTS "engagement" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "requested_by_id" BIGINT NOT NULL,
    "need" TEXT NOT NULL,
    "status" VARCHAR(15) NOT NULL,
    "status_reason" TEXT NOT NULL,
    "answer_due_at" TIMESTAMPTZ NOT NULL,
    "answered_at" TIMESTAMPTZ,
    "answered_late" BOOL,
    "agreement_file_id" BIGINT,
    "fee" DECIMAL(12,2),
    "period_start" DATE,
    "period_end" DATE,
    "plan" TEXT NOT NULL,
    "personnel" JSONB NOT NULL,
    "planned_start_on" DATE,
    "planned_delivery_on" DATE,
    "report" TEXT NOT NULL,
    "report_file_id" BIGINT,
    "delivered_at" TIMESTAMPTZ,
    "delivered_late" BOOL,
    "confirm_due_at" TIMESTAMPTZ,
    "confirmed_at" TIMESTAMPTZ,
    "auto_confirmed" BOOL NOT NULL,
    "file_keys" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "enterprise_id" BIGINT NOT NULL REFERENCES "enterprise" ("id") ON DELETE RESTRICT,
    "institution_id" BIGINT NOT NULL REFERENCES "institution" ("id") ON DELETE RESTRICT,
    "platform_id" BIGINT NOT NULL REFERENCES "platform" ("id") ON DELETE RESTRICT,
    "product_id" BIGINT NOT NULL REFERENCES "service_product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_engagement_status_acfa7d" ON "engagement" ("status");
CREATE INDEX IF NOT EXISTS "idx_engagement_confirm_6c5c7c" ON "engagement" ("confirm_due_at");
CREATE INDEX IF NOT EXISTS "idx_engagement_enterpr_cf41cc" ON "engagement" ("enterprise_id");
CREATE INDEX IF NOT EXISTS "idx_engagement_institu_2d9c39" ON "engagement" ("institution_id");
CREATE INDEX IF NOT EXISTS "idx_engagement_product_25fc46" ON "engagement" ("product_id");
COMMENT ON COLUMN "engagement"."status" IS 'REQUESTED: REQUESTED\nINVESTIGATING: INVESTIGATING\nAGREED: AGREED\nPLANNED: PLANNED\nIN_SERVICE: IN_SERVICE\nDELIVERED: DELIVERED\nCONFIRMED: CONFIRMED\nEVALUATED: EVALUATED\nDECLINED: DECLINED\nCANCELLED: CANCELLED';
        CREATE TABLE IF NOT EXISTS "engagement_step" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(10) NOT NULL,
    "from_status" VARCHAR(15),
    "to_status" VARCHAR(15) NOT NULL,
    "actor_id" BIGINT,
    "actor_name" VARCHAR(100) NOT NULL,
    "note" TEXT NOT NULL,
    "attachment_ids" JSONB NOT NULL,
    "detail" JSONB NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "engagement_id" BIGINT NOT NULL REFERENCES "engagement" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "engagement_step"."kind" IS 'TRANSITION: TRANSITION\nPROGRESS: PROGRESS';
COMMENT ON COLUMN "engagement_step"."from_status" IS 'REQUESTED: REQUESTED\nINVESTIGATING: INVESTIGATING\nAGREED: AGREED\nPLANNED: PLANNED\nIN_SERVICE: IN_SERVICE\nDELIVERED: DELIVERED\nCONFIRMED: CONFIRMED\nEVALUATED: EVALUATED\nDECLINED: DECLINED\nCANCELLED: CANCELLED';
COMMENT ON COLUMN "engagement_step"."to_status" IS 'REQUESTED: REQUESTED\nINVESTIGATING: INVESTIGATING\nAGREED: AGREED\nPLANNED: PLANNED\nIN_SERVICE: IN_SERVICE\nDELIVERED: DELIVERED\nCONFIRMED: CONFIRMED\nEVALUATED: EVALUATED\nDECLINED: DECLINED\nCANCELLED: CANCELLED';
COMMENT ON TABLE "engagement_step" IS 'One archived step (who, when, note, attachments and what it recorded).';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "engagement_step";
        DROP TABLE IF EXISTS "evaluation";
        DROP TABLE IF EXISTS "engagement";"""


MODELS_STATE = (
    "eJztPWtz4ji2f0WVL5uuYro65NFZemurCHHSzBLIAunp2WHL4xgleGJk1jbQ3N3571eSH/"
    "ghG9vYjjH6EoytI5NzpKPzPv89mWtTqBof28upYgoriMyTFvjvCZLmEF8wnjbAibRYbJ+R"
    "G6b0rNLhEhknQnfgs2HqkkymfJFUA+JbU2jIurIwFQ0RgPZiAdH0Jw2pmy8ASvIM6Nr6Lw"
    "b4/feZZMx+/x3I2grqBlBMA18iE08MJDQF5gyChQ5XirY0bBAC8JG8darJ+LUKei3qBUuk"
    "/GcJRVN7hXiYjl/z27/xbQVN4Q9oOF8Xb+KLAtWpD5/KlExA74vmZkHv3SivXWTe0bHk5z"
    "+LsqYu52g7frExZxpyARQLu68QQV0yIXmDqS8JdtFSVW1aOAi3fux2iPUrPTBT+CItVUIj"
    "Am39gO29E1HsD8biSBiL4kmIfg6EB+P2LYxLQnv8Uw2KgFfyE376a7N5fv65+en86vry4v"
    "Pny+tP13gs/b3hR5//tH7MFlvWVBRn3ftuf0x+kIYXmLX4yI0/KYxkShYUJcYW+5IZxv4t"
    "xqCpzCEb/xZEAP9TG+SjcxGkhoP7OHI4N7b02G6REggSg9tx90EYjdsPj2T6uWH8R6V4ao"
    "8F8qRJ724Cd0+vPviJ4U4CfumOvwLyFfxr0BcoOjXDfNXpG7fjxv86Ib9JWpqaiLS1KE29"
    "OHFuO7fwUA9ZZVPTxbRbywu1e4MxSGrvnxiK1nWHBVGPMQLVMPY7M0mPw70LFkA//reK2l"
    "EnJ0Whfy79EFWIXs0Z/tq8vIhB7bf2sPO1PTzFowK7pm8/alrPQrgmPyodmm2IojBc6gr3"
    "ofj6UwIMX3+KRDB55Mev9vwHlE0LRymQHACr3Vq+SoLoq2hEX0UhmsWwd6KZya85ksNINp"
    "ayDA2DcSZqmgolxMayByqA42cMVhSSHS5SrpxzMxj0fCLOTTdw3vWfHm6E4ekZRTsepJgR"
    "x6CySLOUrdH1W8NJzryr6CPvKnTiLQ2oi9KrrU0mRa8fqnZoPv+UhFfgUZGIps/8mJ5CU1"
    "IYItzPo0GfjeUtRFA7UmQT/A+oipFEiM6G6b+9LBGVbcDzUlFNBRkfyWv/XhQFYhBOMOTj"
    "Ig6eTx/a34Mk6PQGN0ENiExwEyAHsTyIxN6QZt37gMpb9qVJfPnzl7QYzhe572uQKQC1xO"
    "r18uaxvJAbz5L8tpb0qRh6ojW1qLHhR/PmPHhHQpjJT+3/kPx+r7HyK5T8lrfQw8ZuQ+bM"
    "GbfTjjmeQSDPMHb/YgAE19AwMQNEbw2w1hXThAisFXMG4ArqGyBRk2QL6HCurTCNqK3RBt"
    "K1tQHW2tJefF5LZv6vmCCN2C/XigEBFglXEEjAmGm6CXXrTRhMMoFhKqoK8LwKJoBRhAX0"
    "WMyfzbOLzxfX51cXrk3GvRNnitlt2FQlg61PxRnAPECZ7F+VOy3exQJGsZj2IPEB8aM6wV"
    "Eta0uWFhC3vl0QvrpTre6KHOMdCS+nqaTfShvWQe59HHuUy/ZAcWqP3O2URAD+kCH9DkwN"
    "PGgYfjNZNj+dnd/pCr5u4ZNypqnkEuAxElhD+Ea/6PQMVV7wusKHrE5vnk6W1/Kn88ny4u"
    "Xs7APDR1n8+/iBXa0D216LYVdkhLJtDY/zQx6cBhKDP+JVDFrYDNFe3iktmn7AEo2a74O6"
    "HI2a9DOFUOOMr53FrQDjvLbU5VTI3UKUiF58Ni8ltSyzZiKrZoxRs0ImCEc4+RVKepzwQp"
    "8nk142ztDd4gsgY8F6pmG93pYaDCDpELwhbY2+AKr100EGmUMF5J9mCx4MYSXv2fcQTRyc"
    "JBROnOFcPNklnnD+VG/+NFiaz9qPB2gYEl1JIQblHxDLoTQ6VJx7xiZgUfZwwhfwjMoKs4"
    "zTuaSoADORL+AX2CGWRxKIuYbPM017M4CKV4/+YWvupOZJCAxb6ggwqVznnyD8/yDDCqcB"
    "kkEfyDMJkReQiWRpaWAFTLGmtF+Ib+BHWDI1TKy0yRA8byggEUehziNJq24HiWOQb/ifT8"
    "MenfElMkc4t/2zJYS7JeGNzWje2AwJyDqUlYWS0vHvA6qhVbWQqEJjSQOrUp31W5Da6XqF"
    "RFcspI2qSQyGER1e4QHh8RU+g0Ye8RW2dJAyBNEPVbsggGaipd+MWfrN8NI3TMlcMqIQCZ"
    "YFtJxTTHfxr5KQpT74OY0LXVoA88mj0L/t9u9TLnUHrAXsiwkaCf1xC5C/E3TX7vaE2xaw"
    "PoPyahLqxMkwDm0+R1LmcyiYHMu484XJoEx0woQHpDyX2qdi5cg9VWiPtRT+MEUbRWL6RC"
    "MGeDlZRxUx+R9c0pGqyW9wKi6RyYqbjCd2EDYHSu9ORqqKh+LwKE2CNaCuawxb4xhv25gQ"
    "DxeqBnJyHEmF7+N4Gc2laG/Qv3eGBwW3QMSHDglqMvBSPyRP3qz07jKwvp6Bxh4wzj2rRt"
    "+KWLkFYgEba28QnTBM3J6njTj7NrWjiaY7MIFx28DEVeFPSxJXq6A3QBYrsf6Smb4AUouA"
    "1hsgAYBAMYBhajqcslxt2SfiluUDtSwvljreghG+t90aswe8yhbQk2/CsHv3qyg8YIW4Bb"
    "zfJmgoEKjH9mj0y2CIlWb/9yzKc/4GasoPUsf9+qFqZ0EqIOyXC4F1FRK8ZIY/FgqeLgOZ"
    "/ZCczJUmM3GSZ6CxB4zL+hWnb/o6PB4gnqixX6KGnxJhMtxh9UB5Rf+Am5AQGUC9rSM92d"
    "McGAn+dNaYc3e77XVp7ao83qWH/3f8H0MrFrrTHnXat8LJn++jt/a0VwWNZ7pmmhS9IdXV"
    "P6ARp72qZKhoesfuVGDvsHa51CGgCVRQBy+ajnVNCN7gBpxKAGn6XFIVEvBEdWMrCUVWSe"
    "QF6D4yElzymHAPhRa/Jo2Qbg+vnXSeY2hDtPr6YpE6jV/RC8L9ikG/4hr/E/gUxpxaz6YI"
    "MSfggnKlBSnuXKwzpStiHh9CWvt208FfWVKG73mskKHbI/EqnCaOAPfYtg0Mj6Y/vdCykI"
    "BMQkWE9QxaMdgYg/jSVGSJPFcMoGIqfLHN3dT6vdN8ntsrGHLIb664Tea1zHv/5tb2qqhJ"
    "ceLKlmApBEQfUJWt7JUx43LDT/1OMW6mPzoyc/set+9VgQQHbt8bwhe8KWeRkSm+5zsEbz"
    "oyRXRKNI55xEiFWUGcDMtDEXgoQiX4cS1kHF0zM5LZD8kVlipT2YCGgf/9lAmAfqgaav7n"
    "V0k8REHCeRxEV8wiFyG85yC6jrYzHRjKk0qv/tVWKQFWU+G9LrF7xW0fxouueJj46o7LVW"
    "7dGmTJW8inIWsLaC0h9xvGK7fSHoSE61AxS0C0A1tlbn0i9MfC8HHYHQnig0DK87VA6NYE"
    "eW61bx+6fd8gemeCuv3RuDt+GncHfXeq8D3/OHuy0C38xu+PwnCM30M/J+hWeGwPxw/4te"
    "LXdv+2R2YP35ugAR7eHg/wU+dqgr4+3Thvci+DPptkYQyJohh2FGLyCQM+5pBlkflnqPRS"
    "e+y1x3eD4UMLOFfeheVdUr5F4lse3oXgXQDBBZOFvPmH6rvcPhUH90IV1B6wpmZLrjQfnT"
    "rFHQPcMVAFEhy4Y8DRaRlalUfdjetaY85Ej4q9OwxngCCgIcKkrDwJybWibls0JuZFmivq"
    "BmgvNMnU9jUAajg2wuE2+02Vs/chpvlePYs35WO5iVPC+FF+FEc5rVtCKp2uFHOTgdgseE"
    "7ySpNchyvtLZvLwwfJXR6HQGXMjI10bcTDkDUoZ+Q/Pi+SWB0uoq0OFyGrA28JfMJbAh9y"
    "0Vqu03OdvgokKEGn9x6SnoA6RhLjjQ1/948hVCVTYR6HEWF8NcH7n0VaQOgaZZg/nLUbbf"
    "uwWLzsNn3kkZDH5yd2Wx4klQtcgNrZgwrpFVD9jnCl4fcskch1FiNynTH6BGAsQREiOQ2S"
    "fUC1E20LKUpvoYz+d+kx7YKVV5L+UJW1hWQYaw3LBGmD00OANeQghaxsq1jpCuoKnjSLRY"
    "85ATfsVdmwpxiWvZ1xNO/qjLuFK7ExrsPfDrYxrqVbZtldfki+raq8rRa6spLkDX5uKjIk"
    "LJEduR5zikXOUEMxLe+oPQd5WKWHi2y7LWIKvu0qve0c0c/qr5mJ7uwpON2rTHdTMxeiAW"
    "Udmmk1YAZoDRlsAdoCRdwCoin+HZmQHoDlWE+MdYjIv5+FuzHAOWerPGejYVGGCRlRAXH+"
    "gTBsbSpk8kwEvtkKyERYTDOS2Q/JyVw5MociJJI49D3dm/Z05/v7RR0m7cPO/EDT9W0Zz7"
    "2DH/zFQ+uIL5q9vi+evNnydUSSnY6yJ5rqV+2h0DCaES1be6ew2wd4njbiQmqs4rf4nQkb"
    "B/CImgOVkqMjanjrBCvAtpkkvrYZHV7bDCWlz6Tm5VUa3G4hSgs8KA2/+YceGMr/sfyhcQ"
    "n/NgSPW86uY2vIJH15o0tpRGjYAbgaRnsUEi+m6cqrgiRVTBuYFwKsIcabl5eJIiAvYyIg"
    "L0NeyePoznrzNOr2hdFI7HU7Qr8jtEDwzgT986nd6951O22rPIzv6wS1v7XH7WELWJ8T1B"
    "vcD1qA/MXPxuN256tVPGZ7fZLlXM69FhA3E0ai/tDtRz7OuUYZspu8UEWJCfXUMWKymyhS"
    "w3R4x/SmMkmQNLvJu/SqVLLkFi4k3ZxDdi1Iz9NGnKVh6h+XoHvQK7EuIgIBtsDgdLL86y"
    "d4jf9ewusPwJxJJtChDJUVNPA4/F9MjS+0BMkMX6pQJxcrCOy8IUZVk0LfxM0iFWZZjRiz"
    "CE+EKVax0eErqXzrtBNLiuYAWA2xnaTKT3SRnysu7R6ltLtQJfNF0+epBd4AIDeN5SX0Oo"
    "jNQe599Ex1YKRIKvwGlqFP/h3i3THsdsbvJQALpKP1QlcMpqvN8zRWAIb+cdzTdnQiJT5Q"
    "p4qZWuQJgNXPNXR2nUS8vI6WLq95Fnu58c1ceC9HeMf/0xK/bJMa0yHAGuI6ie8n2vMT8v"
    "sYsqTu0R3ABs6E53Ii80967eG90AL0Y4IehNvu00MLWJ8TNHpo93otQD/w025nOMAPyUcW"
    "t81ZMpNBjMUgnPe+ULUNZEUtRsovPpgalfhvnl18vrg+v7pw5Rf3TpzYEnbn63AFERYm1x"
    "Ij7fUWyspcUqN4uQ8yaB6wQD/aUxweomOweCt0uniTnJ5dNZqBRHJvGUk/ol+0Jf5HsCLC"
    "wjPGChvJfqg4E0y9MNweCwH8SdOpDg3G3o8+Az0gtctaK6QcJInRwSpp6lCTIFztsH2ZBN"
    "mX0bi+jER1pnJQTODaIb0QxcVBXeoyciHA+uG7iHJypvTK4Nk/jwb9iGRIe3zwqFNkE/wP"
    "qIpRmDn65G8vSyQTFILnpaKaCjI+kvf9vSjsxyCb4MfneHBwfPrQ/h5Ef6c3uAl6FMgEN2"
    "FSiG9wk+oI9cLUbsEXcoaqiowZMqQZFal9MQzgGiktJUcqY03dXEas9gQKvQtdXg3Ap/43"
    "Ydi96wq3KTeAB7IFttcT9Cj0b7v9+xawLyZoO247aij8LHTG5J5zlUnjT5JAcRadQHEWSq"
    "DQ4R+QcuTIhgZj+CNiK7Fga8DB4lzWwvdx/KHheqx7g/69Mzx4krCjB543qZlZCJSzssxJ"
    "FzyG4xhiOHhhg6Mgs7F8nitmNkIHYXlZoCpTeo8ivbw87wHRmQff8eC7KpKirOA7nz9Rge"
    "t9y/C4kXJDOl2NMB+I7lgpJsXFngjruhPVFVUQvUqvkKTl7L22nInqhKpU0a8M+YQdXuTg"
    "dYDgWMN/dmP3mz1hh4YsJiwMVU3BhI3kTFHDNheLjR3ecrokEcSivh2eqAE4KS1JWnNLCG"
    "xn+YsBZKibmGIypWsDvMGFCSTDSmpTSHGgDbsL+J7z8RDmCotVDRAdwvyia3NxP8t6YIoq"
    "BybW1K6ONZn9SOibgBOwdAJidq+lL23gheK2+Ky2+CyuKO6AyuyASm854zbwA7CYeUTZtG"
    "wsBMqtZnlZzfwpinvazfx5kQdGjqSWs9BirFLhFuHHAqtjJyy903rSiNU2t2N2F2vBaiAd"
    "TnRCrNEBVXnWJX0DTocXHxqWiginWFucAh2zX3L9vAHagiwJTWfVZMlhQq5kVpgLNWKUTJ"
    "69WWDkubWtmCw+OizXB8Rjc+Ol3CyxuYoZlXsYEZjrANRApSiliuqrhBTDtV4nRXMQrnbY"
    "LiTJ4lnR0ujH9vAa4LZ05XglKRYmwtJKXFtgHxxvC5y8LXDVY8oZa73dGXe/CSlXvA3VAt"
    "YnsYSOu0PLEEovMtlBc08Jt0T/TNHhAUDOfFIzn0OrAVLSiZpzBZClkaGIsQeIG/p50D23"
    "RPOg+2MnMw/RrZqzgYfonqRwNFS5PiYhkGIu7X895GzwPm7EeRyUwMAENeKxoLNSZAg8oK"
    "Ru+9XnT9PJ8rIpnZHrc4n8vSaOA2lqpc8A6cWEOrDC6MDpsPnB8iWQhQOmG/wfKLKkqsTf"
    "cP6BVTK+vBdzN0aF+VuDuzHezczIy6mWVU710FT90lCds7Lv/U0hPEdbswJgNTCplG3Lsk"
    "9zcarN8W9IVbGIAcodpPEEyuAgtbCbun5RAKwGO8PPfy4SnasXMefqRfhcdVa0RMzjWbaC"
    "C8g3Qu4b4T9LSXUTbJxCUamoFD0DJ1fu5OIlNXlJzeognZfUrEFJTcxtFhr+3/TUTCUMWU"
    "OVLH/GskVbJtYSAV6/xV4Ec5Hw4Uqz9cUV1I2U0XtM4Bou+WYyxMfgPRrtkizDRTb/aOQk"
    "3FVaaVdp1YPcwoVT24+PvQxVU22wFrAvJigc9hZMAJ6g0dOIJA2Tm+7lBAnfu3Sc9Rl0GL"
    "1PeJxFigzhcSHAGhxWpcfmLhYqVrIx90udpx2A5CEHPIaLn1g8huvoycxjuHgMVxVJUX6Z"
    "RVtAk2cSemU1xEtXPNCNYBrRaTt01hrRwc9EdG26lPctIziyXF2P1mR1xRWvuhiLqoxVF0"
    "k8jCirksJgm+lLLnq2L6m32HHmPawUj7yKLjKxER+T6sNaouBU0U/B3XGq4xkEVtgZIKC0"
    "cCJQlRUEp1TZg9MGwBOQG5oOjKWxgKTt4wdvdGkDzDAGgIYP0XA8at4vmKAJImUevdGtC6"
    "jTyRvA0PDsBsTEmgJbWaUj8NlGa3UYGNfAmzoNFAPo8GVp4N8xQRhHGljPIALmGs+k6+Rn"
    "SSZ98xc8ToUSHmiPmPl/BJ2IdHbBA/Db4A/F3LvYR5XiCN83bLaQMMLoAFnvlkodqhyCzU"
    "eqP5K45ZBMnyZzgEnBMPmcMyyhAhBIEzgowiXVAMKrNkG9qLxyM3zSffyZGFQEkh2LPq0k"
    "0ckYjWCe9VBh7hHH1CtSIbgc+bb2LqQjKhVcd1LyosFlM0leNJgXDX7v9V4n/08V9cWjYW"
    "cxXqBYLTC1I2hPPbAa+60YTbDEjH63oRRTUfS2m0rUr0bxgyQqKEzCwgEFhFNgauAPTUH+"
    "hjNfqH2QjKMj3iA1EJI2M/j7TDJmcMouLZzf1FxPrTDPasToqanTFd4hTaG8COIiEhUkQy"
    "RVLxhnQnxxSg9YibUp3TsHW5yScimR8KY0y9oPVTsvxlWShX0Vva6vQsvaPja2fe3TCKEB"
    "UC6D8tBOrvPFNor5sVDwdBnI7IfkZK40mfdJM8o9uahiJss60VmHKyxvZCGzH5JTucpU5t"
    "29qmim4929atXdyw2YZ1jovMH00fY5b/Q+D9U4PhMYL1BZbNehN/yvsfG7O27Cga0yrk++"
    "Pt20AP4zQb90+7eDX1rA+gza3N8n4KFKVSurZBFLYhBLXrNyIekwQ5KzD6ygwJK6cnQv8s"
    "1Uxl5nfP2K3jYvLxN5MC5jPBiXjArD3MZYf3WVp4/Xlswp8hy8ZZjx6WTmkPZ46050uKTf"
    "lSHqaMh7Z4jW0J4Q9GRAfe9EWrcpdx1R5AmKyi+pva7I4onsPJH9PRLZU5opv0FdwUOnHZ"
    "ouS5KtTxgGS8aoRpzpcmWPFwNZuMlysS2CgJmmTqFuJUt7sqdbYK2TXj3ISkGWENAWhMya"
    "DuzXGv5YQXY+dhEv4VnOh5flXD1n2JGYvnPKcY5zm6VMcd5PyD2IDOcsLrO9zpeAAMM4W8"
    "IiTvS54rSwWHgGc89YLdlDHM/mnrFiPWMyxsarpm+yese88BW2ZZ88Dnrdzq8tYH1O0F23"
    "3+53uv37FnAvJ0joj4fC41DoC0/D0dfuYwsE70zQuN3DN1vA+sTfhc7X/qA3uMezb68n6K"
    "Hdb98LD3iM2Bn0R0+9MX0b8/YE9YT7dq8F6AeBHf5DGJPB5HOCbvHewe8Tx8N2f3Q3GD60"
    "x91BvwXY98lvGpFpxY4wHHfvuh17OPP2BD0OB7dPHWvI9jqL6/A8yQo9j16g56H1eWiN2N"
    "7JAlxE7i4+eWVoGKJhwkWqvkYhQN7OKJ44GdoZYcFOJr8nI9v2gFd5b5zcDQUBc2j8l7Ds"
    "76SSA/2YIMzx7vEj+lGNKAeCU4ascgtlZS6pUVtFYaopUwvoow2cixO+KszqVuh0H9q907"
    "NmoxlIpdr2yWMiV2TmsO1GsMhOYuNIZiNZ+pENyRYcR3I8kpFkLvUInWY3495CV5pvPz7d"
    "YDlbvMFy810XC7L+7xP0rd17EsT2LS3X4/mShZPn33SHXUg7YcksG7bS5Bn0e90+Pj2tzw"
    "ka3N3ZN6yLCboZjL+2APlbjcP18No3lmYX4A0c3wXtvIVj0cWqyqiMsJwqeIlC0ZAllRU5"
    "E63lMkC5npu7nkuRm7rbuB+qdluhEEuwu57xP7gkPyfjdvCD8y2R+5awEbxJvStCgLXbGB"
    "eJNsZFzMa4CG8MxxMpkUqQabZECJBvhtw3A8Ft6o3gA+KbIMkmUObSK8QTqiSaINUuCEPy"
    "bZD/mUCRnPpA8EHVbiMUoqEdXk/e22H7bpwS4xZQC9CPCSLVtKn32r7Ad4hBb/SVmO/cS3"
    "Zd7qBtqRr2JN6R9x09y05OXobCbSFQXgo9a8oqz6nMtCEOIdmO51QeHZmN5fOcpDFkIXQQ"
    "ltf0qjKlF8tnrLvMMlE6CFsKpd8hOr4WhOZdFioiKfF259VIG+KNLvZJCNrR6GLb95y19H"
    "PAMu8rn6KvvA5XClznmlI+pFPWCPs8sbwaieXMZbYz/W+7HBMnAYr6FmZnejnpmk2MdRBY"
    "bVCtxG97JnC6nmkNmvHdAKTLZQOY9PvmQwO8wYUJJAMopgFmCuk0swknluc/Pc9RrLAs0g"
    "C80epxeAaOqNFq3UnJG62WzSR5o1XeaPW913udTICO4Jva8OSD43anvOxOnmoke1pDalvu"
    "rRG0ifiWYpX6NggrSV1G9lb1PG3E9lb1j8u1Rs1vxDX3B8TYo6unAdzvFjbJcqGiyr+5pl"
    "gV7tGI0RSD1EyczxCAq7JWkTFYL//SIf6tknzJ++H42ZldBXC4Uyr0e6E48jMjX1tjJKVm"
    "NH6oGuhhRTMZC2Fp17gXirfcyLjCTUnHklLqJR4A42t85xq3MZZ2kfvA+CrPysdXGEMqIx"
    "d8NMe3oznMFqxOh+h58/OVi27yJQ7Bo4d2rxfG6FSZQ2SwK9tHpzH5oaqRwkReW5sUJlmb"
    "O073pBZjD0gN2HjZJmMdLlRG3c84A70NwJGdCdlKtpSXECh3SmV3SlmozNL02gvJA+Sr7D"
    "Q5rMQmHh1fSBOxQh0H2xBBluPAF0AY4zjwj+PF7Wuqy0W7A3SIUWFkzIRlANdJ0ytZMkAQ"
    "MvAfLQs742vhiSlbGD68GgpD4Z9P+MSyC5SmCLFzAUm0nH05Qd3+N1KK/75t9QTwfZ2g9v"
    "1QIADW5wQ99tr9Pg3Csy4IPH7h8Fu3IxBg53qCboVe95swJGPdywnqDPp33eEDueteTpBA"
    "yq626S9zL8kMHRK/RyewrjB8u98Rej0K71yeJNvL/gC/JI2Bz6L7Ap+F2gLzKg7vGXKGjD"
    "XUxSkWPTJEnwWBeSBa5aTtMLEzKVUBUK47HwSdVYx+hkCqaSqU0A5CO7ABUj9j4FpR92Yw"
    "6PkIe9MN8s2nhxsBH2qB6vBh+VPCRKS6oFMpLZ0ywATndsKs2sALTNvIw4bgzQ+8shyjww"
    "TUFW1K8mP0iHMkIp45ABd3iNQLy/hQYOMQIgaP2IlBG+qo8adKqXQFZzxXEdK3EIM61q8Q"
    "ZIQvxLQP8wJVw9Feq1qhZD0jaDNTkaU3x3ARBuyx8xKCjylUlRXUNxnRGQA/ZozqcKGxZI"
    "PYsASNKRVwDr2bQ1vIy6Z0hGG5xpFV47A5QCYDSxCWW1iqbGHZUiuDiSUMzG0siW0s+KUv"
    "ij7PaLEOQ/PiiRXeZja5soUBBWA5Q60ypelDl2RpbdYh4GwMNZMU6d45WJZKZT9224logd"
    "0HxGX2zOXzDyO+kfO1jHyNF24/CjJDZEJ9oStGegU8BFpUAGBdQzMPrdZ2/enAS22/Pwkq"
    "XXOqnlvgYEtOvYN5Yp+KU+wi59tzNAcsC77J6onhkOCRAMkVL9lfRTTziv3F84rcKvYbJl"
    "zkVnp+hCerEdYLLT8fwFpsRp6D1yRZeaLhDE5Ua17S5ZmyglNAwHwF4JFmYhjJNCV5RhsU"
    "AAlN8TPJBIoJdChr+hROP7BrzOczLU8RrLDw1wDRKYJvCivML1milANbool1PGz3R91x1w"
    "pbSpMotYVsge31BD0OB/eYEY9awLkKbpNEqUe51xY/rqL/PI2tyDS2I2o5wBdSkQuJNzwo"
    "++QO4p5+Y+7iONw7UDVwhgbP3WQHb9zJGzp6ieCbxt/sjK8BdkvP8XW1C8wfUtXLC0PyUP"
    "548mQI5Z9CU1JSJVdsIapBjlqVMORNWGrqoXdNQuk99AFQ7pfMyy/mL5+1t9Omhk0/GyGv"
    "TWAxVqkZSxvqijw7YVhv7SeNOKuttB1TmTpqx2IhbZ5dfL64Pr+6cHe/eydu0++2fa6gbj"
    "C9hdHqlAekymaQjNpU8zKJxQCPitSm6LOA0LJYpFJYreE1xG4huip+o8k8oqJFdA9I+TL6"
    "+4iEuUnjIXmhzMPsz/8HCA663g=="
)
