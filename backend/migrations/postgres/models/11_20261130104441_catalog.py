from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "service_product" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "category" VARCHAR(30) NOT NULL,
    "description" TEXT NOT NULL,
    "process_steps" JSONB NOT NULL,
    "pricing" VARCHAR(10) NOT NULL,
    "price" DECIMAL(12,2),
    "price_min" DECIMAL(12,2),
    "price_max" DECIMAL(12,2),
    "nature" VARCHAR(20) NOT NULL,
    "form" VARCHAR(10) NOT NULL,
    "contact_name" VARCHAR(50) NOT NULL,
    "contact_phone_enc" VARCHAR(200) NOT NULL,
    "contact_email" VARCHAR(254) NOT NULL,
    "audience_scales" JSONB NOT NULL,
    "scale_keys" VARCHAR(100) NOT NULL,
    "audience_industries" JSONB NOT NULL,
    "industry_keys" VARCHAR(400) NOT NULL,
    "service_areas" JSONB NOT NULL,
    "area_keys" VARCHAR(400) NOT NULL,
    "image_file_ids" JSONB NOT NULL,
    "image_keys" VARCHAR(200) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "status_reason" TEXT NOT NULL,
    "created_by_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "submitted_at" TIMESTAMPTZ,
    "published_at" TIMESTAMPTZ,
    "institution_id" BIGINT NOT NULL REFERENCES "institution" ("id") ON DELETE RESTRICT,
    "platform_id" BIGINT NOT NULL REFERENCES "platform" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_service_pro_categor_d80405" ON "service_product" ("category");
CREATE INDEX IF NOT EXISTS "idx_service_pro_status_cc0399" ON "service_product" ("status");
CREATE INDEX IF NOT EXISTS "idx_service_pro_publish_4b7f2c" ON "service_product" ("published_at");
COMMENT ON COLUMN "service_product"."category" IS 'POLICY: POLICY\nFINANCING: FINANCING\nENTREPRENEURSHIP: ENTREPRENEURSHIP\nTALENT: TALENT\nTECHNOLOGY: TECHNOLOGY\nMANAGEMENT_CONSULTING: MANAGEMENT_CONSULTING\nLEGAL: LEGAL\nMARKET: MARKET\nDIGITAL_TRANSFORMATION: DIGITAL_TRANSFORMATION\nTESTING_CERTIFICATION: TESTING_CERTIFICATION\nPRODUCTION: PRODUCTION';
COMMENT ON COLUMN "service_product"."pricing" IS 'FREE: FREE\nFIXED: FIXED\nRANGE: RANGE';
COMMENT ON COLUMN "service_product"."nature" IS 'PUBLIC_BENEFIT: PUBLIC_BENEFIT\nVALUE_ADDED: VALUE_ADDED';
COMMENT ON COLUMN "service_product"."form" IS 'ONLINE: ONLINE\nOFFLINE: OFFLINE\nBOTH: BOTH';
COMMENT ON COLUMN "service_product"."status" IS 'DRAFT: DRAFT\nPENDING: PENDING\nPUBLISHED: PUBLISHED\nREJECTED: REJECTED\nOFFLINE: OFFLINE';
        CREATE TABLE IF NOT EXISTS "service_product_review" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "from_status" VARCHAR(10),
    "to_status" VARCHAR(10) NOT NULL,
    "actor_id" BIGINT,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "product_id" BIGINT NOT NULL REFERENCES "service_product" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "service_product_review"."from_status" IS 'DRAFT: DRAFT\nPENDING: PENDING\nPUBLISHED: PUBLISHED\nREJECTED: REJECTED\nOFFLINE: OFFLINE';
