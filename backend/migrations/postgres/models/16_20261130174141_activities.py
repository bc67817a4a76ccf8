from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "activity" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "organiser_type" VARCHAR(11) NOT NULL,
    "organiser_id" BIGINT NOT NULL,
    "organiser_name" VARCHAR(200) NOT NULL,
    "created_by_id" BIGINT NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "logo_file_id" BIGINT,
    "type" VARCHAR(16) NOT NULL,
    "content" TEXT NOT NULL,
    "agenda" JSONB NOT NULL,
    "venue" VARCHAR(300) NOT NULL,
    "online_link" VARCHAR(500) NOT NULL,
    "region_code" VARCHAR(6) NOT NULL,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "signup_deadline" TIMESTAMPTZ NOT NULL,
    "capacity" INT NOT NULL,
    "audience_scales" JSONB NOT NULL,
    "audience_industries" JSONB NOT NULL,
    "audience_regions" JSONB NOT NULL,
    "needs_approval" BOOL NOT NULL,
    "verified_only" BOOL NOT NULL,
    "contact" VARCHAR(200) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "status_reason" TEXT NOT NULL,
    "confirmed_count" INT NOT NULL,
    "waitlist_count" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "platform_id" BIGINT NOT NULL REFERENCES "platform" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_activity_region__6e126b" ON "activity" ("region_code");
