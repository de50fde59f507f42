"""China's provincial-level divisions by the ISO 3166-2:CN code that site names start with.

One table for every place that shows a province beside its code: the CLI's tables, the review
pages, the feeds, docs/sites.md. `province_of("xz-zh")` gives the site's `Province`.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["PROVINCES", "Province", "province_of"]


class Province(NamedTuple):
    code: str
    zh: str
    en: str

    def label(self) -> str:
        """`Tibet 西藏`: the English name, then the Chinese."""
        return f"{self.en} {self.zh}"


_ROWS = [
    ("ah", "安徽", "Anhui"), ("bj", "北京", "Beijing"), ("cq", "重庆", "Chongqing"), ("fj", "福建", "Fujian"),
    ("gd", "广东", "Guangdong"), ("gs", "甘肃", "Gansu"), ("gx", "广西", "Guangxi"), ("gz", "贵州", "Guizhou"),
    ("ha", "河南", "Henan"), ("hb", "湖北", "Hubei"), ("he", "河北", "Hebei"), ("hi", "海南", "Hainan"),
    ("hk", "香港", "Hong Kong"), ("hl", "黑龙江", "Heilongjiang"), ("hn", "湖南", "Hunan"), ("jl", "吉林", "Jilin"),
    ("js", "江苏", "Jiangsu"), ("jx", "江西", "Jiangxi"), ("ln", "辽宁", "Liaoning"), ("mo", "澳门", "Macao"),
    ("nm", "内蒙古", "Inner Mongolia"), ("nx", "宁夏", "Ningxia"), ("qh", "青海", "Qinghai"),
    ("sc", "四川", "Sichuan"), ("sd", "山东", "Shandong"), ("sh", "上海", "Shanghai"), ("sn", "陕西", "Shaanxi"),
    ("sx", "山西", "Shanxi"), ("tj", "天津", "Tianjin"), ("tw", "台湾", "Taiwan"), ("xj", "新疆", "Xinjiang"),
    ("xz", "西藏", "Tibet"), ("yn", "云南", "Yunnan"), ("zj", "浙江", "Zhejiang"),
]
PROVINCES: dict[str, Province] = {code: Province(code, zh, en) for code, zh, en in _ROWS}


def province_of(site_or_code: str) -> Province | None:
    """The province of a site name (`xz-zh`) or of a bare code (`xz`, any case); None when unknown."""
    return PROVINCES.get(site_or_code.split("-")[0].lower())
