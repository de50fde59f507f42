"""Whitespace in Chinese text: source line breaks vanish, written spaces stay one space."""

import pytest

from crawler.extract.normalize import clean_text


@pytest.mark.parametrize("raw, clean", [
    ("会议\n    指出", "会议指出"),                      # one sentence broken over two source lines
    ("　　会议指出，全省", "会议指出，全省"),             # paragraph indentation
    ("记者 王新 摄", "记者 王新 摄"),                    # a byline's written spaces
    ("新华社杭州11月21日电　浙江", "新华社杭州11月21日电 浙江"),  # the dateline's full-width space
    ("２０２６年ＧＤＰ增长", "2026年GDP增长"),            # full-width letters and digits
    ("“数字浙江”　\u00a0 建设", "“数字浙江” 建设"),
])
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean
