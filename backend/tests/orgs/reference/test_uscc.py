"""Unified social credit codes: normalising, the reasons for refusal, the region part."""

from __future__ import annotations

import pytest
from stdnum.cn.uscc import calc_check_digit

from qifu.orgs.reference import regions, uscc
from qifu.orgs.reference.uscc import InvalidUSCC

PUBLIC = ["91350100M000100Y43", "91110000600037341L"]  # a published example, stdnum's doctest
COMPUTED = [b + calc_check_digit(b) for b in ("91330302MA285HLG7", "92440300L12345678")]


@pytest.mark.parametrize("code", PUBLIC + COMPUTED)
def test_valid_codes(code: str) -> None:
    assert uscc.validate(code) == code
    assert uscc.is_valid(code)


def test_normalise_and_validate_accept_spaces_case_and_full_width() -> None:
    assert uscc.normalise(" 9135 0100 m000100y43\n") == "91350100M000100Y43"
    assert uscc.normalise("９１３５０１００Ｍ０００１００Ｙ４３") == "91350100M000100Y43"
    assert uscc.validate("91350100-M000100Y43") == "91350100M000100Y43"
    assert uscc.validate("91350100m000100y43") == "91350100M000100Y43"


def _reason(code: str) -> str:
    with pytest.raises(InvalidUSCC) as refused:
        uscc.validate(code)
    assert isinstance(refused.value, ValueError)
    assert not uscc.is_valid(code)
    return refused.value.reason


def test_wrong_check_character() -> None:
    assert _reason("91350100M000100Y44") == "checksum"
    assert _reason("91350100M000100Y34") == "checksum"  # two characters swapped


@pytest.mark.parametrize("code", ["", "91350100M000100Y4", "91350100M000100Y433"])
def test_wrong_length(code: str) -> None:
    assert _reason(code) == "length"
    with pytest.raises(ValueError, match="18 characters"):
        uscc.validate(code)


@pytest.mark.parametrize("letter", sorted(uscc.FORBIDDEN))
def test_forbidden_letters(letter: str) -> None:
    code = "91350100M000100Y4" + letter
    assert _reason(code) == "forbidden"
    with pytest.raises(ValueError, match=f"found {letter}"):
        uscc.validate(code)
    assert _reason("91350100" + letter + "000100Y43") == "forbidden"


def test_other_characters() -> None:
    assert _reason("91350100M00010*Y43") == "character"
    assert _reason("A1350100M000100Y43") == "character"  # authority/type/region must be digits


def test_region_code_is_the_registering_authoritys_region() -> None:
    assert uscc.region_code("91350100M000100Y43") == "350100"
    assert regions.full_name(uscc.region_code("91350100M000100Y43")) == "福建省福州市"
    assert uscc.region_code(COMPUTED[0]) == "330302"
    with pytest.raises(InvalidUSCC):
        uscc.region_code("91350100M000100Y44")
