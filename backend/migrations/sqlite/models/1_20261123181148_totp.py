from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "recovery_code" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL,
    "used_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "user_id" BIGINT NOT NULL REFERENCES "user_account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_recovery_co_user_id_32ad3d" UNIQUE ("user_id", "code_hash")
) /* A single-use second-factor code for when the authenticator is lost; stored hashed. */;
        ALTER TABLE "user_account" ADD "totp_enabled_at" TIMESTAMP;
        ALTER TABLE "user_account" ADD "totp_pending_enc" VARCHAR(200) NOT NULL DEFAULT '';
        ALTER TABLE "user_account" ADD "totp_last_step" BIGINT NOT NULL DEFAULT 0;
        ALTER TABLE "user_account" ADD "totp_secret_enc" VARCHAR(200) NOT NULL DEFAULT '';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "user_account" DROP COLUMN "totp_enabled_at";
        ALTER TABLE "user_account" DROP COLUMN "totp_pending_enc";
        ALTER TABLE "user_account" DROP COLUMN "totp_last_step";
        ALTER TABLE "user_account" DROP COLUMN "totp_secret_enc";
        DROP TABLE IF EXISTS "recovery_code";"""


MODELS_STATE = (
    "eJztXW1z4jgS/isqvly2KjOVkNfLXF0VScgMuwmkCLMzu8uWR7FF8GEkryWHULv57yfJNv"
    "gd2wHGePwlwVK3bD8ttbpbbenvxpRoyKDvW7ams/YzwqxxAf5uYDhF/EdM7T5oQNNc1okC"
    "Bh8NSQ4FnYIWhI+UWVAVTY6gQREv0hBVLd1kOsGCoWWaCGvvCDbmHwCC6hhYZPYvCr59G0"
    "M6/vYNqOQZWRTojPKfmPGGAcQaYGMETAs968SmLotgeC/uqhGV31bHT5u6gY31v2ykMPKE"
    "OJnFb/PHn7xYxxp6QdS7NCfKSEeGFsBT10QDslxhc1OWXepPHcxuJK14/EdFJYY9xUt6c8"
    "7GBC8YdAfdJ4SRBRkSd2CWLdDFtmG4svAAdx52SeI8pY9HQyNoG0JGgtt5gGVZQ1G6vYHy"
    "0B4oSiMiP4/Dh7hbxLEUsuePSiUAT+IR3v272Tw6OmseHJ2enxyfnZ2cH5xzWvm80aqzV+"
    "dhlmg5TUnMOh873YF4IMI7mNP5RMGr5IEMOlxSGEv0IYuif80RZPoUxePvcITw11yW996P"
    "sDQ87NPE4RUs5bEcIlsQSAq2g85d+2HQursXzU8p/cuQOLUGbVHTlKXzUOne6U9BYSwaAV"
    "86g09AXILfe922hJNQ9mTJOy7pBr83xDNBmxEFk5kCNT8mXrFXxEl9YlUZsZS8Q8vPtXqA"
    "xYjUHT8pEq3qCAtDzxFBRhT9qzG00rBfsIXg56+1qRHVaGwK/il8UQyEn9iYXzZPjlOg/b"
    "XVv/rU6u9xqtCo6bpVTacugrV4qHwwuxybQnirPTwA8flBBoTPDxIBFlVBfMnj/5DKHIxy"
    "gBxiq1xfPs0C9Gky0KdJQMcp7JUwx+rrGuQoyNRWVURpzJxIiIEgjkfZxxXC+JGzbQpkT4"
    "ts18657PVuAybOZSc033U/3122+3uHEnZOpLOEaVA383Rlh7p6fTjLnHeaPOWdRmY8myJL"
    "gU+uN5kV3iBX5WA+OsiiKzhVItCyLoi0hhjUY0y4nx963XiUlxxh70hXGfgHGDrNYkQXQ/"
    "o/IxtL2wY82rrBdEzfi9v+d1MSSAFcIBTQIh7Oe3etr2ERXN32LsMekGjgMiQOEXlQRLwh"
    "T78PMG2v22/N4lu/fsmL8HrB/b4BmQ1AK6Jeo4kv8iIKHqE6mUFLUyI1pEmSaKNV0+Y0XA"
    "IxV/Ka+4bi+d1g5RXk76VB6xrOGzGxTH/1flowU3UJFc2lXB3NxAC9qEheA0bAHeH886Hd"
    "PDg8urF0/vsCQDAmhvgJOA0EM4Qm8sLiF3Ssj3j/ATNiycK9oX2uHhwN7ePR4eFPMcHNzd"
    "9vzbHOHyXQ2Tw8Pjs+Pzo9XkRfFiVpQZfVIUy3L0ZjmAmztEOeFsDcOdWVgp8IR4ZNc6q4"
    "3TunKxRk3KI39H2gW6M3JP/nmFY9+sqZ6hvw6oltqbnAXXJsEV4+N9vQ2JY/lMkdSvGGSm"
    "i7/IaglWa8yPps1svcI11tvgBBC2ZjQpFnNVAALQQmmMzwB0CECSCJqGjDAOKl4w2PGGNl"
    "3a2/wTTxMMlonHjktXmyyjyp9VO19VPPZo/k5Q5RCmVPiiioIEGqhiKSVJn6aDOoKJdc6A"
    "Xeov7MVcbeFOoG4ErkA/iCeE9zMjhm6HFMyIQCg/ce66d9MLN0xhAGOpbZHdS1OkJKaq3t"
    "DzF/H0yddTgAqaxQxxCLG4iGVGhT7oDpTpPuDXkBr+KWKWXcaVMReJxLRmGOIqtOQSn/An"
    "mygpzwl8+jHj36LSpHNHUDu1tYJ8+iG5vJurEZMZAtpOqmnnPFIMBUwcjpRtIRqC1XZHPN"
    "9UuWyvl6G1mWMeHcIDBGYSSvy/hY6oWZtS/MuNZBztyFIFflVg+ambp+M6XrN6NdnzLI7J"
    "j0BYFyG9tTiXSHPxXEjvsQ1DQL7q1lPjXu293rTvdjzq7usV0A98cQP7S7gwsg/g7xTatz"
    "276+AM7/sL2aRTppNownm7NEyZxFstC4jTs1WYxkkjMtfSyFMi0L6aKDzdqRb3ShfdFS9M"
    "IUFyIlf4ZyDPt20pVLEvLfuWxlg6gTpCk2ZnEJF+nCDvOuQdKrs5jLskKxe5LmDryCLIvE"
    "xBoHfNgmyDjAVQE7OU2k7a+DdBttIdHbXvejRx423IIKVbWQgKaALg1y1l99lHp0Ue6vF5"
    "Cxj63WnmWTb0mi3G0RARuQCcKNmBC3r3Y/Lb4t42gKWxBmCG5TLlwDvbMp4m46ngDRWUX0"
    "V7T0AYiPGOWHiiIPDegUUEYspMUttRVvqI4s72hk2bQtPgQT1t5We8w+9jJHQBu/tvudm9"
    "+U9h13iC+A/2qI+23Bdd96ePjS63OnOXhdxHlef4Ba6oPcub1BrspFkNaf2lsbgZU1Evxi"
    "Ri+mzpsrIOYgZy3mUotZLJIXkLGPrbb1Sy7f/B/w+5i2F1WuhBkZcbOCkoiK4Ya7B/oT/g"
    "XNI0ZkCHrXR/rsNrNjInj1+phXuhz2FpwtXB5/1+Pvzt8YObnQV62Hq9Z1u/H6ffzWW/Kk"
    "48HYIoxJeCOua5BgP817NQSpwvy0Kx3YG+5d2hYCKrExQxYYEYv7mghM0BzsQYCJNYWGLh"
    "KepG/sfISiGiLzAnTuYz5wWUeDb3Bo+W3yGOkueeWs8zWmNiS7ryNH1HnWFf0s9bpieF1x"
    "xl+Cz8JcU1vFHKHYBmpDudSGVL24WGVJlyQ83kdy07z5Fb+MszIC9alGhuVS8l6oZc4A98"
    "W2KefH2ruR3E8KiEakiTAbIycHmyPIfzJdhaJep8DgUvjghrtl9Htl+Hxtt4ixQ/5YmNui"
    "XSe892cdbS+Lm5RmriwFlsNADDCVOcpemjBuHfip3ixWh+l/ODHX8b06vlcGEex4fK+PRn"
    "xQjhMzUwL1KwxvSZkjOyUZ4zpjpMSqIM2GrVMR6lSEUujjStg4FmEFxRzkrB2WMkuZIkr5"
    "6+f8ADDIVUHP/+g0ywpRWHC+BaLT2E0uIrivwXR9WLa0Y5BntV6Dva1UBiwx0EcLxh8ys6"
    "xMN105mfK0oFur3boMyIq7iP9UJSZyutDiiuNaR2l3wsL1pFgkIdrjLbO2brS7g3b/vt95"
    "aCt3bbE93wWIFA2xr6h1fdfpBohkyRB3ug+DzuDzoNPrLpqKlgXp3MYiRfyOX+/b/QG/j/"
    "w/xNft+1Z/cMdvq3xqda9vRevRsiHucfLWoMdrvV9D/OnzpXenxc/wmk22NIZMWQwrNmIK"
    "GAMB5VCkkwVbKHVXu79tDW56/bsL4P3ydyx/lwp0kkD38HcEfwcId5gi4l1/qv5C2+fS4H"
    "6uDZ0rVNGwZe00/3DuVL0wUC8MlEEEO74w4Pm0MV6Vz91NO7eTjRWfi706DaeHEZApwmJb"
    "eZGS62TdXsicmBGc6sYckJH8yNRdawAycEyj6TZva2rNqw8pp/ZUc/Om9URu0pyweir/Ia"
    "ZyuW+J2On0WWfzAsKO469FXmqRW+iZTIoteQQ46yWPXZAyV8Y03/mjUc4KbGcUnD6Ps0Qd"
    "jpOjDseRqEN9lmCjPktwlzetrX362qcvgwi24NP7J0lfQl3cqbsu/80vfWTAhGO5E9L4Ko"
    "L76yYjILKPxoQ/vL6bHPtwVLwqPzFe/4pyvU5cFj25nxKiWBx5kNUuWDBULh60kbMCyn8i"
    "3NbwPcxkch2mmFyHMecEcJSQgrCaB+QAU+VM241sSu9AJt8uP9ILtu1tSb+rzpoJKZ0Rbh"
    "PkPgM7zFhBDbKRnu1sVvqMLJ03WiSiF9tAHdgrc2BPp068PWZqXnUy7pJviwfjevptZw/G"
    "dXzLIqMryFkPqzIPK9PSn6E65/VMV5FQifGZ6ymzWGILFTTT1p2154HHXXpkFhttCU3Uw6"
    "7Uw84z/ZzzNQvJPb6JWu5lljsjzFQoUi3E8nrAMawVVLAb8BYkcCbCGn+OQqCHeGvUM6OO"
    "sHj9Itothr3WbKXXbDItijIUkxWQtj4Q5a3MDpn1lwj1YNvAlwimVlDMQc5azKUTcyRDIs"
    "uCvu/0pjcu5wfPi9pN2UcX80OHri+38Xxz8kNw89Aq4iW/Xn8rTv6v5asIkvs5yhthqt5u"
    "DxtNo2khS1fHjZhEGrdmP/UzoiVNaZJofpQMmjfuG5+cG1Mgfv1dAtZbzJA5yZQhc5KSIX"
    "MSOVbdzJX27ZJXEN2N5MfwO7LYzO+fH3rdBOdtyRI26XWVgX+AodMdnnvjwBVgBOz4yGnM"
    "4YOXQwa6aOAyLiV5m1/Fvv4fQlvMxQ=="
)