COMMENT ON COLUMN "service_product_review"."to_status" IS 'DRAFT: DRAFT\nPENDING: PENDING\nPUBLISHED: PUBLISHED\nREJECTED: REJECTED\nOFFLINE: OFFLINE';
COMMENT ON TABLE "service_product_review" IS 'One state change of a product (who, when, from, to, why), kept as its history.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "service_product";
        DROP TABLE IF EXISTS "service_product_review";"""


MODELS_STATE = (
    "eJztXe1z4jjS/1dUfNlMFTs1IS+TY66uihAnwy6BPEBmZ++48jpGCd4YmfVLCHc3//sjyT"
    "b4RTa2sR3j6EtwbLUMv5Za3a3u1n8bC20GVeNjx5oppvACkdlog/82kLSA+ILxtAka0nK5"
    "fUZumNKDSptLpJ0INw0fDFOXZNLlo6QaEN+aQUPWlaWpaIgQdJZLiGY/a0hdfwFQkudA11"
    "Y/GeCPP+aSMf/jDyBrL1A3gGIa+BKZuGMgoRkw5xAsdfiiaJbhkBCCj+StM03Gr1XQU1Ev"
    "sJDylwVFU3uCuJmOX/Ovf+PbCprBV2i4/y6fxUcFqjMfnsqMdEDvi+Z6Se9dKk89ZF7Ttu"
    "TrP4iyploLtG2/XJtzDW0IFBvdJ4igLpmQvMHULYIuslTV4YULuP1lt03sb+mhmcFHyVIJ"
    "jwi1/QW29xqiOBhOxLEwEcVGiH8uhQdx5xbGkvAef1WDAvBEvsLPf2u1Tk4+tz6dnF+cnX"
    "7+fHbx6QK3pd83/OjzD/vLbNGyu6KY9W56gwn5QhoeYPbgIzd+UBrJlGwqyowt+pIZRv8K"
    "I2gqC8jG36YI4D9zSD66F0FuuNjHscO9seXHdoqUwJAYbCe9W2E86dzeke4XhvGXSnHqTA"
    "TypEXvrgN3j84/+Jmx6QT81pt8BeRf8M/hQKBwaob5pNM3bttN/tkg30myTE1E2kqUZl5M"
    "3NvuLdzUw1bZ1HQx7dTyUu2eYAyWOvMnhqN1nWFB6DEiUA2j351Lehz2G7IA/PhnFTWjGo"
    "2i4F9Ir6IK0ZM5x/+2zk5joP3WGXW/dkZHuFVg1gycRy37WQhr8qXSwexQFIVwqSPcB/HF"
    "pwQIX3yKBJg88uOrPfwJZdPGKAXIAbLajeXzJECfRwN9HgU0S2DvhJkprznIYZANS5ahYT"
    "DWRE1ToYTYKHuoAhg/YLKiQHalSLl6zuVw2PepOJe9wHo3uL+9FEZHxxR23EgxI5ZBZZlm"
    "KNut6zeGk6x559FL3nloxbMMqIvSk2NNJoXXT1U7mE8+JZEVuFUk0PSZH+kZNCWFocL9Mh"
    "4O2ChvKYLWkSKb4H9AVYwkSnQ2pP/+aCGq24AHS1FNBRkfyWv/URQHYgAnCPmkiIvz0W3n"
    "e5AF3f7wMmgBkQ4uA+wgngeR+BvSjHsfUXnDvjSNL3/5khbhfMF9W4dMAdASr9fjs8fzQm"
    "48SPLzStJnYuiJ1tKi2oYfLVqL4B0JYSE/c34h+f5eZ+VXKPk9b6GHzd2OzLnbbqcfczKH"
    "QJ5jdH8yAIIraJhYAKLnJljpimlCBFaKOQfwBeprIFGXZBvocKG9YB5RX6NDpGsrA6w0yx"
    "l8Xk9m/q+YIo34L1eKAQFWCV8gkIAx13QT6vabMJlkAsNUVBXgfhXMAKMID+h7cX+2jk8/"
    "n16cnJ9ufDKbO3GumN2OTVUy2PZUnAPMQ5TJ/1W51eJNPGAUxbQLiY+IL9UJlmpZs1hWQN"
    "z43pDw0Z1qdFdkGe9KeDjNJP1KWrMWcu/j2KVcdhqKM6fl7k1JBOCrDOn/wNTArYbp11Or"
    "9en45FpX8HUbr5RzTSWXALeRwArCZ/qPTtdQ5RGPK7zI6vTm0dS6kD+dTK3Tx+PjD4w9yu"
    "Lfxxfsai3YzlgMb0VGGNt287h9yIOzQGLwI7uKQQ+bITrDO6VH009YolPzbaDL0alJP1Mo"
    "NW772nncCnDOa5YupwJ3S1EivHhttiS1LLdmIq9mjFOzQi4IVzn5HUp6nPJCnyfTXtZu09"
    "3qCyBtwWquYbve0RoMIOkQPCNthb4AavXTRgbpQwXkR7MVD4ayknfve6gmLiYJlRO3OVdP"
    "dqknXD7VWz4NLfNBe72FhiHRkRQSUP4GsRJKo03FhadtAhHlNCdyAfeovGCRcbSQFBVgIf"
    "IF/Aa7xPNIAjFX8GGuac8GUPHo0T9s3Z3UPQmB4WgdASGVa/9ThH8PMuxwGiAZ9IE8lxB5"
    "AelIliwDG2CK3aXzQnwDP8KaqWFio02G4GFNCYk6CnUeSVp1P0icgHzGPz6NeHTblygc4c"
    "LZny0h3C2JbGxFy8ZWSEHWoawslZQb/z6iGnpVC4kqNCwaWJVqrd+S1M7WKyS6YimtVU1i"
    "CIzo8AoPCY+v8Dk08oivcLSDlCGIfqraBQG0Eg39VszQb4WHvmFKpsWIQiQoC8haUKR7+F"
    "tJyDYf/JJmQ11aAHPjThhc9QY3KYe6S9YGzsUUjYXBpA3I3ym67vT6wlUb2J9BfTUJd+J0"
    "GJc3nyM58zkUTI513MXSZHAmOmHCQ1LeltqnYvXIPU1oj7cUvpqiA5GYPtGIQV5O1lFFXP"
    "4Hl3SkavIznIkWMllxk/HMDtLmwOndyUhV2aE4PE6TYA2o6xrD1zjB0zYmxGNDVQM9OY6l"
    "wvdJvI624Wh/OLhxmwcVt0DEhw4JNBlkqZ+SJ29WenYZ2F7PwGMPGZeeVeNvRbzcAvGATb"
    "RniBoMF7fnaTPOv039aKK5aZjAuW1g5qrwZ4vE1SroGZDBSry/pKcvgNQioPUGSAAgUAxg"
    "mJoOZ6yttuwdcc/ygXqWl5aOp2DE3ttui9lDXmUPaOObMOpd/y4Kt9ggbgPvf1M0EgjVXW"
    "c8/m04wkaz//8sxnP+DmoqD1LH/fqpaudBKiDslyuBdVUSvGyGr0sFd5eBzX5KzuZKs5ls"
    "kmfgsYeM6/oV52/6OjweIp6osV+ihp8TYTZcY/NAeUK/wnVIiQxA79hI9043B8aCH+4Yc+"
    "9up70urTYmj3fo4d+OfzG0Y6G7nXG3cyU0fryN3drXnhQ0meuaaVJ4Q6arv0EzznpVSVPR"
    "9LbdacBeY+vS0iGgCVRQB4+ajm1NCJ7hGhxJAGn6QlIVEvBEbWM7CUVWSeQF6N0xElzy6H"
    "APgxa/Jo2S7jSvnXaeY2hDtPn6aLM6zb6il4TvKwb3FVf4R+BVGEtqPZshxOyAK8qVVqT4"
    "5mKdOV0R9/gI0tq36y7+l6Vl+J7HKhm60xKPwlniCHCPb9vA9Gj28yMtCwlIJ1RFWM2hHY"
    "ONEcSXpiJL5LliABVz4Yvj7qbe753u89xewdBD/rVRt0m/tnvv39zbXhUzKU5d2TIshYLo"
    "I6qyl70yblzu+KnfKsbd9O+Ozdy/x/17VWDBgfv3RvART8p5ZGSK7/kOxZu2TBGdEo0xjx"
    "ipsCiI02F5KAIPRaiEPK6FjqNrZkY2+ym5wVJlLhvQMPDPT5kA6KeqoeV/cp5khyjIOM8G"
    "0TmzyEUI9xxU1/G2pwODPKn26h9tlVJgNRXe6BL7rLjtw3jVFTcTnzbtctVbtw5Z8hbyac"
    "jaEtpDaPMfxpV7aQ9Cw3W5mCUg2qWtsrRuCIOJMLob9caCeCuQ8nxtELo1RZ5bnavb3sDX"
    "iN6Zot5gPOlN7ie94WDTVfiev53TWegWfuP3O2E0we+hn1N0Jdx1RpNb/Frxa2dw1Se9h+"
    "9N0RA370yG+Kl7NUVf7y/dN20ug3s2ycIYEkUx7CjE5FMGfMIhyyDz91DpoXbX70yuh6Pb"
    "NnCvvAPLO6R8g8Q3PLwDwTsAggMmC3vzD9XfSPtUEtxLVdDxgDV1W3Kj+d2ZU3xjgG8MVI"
    "EFB74x4Nq0DKvKY+7GnVpjzkWPib07DGeIIKAhwqSsPAnJtaNu2zQm5lFaKOoaaI80ydTZ"
    "awDUcWyEw2326yrn3YeYw/fqWbwpH89NnBHGl/J3sZTTuiWk0umLYq4zMJtFz1leaZbr8E"
    "V7zrbl4aPkWx6HwGUsjI10x4iHKWtQzsi/fJ4m8TqcRnsdTkNeB34kcIMfCXzIRWu5Tc9t"
    "+iqwoASb3rtIegLqGEmMlw799a8jqEqmwlwOI8L4aoL7jyI9IHSMMtwf7tiN9n3YIl7eHP"
    "rIIyHf3z7x5siDpHrBhqB2/qBCzgqo/olwpeF7nEjlOo5RuY4Z5wRglKAIkZwGZB9R7VTb"
    "QorS25DRX5ce6Q1ZeSXpD9VYW0qGsdKwTpA2OD1EWEMJUsjItouVvkBdwZ1m8egxO+COvS"
    "o79hTD9rczluZdJ+Nu6Uo8GNeVbwd7MK5tW2aZXX5KPq2qPK2WuvIiyWv83FRkSEQiO3I9"
    "ZhWL7KGGalreUXsueNikh8tssy2iCz7tKj3tXNXPPl8zE9/ZXXC+V5nvpmYuRQPKOjTTWs"
    "AM0hoK2AKsBQrcEqIZ/h6ZQA/QctQTow4R+flZpBuDnEu2yks2GhZlmJARFRC3PxCmrU2F"
    "TJ6JwCdbAZkIy1lGNvspOZsrx+ZQhESSDX3P6U17buf7z4s6TN6HN/MDh65vy3juHfzgLx"
    "5aR7xo9vq+OHmz5esIkpOOsidM9av2UGgYzZiWrb1W2McHeJ4240Jq7OK3+J0JDw7gETUH"
    "qiVHR9TwoxPsANtWkvjaVnR4bSuUlD6XWmfnabDdUpQWeFAavvmHHhjKf1j7oXEJ/w4Fj1"
    "vObmNryCTn8kaX0oiwsAN0NYz2KCReTNOVJwVJqpg2MC9EWEPEW2dniSIgz2IiIM9Cu5Lv"
    "43TWy/txbyCMx2K/1xUGXaENgnem6P/uO/3eda/bscvD+P6dos63zqQzagP7c4r6w5thG5"
    "C/+Nlk0ul+tYvHbK8bWdbl3GsBcTdhJPSH7j/ySc4VypDd5KUqSk2op40Rk91EQQ3z4Q3T"
    "m8pkQdLsJu/Qq1LJkiu4lHRzAdm1ID1Pm3Gehpm/XYLTg56IdxERCrAlBkdT62+f4AX+ew"
    "YvPgBzLplAhzJUXqCB2+FfMTO+0BIkc3ypQp1cvEDg5A0xqpoU+ibuFqmwyGrGuEV4Ikyx"
    "ho0On0jlW/c4saQwB8hqiHaSKj/RRX7Oubb7LrXdpSqZj5q+SK3wBgi5aywvpdcFNge998"
    "7T1YGxIqnyGxiGPv13hGfHqNedvJUCLJATrZe6YjC32jxPYxVg6G/Hd9renUqJF9SZYqZW"
    "eQJk9dsaOr5Iol5eRGuXFzyLvdz4Zq68l6O8499k4ZetUyMdIqwh1kn2fqJ3fkL7PoYsqX"
    "ucDuAQZ8K5nMj8Rr8zuhHagH5M0a1w1bu/bQP7c4rGt51+vw3oB37a646G+CH5yLJtc5zM"
    "ZRDjMQjnvS9VbQ1ZUYuR+ouPpkYl/lvHp59PL07OTzf6y+ZOnNoS3s7X4QtEWJlcSYy01y"
    "soKwtJjZLlPsqge8Am/eh0cXhAx6B4JXR7eJIcHZ83W4FEcm8ZST/Qj5qFfwg2RFg4Y1TY"
    "IPup4lww9UK4MxEC+EmzmQ4NxtyPXgM9JLXLWiukHCSJ0cEmaepQkyBd7dA+SwL2WTTWZ5"
    "FQZyoHxSSuHeiFGC4udKnLyIUI64d3EeXkTOmJIbN/GQ8HEcmQTvvgUqfIJvgfUBWjMHd0"
    "4++PFpIJhODBUlRTQcZH8r5/FIV+DNgEH9/Gg4vx0W3nexD+bn94GdxRIB1chlkhPsN1qi"
    "XUS1O7AV/IGqoqMhbIkGZUpN6LYRDXyGgpOVIZW+qmFTHaExj0G+ryagDeD74Jo951T7hK"
    "OQE8lG2wvZ6iO2Fw1RvctIFzMUXbdttWI+EXoTsh99yrTBZ/kgSK4+gEiuNQAoUO/4RUIk"
    "ceaDCBrxFTiUVbAwkWt2UtfJ/ELxqbHev+cHDjNg+uJOzogYd1amEWIuWiLHPSBY/heA8x"
    "HLywwbtgs2E9LBQzG6ODtLwsUJU5vUeRXl6e94D4zIPvePBdFVlRVvCdbz9Rgat9y/BsIu"
    "VGtLsaIR+I7nhRTIrFnoD1Nh3VCapUIZ2MRZcdM+PiOkRwouE/u9H95nTYpXF4CasdVXO1"
    "ZYOcKRTWmZqxAbHb6ZskLFbUt80TnWpN6iWS86YlBLa9/GQAGeom5phM+doEz3BpAsmwM7"
    "UUUvFmzT7aes/+eFxuhXWFJoiOy33UtYW4n7s40EWVo+1q6izG6vl+LPR1wBlYOgOxuNfS"
    "5+t7qbiDOauDOcv+Ct9Vybyrkt4dxB27B+AG8qiyacVYiJS7gvJyBfnz7vZ0BvmT/Q6MHU"
    "ndQaHBWKVqJMLrEptjDZbdaT9pxlqb2za7K5BgM5A2JzYhtuiAqjzokr4GR6PTD03bRIQz"
    "bC3OgI7FL7l+WANtSYaEprMKjeTQITcyKyyFmjFGJk9JLDCc2p5WTBEfHWvqI+IBp/Fabp"
    "aAU8WMSqiLiDZ1CWpgUpRSGvRJQoqx8V4nhTlIVzu0C8kceFC0NPax07wG2JZuHL9Iio1E"
    "WFuJO+vWR8fPuk1+1m3VA6UZY73TnfS+CSlHvEPVBvYn8YROeiPbEUovMvlBc89ztlX/TC"
    "HPAUIufFILn0MrbFHSippzWQvLyFCZ10PEHf08kpx7onkk+XtnM487rdpmA487baTYaKhy"
    "0UfCIMW0nJ8e2mzwPm7G7TgogYYJCp9jRedFkSHwkJJi5OefP82m1llLOibXJxL5e0E2Dq"
    "SZnRMCpEcT6sAOowNHo9YHey+BDBwwW+NfoMiSqpL9hpMPrDro5b2Yb2NUWL41+TbGm7kZ"
    "eY3QsmqEHpqpXxrUORv73u8UwjnamxUgq4FLpWxflrOaizNtgb9DqjI8DFK+QRrPoAwbpD"
    "a6qYvyBMhqMDP88uc00bp6GrOunobXVXdES8Q9nmUqbAj5RMh9IvxlSeomwcatfpSKS9E9"
    "cHblzi5eJ5LXiawO6LxOZA3qRGJps9Twb9NTC5UwZQ1NsvwFyxa2TKIlgrx+g70I4SLhxR"
    "WSIybFF6gbKaP3mMQ1HPKtZMDH4B4NuyTLcJltfzSyE75VWumt0qoHuYWrgXbu7voZSoE6"
    "ZG3gXExROOwtmAA8ReP7MUkaJjc3l1MkfO/RdvZncMPobcLjbFZkCI8LEdZgsSo9Nne5VL"
    "GRjaVf6jztACUPOeAxXHzF4jFc757NPIaLx3BVkRXl1w50FDR5LqEn1ilv6SribSKYxrTb"
    "Lu21RnzwCxFdm1myuSdoY3ur687urE5YZSwlSII8RFmVFIYsSF9H0DMmSRHBrtvvYeUt5F"
    "VJkIlGfKClD7VEEZein4O7gy8ncwjsWCpASGk1QKAqLxAcUQsGzpoAd0BuaDowLGMJyQF9"
    "H7whk00wxwgADa8M4SDLvF8wRVNEahd6QzaXUKedN4Gh4d4NiJk1A44FRltggU0LUBgYa+"
    "DNBwaKAXT4aBn4e0wRxkgDqzlEwFzhnnSdfC3JpG/+gtup2JaGM6fF3P8laEfkDA7cAL8N"
    "virm3hUsqhQc97axoIXExkVHfXqnVOr42xBtPqrqOwnGDSmqacLhmRwMs89dwxJqtYHY94"
    "NiXFK1NjxqExRByivhwKeyxq+JQe022bLoU7UTrYzRAPNQ/gpLjzihXpGytyUdfl73fZF3"
    "VP+27qzklXDLFpK8Ei6vhPvW471OmxpVtBffjTiL2dqItQJT727saQdWY74VYwmWmKa+Of"
    "qHaSh6DwZKdAiL4idJVCWXxDoDSghnwNTAn5qC/KeofKH+QdKOtniG1EFIzk7B/88lYw5n"
    "7Hq5+XXN7dQKy6xmjJ2aOgb/DWLvywuLLSL6XjJEUsqBsSbEV1z0kJVYcHFz52ArLlIpJR"
    "LZlGZY+6lqt4txnmRgn0eP6/PQsHaWjSyHl4dIuQ7K4xW5zRd7+snrUsHdZWCzn5KzudJs"
    "3id3JveMmYq5LOvEZx2+YH0jC5v9lJzLVeYyP7Kqim46fmRVrY6s2kSBMzx03gjxaP+cNy"
    "Sdh2q8PxcYr7pY7FE6z/insfHdHTfh0lYZ68bX+8s2wH+m6Lfe4Gr4WxvYn0Gf+9sEPFSp"
    "FGOVPGJJHGLJCzEuJR1myNz1kRUUWFJXie4F30zl7HXb16+Sa+vsLNEOxlnMDsYZo2wu9z"
    "HW31zlOdG1ZXOKPAdvbWG8OpmkHM+eqY9Xm44Ol/XxKaJbC3lPqGrpTwjuZEB93xG1PY26"
    "jhB5gqLyy9SuK1g8OzvH7OyUvrdvUFdw01mX5oCSDOIGwwvHaNWM88e9OO3FQGppsgRjmy"
    "FgrqkzqNsZwJ6U4DZY6eRUFWTn1UpocwI8cF5r+APg2EnGRbyEp+4eXupu9XZ43ok/N6fE"
    "3bi9oJR5u/tpbgeRtptlH2iv9SWwKjPWlvC6Hb2uuIcNLD2N+XZPLcVDnMzm2z3FbvfIGI"
    "0nTV9n3fLx0lfYQdu4G/Z73d/bwP6couveoDPo9gY3bbC5nCJhMBkJdyNhINyPxl97d20Q"
    "vDNFk04f32wD+xP/L3S/Dob94Q3ufXs9RbedQedGuMVtxO5wML7vT+jbmLenqC/cdPptQD"
    "8I7ehXYUIak88pusJzB79PnIw6g/H1cHTbmfSGgzZg3yffaUy6FbvCaNK77nWd5szbU3Q3"
    "Gl7dd+0m2+ss+2EnSUboSfQAPQmNz0M7MuuN3JpFJKTilVeGhiEaJlymOoEmRMgPnolnTo"
    "aDZ7BiJ5Pvk1Fse8irPDca1yNBwBIa/yUi+zspT0A/pghLvBv8iH5UY+ueYMrQVa6grCwk"
    "NWqqKEwzZWYTfXSIc9lZroqwuhK6vdtO/+i41WwF8oO2J5oxwRWZiVm7ARbZmVkcZDbI0m"
    "s2kG06DnI8yEgyLT3CptktuLfUlZbbd/eXWM8WL7HefN3Diqz//yn61unfC2Lnitag8fyT"
    "RZLnfzwKu+RxwjpQDm2l2TMc9HsDvHran1M0vL52btgXU3Q5nHxtA/K3Govr4R20V5pfgB"
    "+19yaw88P2Sj5/rJB0f2um4CEKRUOWVFY4SLSVyyDldm7udi4FN/W50H6q2k2FQjzBm/GM"
    "f6BFvk7G6eAn51Mi9ynhALxOPStChLWbGPy89Pc2GQi2qSeCj4hPgiSTQFlITzDTefRhSj"
    "4N8l8TKMipFwQfVe0mQiEW2uGdnno16lxPUiJuE7UB/ZgiUiKa7l47F/gOceiNvxL33eaS"
    "XWw66Fuqhj+Jn536hjvLbqJZhmpkIVJe3ztrHiZPFMw0IQ4hg4wnCr47NhvWw4KkMWRhdJ"
    "CWF6qqMqeX1gO2XeaZOB2kLYXTbxAdXwtG86MDKqIp8YOpq5E2xE9v2CchaMfpDdsTqllD"
    "PweU+QngKU4A1+GLAle55kmPaJc1Qr/QbGkmdjtz2rYYJ85sE/Utzc6caXK+MfFAQWAfWG"
    "lnMzs9gaPVXGvSNOYmIOcRNoFJ/19/aIJnuDSBZADFNMBcIWeCrMPZ0vl3zxPvKrzANgE/"
    "EvN9uLvf0ZGYdWclPxKzbCHJj8TkR2K+9Xivk1/LVXxTe1N8dNyZkpczxVNiY08Tv7aFuZ"
    "pBQ983FKtUYb8DdUWeNxiWqvOkGWebSts2lSm28l4Mvtbx6efTi5Pz083c39yJm/K7TbkX"
    "qBtMR2l0ZJiHpMrKfuZUkgLqLpNJlQJhp3kN0S2mTo2GTKckbdLAUw9J+RGnb6MK5hZbul"
    "fFtn0Xsx//D8Bz7wI="
)