CREATE INDEX IF NOT EXISTS "idx_activity_starts__bf1329" ON "activity" ("starts_at");
CREATE INDEX IF NOT EXISTS "idx_activity_status_6357fc" ON "activity" ("status");
COMMENT ON COLUMN "activity"."organiser_type" IS 'INSTITUTION: INSTITUTION\nDEPARTMENT: DEPARTMENT\nPLATFORM: PLATFORM';
COMMENT ON COLUMN "activity"."type" IS 'POLICY_BRIEFING: POLICY_BRIEFING\nROADSHOW: ROADSHOW\nMATCHMAKING: MATCHMAKING\nTRAINING_SESSION: TRAINING_SESSION\nEXHIBITION: EXHIBITION\nOTHER: OTHER';
COMMENT ON COLUMN "activity"."status" IS 'DRAFT: DRAFT\nPENDING: PENDING\nPUBLISHED: PUBLISHED\nREJECTED: REJECTED\nONGOING: ONGOING\nENDED: ENDED\nSUMMARIZED: SUMMARIZED\nCANCELLED: CANCELLED';
        CREATE TABLE IF NOT EXISTS "activity_registration" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "user_id" BIGINT NOT NULL,
    "note" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "waitlist_seq" INT,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "activity_id" BIGINT NOT NULL REFERENCES "activity" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_activity_re_activit_301630" UNIQUE ("activity_id", "user_id")
);
CREATE INDEX IF NOT EXISTS "idx_activity_re_user_id_4f614f" ON "activity_registration" ("user_id");
COMMENT ON COLUMN "activity_registration"."status" IS 'PENDING_APPROVAL: PENDING_APPROVAL\nCONFIRMED: CONFIRMED\nWAITLISTED: WAITLISTED\nREJECTED: REJECTED\nCANCELLED: CANCELLED';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "activity_registration";
        DROP TABLE IF EXISTS "activity";"""


MODELS_STATE = (
    "eJztPWtz4ji2f0WVL9NdxU51yKNz6Vu3ihAnYYdALpCemR22vA4owRsjs7ZJOnd3/vuV5A"
    "d+yMYWNhFGX7CwdWQ4R4/zPv8+WpgzaNg/t1cz3VFeIXKOWuDfR0hbQNxgPG2AI225XD8j"
    "Nxzt0aDdNdJPhUHHR9uxtCkZ8kkzbIhvzaA9tfSlo5uIALSXS4hmfzGR8f4NQG06B5b59p"
    "MN/vGPuWbP//EPMDVfoWUD3bFxEzl4YKChGXDmECwt+KqbK9sDIQA/k7fOzCl+rY6eq3rB"
    "Cun/WkHVMZ8h7mbh1/zxd3xbRzP4A9r+1+WL+qRDYxbBpz4jA9D7qvO+pPcu9ecucq5pX/"
    "LzH9WpaawWaN1/+e7MTRQA6C52nyGCluZA8gbHWhHsopVheLTwEe7+2HUX91eGYGbwSVsZ"
    "hEYE2v0B63tHqtofjNWRMlbVowT9fIgQxr1bGJeE9vin2hQBz+Qn/OW/ms2Tk6/NLyfnF2"
    "enX7+eXXy5wH3p700++vqn+2PW2HKHojjr3nT7Y/KDTDzB3MlHbvxJYTRHc6EoMdbY15wk"
    "9q8wBh19Adn4dyFi+J95ID/7jTg1fNxnkcO/sabHeonsgCAZuB1375TRuH13T4Zf2Pa/DI"
    "qn9lghT5r07nvs7qfzz1FiBIOAX7vjW0C+gr8N+gpFp2k7zxZ947rf+G9H5DdpK8dUkfmm"
    "arMwTvzb/i3cNUTWqWNaatGlFYbavMAYJPXWTwZF67rC4qjHGIFGEvuduWZl4T4Ai6Ef/6"
    "2qVtTRUVXoX2g/VAOiZ2eOvzbPTjNQ+7097Ny2h59wr9iq6XuPmu6zBK7JjyqGZg+iKgzv"
    "dIZHUHzxJQeGL76kIpg8iuLXfPwnnDoujgogOQZWu7l8ngfR5+mIPk9DNGvD3ohm5n4tkZ"
    "xEsr2aTqFtM85E0zSghthYDkHFcPyIwapCsr+L7JbPuRwMehEW57IbO+/6D3eXyvDTMUU7"
    "7qQ7Kcegviwyld3e9ZvDec688/Qj7zxx4q1saKnasydN5kVvFKp2aD75kmevwL1SEU2fRT"
    "E9g46mM1i4v44GfTaW1xBx6UifOuA/wNDtPEw0H6b/+2mFKG8DHle64ejI/pm89n+qokAG"
    "wgmGIruIj+dPd+3f4iTo9AaXcQmIDHAZIwfRPKhE31Bk3keAdjftd8bxlb+/FMVwucj9WI"
    "VMBaglWq+nl5Dmhdx41KYvb5o1UxNPzKaZ1jf5aNFcxO9oCG/yM+8fkt8fVlbeQi2qeUs8"
    "bGxWZM79fhv1mOM5BNM5xu5PNkDwDdoO3gDRSwO8WbrjQATedGcO4Cu03oFGVZItYMGF+Y"
    "ppRHWNHpBlvtngzVx5ky+sySz/FRNkEv3lm25DgFnCVwg0YM9Ny4GW+yYMpjnAdnTDAHhc"
    "HRPArkIDeijqz+bx6dfTi5Pz00AnE9zJUsVsVmwams2Wp7IUYCEgLv2XcKfFh2jAKBaLHi"
    "QRIHlU5ziqp+aKJQVkze8ARM7uQrNbkGO8o+HpNNOsK+2ddZCHH2ce5VOvozrzem42SiIA"
    "f0wh/Q4cE9yZGP59smp+OT65tnTcbuGTcm4apAlwHw28QfhCv1j0DNWf8LzCh6xFb36arC"
    "6mX04mq9On4+PPDBtl9e+TB7ZYB7Y3F5OmyBRh2+2eZYfcOwkkA3/EqhjXsNmqN70LajSj"
    "gDtUan4M6kpUatJrAabG7187jVsFynlzZU0LIXcNsUP04rN5pRm7Umvm0mpmKDUFUkH4zM"
    "nvULOymBf6PB/38u533cy+ANIXvM1NLNd7XIMNNAuCF2S+oW+ASv20k03GMAD502zGg8Gs"
    "lD36FqyJj5OczInfXbInm9gTuT/Ve38arJxH88cdtG2NzqTEBhXtkLlDmbSrugj1zbFFed"
    "3JvoBH1F/xlvFpoekGwJvIN/Ar7BDNI3HEfIOPc9N8sYGBZ4/1ea3upOpJCGyP64htUqWO"
    "P0H4/yDbdacBmk0fTOcaIi8gA021lY0FMN0d0nshvoEfYc7UdrDQNoXg8Z0CEnYUWtKTVH"
    "Q9SNYG+YL/fJHt0e+/w80RLjz77A7c3fLsjc30vbGZYJAtONWXekHDfwSohlrVSrwK7RV1"
    "rCp01q9BaifrVeJdsdTeDVNjbBjp7hUhEOlfEVFolOFf4XEHBV0Qo1C1cwJo5pr6zYyp30"
    "xOfdvRnBXDC5FgWUGrBcV0F/8qDbniQ3SnCaB35sB8dK/0r7r9m4JT3QdrAa8xQSOlP24B"
    "8jlB1+1uT7lqAfca51fzUCeLh/Fp8zWVMl8TzuSYx10sHQZl0gMmQiC7M6l9qZaP3FKEDm"
    "lL4Q9H9VCkFg80YoDvJupIEJX/3gUdGeb0Bc7UFXJYfpPZxI7DlkDpzcFIolgo9o/SxFkD"
    "WpbJ0DWO8bLNcPEIoGrAJ2eRVPltnM2jBRTtDfo3fvc44xbz+LAgQQ3HXhqFlMGbQq8uG8"
    "vrHDQOgcndUzT6CqLlVogGbGy+QHTEUHGHnjay9NtUj6Y6Qcccym0bE9eAf1kRv1odvQAy"
    "WYn2l4z0DZBcBDTfAHEABLoNbMe04IxlauMfSGqW91SzvFxZeAmm2N42S8whcJE1oEfflW"
    "H3+ndVucMCcQuEv03QUCFQ9+3R6NfBEAvN0e88wnP5Cmq6HxT2+41C1U6DVIHbr2QC68ok"
    "hMkMfyx1PBwHmaOQksxCk5kYyTloHAKTvL7g9C2ehycEJAM1tgvUiFIiSYZrLB7oz+gX+J"
    "5gImOo92SkB2+YPSPBn/4c8++ul72lvQUiT3jq4f+O/zF0faE77VGnfaUc/fkxcmvPfNbR"
    "eG6ZjkPRmxBdox0aWdKrQbqqTrjvRgH2GkuXKwsCGkAFLfBkWljWhOAFvoNPGkCmtdAMnT"
    "g8UdnYDUKZGsTzAnTvGQEuZQy4hUCLX1OESfe61447L9G1IV18fXJJXcSuGAaRdsW4XfEN"
    "/wl8CuOd2uIThJgDSEZZaEZKGhfrTGlB1ONDSHPfvnfwVxaXEXmeyWRYXk88C2e5PcBDum"
    "0bw6PZX55oWkhABqEswtscuj7YGIO46ehTjTzXbWBgKnzz1N1U+71RfV7aKxh8yB8Bu03G"
    "ddV7f5fadlHEpCx2ZU2wAgxiBEhkLbswalyp+KnfKSbV9AdHZqnfk/o9EUiw5/q9IXzCi3"
    "Ke6pkSeb6B8aY9C3inpONYeowIvBVk8bDSFUG6IgixH9eCx7FMh5PMUUgpsIhMZRvaNv77"
    "BQMAo1A1lPxPzvNYiOKECxmIzplJLhJ4L4F1Ha1H2jOU5+Veo7NNKAbWNOCNpbFrxa0fZr"
    "OuuJv6HPQrlW9dK2TJW8jVnppL6E6h4BvGq9TS7gWH61ORxyHahxV5tz5S+mNleD/sjhT1"
    "TiHp+VogcWuCQrfaV3fdfqQTvTNB3f5o3B0/jLuDfjBU8l60nzdY4hZ+42/3ynCM30OvE3"
    "Sl3LeH4zv8WvW23b/qkdGT9yZogLu3xwP81G9N0O3Dpf+moBm32eRzY8jlxbAhEVOEGYhs"
    "DjyTLDqC0FPtvtceXw+Gdy3gt8ITKzylIpMkMj3CEyE8AeIThoe85bvqB7t9oR08DFVRec"
    "Caqi2l0Hxw4pQ0DEjDgAgk2HPDgC/TMqSqkLibVbXGmashEXuzG84AQUBdhElaeeKS63rd"
    "tqhPzJO20I13YD7RIFPP1gCo4thOuttsN1TJ1oeM4nv1TN5UjuYmSwiTR/lBHOU0bwnJdP"
    "qqO+8cxGbBS5ILTXILvpovfCaPCKQ0eewDlfFmbBcrI56ErEE6o+jxeZpH63CarnU4TWgd"
    "ZEngI1kSeJ+T1kqZXsr0IpBgBzJ9+JAMOdQxghgvPfjrX4bQ0BydeRymuPHVBO9/VqkBoX"
    "OUof7w52667sPd4qdB0UfpCXl4duKg5EFeviAAqJ0+qJJaAeJXhNsZfo9zsVzHGSzXMaNO"
    "AMYSVCGaFkFyBKh2rG0lSeldlNF/VxzTAdjuUtLvq7C21Gz7zcQ8QVHn9ARgDXeQSma2m6"
    "z0FVo6HpRHo8ccQCr2RFbs6barb2cczZsq467hdlgY19/f9rYwritb8qyuKKRcViIvq6Wl"
    "v2rTd/zc0aeQbIlsz/WMUyx1hBqyaWV77fnIwyI9XPKttpQh5LITetn5rJ9bX5OL7uwhJN"
    "1FprtjOkvVhlMLOkUlYAZoDTfYCqQFirglRDP8O7iQHoOVWM+NdYjI3+fZ3RjgcmcTfmej"
    "blG2AxleAVn2gSRsbTJkykgEudgqiERYzjjJHIWUZBaOzAkPiTwG/VD1pi3N+dF6UftJ+6"
    "QxP1Z0fZ3Gc2vnh2jy0Drii0avb4uncLR8HZHkhaNsiab6ZXuIGtZNR38iuWe3x1Q/NFSd"
    "0FVp3BXN8nuts6sthJ42sjyQ3FzB+J056yxIB6Q9FSrSHZBkpQnXH7mZxx25me6N3EzE8M"
    "+15tl5EdyuIXbmp7Ez/JbvqWHr/8cyH2flR/AgpJs3v0rCRA4pY5yeeSRFIRGDq6FzTCXu"
    "daalP+tIM9SifowJwBpivHl2lsth9CzDYfQsYcQ9jGK2lw+jbl8ZjdRet6P0O0oLxO9M0P"
    "8+tHvd626n7WbTiXydoPb39rg9bAH3OkG9wc2gBcgnfjYetzu3bq6ddfuI51wuPXWS1Kqm"
    "on7f1W2RnfMNcQSDhaGqYhPqKWNkBINRpCbp8IHRYLskQd5gsPDUEynDyxVcapazgOzUma"
    "GnjSxNwyzaL0expWeijEUEAqyBwafJ6r++wAv8eQYvPgNnrjnAglOov0Ib98P/YmZ/oxlb"
    "5rhpQIs0XiHwwqwYSWAqfZNUiwi8ZTUy1CIybqhawcaCzyRRsF99LS+aY2A1xHaepEjpOZ"
    "HOJbd7kNzu0tCcJ9NaFGZ4Y4BSNVYW0+sjtgS+9z401J6RIi/zG5uGEf53iFfHsNsZfxQD"
    "rJAC4EtLt5mmttDTTAYYRvtJS9vBsZT4QJ3pTmGWJwZWP9PQ8UUe9vIinbu8kEH/u3UHl8"
    "z7bph3/J9W+GXvhTGdAKwhrvPYftItPwm7jz3VjC2KKXjAXHjeTSDDUa89vFFagF4m6E65"
    "6j7ctYB7naDRXbvXawF6wU+7neEAPyQXHrPNcT6VQYbGIJkmYGmY75Dl5JnKv0RgalQRoX"
    "l8+vX04uT8NOBfgjtZbEvSnG/BV4gwM/mmMaKEr+BUX2hG2l4egYyrB1zQn70h9g/RGVi8"
    "UjpdvEg+HZ83mrG4+3DWzSiin8wV/iNYEGHhGWOFjeQoVJYKpl4Ybo+VGP602cyCNmPtp5"
    "+BIZDaBflVkj2T+OhgkbSwq0kcrnbYPsuD7LN0XJ+loporexYTuHZIr0Rw8VFXOOteArB+"
    "+K4i+56jPTP27L+OBv2U2FGvf/yo06cO+A8wdLsydfTRfz+t0JSgEDyudMPRkf0zed//VI"
    "X9DGQT/EQMDz6OP921f4ujv9MbXMYtCmSAyyQp1Bf4XugIDcPUbsJXcoYa+hRvyJBGVBS2"
    "xTCAayS07NhTGUvqzipltucQ6APo3aVMfOh/V4bd665yVXABhCBbYN2eoHulf9Xt37SA15"
    "igdb91r6HyV6UzJvf8FpfEnyeA4jg9gOI4EUBhwX9CuiOn1n8Ywx8pS4kFW4MdLMtkrfw2"
    "zj40Aot1b9C/8bvHTxK298Dje+HNLAEqtzLuoAvpw3EIPhwyD8RBkNlePS50h4/QcViZRU"
    "lkSm+R01hmM94jOkvnO+l8JyIpduV8F7En6vBt26xFgafckA5XI8zHvDtedaeM/CndYKC6"
    "ogqiZ+0ZkrCcreeWP1BdUeVFJm2Hpis6SJ1QVMhBmMHCsT2wfJwOEByb+GMzZr97A3aoV2"
    "fOVGNi8m5sJHM5VnsbfaZ79fowyONkrVrr7rlKypNkpaTYu4bAepSfbDCF1jo7VQO8wKUD"
    "NNuN+9NJ/qR3dl35LceTXt4Cc54NkO7l/WSZC3U740NsCJF9N2tqesDC3nYkjAwgCbhzAu"
    "Lt3iye/SEMJc0VvOYKHmudtNFx2+iKKxelmWAPlIohVrboNpYAlYrFshSL0SjOLVWL0dDR"
    "PSNHXuViYjKKlNtG+bHE4tgRS+50nzQypc11n835bLAYSLsTmRBLdMDQHy3NegefhqefG6"
    "6ICGdYWpwBC2+/pP34DswlmRKmxUpbU8KAUsgUeBdqZAiZMsC1Qud8d1kxt/h0z+UIkHRf"
    "zuZyedyXdSctPDPFd9kHqIFIsZNEs88a0u1Ae50XzXG42mG7kjiUR90sIh973WuA250Lx6"
    "+a7mIiya1kFZqOwMlC0/kLTYvuds+Y6+3OuPtdKTjjPagWcK9EEzruDl1FKG1w6UFLj5p3"
    "WX8uB/oYoNx8Cm8++5YmZUcnaslJUlY2R57nEJBU9Mu4BKmJlnEJh05m6cUsmrFBejEfFT"
    "A0iJxClBBId1beX08YG8KPG1kWBz3WMUcafczovOpTCEKgJLX9+dcvs8nqrKkdk/aJRj4v"
    "iOFAm7kRRkB7cqAFXDc68GnY/OzaEsjEAbN3/A/0qWYYxN5w8pmVVX93L5ZmDIH3t4Y0Y3"
    "yYmlFmnN1Vxtl9E/V3huqShf3wb0rgOV2bFQOrgUpl17os7zRXZ+YC/4ZCSZ0YoNJAmk0g"
    "DgOpi93CKZ5iYDVYGdH95zTXuXqaca6eJs9Vf0ZrRD3OsxQCQLkQSl8I/1ppRhBg4+fSKk"
    "Sl9BEkuUonl8w6KrOOioN0mXW0BllH8W6zNPF/swpvKknIGopk5W8sa7RxbS0p4PWb7FVs"
    "Lho+XGlCA/UVWnZB7z0mcA2nfDMf4jPwno52bTqFSz77aOog0lQqtKlUdCe3ZG7Z9v19jy"
    "OxrAfWAl5jgpJub/EA4AkaPYxI0DC5GTQnSPmtS/u517jB6GPc41xScLjHJQBrcFjt3Dd3"
    "uTSwkI13v8Jx2jFI6XIgfbjkiSV9uA6ezNKHS/pwiUiK3Wei9Bi06VxDz6yagcXyKwYeTC"
    "M6bIeOWiM6RDcRy5ytpttmWhy5pq57d7C64kompsxEFWfWReIPo04NTWdsm8VTLoaWL8m3"
    "2PHH3a8Qj7KSLjKxke2TGsFaLudUNUrBzX6q4zkErtsZIKA0cSIw9FcIPlFhD84aAA9Abp"
    "gWsFf2EpLKmJ/D3qUNMMcYACY+RJP+qGW/YIImiKR5DHu3LqFFB28A28Sj2xATawY8YZX2"
    "wGcbzdVhY1yDcOg00G1gwaeVjX/HBGEcmeBtDhFw3vBIlkV+lubQN3/D/Qyo4Y5ej3n0R9"
    "CBSPEb3AG/Df7Qna2TfYjkR/ixbrOVuBGmO8iGl1RhV+UEbDlc/YH4LSd4+iKRA0wKJsnn"
    "n2E5BYBYmMBeES6vBJCctTnyRZUVmxHh7rPPxLggkO9YjEgluU7GdATLqAeBd4+sTV2QDM"
    "G74W9rb0I6oFTBdSelTBq8601SJg2WSYM/er7Xyf4jorx4MNtZhhUoUwosbAjaUg4UY71V"
    "IwnuMKI/qLnFFBTDFbly1avRoyC5EgoTt3BAAeEMOCb4p6mjaMGZb1Q/SPrRHi+QKghJmR"
    "n8fa7ZczhjpxYub2gppwq8ZzUy5NTC4QofEKawOw/iKgIVNFslWS8YZ0J2csoQ2A5zUwZ3"
    "9jY5Jd2lVLI3FZnWUajaWTHO80zs8/R5fZ6Y1t6xoT6+czChMVDJg0rXTinzZRaK+bHU8X"
    "AcZI5CSjILTeZtwoxKDy4STGVZJzpb8BXzGzxkjkJKKotMZVndS0Q1nazuVavqXoHDPEND"
    "F3amT9fPhb33pavG4anAZILKaqsOveC/xsbvZr8JH1ZkXB/dPly2AP6YoF+7/avBry3gXu"
    "M6949xeBApa6VIGrE8CrH8OSuXmgU5gpwjYBU5ltR1Rw8j3ymk7PX71y/pbfPsLJcF4yzD"
    "gnHGyDAsdYz1F1dl+HhtyVwgziGchhmfTk4JYY9XwUD7S/pNEaK+hLx1hGgN9QlxSwa0tg"
    "6kDYpy1xFFIaeo8oLa64osGcguA9krQNUMLjTEyihd7OAjg9QVRTSSWnf0bc+8tjvOe53w"
    "VKXG+zu0dNx11qGR1yRu/4ih+2b0amRpwV+9/mosoDtfWL9LEDA3jRm03Lj7UCB+C7xZpO"
    "wTcqPZNQTMJSGzaQHvtXbU7ZQd2l/FS2TA/P4FzItnVz0QK0pJ4fJZFtiC0fLbyUt7ESzP"
    "Y33d6nyJ8cKMsyXJLaefK341lGWoszSy1nJ7yNqzpZG1WiPrFGPj2bTeeQ2tYXiBzSJH94"
    "Net/N7C7jXCbru9tv9Trd/0wJBc4KU/nio3A+VvvIwHN1271sgfmeCxu0evtkC7hV/Vzq3"
    "/UFvcINHX7cn6K7db98od7iP2hn0Rw+9MX0b8/YE9ZSbdq8F6IXADn9RxqQzuU7QFV47+H"
    "3qeNjuj64Hw7v2uDvotwD7PvlNIzKs2lGG4+51t+N1Z96eoPvh4Oqh43ZZt3ms0Cd5ZuhJ"
    "+gQ9SczPfavp90HGhCrCwPHJO4W2rdoOXBYqkZUAlJWxsonDURkLM3ZT8ns4t+0QuMhr4+"
    "h6qCh4h8afZMv+jSQFoZcJwjveDX5ELzxbVfkOMwSnDF7lCk71hWakLRWdKabMXKCfPeAc"
    "FNkff+wrpdO9a/c+HTcbzVhU3rrkIhO5KjMccjOCVXY8pEQyG8naDz4ku3ASydlIRpqzsl"
    "Jkms0b9xpa6H37/uES89nqJeabr7uYkY1+n6Dv7d6DoravaOan0Beenbz8+k3snOw5s695"
    "sEKTZ9Dvdfv49HSvEzS4vvZuuI0JuhyMb1uAfIpxuO5fJdCd6QVkLdAPQbusBlp13rNdJN"
    "lYzXQ8RaFqTzWDZZBOl3IZoFLOLV3OpcgtXLg+ClW7pVCJJjiYz/gPrsjP4VwOUXC5JEpf"
    "Eh6C3wuvigRg7RbGaa6FcZqxME6TC8O3RGokqWiRJZEAlIuh9MVAcFt4IUSA5CLIswj0hf"
    "YM8YAG8SYotAqSkHIZlH8mUCQXPhAiULVbCJVIaPtX3vlq2L4eF8S4C9QC9DJBJDE7tV57"
    "DXyHKPRGt0R9FzTZKd7juiUx9EmyuPMHWpb98E6OHIAJUJlVnzf6WYbnci2IfYjblOG5B0"
    "dme/W4IGEMPISOw8r0cCJTerl6xLLLnIvScdidUPoDvONrQWhZsEMQTilWeTw/FWKAkgTb"
    "hQ3JminbBARtqJkyxPvVsNsZHzGnfglYDmdVrCmKY+s9Bb95kqhY8FWHb6VmJxjSIWuEfZ"
    "mjQIzAcuY02xj+t56OuYMAVWsNszG8nBRgJ8o6CNyKum7gtzcS+PQ2Nxs04rsBSMHUBnDo"
    "9/fPDfAClw7QbKA7NpjrpGjRezKwvPzhZYyiwLxIA8iavYdhGTigmr11J6Ws2bvrTVLW7J"
    "U1ez96vtdJBegzvoUVTxE4qXcqS+8UykaypTaktpkDG3GdSGQqilQCRHnVjFVqmd7Q00Zm"
    "md5ov1Jz1PxBTHP/hBh7dPY0QPDdxSaZLpRV+buUFEXZPRoZkmKcmrnjGWJwIksVnM565a"
    "cOiS6V/FM+CifPTn4RwN+dCqE/DCWRz4188w0jqfBGE4WqgRxW9SbjIqzoHA9DyeotnDPc"
    "0SzMKRWe4jEwOcc3znEPY0UneQRMznLeffwVY8hgxIKPFvh2+g6zBqvTIXrS/HoeoJt8yU"
    "Lw6K7d6yUxOtMXENnsIgnpYUxRKDFCmMhraxPCNDUXvtE9r8Y4BFKDbXzXKmMLLg1G3s8s"
    "Bb0HIJHNhWydL+QlASqNUvxGKReVPPXTw5DSQV5ko8l+BTZJ7/hK6tFVaTjom47+pE9TTQ"
    "eR540s4wGK96wyxf0fRysb0qMaT3M6yXGH9U3fjCDtBsLZDdJLYbOxvw/lrznVG+d51Bvn"
    "6eqN86R6Q3eMYhokH6CG6K0kZ8KjOSskaPj9pZxRWM4wdPRSZC77/WuA6nhWzHxpMbPyYq"
    "aaFPfHfru3SucPtN4KJprJ7BBSiKpKVPYFgYIkDoFJVYjI9CWyXeEtNARUJ9vRx3qO+lL2"
    "lm6jD94we0aCvM6ioaknlKfoOiaU5SkaiRjN8BSN9pPVDA9Oj2NBjAqbM/UZA1huz9z8LY"
    "KQgf90nYTfvxY6n11rJfYvaeZQ+d8HzH15FWkKxFQGgCQ80mtOULf/ndRevGm7RSAjXyeo"
    "fTNUCIB7naD7Xrvfp1GXboPA4xcOv3c7CgH22xN0pfS635Uh6Rs0J6gz6F93h3fkbtCcII"
    "XU2WnTXxY0yQgdErBJB3BbGL7d7yi9HoX3m0f51nI0ovMsT0TnWXpE55lM2ynQKtaQ/YbZ"
    "sxlmPTjCDePAMvJQaMnRpReXAigGKjUEe0FnA6OfwZCapgE1tIHQPmyM1I8YuFbUvRwMeh"
    "HCXnbj++bD3aWCD7VYOcAk/6lhIlJZ0E+NX0wYYIJLbTevNPAEi1Zu9SBktcswL8coKQot"
    "3ZyRhChWyjnCRm8cLusQqReW8aHAxiFk+YBsxCBkeoIcFv4MrZCs4PeXIkLxmvHQwvIVgo"
    "x4lYx68WEgMSIralUchsxnBL3NVGXJzRm7CAP20PcSgo8ZNPRXaL1zojMGfsgYteDSZPEG"
    "mXEoJpMrkDv05h3aRR6f0JGElRIHr8Th7QBcCpY4rNSwiKxhWVOLQ8WSBJY6ltw6FvzSJ9"
    "1acGqsk9CyWobAy8wjF5/LYgxWbqgiU5o+DEhWVGedAObbULm4yODO3m6plPdj1xlNZ9gj"
    "QJJn566XuB++2HJf49zXZKW+gyAzRA60lpZuFxfAE6BVOQDW1TVz34qr1Z8Osrbax5NA6C"
    "Tj9VwCGZEiYucY/wD1xDYpxtlV7dbnaAlYViKD1RPDCcYjB5IFr9EoIpplicbq94rSSjTa"
    "DlyWVmtwhAerEdYrrTcYw1pmRJ6P1zxReartd85VXFCzpnP9Fc4AAYtU/EOmg2E0x9Gmc1"
    "qREmhohp9pDtAdYMGpac3g7DO7qGA5w8oQQYGZvwbgSfW0OVBq92mfjsbDdn/UHXddt6Ui"
    "gVJryBZYtyfofji4wRvxqAX8VnyZ5Ao9Kr2Y3GFVeZRhbFWGsR1QjUk5kaqcSLLC5a5P7j"
    "ju6TfmKs7CvQ9VA2No/NzNd/BmnbyJo5cwvkXszX7/GmB35zG+gXSB94dCBRKSkNKVP5s8"
    "HK78M+hoeqHgijWEGOSoVc0KWXW3phb6QCVU3EIfA5V2ybLsYtH0WVsbbcKD7Rk58lttYp"
    "NRpJxqVxA/imoeo08aWVrb2bqPzKMmlaRiK0mvlLt2v3AmKReK6CHIlWgx7u57bYwcosXw"
    "mmKoRqcYYc+mxcjxno8kYfidpfji0GXdD3rdzu9qZ9AfPfTGbVd3zbg5QdfdfrvfobqtoD"
    "lBY6Vz2x/0Bje/t8C6je+3ewohq3udoLv28BcFf3evE9RTbtq9FqAXqiC/euh4Lw/aE6T8"
    "dq8Mx7Ffx7g5QYPxrTJsAXrhmUHNfDUCMkoEyBoMu9ahhH9ZAs/pqpQYWC2wvXP3fRM5mE"
    "EprCqMw9VAnRWv0ZBjnp9lVWhInEQeypYYUVCFaMqD7whw7ZBeSYUXmeZHpvn5aPxJ1bXQ"
    "ulIZOfgRrMdcY2djyimYrcF3iPxBn9jdi4rLLhSWaugVi0m3A/KVXibo127/avBrC7hXIl"
    "KNx0QGcq9iiNH26nGhO5zZ4RnAUvXMbdvfv4Tlo4fLu+6YI2F5ANgCQXOC2p2Ock9v+q0J"
    "IqOs74e/kfU1vr0atn/tt0DQnKDBvdJXrwdDdXB9rQxHeHFGb+D3jEbdG+pu47fwWO0u8Q"
    "Oi/ZQ+Xp73w+4IL2X2/QkaKve9rutgRBvkDnmRe8ttkXujQe+7e89tTRDeMUfUq4deuVQh"
    "eVx6mukuPU2Z4lyk8xKfdzMDWi7OOFd/fAyR3Ty7/dG4O35wdYWhL8QP7r49HN9RveS67W"
    "sZfcUi18HZzHNwNtMPzmZ8yfgYL3pmRuGkJxzvaenjsSh3H4eTGxZPOj+jUG3dAEAiu7hz"
    "3HQKlw5vAYw4sHQCEtoJiC4UTlrHYWU+MZEpvdRWNlfanQigpPEe0NiG+D+ylMPpSS4SgL"
    "tTq3yplktsHp9+Pb04OT8NmMPgThZPyNCWBLqn4msoDitPRaHXkcvF8JWFioLK/XIv6ExI"
    "pLP8FrKzbDLAZeLi/MWhbFt/RnyrLAoqV5nIq4zICToXmaOQksr7QGW+rZQBLXfS3DspJq"
    "NpvHIusQioXGMir7GpYfLJ8BFASWORaWxotqOurGcuOieAJa1FpvXUXCwN8s9UR8NEc7ay"
    "yKYOtp+m2SDzSZD2ZHCvDNvjwZA6WNDWUa4ZU7VhNoH4ohbalAGkqZbXVJtAaPGghJQBam"
    "BP3IGjvGcFtOCC/EN+NVp8BHmaiXyaeTTDiNAMzhIPKUNIuotMd9cOvMViZw4gaS4+zbdZ"
    "6uwRJNVFprqs3XMQZJa1e0QQYmTNGPFyM8mCGgVTMxUvqCELPRTBcHmFHuArSbbP2GkKVH"
    "pwc1opr/VKOBaZnubTE7RKQdOAjFQnNBXKoxYKmTYNA/Mnq2U6UgcIjk38kRe113TIhzy1"
    "RsSUFtjILZx3ruOlnBpBx3HfmpKGLt6xsTkrnerns1LtENDGmiLjOQQzqM0MHUEbmE/ARB"
    "D4QzUAHgs8vgMH95qvHoE2W+hIJ2M6ppWsJLLtYFukxhMvG1gVGfNkMrCSk4GlZ/vzVJ9v"
    "pvWCf5Y6N1esYyYj2z0bvE7cf2mu3K7uycfVTGMF9KVimg0s8czAs6/14cj0kACV1lBeRY"
    "LU2m1it/ZWa5dQVqRLeoW4cy5u05X7UnnMQCzcyFnCoGeuEnW4s/VOuD8NuAP8ZAMyHwlX"
    "+I1yf9M5pjjp4cVi20C3gYUZR0CKVQHdYRepK2tgmYFZ6J2yLhmYOdj7tPJ0tH1NOGa/NU"
    "EPwxulBcgnTZKj0OQ4Cg8zLcvWbUc1mcxIrGRGB1ToTk49saaeLI33cXKVLI3HPNtlaby9"
    "zv4j8wuXRJ5K8gv7ycQe4ZNpwa3iRVKGEpnxrVciPw/xvPn8IuDyFOc9xX10ak9OSSkxoy"
    "PJ9bSr9eTinXc5haHlauLmiWWt0LrYFqJ1lahivujaioDVyUL6sX6o67KQWzpIrmtQ7hkZ"
    "8rpHRiageHVBAz+1VKNZ2JNto90s4km32XY2WZ2dz+BkdfH4+NQCGnA0+wVgnpJatswlpH"
    "5SNnibQwQ0BNbOvIDOlMAqBpoAAxnQtpNmtIreIS1qAu9cjQyLmuhBDXWlSMj3SfOdNaPI"
    "Hy00w0h3egqg6nSMnzS/ngfIJl+y0Du6a/d6+1dEhaEkI0aOggoxCuNaZLBwSGsOXXm8Zl"
    "EB8CKH/HeRKv5dxKU/zOWSP5DAf1ZyeB9C6ocL64dnpGokhz9fFE4K2Lzb99SCnM58UUgp"
    "cIstcJPlUpzGITAZSS80fYVRqByIULKVp+xm1YsfoVa54uVDyVWV2qUEVYobTZmqRwmCLT"
    "cqUcyg50YFShsB/Fx/hUDHCNGdFXnwEwlEw0MAxwSO9gLXKgxzCRHVfbgxpA3wpjtz/Nie"
    "m5YDlpaJNxnNSOpQqnsNQ43yR2iKh15HaPl3qWIRZTdrZKhYYlQrRokErFS08HLq/korIp"
    "qGYUT2AxVWPN1Dbcy90r/q9m+KKmQ8sBbwGhN03+38QvxT3avrgevfW7fZ3rc8ipzyLfn0"
    "xOKLF0yA1klPKXUMohCkXjLoVOdL2BiFlJoGsaksiqbhYPZS6bpRZ9eNNpHFdef9iKFsCJ"
    "41sjQNWrjXJi1DOmKlE4TAe0AjQ0I3rWcN6faW7sbJUUSWGDl8je977fH1YHiHJRqvxSWl"
    "HOeRUo7TpZTjhJQSIL6wkBKDlOcqt4yyRmXRALwkpMjrhjMMr5KyDr50xyGeJ0Dl1Oee+k"
    "UnvJzmxaa5YT4T9tAoHpoVh5RuLrxzfBvGaC/YIS+H4uWwq1y7atzojQkaDtpXo9vBry3g"
    "t0iaxHHn9q79C4UIfaEZW7p9ku9gpIxGfj6XyB0SvHXbvez6WRL99vbJEY/P87BYcSVIiM"
    "U6T5bUQo6XAyqv6SQEIt36iod9Y+zMtCS+M8K9AwgZ5p1NDo4w71eIVoXO+ACgBnM/urmc"
    "5DriTzKO+JPkEW8iksNNxR8vhUSHKFjtcH2WC9dnGbg+S+Lags/EnWBqzgrN6BhYVbhOaJ"
    "92hOo8R2b6iZk4MDErZDk2hyknArgbg90HeKzVwpKDz1seCofApEFWaALb+jNaLVU/o33h"
    "pZwElwQXmuBTbalNPUNQlNLpirQQSJ10aKXlHNdWMx2iKVRJZUFYLINVElTKNqXLNgGWMR"
    "ZW5LdxEikKLglVHaFcVpyPSiFYSaLSSYQgJMzdcmmZryxP40vTNKCGUuwCCeAYhR4xdFWk"
    "Ce7slgqXg0EvQoXLblw79nB3qQw/uQZh3El3UlTUr9DS8StmqokMxgmeifoErMR8AcwTVS"
    "9xmUngPF2bEAKpndamEiOY6I70Sb3N1bB9PS6IcReoBehlghg+9Q+Xve7olrrV+02SHfqv"
    "SmfsZod2WxM06N8MKKzXmCA8BulCLxM0eri7aw+7f3NTZ/vtCeq0+x2l16OJpf3mEccsKD"
    "+pvktEfIJrtltyL68pJgFYgyW3a4MMfv2Tbi3wETE1VyxLWLqEmITcnaD4paodr2Qp8U3T"
    "HcIJFsZuElAiV8aPHKT2StYVOwgyi56yrabeUBlBJLJEemiN7bBEOtFlkXc5bG1YkRLgw9"
    "BQNcJ9sRrgBQNvIjhjBN/Ecbo5AEe14iClRuP8EYn0WXl+/zKNhjB7bAOkB+mseAI8VtXH"
    "dtSVErLaj0yXUZGrtavMU9v398PBd1JWPn5ngjqD/nV3eEe1cH7TrS3X646opm/dZuv/St"
    "Pjle5MHagsbPgvHk2HB1ajYIYSC8kX1Y1Kpeg2SlGpWDoEjYNULB0EmQMpjKN8aRhQKpbK"
    "UiyFxdUtFUvhTBh7Roq8iqXYNBQqRwm09On8iJWhxH3SyFSPrPsIk53kULQeW7Km6fqMV2"
    "jZOotXzQoqC0BEFvB43WbO8lXjzirHnazHvVwWwbDXvYbYraQOdGpYcLojanpY8A78Tz+G"
    "ESzN0zTBKezyMPvz/wH9BU4r"
)
