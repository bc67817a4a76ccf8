from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "audit_head" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "last_id" BIGINT NOT NULL,
    "last_hash" VARCHAR(64) NOT NULL,
    "count" BIGINT NOT NULL
);
COMMENT ON TABLE "audit_head" IS 'The chain''s newest link, written with every append: removing the newest rows would';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "audit_head";"""


MODELS_STATE = (
    "eJztXW9z2jgT/yoa3lw6k3YSkia59JlnhiSk5S6BDKHX3h03rmJE0IOROEkOYe7y3R9Jts"
    "H/MDYBaly/SYy0K9u/lVe7q5X0T2VEe8ji72p2D4v6EyKicg7+qRA4QvIipnYfVOB4PK9T"
    "BQI+WJocKjoDzQgfuGDQVE32ocWRLOohbjI8FpgSxVAbjxHpvaXEmn4ACJoDwOjkJw6+fR"
    "tAPvj2DZj0CTEOsODykgjZMICkB8QAgTFDT5ja3GVRDO/UXXvUlLfF5HFTN7AJ/ttGhqCP"
    "SJIxeZs//5LFmPTQM+Lez/HQ6GNk9QJ44p5qQJcbYjrWZRf4sUHEtaZVj/9gmNSyR2ROP5"
    "6KASUzBuyg+4gIYlAgdQfBbIUusS3LlYUHuPOwcxLnKX08PdSHtqVkpLidB5iXVQyj2eoY"
    "9/WOYVQi8vM4fIi7RRJLJXv5qFwD8Kge4e3P1erR0Wn14Ojk7P3x6en7s4MzSaufN1p1+u"
    "I8zBwtpymNWeNjo9lRD0RlB3M6nyp40TxQQIdLC2OOPhRR9K8kggKPUDz+DkcI/57L8s67"
    "CEvDwz5JHF7BXB7zT2QLAknAttO4rd93ard3qvkR539bGqdap65qqrp0GirdO3kTFMasEf"
    "Cl0fkE1E/wR6tZ13BSLh6ZvuOcrvNHRT0TtAU1CJ0YsOfHxCv2iiSpT6ymoMzI+mn5uZZ/"
    "YDEidb+fBIkW9QsLQy8RQVYU/csBZEnYz9hC8MvX2tQXValsCv4RfDYsRB7FQP6svj9OgP"
    "a3WvvyU629J6lCX03Trao6dRGs1UNlg9nl2BTCW+3hAYjPDlIgfHawEGBVFcSXPvwPmcLB"
    "KAPIIbbC9eWTNECfLAb6ZBHQcQp7Kcyx+roEOQoyt00TcR4zJlJqIUjiUfZxhTB+kGybAt"
    "nTItu1cy5arZuAiXPRCI13zc+3F/X23qGGXRJhsWAYxOMsXdmhLl4fTjPmnSwe8k4iI57N"
    "ETPgo+tNpoU3yFU4mI8O0ugKSbUQaF0XRLqHBMQxJtwv961mPMpzjrB3hE0B/gUW5mmM6N"
    "WQ/k/fJtq2AQ82tgQm/J267X83JYEEwBVCAS3i4bx3W/saFsHlTesi7AGpBi5C4lCRB0PF"
    "G7L0+wDT9rr91iy+9euXrAivF9zvG5DZALQq6tUf+iIvquABmsMJZD0jUkOrdBFttGpUHY"
    "VLIJFKvue+oXp+f7DyE4LByFukcn95IHPg0S2NY3YGCJgDie5PHBA0QVxIBUiG+2DCsBCI"
    "gAkWA4CeEJsCqEOS54ChEX2SMtKxRpeJ0QkHE2q7nc8fyVz/LbqEqvjlBHMEpEn4hAAEfE"
    "CZQMy5k2SDAnCBLQvIdrEUAN9EBPRHCX9WD49Pj8+OTo5nMZlZSVIoZnlg04I83p9KCoD5"
    "mFaKf+VutPguETCNYtaBJMBUDtUphmqT2nFeQFL/nrGUvTtT787JMH4JZXfqQXYFp3EDub"
    "86cSg3XUKj51Iun5QkAD2bSP8GgoJbKvmnXbt6cHh0zbC8Ppcj5YBa6hJIGggmCA31D6bH"
    "UNyX/UoOskwX7nXtM/PgqGsf9w8P38TMUW7+fuWAna8B2+2L0anIBc62Q540D7lzHkgCfm"
    "pWMRxh44bbvTNGNIOMWwxqfh/o1hjU1P8zGDUefeEibhsIzlObmZnAnXNsEV45NtvQ2lZY"
    "M1VUMyGomaMQhGec/I4gSzJedH0662XqkS43X4CiBZMBlX69azVwABkCQ0In5APQXr8m4q"
    "oNC6iXjjc8YoyVdbf+CtPEwySlceKRl+bJMvOk1E/F1k8tWzzQ51vEOdQ9KaKgggSJGopq"
    "UmPko02holxypRdki/hJqoy9EcQWkErkA/iCLlXkUSViTtDDgNIhB5bsPezNPNypw5MIcN"
    "fqCCmptbbfJfJ9CHfSaQDkusIcQKJuoBoyoc2lA4adJt0bygJZJS1TLqTTZiLwMNWMyhxF"
    "rMwkzXscJElBDuXLZ1GPHv0WlSMaufOzW0h3S6Mbq4t1YzViIDNk4jHOOPEfYCpgVHUjWY"
    "Xc1olVmcb6OUvhfL2NZFeM4dSiMEZhLE6v8LGU+RWBgMY68itc6yBjCmKQq3BJANVUXb+a"
    "0PWr0a7PBRR2TBaiQrlO7JFGuiGfChLHfQhqmhn31hKYK3f15lWj+TFjV/fYzoF70SX39W"
    "bnHKi/XXJda9zUr86B8z9sr6aRTpIN48nmdKFkTiPJ5NLGHY1FjGQWL5jwsWxvSu1gs3bk"
    "K11oX7QUPQvDhcjIvtAohn07q45yEvLfuUVHFjWHqGfYRMTlTSYLO8y7BkkvX4yUlxmK3Z"
    "O0StZAjNGYWGNHfrYJKR4zrgLYyUkirX/tJNtoM4netJofPfKw4RbK+GBIQbOCLg1ylos3"
    "c/11cemvryBjH1upPfMm35xEuesqAtahQ0QqMSFuX+1+Unxbx9EMMSNMEdzmUrgWemurvF"
    "pMhkB1VhX9VS19AGovAr3fgEoABJgDLihDvbipttUbKiPLOxpZHttMfoIL5t6We8w+9jxH"
    "QCu/1duN69+N+q10iM+B/1eXtOuK6652f/+l1ZZOc/D3Ks7z+gPUWh9kzvsNchUugrSBtN"
    "/SCCyqkeAXM3oeY9ncCmIOcpZizrWY1ST5CjL2sZW2fs7lm30fHh9TuVDjdQs1gpKIiuFa"
    "ugf4kfyKphEjMgS96yN9dpvZMRG8eH3MK51/9gxOZi6Pv+vJd5dvjJxc6Mva/WXtql55+T"
    "5+6w19xKQzYFQIDW/EdQ0S7Cd5r5YiNYSfdqkDey29S5shoBdQIQb6lElfE4EhmoI9CAhl"
    "I2hhlfCkfWNnEYppqcwL0LiLWeCyjgZf4dDK22Qx0l3ywlnna0xtWOy+9h1RZ5lX9LOU84"
    "rhecWJfAk5CktNzVZzhGIbKA3lXBtS5eRikSWdk/B4G+m9b6eX8meclRGoTzQymEspe2Ev"
    "dQa4L7bNJT/pve3rbSGBakSbCJMBcnKwJYLyUmATqnrMgSWl8MENd+vo99Lw+dpuEWOH/D"
    "kzt1W7TnjvrzLanhc3KclcmQssg4EYYMpzlD03Ydwy8FO8UawM0/9wYi7je2V8Lw8i2PH4"
    "Xhv15Uc5WJiZEqhfYnhrygzZKYsxLjNGcqwKkmzYMhWhTEXIhT4uhI3DqFhRzEHO0mHJs5"
    "Q54ly+fsYFgEGuAnr+RydpZojCgvNNEJ3EbnIRwX0Npuv9vKUdgzyt9RrsbbkyYKmFPjIY"
    "f1bcvDLZdJVkxuOMbq126zwgq+6i/nOTjpHThWa/JK5llHYnLFxPiqskRHu8edbWlXqzU2"
    "/ftRv3deO2rrbnOweRoi7xFdWubhvNAJEu6ZJG877T6HzuNFrNWVPRsiCd21ikSN7x6129"
    "3ZH30f+75Kp+V2t3buVtjU+15tWNaj1a1iUtSV7rtGStd9Ulnz5feHeaXYbnbNKlMaTKYl"
    "iyEVPAGAgoh1U6WbCFXHe1u5ta57rVvj0H3pW/Y/m7VKCTBLqHvyP4O0C4w6wi3vWn6s+0"
    "fSYN7ufa0PGABQ1blk7zD+dOlRMD5cRAHkSw4xMDnk8b41X53N2kU2vEwPC52MvTcFoEAZ"
    "0irLaVVym5Ttbtuc6J6cMRtqaA9vUiU3euAejAMY+m27yuqTXPPiQcvlfMzZvWE7lJcsLK"
    "ofyHGMr1viVqp9MnLKYrCDuOvxR5rkXO0BMdrjblEeAspzx2QcpSGfNsx4hHOQuwnVFw+D"
    "xOE3U4Xhx1OI5EHcojgSvlkcC7vGlt6dOXPn0eRLAFn94/SPoS6mIWMV64/Ne/tpEFBY4d"
    "Dhek8RUE95dNRkB0H40Jf3h9d3Hsw1Hx5uzQxzIT8sebJ54deZDWLpgxFC4etJGzAvJ/It"
    "zW8D1MZXIdJphchzHnBEiUkIGImQXkAFPhTNuNbErvQKbfLjvSM7btbUm/q87aGHI+odIm"
    "yJqcHmEsoAbZSM92Nit9QgzLRleJ6MU2UAb28hzYw9yJt8cMzctOxp3zbfFgXE+/7ezBuI"
    "5vucrXFeQsP6s8f1Zjhp+gOZX1AptIqcT4zPWEUWxhCwU009adteeBJ116NF7ta1vQRPnZ"
    "5fqz80w/53zNleQe30Qp9zzLXVAxNjgyGRJZPeAY1gIq2A14Cxq4MSI9+RwrgR7iLVFPjT"
    "oi6vVX0W4x7KVmy71m02lRXKCYrICk+YEob2F2yCxXIpQf2wZWIox7K4o5yFmKOXdijmRI"
    "pJnQ953e9Mrp/OB5Ubsp++hkfujQ9fk2nq9OfghuHlpEvPTq9dfi5F8tX0SQ3OUor4SpeL"
    "s9bDSNpoYYNgeVmEQat2Y/cRnRnCY3STQ/SgbNK/eNX5wbs0L8+rsErLeYIfM+VYbM+4QM"
    "mfeRY9XHmdK+XfICoruR/Bh5RxGb+f3Lfau5wHmbs4RNemwK8C+wMN/hsTcOXAVGwI6PnM"
    "YcPng5ZKCrBi7iUpK3uSr25f+RGUiT"
)
