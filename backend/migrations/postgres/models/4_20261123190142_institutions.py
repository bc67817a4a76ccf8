from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "department" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "region_code" VARCHAR(6) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "platform_id" BIGINT NOT NULL REFERENCES "platform" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "department" IS 'A government department (部门) that receives demands; its handlers have accounts.';
        CREATE TABLE IF NOT EXISTS "expert" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(50) NOT NULL,
    "expertise" JSONB NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "organisation" VARCHAR(200) NOT NULL,
    "bio" TEXT NOT NULL,
    "available" BOOL NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "retire_reason" TEXT NOT NULL,
    "user_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "platform_id" BIGINT NOT NULL REFERENCES "platform" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "expert"."status" IS 'ACTIVE: ACTIVE\nRETIRED: RETIRED';
COMMENT ON TABLE "expert" IS 'An expert of the library (R4), entered and retired by operators.';
        CREATE TABLE IF NOT EXISTS "institution" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(200) NOT NULL,
    "credit_code" VARCHAR(18) NOT NULL,
    "region_code" VARCHAR(6) NOT NULL,
    "description" TEXT NOT NULL,
    "service_domains" JSONB NOT NULL,
    "service_areas" JSONB NOT NULL,
    "qualification_file_ids" JSONB NOT NULL,
    "contact_name" VARCHAR(50) NOT NULL,
    "contact_phone_enc" VARCHAR(200) NOT NULL,
    "contact_email" VARCHAR(254) NOT NULL,
    "responder_name" VARCHAR(50) NOT NULL,
    "responder_phone_enc" VARCHAR(200) NOT NULL,
    "agreement_version" VARCHAR(20) NOT NULL,
    "agreement_accepted_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "status_reason" TEXT NOT NULL,
    "applicant_id" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "platform_id" BIGINT NOT NULL REFERENCES "platform" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_institution_credit__b21821" ON "institution" ("credit_code");
CREATE INDEX IF NOT EXISTS "idx_institution_status_f6544a" ON "institution" ("status");
COMMENT ON COLUMN "institution"."status" IS 'APPLIED: APPLIED\nACTIVE: ACTIVE\nREJECTED: REJECTED\nSUSPENDED: SUSPENDED\nEXITED: EXITED';
COMMENT ON TABLE "institution" IS 'A service institution (服务机构), admitted after review (R2) and rated dynamically (R3).';
        CREATE TABLE IF NOT EXISTS "institution_status_change" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "from_status" VARCHAR(10),
    "to_status" VARCHAR(10) NOT NULL,
    "actor_id" BIGINT,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "institution_id" BIGINT NOT NULL REFERENCES "institution" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "institution_status_change"."from_status" IS 'APPLIED: APPLIED\nACTIVE: ACTIVE\nREJECTED: REJECTED\nSUSPENDED: SUSPENDED\nEXITED: EXITED';
COMMENT ON COLUMN "institution_status_change"."to_status" IS 'APPLIED: APPLIED\nACTIVE: ACTIVE\nREJECTED: REJECTED\nSUSPENDED: SUSPENDED\nEXITED: EXITED';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "institution";
        DROP TABLE IF EXISTS "department";
        DROP TABLE IF EXISTS "expert";
        DROP TABLE IF EXISTS "institution_status_change";"""


MODELS_STATE = (
    "eJztXWtzozgW/Ssqf5l0VaYrcZ7r3toqJ3F3eyaxU477sbveYhRQYiYYPCDsdu32f19JPM"
    "xDYMCGYKIvNgZdYc4V0r1XR1f/bc0MBWnW+66tqLi3QDpudcB/WzqcIXLAuXoIWnA+X1+j"
    "JzB81FhxSMtJyC/4aGETyrTKJ6hZiJxSkCWb6hyrhk4FuvM50pVfDV1bfQAIylNgGstfLP"
    "DHH1NoTf/4A8jGApkWULFFDnVMKgZQVwCeIjA30UI1bMsVoQLv6V0VQya3VfXnsm5g6+pf"
    "NpKw8YxIMZPc5t//IadVXUE/kOX9nL9ITyrSlBCeqkIrYOclvJqzc1fqc1/HH1lZ+vcfJd"
    "nQ7Jm+Lj9f4amh+wKqg+4z0pEJMaJ3wKZN0dVtTXN14QHu/Nl1EedfBmQU9ARtjeqISjt/"
    "YH2uJUmD4Vh66I0lqRXTnycRQNw9RbCkuid/1WIAPNO/8Ovf2u2Tk4v20cn55dnpxcXZ5d"
    "ElKcv+b/zSxU/nz6zRcqpimPU/9Qdj+ocM0sCcxkdP/GQyEENHiiljjT7EcfRvCIJYnSE+"
    "/o5EBH/FFXnvHUS14WGfpg7vxFof61ekAoWkYDvu3/Uext27e1r9zLL+0hhO3XGPXmmzs6"
    "vI2YPzd2Fl+JWAb/3xZ0B/gn8NBz0Gp2HhZ5PdcV1u/K8W/U/QxoakG0sJKkFMvNPeKVI0"
    "oFYZG6aU99UKSm1+wTgqdd+fFI029Q2LQk8QQVoc/espNNOw98Ui8JPHKuuNarXKgn8Gf0"
    "ga0p/xlPxsn52mQPu1O7r+3B0dkFKRt2bgXmo712JY0z+VD2ZXoiyEK23hIYgvjzIgfHmU"
    "CDC9FMbXePwTydjBKAfIEbHGteXzLECfJwN9ngQ0r8PeCDO3vxYgx0G2bFlGlsUZEw1DQ1"
    "DnoxyQimD8SMTKAtnrRaq1c66Gw9uQiXPVj4x3gy93V73RwTGDnRRSccIwqM7zNGWndPPa"
    "cJYx7zx5yDuPjXi2hUwJPrveZFZ4w1KNg/nkKEtfQUolAs2uhZFWEIYqx4T77WE44KO8lo"
    "h6R6qMwf+AplpZjOhiSP/9ydaZbQMebVXDqm69p7f9R1kaSAGcIhTqRTycD+6636MquL4d"
    "XkU9IFrBVUQdNPIg0XhDnnYfEqqu2Vdm8e2+f8mL8G7Bfd2ATAnQ0qjX00sg8kJPPEL5ZQ"
    "lNRYpdMdpGUtn4pVl7Fj0DddLJK+4T0v8fDFZ+RjAceYtdPNwcyJx65TbGMcdTBOQpQfcX"
    "C+hoiSxMOkD95RAsTRVjpIOliqcALZC5ApCFJDvARDNjQXTEYo2ukGksLbA0bLfxBSOZu7"
    "/FRDdo/HKpWggQk3CBAATW1DAxMp07ETGIgYVVTQOkXpUowCojAvpWwp/t49OL08uT81M/"
    "JuOfSQvFbA5satDi+1NpAbCAUKH4V+1Gi1eJgDEU8w4kISExVGcYqmXD5nkBae3bFxGtO1"
    "frrskwfg1Jc1KgeQNXvIE8eDl1KJfdgpLiltw8KakD9ENG7DfABrgziPxqYrePjk8+mio5"
    "7pCRcmpo9BCQMhAsEXphP0w2hqpPpF2RQdZkJw8m9qV8dDKxT5+Oj99x5ijLv58YsOs1YL"
    "ttMT4VmeBsO8XT5iH3zgNJwY/OKkYjbJbkNu+cEc2wYIVBzdeBbodBTfadw6jxyjcu4lZC"
    "cN6wTTkXuGuJCuElY7MNtarCmpmimilBzRqFIDzj5J8ImmnGC7uezXpZeUU3my+AlgXLqU"
    "H8etdqsAA0EXjRjaX+ATCvnxWyaB0aoA/NNzw4xsqua9/CNPEwyWiceMWFebLJPBH9U7P7"
    "p6GNH40fd8iyIGtJsQ4qXCC1hzJYUWkWKJuhi3KL036B1KguSJdxMIOqBkgn8gF8Q9c08k"
    "iJmEv0ODWMFwtopPWY79bhThaeRMByrY5IJ7XT+ic6eR7dcug0AFrsgjyFOr0BrUiGtkUc"
    "MNWp0r0hOUEuEcvUwsRpkxF4XDFBao4iUzBJ6x4HSesgX8jD5+kevfIVdo5o5s7PVkB3y9"
    "I3tpP7xnbMQDaRrM7VnBP/IaEGRlVLYRVaNiNW5Rrr1yKN8/VKYVfM4UozIKfDSKZXBEQE"
    "vyIU0NgFv8K1DnJSEMNSjSMBtDM1/XZK02/Hm76FIbY5LESKck+3ZwzpPvlXUHfch3BP40"
    "tXRmBu3fcGN/3Bp5xN3RPrAPdgoj/0BuMOoJ8T/WO3f9u76QDnO2qvZtFOmg3j6eYiUTMX"
    "MTI5sXFnc8zRTPKCiYBIdVNqR+XakVu60IFoKfqBJRciKf9CI454NauOahLy37tFR5ohvy"
    "BFsnXM402mKzsquwNNb16MVJcZiv3TNCVrINM0OLHGMXltUygevlQD7OQ0lfa+j9NtNF+j"
    "t8PBJ6941HCLMD5MRKEp0JeGJcXizVq/XRbx1wvoOCAmes+66bcmUe4ejYCNjRektzgh7s"
    "DVw7T4NoujSdgvmCG4bRHlauhXm/JqVf0F0MZKo7+0pg+A5iJg+QYoARCoFrCwYSKFN9VW"
    "vCIRWd7TyPLcNskrmDD3ttljDojXOQLa+tob9T/+U+rdEYe4A4K/JvqoR6Xuuw8P34Yj4j"
    "SHfxdxnncfoGb9QW7eb1iqcRGkEmi/wghsqpEQVDP6MVdJdQXUHJYUaq61mukkeQEdB8SE"
    "rV9z/ebPwxMQEgs1tluoEdZEXA0fiXugPuu/o1XMiIxA7/pIX9xq9kwFP7025p1dv/YmXP"
    "ouT7DpkWcnT4wcLvR19+G6e9Nr/Xwdv/XWeFb18dQ0MGbwxlzXcIHDNO9Vo0UlHCy70YH9"
    "SLxL20SALaBCJngyTOJrIvCCVuAAAt0wZ1BTKeGJ+cbOIhRZo8wL0L/nLHDZRYVbOLTkNn"
    "mMdLd446zzHVIbkt3XJ0fVeeYVgyJiXjE6r7gkD0FGYdJTm8UcIW4FwlCutSElJhebrOma"
    "hMdHiOW+XV2TnzwrI3Q91cgw3ZKkFSqZGeCB2LZF5HXl1yeWFhLQSpiJsJwih4NNECSHWJ"
    "Uhva5aQCNa+OCGu1n0e2P4fGe34Ngh//bNbVqvE977j4i218VNSjNX1grLYSCGhOocZa9N"
    "GFcEfpo3iokw/ZtTs4jvifheHVSw5/G9EXoiL+U0kZkSur7B8GYlc7BTkjEWjJEadwVpNq"
    "ygIggqQi3640bYOKaBC6o5LCkcljpr2UKWRR4/5wLAsFQDPf+T8ywzRFHFBSaIzrlJLmK4"
    "78B0fVjXtGeQZ7Vew62tVgasoaFPJuTvFbe+mG66kmLSs19up3brOiBL70K/LdmYI6cJ+b"
    "8IriJKuxcWrqfFIoRoT7bOvXWrNxj3Rvej/kNPuuvR9HwdEDs10QOnujd3/UGoEDsz0fuD"
    "h3F//GXcHw78quLnwuXcymKnyB2/3/dGY3If9j3Rb3r33dH4jtxW+twd3NzS2uPnJvqQFO"
    "+Oh+SqdzTRP3+58u7kH0bnbLLRGDKxGDYkYgoZA6HOoUgjC9dQ66Z2f9sdfxyO7jrAOwo2"
    "rGCTCjWSUPMINoRgA4g2mCLq3T1V3+/tc/XgQamStgdsaNhSOM1vzp0SEwNiYqAOKtjziQ"
    "HPp+V4VQF3N23XGjyVAi72ZhrOUEeAUYRpWnlKyXVYtx3GiXmCM1VbAeOJLTJ15xoACxxb"
    "cbrNdlXtePYhZfO9ZiZv2k3kJs0JE0P5mxjKWd4Smul0oeJVAWXz5IXKa61yEy2Ml2JTHi"
    "FJMeWxD1omnbGVbxvxuGQD0hmFh8/TLFGH0+Sow2ks6iC2BG6JLYH3OWmt8OmFT18HFVTg"
    "0wcHyQChjrOI8cqV//j7CGkQq9zhMIHG1xDcf5YZAWFtlBP+8NpucuzD6eJlf9NHwYR8e/"
    "PE/pYHWe0CX6Bx8aBS9gqo/45wleF7nMnkOk4xuY45+wQQlJCEdDkPyCGhxpm2pSSldyBj"
    "T5cfaV+supT0++qszaFlLQ1iE+Qlp8cEG9iDlNKynWSlC2SqpNIiET1uBSKwV+fAnmo58X"
    "bO0LxpZ9y1XIUb43r9295ujOv4lkXerrCkeK3q/FrNTXUB5RW5jlUZ0S6Rz1xPGcUSa2ig"
    "mbZr1p4HHnHp0bzY25ZQhXjtav3aeaafs79mIb3zqxB6r7PesYHnkoVkE+G8HjBHtIEdbA"
    "neAgNujnSF/I9CoEdkBeqZUUc6ffwivRtHXPRste/ZGC3KwojDCkibH4jLNiZDpliJIF62"
    "ElYizJWCag5LCjXXTs0xhkSWCf3A7k1bTueH94vaT93HJ/Mjm66v03huTX4IJw9tIl5s9f"
    "q2OAVXyzcRJHc5ypYwNS/bQ6k0mhs0hyaeIX6GhsDVwzRKjRIulyGn7zN953UqAdbC4GBi"
    "/+0IXZLPM3T5DuApxID0NUhdIIuUI0+hWB/cjex0RUMmPVgg4LJ5OGuNSr2ToP/U2qRPpv"
    "8Iekq59BQTPdN8NF6S7+zLB0JiDUQ7y9q75KV35yLT3JvxYUIzHcToeTLMWW6SfURQEO13"
    "RbT3gI2rIzfZ/j5Q1Z6pIivhPtIMQ6T7EXk7Rv3r8WutpO/RfabmpmohngEcuJpqAKNwOc"
    "Eof3MmJRlQFRXnNnkiYpUxRauzLy+zmJeXydblpeCWVzvrKIz3aox38kw2udkqN9IxwQZi"
    "fZYB67NErM/imd1g8cSQvnAhnKuZL2/ddkefeh3Avib6Xe+m/+WuA5zvif5w17297QD2Ra"
    "72r0dDcpF+RSNm2WIGmUIGKRGDOBt9rhkrlGs3yJBMgxLv7WxDSBMtkE6MySXkkFFvkKzO"
    "oJbUl4cko+EBR/S9W8X+AZ2C4k3vuk9ekoPj88N2hN4dTO4QBvrJsMmDEEeEhzNBhQ9yWC"
    "otBNMshLvjXgQ/qCgmsjjvfvIYGBBpHJeslCQN5I6YuKRSXus5Ktc4tM+ygH2WjPVZItSF"
    "FmlyhRsHeimOiwdd7sXdMcHm4V3GIm8Mnzl99m8Pw0ECRdEtHx3qVBmD/wFNtUoLR7f+/m"
    "TrMoUQPNqqhlXdek/v94+y0E8Bm+ITmnjwMD64636Pwn99O7yKzijQCq4iqtBUmXQViNxQ"
    "y5/AmiPcIHO6YvYo8SGxnWDKZHA1fenq1ox/GXztjfof+72bnG9DQLID1scT/b43uOkPPn"
    "WAezDR1+XWpUa933rXY3rOOyrki7az+KLtZF+0HY9//YlYX5GYAG+MfiS8SjzZBgwmaZOp"
    "ve/j9O7Mn0u9HQ4+ecWjfRx/Xvtxlbszi4mKrkwQ4QW7QBDh37qaLftxpuJiio7KimVkdd"
    "b0FkldRDqXPdKzoIUJWlgdVVEVLSw006Wi5bbLtnwO14hV1yDkI7yDhYoZFlsC1vcrahJU"
    "uciGnEGXz+bwcB3qaGyQj83ofnUrvGYMsYyr4+o52vJBLkTSdF/NVKrm+vXNQtiUzHXxTL"
    "sg0fX1dH8iqIN1Lb9YQEYmJhqTmV4PwQuaYwAtZw2RamHDXPG3QtqyPsEYrbGtcAiSGaNP"
    "pjGTtgsXR6qoMw+socFiYp5vp8JQBUKBlSuQdPdG/t0rglIiwFw0wFxkfkXMqhSeVckfDh"
    "KB3T0IAwVM2bzdWExUhIJ2FQoKrwjbMhgUXoa2Z+rIGg6KNcY6bbjb+zEn7liL53c6Vw5T"
    "vc11mc25MYgbyIpTn5DuiKupjyY0V+BgdPru0HERkUK8RQWYpPulx48rYMxpkzBMXgqMHV"
    "QonMwa90KHKU6mWCxXItHXea24XXwyCzIkJKiQ6VZuASokVnHSUq8EWqon0ACXooLcLob5"
    "DHXV8qPXWWGOyjUO7VI47Y+qkcc/dos3ANvKneMFVB0k4tZK2t4oITmxN0r2vVHqTpTmtP"
    "Xu9bj/tZezxbtSHeB800jouD9yAqHsoFAcdOcrcB3TvxDlOSIoOp/cnc+r7KAsQtAdwXF+"
    "IzFSwXF+E2oWjMi6hcEFI7KVIwRe50R5VEEqtt1Hj4XBg5cP02LhaqRghmTRxNBZqDICAV"
    "GawPn84kiZ2GdteEyPTyD9vKQhbag4qxUAfMLIBA7BCxyM2u+cKDdtOEBZkSdQZahpNBJ+"
    "8o6XO7q6G4sAe437t0MRYH+1AJjIq1hVXkWR96+avH/B/xTDOTnOEhETUZbcURZ3NJcUY0"
    "b+Q67UJRxRMXWXrqACU3ceypAGE4uoxxcUytm5cv6yoeYvR/ByxeTSUnINQl07V5fI9yby"
    "vdUHdJHvrQH53khvMzfIs5m5O5W4ZAPdhN13LGvYCnUtCeLNa+xldC6QDK6IbhUnLZBpcX"
    "21lOy0POEGNvl2NuBTcE+GHcoymhebs0usREzf1Xr6ru6UoHjuxO79/W2BxImuWAe4BxM9"
    "ThKKLpec6A9fHugSS3rSP5zove99Vs75jk5ivA6ZyFFFATJRTLABg1XlTMb5XCNONun9cq"
    "9qjUiKaXDBKxIjluAVvXk1C16R4BXVURXVZ1pzDTR5CvVn3m5N+fKH+ayaB1btNau1QXrI"
    "l0ysOCErBF86OSuKdCailhRSOxMTW5y+OapTTRJWVbShXtN99DeUuarpqhQ5rKruJEUOK5"
    "HD6rXbe5Mc7KCtmdvIi8kKN3tXbnZkscaWnnZkjcieKSSrsx1vj3VKZBVI2s11FIMpvTOl"
    "T1bDIpnyW1HeDWCCSAHYAH8aqh7Of/yBZaqi5ViJF6QD1QI06zH5PYXWFCn8TFe7q1r4qT"
    "Xusw5T/NTcfLBX4IFVR9EogwkGLYkudeOMCem5UgJiFaZK8c/sba4U1ktJtG/K06zDUrtp"
    "26/bvYSX5WRp2OfJ7fo81qzdYaPItoMxUWGDirlz4fOl5i3+MVdJdQXUHJYUaq61mrfhce"
    "6cvVmzkGWT9GyiBbE3iqg5LCm0XGcti2TzdQzTiWTzjUo27zOSOBG6IFspOT4XpEcJqsbb"
    "C4GJrDTlJsF+IY/Gx3czb8KTrTPWrc9frjqAfEz0b/3BzfBbBzjf0Zj76xAe6p2q5hVDYr"
    "vNVDOHJiqwjCQkVhKzpKldehB8nCva65VvXqtun51lmsI4S5nCOOPkFRNBxub7q2KBTmPV"
    "HPOHs6xfUBAZnTBdG77l4oUbv6L9VX36PvFrF3lLqBoZUIhOZSBz2xa13kiuiRAFWFG7Wz"
    "bUJLDKDCh9RaZKiirXLCvqNfV/OKElTqnDtCDTwi0vRZKtbuaAjacIOAoBU0NTkEm3JoTA"
    "qQfQejpgadJUyjpYThEjcHkbEgL3tlaY1RVng5V1ky2CYnVKZlsjJseuctmmUMJqN23xRo"
    "KUOYy0eAeYbYJjqKOxQT4qmd54VbWVObmx1fjSJb2lPOWNKe6V1HEErsvUZqrircxTtI9P"
    "L04vT85P/TffP5P2wm+egSiQNa3hudLKiGLRlyoHwm7xBqJbyiwPzRPqOvhhhJNzHAdEqk"
    "9q/DrBop2lL97KVth2MPv5f3SowVU="
)
