from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "demand_follow_up" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "platform_id" BIGINT NOT NULL,
    "rating" SMALLINT NOT NULL,
    "status" VARCHAR(8) NOT NULL,
    "result" TEXT NOT NULL,
    "done_by_id" BIGINT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "done_at" TIMESTAMPTZ,
    "demand_id" BIGINT NOT NULL UNIQUE REFERENCES "demand" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_demand_foll_platfor_378c7d" ON "demand_follow_up" ("platform_id");
COMMENT ON COLUMN "demand_follow_up"."status" IS 'OPEN: OPEN\nDONE: DONE';
COMMENT ON TABLE "demand_follow_up" IS '回访: a task for the operators when an enterprise rated a demand 2 or less.';
        CREATE TABLE IF NOT EXISTS "demand_offer" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "institution_id" BIGINT NOT NULL,
    "proposal" TEXT NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "offered_by_id" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "demand_id" BIGINT NOT NULL REFERENCES "demand" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_demand_offe_demand__bb162e" UNIQUE ("demand_id", "institution_id")
);
CREATE INDEX IF NOT EXISTS "idx_demand_offe_institu_2b08b3" ON "demand_offer" ("institution_id");
COMMENT ON COLUMN "demand_offer"."status" IS 'PENDING: PENDING\nPICKED: PICKED\nNOT_PICKED: NOT_PICKED\nWITHDRAWN: WITHDRAWN';
COMMENT ON TABLE "demand_offer" IS 'An active institution''s offer to take a demand open for offers, with a short proposal.';
        ALTER TABLE "demand" ADD "reply_reminded_at" TIMESTAMPTZ;
        ALTER TABLE "demand" ADD "accept_escalated_at" TIMESTAMPTZ;
        ALTER TABLE "demand" ADD "accept_reminded_at" TIMESTAMPTZ;
        ALTER TABLE "demand" ADD "complaint_target_id" BIGINT;
        ALTER TABLE "demand" ADD "complaint_target_name" VARCHAR(200) NOT NULL DEFAULT '';
        ALTER TABLE "demand" ADD "complaint_target_type" VARCHAR(12);
        ALTER TABLE "demand" ADD "reply_escalated_at" TIMESTAMPTZ;
        COMMENT ON COLUMN demand."complaint_target_type" IS 'INSTITUTION: INSTITUTION\nSERVICE: SERVICE\nOPERATOR: OPERATOR';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "demand" DROP COLUMN "reply_reminded_at";
        ALTER TABLE "demand" DROP COLUMN "accept_escalated_at";
        ALTER TABLE "demand" DROP COLUMN "accept_reminded_at";
        ALTER TABLE "demand" DROP COLUMN "complaint_target_id";
        ALTER TABLE "demand" DROP COLUMN "complaint_target_name";
        ALTER TABLE "demand" DROP COLUMN "complaint_target_type";
        ALTER TABLE "demand" DROP COLUMN "reply_escalated_at";
        DROP TABLE IF EXISTS "demand_offer";
        DROP TABLE IF EXISTS "demand_follow_up";"""


MODELS_STATE = (
    "eJztPWtz4ji2f0WVL9NdxU51yKOz9NZWEeKk2SGQBdIzs8OUxwEleGNk1jZJc3fnv19Jfu"
    "CHbGxhE+HoSzC2jkzOkY7O+/z3aGHOoGH/2F7NdEd5gcg5aoH/HiFtAfEF42kDHGnL5eYZ"
    "ueFoDwYdrpFxKgwGPtiOpU3JlI+aYUN8awbtqaUvHd1EBKC9XEI0+4uJjPUXALXpHFjm6w"
    "82+OOPuWbP//gDTM0XaNlAd2x8iRw8MdDQDDhzCJYWfNHNle2BEIAfyVtn5hS/VkdPVb1g"
    "hfT/rKDqmE8QD7Pwa377Hd/W0Qx+h7b/dfmsPurQmEXwqc/IBPS+6qyX9N6l/tRFzjUdS3"
    "7+gzo1jdUCbcYv187cRAGA7mL3CSJoaQ4kb3CsFcEuWhmGRwsf4e6P3Qxxf2UIZgYftZVB"
    "aESg3R+wuXekqv3BWB0pY1U9StDPhwhh3LuFcUloj3+qTRHwRH7CX/7abJ6cfG5+Ojm/OD"
    "v9/Pns4tMFHkt/b/LR5z/dH7PBljsVxVn3ptsfkx9k4gXmLj5y408KozmaC0WJscG+5iSx"
    "f4Ux6OgLyMa/CxHD/8wD+dG/iFPDx30WOfwbG3pstsgeCJKB23H3VhmN27d3ZPqFbf/HoH"
    "hqjxXypEnvrmN3P5x/jBIjmAT83B1/BeQr+Negr1B0mrbzZNE3bsaN/3VEfpO2ckwVma+q"
    "NgvjxL/t38JDQ2SdOqalFt1aYajtG4xBUm//ZFC0rjssjnqMEWgksd+Za1YW7gOwGPrxv1"
    "XVjjo6qgr9C+27akD05Mzx1+bZaQZqv7WHna/t4Qc8KrZr+t6jpvssgWvyo4qh2YOoCsN7"
    "XeERFF98yoHhi0+pCCaPovg1H/4Np46LowJIjoHVbi2f50H0eTqiz9MQzWLYW9HM5NcSyU"
    "kk26vpFNo240w0TQNqiI3lEFQMxw8YrCok+1xkv3LO5WDQi4g4l93Yede/v71Uhh+OKdrx"
    "IN1JOQb1ZZGl7I6u3xrOc+adpx9554kTb2VDS9WePG0yL3qjULVD88mnPLwCj0pFNH0Wxf"
    "QMOprOEOH+MRr02VjeQMS1I33qgP8BQ7fzCNF8mP7b4wpR2QY8rHTD0ZH9I3nt36uiQAbC"
    "CYYiXMTH84fb9i9xEnR6g8u4BkQmuIyRg1geVGJvKLLuI0D7W/Z7k/jK5y9FMVwuct/WIF"
    "MBaonV6/E5ZHkhNx606fOrZs3UxBOzaaaNTT5aNBfxOxrCTH7m/Yfk94eNlV+hFrW8JR42"
    "thsy5/64rXbM8RyC6Rxj9wcbIPgKbQczQPTcAK+W7jgQgVfdmQP4Aq010KhJsgUsuDBfMI"
    "2ordEDssxXG7yaK2/xhS2Z5b9igkxiv3zVbQiwSPgCgQbsuWk50HLfhME0B9iObhgAz6tj"
    "AthVWEDfi/mzeXz6+fTi5Pw0sMkEd7JMMdsNm4Zms/WpLANYCIjL/iXcafEmFjCKxaIHSQ"
    "RIHtU5juqpuWJpAVnrOwCRq7vQ6hbkGO9oeDnNNOtKW7MO8vDjzKN86g1UZ97I7U5JBOD3"
    "KaTfgWOCWxPDryer5qfjk2tLx9ctfFLOTYNcAjxGA68QPtMvFj1D9Ue8rvAha9GbHyari+"
    "mnk8nq9PH4+CPDR1n9++SBLdaB7a3FpCsyRdl2h2f5IQ9OA8nAH/Eqxi1stuot74IWzSjg"
    "Ho2ab4O6Eo2a9LOAUOOPr53FrQLjvLmypoWQu4HYI3rx2bzSjH2ZNXNZNTOMmgKZIHzh5F"
    "eoWVnCC32eT3pZ+0O3iy+AjAWvcxPr9Z7UYAPNguAZma/oC6BaPx1kkzkMQP5ptuDBEFbK"
    "nn0H0cTHSU7hxB8uxZNt4onkT/XmT4OV82B+v4W2rdGVlGBQ0QGZHMqkQ9VFaGwOFuUNJ3"
    "wBz6i/YJbxYaHpBsBM5Av4GXaI5ZEEYr7Ch7lpPtvAwKvH+rgxd1LzJAS2J3XEmFSp808Q"
    "/n+Q7YbTAM2mD6ZzDZEXkImm2srGCpjuTum9EN/Aj7BkajtYaZtC8LCmgEQchZaMJBXdDp"
    "LFIJ/xP1+EPfrj98gc4cLzz+4h3C0Pb2ym88ZmQkC24FRf6gUd/xGgGlpVK4kqtFc0sKrQ"
    "Wb8BqZ2uV0l0xVJbG6bGYBjp4RUhEBlfETFolBFf4UkHBUMQo1C1CwJo5lr6zYyl30wufd"
    "vRnBUjCpFgWUGrBcV0F/8qDbnqQ5TTBNB7C2A+ulP6V93+TcGl7oO1gHcxQSOlP24B8neC"
    "rtvdnnLVAu5nXF7NQ50sGcanzedUynxOBJNjGXexdBiUSU+YCIHsz6X2qVo5ckcVOmQthd"
    "8d1UORWjzRiAG+n6wjQUz+B5d0ZJjTZzhTV8hhxU1mEzsOWwKltycjieKhODxKk2ANaFkm"
    "w9Y4xts2I8QjgKqBnJxFUuWXcbaMFlC0N+jf+MPjglss4sOCBDUcvDQKKZM3hd5dNtbXOW"
    "gcApPcUzT6CmLlVogFbGw+Q3TEMHGHnjay7NvUjqY6wcAcxm0bE9eAf1mRuFodPQOyWIn1"
    "l8z0BZBaBLTeAAkABLoNbMe04IzlauOfSFqWD9SyvFxZeAum+N62a8whcJEtoEfflGH3+l"
    "dVucUKcQuEv03QUCFQd+3R6OfBECvN0e88ynP5BmrKDwrH/UahamdBqiDsVwqBdRUSwmSG"
    "35c6no6DzFFISWahyUyc5Bw0DoFJWV9w+havwxMCkokauyVqRCmRJMM1Vg/0J/QTXCeEyB"
    "jqPR3p3pvmwEjwp7/G/LubbW9pr4HKE156+H/H/zF0Y6E77VGnfaUc/fk2emvPfNLReG6Z"
    "jkPRm1BdowMaWdqrQYaqTnjsVgX2GmuXKwsCmkAFLfBoWljXhOAZrsEHDSDTWmiGTgKeqG"
    "7sJqFMDRJ5Abp3jASXMibcQaHFrykipHvDayedlxjakK6+PrqkLuJXDINIv2Lcr/iK/wl8"
    "CmNObfEpQswJpKAstCAlnYt1prQg5vEhpLVv1x38lSVlRJ5nChmWNxKvwlnuCPCQbdvG8G"
    "j2l0daFhKQSaiI8DqHbgw2xiC+dPSpRp7rNjAwFb545m5q/d5qPi/tFQw55LdA3Cbzuua9"
    "36W1XRQ1KUtc2RCsgIAYARLZyi6MGVcafup3ikkz/bsjs7TvSfueCCQ4cPveED7iTTlPjU"
    "yJPN8ieNORBaJT0nEsI0YEZgVZMqwMRZChCELw41rIOJbpcJI5CikVFpGpbEPbxv9+wQTA"
    "KFQNNf+T8zweojjhQg6ic2aRiwTeSxBdR5uZDgzleaXX6GoTSoA1DXhjaexecZuH2aIrHq"
    "Y+BeNKlVs3BlnyFvJpT80ldJdQ8A3jVVppD0LC9anIExDtw4rMrY+U/lgZ3g27I0W9VUh5"
    "vhZI3Jqg0K321W23HxlE70xQtz8ad8f34+6gH0yVvBcd502WuIXf+MudMhzj99DPCbpS7t"
    "rD8S1+rfq13b/qkdmT9yZogIe3xwP81L+aoK/3l/6bgsu4zyZfGEOuKIYthZgiwkCEOfAs"
    "sugMQi+1u157fD0Y3raAfxVeWOElFVkkkeURXgjhBRBfMDzkLT9UP+D2hTh4GKqi9oA1NV"
    "tKpfndqVPSMSAdAyKQ4MAdA75Oy9CqQupuVtcaZ66GVOztYTgDBAENESZl5UlIrht126Ix"
    "MY/aQjfWwHykSaaerwFQw7GdDLfZbaqSvQ8ZzffqWbypHMtNlhImj/J3cZTTuiWk0umL7q"
    "w5iM2ClyQXmuQWfDGf+VweEUjp8jgEKmNmbBdrI56ErEE5o+jxeZrH6nCabnU4TVgdZEvg"
    "I9kS+JCL1kqdXur0IpBgDzp9+JAMBdQxkhgvPfjrn4bQ0BydeRymhPHVBO9/VmkBoWuUYf"
    "7w12667cNl8dOg6aOMhHx/fuKg5UFeuSAAqJ09qJJeAeJ3hNsbfo9ziVzHGSLXMaNPAMYS"
    "VCGaFkFyBKh2om0lReldlNH/rjimA7D9laQ/VGVtqdn2q4llgqLB6QnAGnKQSla2W6z0BV"
    "o6npTHosecQBr2RDbs6bZrb2cczds6427g9tgY1+dvB9sY19UteXZXFFJuK5G31dLSX7Tp"
    "Gj939CkkLJEduZ5xiqXOUEMxreyoPR95WKWHS77dljKF3HZCbztf9HP7a3LRnT2FpLvIdH"
    "dMZ6nacGpBp6gGzACtIYOtQFugiFtCNMO/gwvpMViJ9dxYh4j8+zzcjQEuOZvwnI2GRdkO"
    "ZEQFZPkHkrC1qZApMxHkZqsgE2E54yRzFFKSWTgyJyIk8jj0Q92bdnTnR/tFHSbtk878WN"
    "P1TRnPnYMfosVD64gvmr2+K57C2fJ1RJKXjrIjmupX7SHqWDcd/ZHUnt0dU/3QVHVCV6V5"
    "V7TK77XO7rYQetrIikByawXjd+bssyADkA5UqUgPQJKdJtx45GaecORmejRyM5HDP9eaZ+"
    "dFcLuB2Fucxt7wW36khq3/H8t9nFUfwYOQYd78JgkTOaSNcXrlkRSDRAyuhsExlYTXmZb+"
    "pCPNUIvGMSYAa4jx5tlZroDRs4yA0bOEE/d9NLO9vB91+8popPa6HaXfUVogfmeC/nnf7n"
    "Wvu522W00n8nWC2t/a4/awBdzPCeoNbgYtQP7iZ+Nxu/PVrbWzuT7iOZdLL50kraqpqD90"
    "c1uEc74ijmSwMFRVYkI9dYyMZDCK1CQd3jAbbJ8kyJsMFl56IlV4uYJLzXIWkF06M/S0kW"
    "VpmEXH5Wi29ESMsYhAgA0w+DBZ/fUTvMB/z+DFR+DMNQdYcAr1F2jjcfi/mNlfaMWWOb40"
    "oEUuXiDw0qwYRWAqfZM0iwjMshoZZhGZN1StYmPBJ1Io2O++lhfNMbAaYjtPUaT0mkjnUt"
    "p9l9Lu0tCcR9NaFBZ4Y4DSNFaW0OsjtgS59y401YGRIq/wG1uGEfl3iHfHsNsZv5UArJAG"
    "4EtLt5muttDTTAEYRsdJT9u7EynxgTrTncIiTwysfq6h44s84uVFunR5IZP+9xsOLoX3/Q"
    "jv+H9a4ZetC2M6AVhDXOfx/aR7fhJ+H3uqGTs0U/CAufC8n0SGo157eKO0AP2YoFvlqnt/"
    "2wLu5wSNbtu9XgvQD/y02xkO8EPyweO2Oc5nMsiwGCTLBCwNcw1ZQZ6p8ksEpkYdEZrHp5"
    "9PL07OTwP5JbiTJbYk3fkWfIEIC5OvGiNL+ApO9YVmpPHyCGTcPOCC/uhNcXiIzsDildLp"
    "4k3y4fi80Yzl3YerbkYR/Wiu8D+CFREWnjFW2EiOQmWZYOqF4fZYieFPm80saDP2fvoZGA"
    "KpXZJfJdUzSYwOVkkLh5rE4WqH7bM8yD5Lx/VZKqq5qmcxgWuH9EoUFx91havuJQDrh+8q"
    "qu852hODZ/9jNOin5I564+NHnT51wP+AoduVmaOP/va4QlOCQvCw0g1HR/aP5H1/rwr7Gc"
    "gm+Ik4Hnwcf7ht/xJHf6c3uIx7FMgEl0lSqM9wXegIDcPUbsFXcoYa+hQzZEgzKgr7YhjA"
    "NVJa9hypjDV1Z5Wy2nMo9AH0/kom3ve/KcPudVe5KrgBQpAtsLmeoDulf9Xt37SAdzFBm3"
    "GbUUPlH0pnTO75V1waf54EiuP0BIrjRAKFBf8NKUdO7f8wht9TthILtgYcLMtlrfwyzj40"
    "Ao91b9C/8YfHTxJ29MDDujAzS4BKVsaddCFjON5DDIesA/EuyGyvHha6w0foOKysoiQypX"
    "eoaSyrGR8QnWXwnQy+E5EU+wq+i/gTdfi6a9WiIFJuSKerEeZj0R0vulNG/ZRuMFFdUQXR"
    "k/YESVrOzmvLn6iuqPIyk3ZD0xWdpE4oKhQgzBDh2BFYPk4HCI5N/Gc7Zr95E3ZoVGfOUm"
    "Niym5sJHMFVnuMPjO8enMY5AmyVq3N8Fwt5UmxUtLsXUNgM8sPNphCa1OdqgGe4dIBmu3m"
    "/emkftKa3Vd+x/lklLfAkmcDpEd5P1rmQt3N+RCbQuTYzZq6HrCytxsJIxNIAu6dgJjdm8"
    "WrP4ShpLuC113B462TPjpuH11x46J0ExyAUTEkyhZlYwlQaVgsy7AYzeLc0bQYTR09MHLk"
    "NS4mFqNItW2U70usjh2x9E73SSNT29yM2V7PBquBdDjRCbFGBwz9wdKsNfgwPP3YcFVEOM"
    "Pa4gxYmP2S64c1MJdkSZgWq2xNCRNKJVNgLtTIUDJlgmuFwfnutmKy+PTI5QiQDF/OlnJ5"
    "wpd1Jy09MyV22QeogUqxl0KzTxrS7cB6nRfNcbjaYbuSPJQH3SyiH3vDa4DbvSvHL5ruYi"
    "IprWQ1mo7AyUbT+RtNix52z1jr7c64+00puOI9qBZwP4kldNwduoZQesFlBy09a94V/bkC"
    "6GOAkvkUZj6HViZlTydqyUVSVjZHnecQkDT0y7wEaYmWeQnvncwyilk0Z4OMYj4q4GgQuY"
    "QoIZDurLx/PeFsCD9uZHkc9NjAHGX0saDzok8hCIGS0vbnnz/NJquzpnZMrk808veCOA60"
    "mZthBLRHB1rADaMDH4bNj64vgSwcMFvj/0CfaoZB/A0nH1lV9ff3YunGEJi/NaQb483MjL"
    "Li7L4qzh6aqr83VJes7Id/UwLP6dasGFgNTCr7tmV5p7k6Mxf4NxQq6sQAlQ7SbAJxOEhd"
    "7BYu8RQDq8HOiPKf01zn6mnGuXqaPFf9Fa0R8zjPVggA5UYofSP8Z6UZQYKNX0urEJXSZ5"
    "DkKp1csuqorDoqDtJl1dEaVB3F3GZp4v/NKsxUkpA1VMnKZywbtHGxlhTw+i32KpiLhg9X"
    "WtBAfYGWXTB6jwlcwyXfzIf4DLyno12bTuGSzz+aOol0lQrtKhU9yC1ZW7Z9d9fjKCzrgb"
    "WAdzFBybC3eALwBI3uRyRpmNwMLidI+aVLx7mfcYfR24THuaTgCI9LANbgsNp7bO5yaWAl"
    "G3O/wnnaMUgZciBjuOSJJWO43j2ZZQyXjOESkRT7r0TpCWjTuYaeWD0Di9VXDCKYRnTaDp"
    "21RnSIMhHLnK2mu1ZaHLmurjt3srriShamzEQVZ9VFEg+jTg1NZ7DN4iUXQ9uX1Fvs+PMe"
    "VopHWUUXmdjIjkmNYC1XcKoapeD2ONXxHAI37AwQUFo4ERj6CwQfqLIHZw2AJyA3TAvYK3"
    "sJSWfMj+Ho0gaYYwwAEx+iyXjUsl8wQRNEyjyGo1uX0KKTN4Bt4tltiIk1A56ySkfgs43W"
    "6rAxrkE4dRroNrDg48rGv2OCMI5M8DqHCDiveCbLIj9Lc+ibv+BxBtTwQG/EPPoj6ESk+Q"
    "0egN8Gv+vOzsU+RIojfNuw2UrCCNMDZMNbqnCocgK2HKn+ncQtJ2T6IpkDTAomyeefYTkV"
    "gFiawEERLq8GkFy1OepFlZWbEZHus8/EuCKQ71iMaCW5TsZ0BMusB4G5RxZTF6RC8H7k29"
    "q7kN5RqeC6k1IWDd43k5RFg2XR4Lde73Xy/4ioL74bdpbhBcrUAgs7gnbUA8XYb9VognvM"
    "6A96bjEVxXBHrlz9avQoSK6CwiQsHFBAOAOOCf5t6ijacOYLtQ+ScXTEM6QGQtJmBn+fa/"
    "YcztilhcubWuqpAvOsRoaeWjhd4Q3SFPYXQVxFooJmq6TqBeNMyC5OGQLbY23K4M7BFqek"
    "XEolvKnIso5C1c6LcZ5nYZ+nr+vzxLL2jg31Yc0hhMZApQwqQzulzpfZKOb7UsfTcZA5Ci"
    "nJLDSZd0kzKj25SDCTZZ3obMEXLG/wkDkKKaksMpVldy8RzXSyu1etunsFAfMMC104mD7d"
    "PheO3pehGu/PBCYLVFbbdegZ/2ts/G6Pm/BhRcb10df7yxbAfybo527/avBzC7ifcZv72w"
    "Q8iFS1UiSLWB6DWP6alUvNghxJzhGwigJL6srRw8h3Chl7/fH1K3rbPDvL5cE4y/BgnDEq"
    "DEsbY/3VVZk+XlsyF8hzCJdhxqeTU0La41Uw0eGSfluGqK8h75whWkN7QtyTAa2dE2mDpt"
    "x1RFEoKKq8pPa6IksmsstE9gpQNYMLDbEqShc7+MgkdUJRlZbcb9DS8dBZh2YUk3z0I4ZN"
    "lzGqkWXdffHGq7FE5Xzp6i5BwNw0ZtBy88lDCeYt8GqRdkbIzdLWEDCXhMymBbzX2tFwSn"
    "bKehUvkYngh5cILp6/8J14B0pKA8/yLBbMAt9NDziIJHAer+JO50tMxmOcLUkpMP1c8bt8"
    "LEODpfOwluwhi2dL52G1zsMpxsaTaa15HYhheIHN/Ud3g16382sLuJ8TdN3tt/udbv+mBY"
    "LLCVL646FyN1T6yv1w9LV71wLxOxM0bvfwzRZwP/F3pfO1P+gNbvDsm+sJum332zfKLR6j"
    "dgb90X1vTN/GvD1BPeWm3WsB+kFghz8pYzKYfE7QFd47+H3qeNjuj64Hw9v2uDvotwD7Pv"
    "lNIzKt2lGG4+51t+MNZ96eoLvh4Oq+4w7ZXPN4V0/yrNCT9AV6klifh9ar7o2M5FWkN+OT"
    "dwptW7UduCzU+ikBKDs+ZROHo+MTFuym5Pdwsu0QuMh74+h6qCiYQ+O/hGX/Qopd0I8Jwh"
    "zvBj+iHzysqvxAEIJThqxyBaf6QjPStorOVFNmLtCPHnApcQqiMKsrpdO9bfc+HDcbzVi2"
    "2aaVIBO5KjPNbzuCVXaen0QyG8nadz4ku3ASydlIRpqzslJ0mu2MewMtNN++u7/EcrZ6ie"
    "Xm6y4WZKPfJ+hbu3evqO0rWtEo9IWHk5ffl4hdazxnVTEPVmjyDPq9bh+fnu7nBA2ur70b"
    "7sUEXQ7GX1uA/BXjcD28Dpd7swvIHpdvgnbZ5bLqel77KB6xmul4iULVnmoGK7goXctlgE"
    "o9t3Q9lyK3cEP2KFTttkIlluBgPeN/cEV+Dud2iILLLVH6lvAQvC68KxKAtdsYp7k2xmnG"
    "xjhNbgzfE6mRYplFtkQCUG6G0jcDwW3hjRABkpsgzybQF9oTxBMaJJqg0C5IQsptUP6ZQJ"
    "Fc+ECIQNVuI1SioR1e2+KrYft6XBDjLlAL0I8JIgXHqffau8B3iEFv9JWY74JLdunyuG1J"
    "DHuSbFr8hp5lP22Ro7ZdAlRWi+fN6pVpp1wb4hDyEWXa6bsjs716WJA0Bh5Cx2Fl2TORKb"
    "1cPWDdZc5F6TjsXij9BtHxtSC0bEQhiKQkO8KLkTYke4HskhC0pRfIpjU8a+mXgOVwtcCa"
    "oji231Pwm6c4iAVfdPhaatb9kE5ZI+zL3HsxEsuZy2xr+t9mOeZOAlStDczW9HLSWJwY6y"
    "BwO8W6id/eTODD69xs0IzvBiCNQBvAod/XHxvgGS4doNlAd2ww10kznnUysbz86WWOosCy"
    "SAPIXrTvwzPwjnrR1p2Ushftvpmk7EUre9G+9XqvkwnQF3wLG54icNLuVJbdKVSNZEdrSG"
    "0r4jXiNpHIUhSptYXyohmr1PazoaeNzPaz0XGl1qj5jbjm/g0x9ujqaYDgu4tNslyoqPK7"
    "1BRF4R6NDE0xTs3c+QwxOJG1Cs5gvfJLh0S3Sv4lH4WTZye/CuBzp0LoD0NJ5HMj33zFSC"
    "rMaKJQNdDDqmYyLsKKrvEwlOxKwrnCHc3CklLhJR4Dk2t86xr3MFZ0kUfA5Crn5eMvGEMG"
    "Ixd8tMC30znMBqxOh+hJ8/N5gG7yJQvBo9t2r5fE6ExfQGSzi/+npzFFocRIYSKvrU0K09"
    "Rc+E73vBbjEEgN2Pi+TcYWXBqMup9ZBnoPQCKbC9k6X8pLAlQ6pfidUi4qefqChyFlgLzI"
    "TpPDSmyS0fGV9Fmr0nHQNx39UZ+mug4izxtZzgMUH1llifvfjlY2pEc1XuZ0keMBm5u+G0"
    "H6DYTzG6S3eGZj/xDaOnOaN87zmDfO080b50nzhu4YxSxIPkAN0VtJzYQHc1ZI0fDHSz2j"
    "sJ5h6Oi5yFr2x9cA1fGqmPnKYmbVxUx1KR6O//Zgjc5v6L0VTDWT1SGkElWVquwrAgVJHA"
    "KTphCR6Ut0u8IsNARUJ9/R20aO+lr2jmGj9940B0aCvMGioaUnVKToJieUFSkayRjNiBSN"
    "jpPdDN+dHceCGBU2Z+kzBrBkz9zyLYKQgf90m4Q/vhY2n31bJQ6vaOZQ+ec9lr68jjQFci"
    "oDQJIe6V1OULf/jfRevGm7TSAjXyeofTNUCID7OUF3vXa/T7Mu3QsCj184/NbtKATYv56g"
    "K6XX/aYMydjgcoI6g/51d3hL7gaXE6SQPjtt+suCSzJDhyRs0gncKwzf7neUXo/C+5dH+f"
    "ZyNKPzLE9G51l6RueZLNsp0C7WkP2KxbMZFj040g3jwDLzUGjN0aUXlwEoBiotBAdBZwOj"
    "nyGQmqYBNbSF0D5sjNQPGLhW1L0cDHoRwl5243zz/vZSwYdarB1gUv7UMBGpLuiXxi+mDD"
    "DBpbWbVxt4hEU7t3oQsttlWJZjtBSFlm7OSEEUK+UcYaM3Dpd1iNQLy/hQYOMQsmJAtmIQ"
    "MiNB3hf+DK2QruCPlypC8Z7x0ML6FYKMfJWMfvFhIDEyK2rVHIasZwQ9Zqqy9OYMLsKAfe"
    "+8hOBjBg39BVprTnTGwN8zRi24NFmyQWYeismUCiSH3s6hXeTxKR1JWKlx8GocHgfgMrDE"
    "YaWFRWQLy4ZaHCaWJLC0seS2seCXPurWgtNinYSW3TIE3mYeufhCFmOwkqGKTGn6MCBZUZ"
    "t1ApiPoXJJkcGdg2WpVPZj9xlNF9gjQFJm5+6XeBix2JKvcfI12anvXZAZIgdaS0u3iyvg"
    "CdCqAgDrGpp5aM3V6k8H2Vvt7UkgdJHxem6BjEwRsWuMv4F5YpcS4+yudptztAQsK5HJ6o"
    "nhhOCRA8mC92gUEc2yRWP1vKK0Fo22A5el9Roc4clqhPVK+w3GsJaZkefjNU9Wnmr7g3M1"
    "F9Ss6Vx/gTNAwCId/5DpYBjNcbTpnHakBBqa4WeaA3QHWHBqWjM4+8huKljOtDJFUGDhrw"
    "F4Sj1tT5Taf9mno/Gw3R91x103bKlIotQGsgU21xN0NxzcYEY8agH/Kr5NcqUeld5M7n11"
    "eZRpbFWmsb2jHpNyIVW5kGSHy32f3HHc02/MXZyFex+qBs7Q+Lmb7+DNOnkTRy8RfIv4m/"
    "3xNcDu3nN8A+0C84dCDRKSkDKUP5s8HKH8M+hoeqHkig2EGOSoVc8K2XW3ph76wCRU3EMf"
    "A5V+ybL8YtHyWTs7bcKTHRg58nttYotRpJpqVxA/iloeo08aWVbb2WaMrKMmjaRiG0mvlN"
    "t2v3AlKReK2CHIJ7Fi3N712hg5xIrhXYphGp1ihD2ZFqPGez6ShOH3VuKLw5Z1N+h1O7+q"
    "nUF/dN8bt13bNePmBF13++1+h9q2gssJGiudr/1Bb3DzawtsrvH9dk8hZHU/J+i2PfxJwd"
    "/dzwnqKTftXgvQD2ogv7rveC8PridI+eVOGY5jv45xc4IG46/KsAXoB88KaubrEZDRIkD2"
    "YNi3DSX8yxJ4TjelxMBqge29h++byMECSmFTYRyuBuaseI+GHOv8LKtDQ+Ik8lC2xIiCKk"
    "RTHnxHgGuH9Eo6vMgyP7LMz1vjT5quhbaVyszBtxA95hq7GlNOxWwDvkfkD/rE715UXXah"
    "sFZDP7Ga9HVAvtKPCfq5278a/NwC7idRqcZjogO5n2Ko0fbqYaE7nNXhGcDS9Mzt2z+8gu"
    "Wj+8vb7pijYHkA2ALB5QS1Ox3ljt70ryaIzLK5H/5G9tf469Ww/XO/BYLLCRrcKX31ejBU"
    "B9fXynCEN2f0Bn7PaNS9oeE2/hWeq90lcUB0nNLH2/Nu2B3hrcy+P0FD5a7XdQOM6AW5Q1"
    "7k3nKvyL3RoPfNvedeTRDmmCMa1UM/uUwheUJ6mukhPU1Z4lyk8xKfdzMDWi7OOHd/fA6R"
    "wzy7/dG4O753bYWhLyQO7q49HN9Su+Tm2rcy+oZFroOzmefgbKYfnM34lvExXvTMjMLJSD"
    "je09LHY1HpPg4nGRZPOT+jUG/dAEAiu3hw3HQKlw5vA4w4sAwCEjoIiG4UTlrHYWU9MZEp"
    "vdRWNlfZnQigpPEB0NiG+H9kGYfTi1wkAPdnVvlUrZTYPD79fHpxcn4aCIfBnSyZkGEtCW"
    "xPxfdQHFaeikLvI1eK4WsLFQWV/PIg6ExIpLPiFrKrbDLAZeHi/M2hbFt/Qny7LAoqd5nI"
    "u4zoCToXmaOQksqHQGU+VsqAlpw0NyfFZDSNF84tFgGVe0zkPTY1TD4dPgIoaSwyjQ3Ndt"
    "SV9cRF5wSwpLXItJ6ai6VB/jPV0TDRnJ08sqmTHaZrNqh8EpQ9Gdwpw/Z4MKQBFvTqKNeK"
    "qdoxm0B8UQ9tygTSVcvrqk0gtHhSQsoENfAn7iFQ3vMCWnBB/kN+M1p8BnmaiXyaeTTDiN"
    "AMzhYPKVNIuotMd9cPvMNmZ04gaS4+zXfZ6uwZJNVFprrs3fMuyCx794igxMieMeLVZpIN"
    "NQqWZireUEM2eiiC4fIaPcAXUmyfwWkKdHpwa1opL/UqOBZZnubjI7RKQdOAzFQnNBWqox"
    "ZKmTYNA8snq2U6UgcIjk38Jy9qr+mU93l6jYipLbCRW7juXMcrOTWCjuO+NaUMXXxgY3tV"
    "OtWvZ6XaIaCtPUXGcwhmUJsZOoI2MB+BiSDwp2oAPBd4WAMHj5qvHoA2W+hIJ3M6ppXsJL"
    "LrZDuUxhOvGlgVFfNkMbCSi4GlV/vzTJ+vpvWMf5Y6N1esYyaj2j0bvE7Sf2mh3K7tycfV"
    "TGMl9KVimg0s8czAs2/14aj0kACV3lBeQ4K02m0Ttw7WapcwVqRreoWkcy5p09X7UmXMQC"
    "3cKlnCYGSuFnV4sLUm0p8G3Al+sAFZj0Qq/EKlv+kcU5yM8HKxbaDbwMKCIyDNqoDusJvU"
    "lTWxrMAsNKesSwVmDvE+rT0dvb4mErN/NUH3wxulBchfWiRHocVxFB5hWrat241qspiRWM"
    "WM3lGjO7n0xFp6sjXe2+lVsjUe82yXrfEOuvqPrC9cEnkqqS/sFxN7gI+mBXfKF0mZSmTB"
    "t16F/DzE89bzi4DLU5z3FPfRqT06JZXEjM4k99O+9pOLd97tFIaWu4lbJpa9QuviW4j2Va"
    "KG+aJ7KwJWJw/p28ahbtpC7hgguelBeWBkyBseGVmA4vUFDeLUUp1m4Ui2rX6zSCTddt/Z"
    "ZHV2PoOT1cXDw2MLaMDR7GeAZUrq2TKXkMZJ2eB1DhHQENgE8wK6UgKvGGgCDGRA20660S"
    "p6h/SoCcy5GhkeNdGTGupKkVDsk+YHa0aRP1pohpEe9BRA1ekYP2l+Pg+QTb5koXd02+71"
    "Dq+JCsNIRpwcBQ1iFMb1yGDlkPYcuvJkzaIK4EUO/e8iVf27iGt/WMol/0AC/1nF4X0IaR"
    "8ubB+eka6RHPF8UTipYPOy76kFOYP5opBS4RZb4SbbpTiNQ2Ayk15o+gpjUHknSslOkbLb"
    "TS9+hlrlhpc3JVdVZpcSTCluNmWqHSVIttxqRDGDkVsNKG0E8HP9BQIdI0R3VuTBDyQRDU"
    "8BHBM42jPcmDDMJUTU9uHmkDbAq+7M8WN7bloOWFomZjKakbShVPcahhnlt9ASD72O0PJ3"
    "aWIRhZs1MkwsMaoVo0QCVhpaeCV1f6cVUU3DMCLHgQqrnh6gNeZO6V91+zdFDTIeWAt4Fx"
    "N01+38ROJT3U83Ate/t7lmR9/yGHLK9+TTE4svXzABWic7pbQxiEKQeumgU52vYGMUUloa"
    "xKayKJaGd8NLZehGnUM32tDSp/MjhqnBe9LIsjJomzHb7AvpKC05/OG9KOY71rVIV7lfoG"
    "V7ZanypgGFQGqh6MUT3fJlumWluiVz3ZaMEmEZiVbu8Bpit5IcK/xGxyu7kDfjJwSy/1Sf"
    "txH/SkvqedPKHX/+P2ruKME="
)
