import pytest

from translations.segment import normalize, split_sentences


@pytest.mark.parametrize("text, expected", [
    ("今年以来经济稳中有进。一季度增长5.6%。", ["今年以来经济稳中有进。", "一季度增长5.6%。"]),
    ("圆周率约为3.14，增长5.6%，总额1,234.5亿元。", ["圆周率约为3.14，增长5.6%，总额1,234.5亿元。"]),
    ("真的吗？是的！好；再见", ["真的吗？", "是的！", "好；", "再见"]),
    ("他说：“我们要加快发展！”然后离开了。", ["他说：“我们要加快发展！”", "然后离开了。"]),
    ("“全省经济运行稳中有进。”省长表示。", ["“全省经济运行稳中有进。”", "省长表示。"]),
    ("（详见附件。）下一句。", ["（详见附件。）", "下一句。"]),
    ("等等……接着说。", ["等等……", "接着说。"]),
    ("这是什么？！不知道。", ["这是什么？！", "不知道。"]),
    ("详见https://www.zj.gov.cn/a.php?id=1;x=2。下一句", ["详见https://www.zj.gov.cn/a.php?id=1;x=2。", "下一句"]),
    ("Premier Li spoke. Then he left.", ["Premier Li spoke.", "Then he left."]),
    ("第一行\n第二行", ["第一行", "第二行"]),
    ("", []),
    ("  \n ", []),
])
def test_splits_at_chinese_sentence_ends(text, expected):
    assert split_sentences(text) == expected


def test_sentences_put_together_give_back_the_text():
    text = "会议指出，今年以来全省经济运行稳中有进！一季度GDP同比增长5.6%；详见www.zj.gov.cn。“好。”完"
    assert "".join(split_sentences(text)) == text


def test_an_overlong_sentence_is_split_at_commas():
    clause = "要加快建设现代化产业体系和推动数字经济发展，"
    text = clause * 20 + "完成目标。"
    pieces = split_sentences(text, max_chars=60)
    assert "".join(pieces) == text
    assert all(len(p) <= 60 for p in pieces)


def test_normalize_collapses_whitespace_and_keeps_punctuation_width():
    assert normalize("  会议\u3000指出，\n 增长。 ") == "会议 指出， 增长。"
