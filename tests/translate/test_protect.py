import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translations.protect import mask, placeholder, unmask
from translations.segment import normalize

PROTECTED = [
    "https://www.zj.gov.cn/art/2024/5/6/art_1229_63.html?a_b=1",
    "www.gov.cn/zhengce/content_5.htm",
    "jyj_office@zj.gov.cn",
    "5.6%",
    "3.14",
    "0571-87051234",
    "GDP",
    "COVID-19",
    "Zhejiang University",
    "file_name_v2.pdf",
]


@pytest.mark.parametrize("token", PROTECTED)
def test_protected_tokens_leave_the_model_input(token):
    masked = mask(f"会议指出{token}，要加快发展。")
    assert token not in masked.text
    assert masked.originals == (token,)


@pytest.mark.parametrize("token", PROTECTED)
def test_a_translation_with_the_placeholder_gets_the_token_back_byte_for_byte(token):
    masked = mask(f"会议指出{token}。")
    english = f"The meeting pointed out {placeholder(0)}."  # as the model would emit it
    assert unmask(english, masked.originals) == f"The meeting pointed out {token}."


def test_placeholders_restored_in_the_models_order_and_spacing():
    masked = mask("GDP增长5.6%，见www.zj.gov.cn")
    assert masked.text == "ZX0增长ZX1，见ZX2"
    assert unmask("See zx 2 ; ZX1 growth of ZX0", masked.originals) == "See www.zj.gov.cn ; 5.6% growth of GDP"


def test_a_dropped_placeholder_is_appended_so_nothing_is_lost():
    masked = mask("邮箱a_b@zj.gov.cn，增长5.6%")
    assert unmask("Growth ZX1", masked.originals) == "Growth 5.6% a_b@zj.gov.cn"


def test_a_placeholder_the_model_invented_is_dropped():
    masked = mask("增长5.6%")
    assert unmask("ZX0 and ZX7", masked.originals) == "5.6% and"


@pytest.mark.parametrize("text", ["2024年5月6日", "全省3个市", "1.2万亿元", "增长5万人"])
def test_dates_counts_and_magnitudes_stay_for_the_model(text):
    assert mask(text).text == text


CJK_AND_ASCII = st.text(
    alphabet=st.sampled_from(list("会议指出增长年月日，。！？；：“”（）、 ZXzx012345.%-_@/:?=&abcGDP")),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(CJK_AND_ASCII)
def test_mask_then_unmask_is_the_identity(text):
    text = normalize(text)
    masked = mask(text)
    assert unmask(masked.text, masked.originals) == text
