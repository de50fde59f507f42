"""Random draws of an English edition where most articles have no Chinese original.

As on the real English editions (Shanghai's, issue 19): for every English article that is the
official translation of a Chinese one, about three are written by the English desk itself. Those
are independent of the Chinese portal: other events, but the same districts, topics, officials,
year and days of the month, so they share names, numbers and topic words with the Chinese
articles of their window. The Chinese portal publishes many more articles than the English
edition, on the same topics.

A translation follows its original the way the desks do: the title and lead closely, the rest
shortened, one paragraph dropped or written afresh. `draw(seed)` gives (chinese, english, truth),
the article dicts `translations.pairing.propose` reads and {English id: Chinese id}.
"""

from __future__ import annotations

import datetime as dt
import random
import re

__all__ = ["draw", "DISTRICTS", "TOPICS"]

DISTRICTS = [("浦东新区", "Pudong New Area"), ("徐汇区", "Xuhui District"), ("静安区", "Jing'an District"),
             ("黄浦区", "Huangpu District"), ("闵行区", "Minhang District"), ("嘉定区", "Jiading District"),
             ("松江区", "Songjiang District"), ("宝山区", "Baoshan District"), ("临港新片区", "Lingang Special Area"),
             ("青浦区", "Qingpu District"), ("长宁区", "Changning District"), ("杨浦区", "Yangpu District")]
# (Chinese, English, Chinese field, English field)
TOPICS = [("人工智能", "artificial intelligence", "大模型", "large models"),
          ("集成电路", "integrated circuit", "芯片设计", "chip design"),
          ("生物医药", "biomedicine", "创新药", "innovative drugs"),
          ("城市更新", "urban renewal", "旧区改造", "old neighborhood renovation"),
          ("养老服务", "elderly care", "社区食堂", "community canteens"),
          ("绿色低碳", "green and low-carbon development", "新能源汽车", "new energy vehicles"),
          ("营商环境", "business environment", "一网通办", "one-stop online services"),
          ("文化旅游", "culture and tourism", "夜间经济", "night-time economy"),
          ("航运物流", "shipping and logistics", "洋山港", "Yangshan Port"),
          ("科技创新", "scientific and technological innovation", "孵化器", "incubators")]
OFFICIALS = [("龚正", "Gong Zheng"), ("陈吉宁", "Chen Jining"), ("华源", "Hua Yuan"), ("吴伟", "Wu Wei")]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]

# Bilingual events: (Chinese title, English title, [(Chinese paragraph, its official English)]).
# Slots: {d}/{D} district, {t}/{T} topic, {f}/{F} field, {o}/{O} official, {n}, {m}, {p} numbers,
# {a} hundreds of millions of yuan ({A} the same in billions), {date}/{DATE}, {y} year.
_BILINGUAL = [
    ("{d}集中签约{n}个{t}重点项目", "{D} signs {n} key {T} projects", [
        ("{date}，{d}举行{t}重点项目集中签约活动，{n}个项目现场签约，总投资{a}亿元。",
         "{D} held a signing ceremony on {DATE} for {n} key {T} projects with a total investment of {A} billion yuan."),
        ("签约项目涵盖{f}等领域，预计达产后年产值超过{m}亿元。",
         "The projects cover areas including {F} and are expected to produce over {M} billion yuan a year."),
        ("{d}有关负责人表示，将为项目提供全流程服务，推动早开工、早投产。",
         "District officials said they would serve the projects through every step so they start soon.")]),
    ("{o}调研{d}{t}工作", "{O} inspects {T} work in {D}", [
        ("{date}，市领导{o}前往{d}调研{t}工作，实地察看{f}建设情况。",
         "{O} visited {D} on {DATE} to inspect {T} work and see how {F} are being built."),
        ("{o}指出，要抓住机遇，力争到{y}年底建成{n}个示范场景。",
         "{O} called for seizing opportunities and building {n} demonstration scenarios by the end of {y}."),
        ("调研中，{o}还听取了{d}关于{f}的工作汇报。",
         "He also heard a report from {D} on {F}.")]),
    ("{d}发布{t}三年行动方案", "{D} unveils three-year action plan on {T}", [
        ("{date}，{d}发布{t}三年行动方案，提出到{y}年{f}规模突破{a}亿元。",
         "{D} released a three-year action plan on {T} on {DATE}, aiming to push the scale of {F} past {A} billion yuan by {y}."),
        ("方案明确了{n}项重点任务和{p}条支持措施。",
         "The plan sets out {n} key tasks and {p} support measures."),
        ("{d}将设立专项资金，对符合条件的企业给予最高{m}万元奖励。",
         "Eligible companies will receive rewards of up to {M10k} yuan from a special fund.")]),
    ("{d}{f}服务覆盖{n}个街镇", "{F} now cover {n} subdistricts and towns in {D}", [
        ("记者{date}从{d}获悉，该区{f}已覆盖{n}个街镇，累计服务居民{m}万人次。",
         "{F} in {D} now cover {n} subdistricts and towns and have served residents {M10k} times, the district said on {DATE}."),
        ("今年以来，{d}新增{f}{p}个，{t}水平持续提升。",
         "{D} has added {p} new sites this year as its {T} keeps improving."),
        ("下一步，{d}将继续完善{t}体系。",
         "The district will keep improving its {T} system.")]),
    ("{y}{t}大会在{d}开幕", "{y} {T} conference opens in {D}", [
        ("{date}，{y}{t}大会在{d}开幕，{n}家企业和机构参展，发布{p}项新成果。",
         "The {y} {T} conference opened in {D} on {DATE}, with {n} companies and institutions exhibiting {p} new results."),
        ("大会期间，{f}相关项目签约金额达{a}亿元。",
         "Deals on {F} worth {A} billion yuan were signed during the conference."),
        ("大会将持续至本周日。", "The conference runs until Sunday.")]),
]
# The English desk's own stories: other events, same districts, topics and officials.
_ENGLISH_ONLY = [
    ("Residents in {D} get a first look at new {F}", [
        "Residents of {D} got a first look at {F} on {DATE}, as the district showed what {T} could mean for daily life.",
        "Organizers said around {n} people visited on the first day, and {p} more events are planned before the end of {y}.",
        "One visitor said she had read about {F} online and wanted to see them for herself."]),
    ("{D} startup bets on {F}", [
        "A {D} startup founded {p} years ago says {F} will be its main business by {y}.",
        "The company, which employs {n} people, is one of many in the city betting on {T}.",
        "{O} has called {T} a priority for Shanghai, and the district offers rent subsidies to such firms."]),
    ("Expats in {D} share views on {T}", [
        "Foreign residents in {D} met on {DATE} to share their views on {T} in the city.",
        "About {n} people from {p} countries joined the talk, held at a community center.",
        "Several said {F} had made their daily life easier since they moved to Shanghai."]),
    ("Weekend guide: {T} events in {D}", [
        "Looking for something to do this weekend? {D} hosts {p} events on {T}, from talks to open days.",
        "Admission is free for most events, and around {n} places are available at each.",
        "Visitors can also learn about {F} at a pop-up exhibition that runs until {DATE}."]),
    ("{D} school adds {T} course", [
        "A middle school in {D} has added a course on {T}, with {n} students signing up in the first week.",
        "Teachers said the course covers {F} and includes {p} field trips by the end of {y}.",
        "Parents welcomed the move, which follows the city's call to promote {T}."]),
]
# Chinese articles the English edition never translated.
_CHINESE_ONLY = [
    ("{d}召开{t}工作推进会", ["{date}，{d}召开{t}工作推进会，总结前期工作，部署{n}项重点任务。",
                           "会议要求，各部门要聚焦{f}，确保{y}年目标任务全面完成。",
                           "{d}相关部门负责人参加会议。"]),
    ("{d}{f}项目开工", ["{date}，{d}{f}项目正式开工，总投资{a}亿元，计划{y}年建成。",
                      "项目建成后，将新增{t}相关岗位{n}个。", "{d}将加强服务保障，确保项目顺利推进。"]),
    ("{o}会见{t}领域企业家代表", ["{date}，{o}会见{t}领域企业家代表一行，双方就{f}等进行交流。",
                              "{o}表示，欢迎企业扎根上海，在{d}等区域加大投资。",
                              "企业代表介绍了在沪发展情况，表示将新增投资{a}亿元。"]),
    ("{d}开展{t}宣传周活动", ["{date}，{d}启动{t}宣传周，{n}个街镇同步开展{p}场活动。",
                           "活动围绕{f}展开，吸引市民广泛参与。", "宣传周将持续到本月底。"]),
]


def _numbers(rng: random.Random) -> dict:
    a = rng.randrange(12, 600)          # hundreds of millions of yuan
    m = rng.randrange(12, 900)
    return {"n": rng.randrange(12, 160), "p": rng.randrange(2, 30), "a": a, "A": f"{a / 10:g}",
            "m": m, "M": f"{m / 10:g}", "M10k": f"{m * 10_000:,}"}


def _slots(rng: random.Random, day: dt.date, year: int, district=None, topic=None) -> dict:
    d, dd = district or rng.choice(DISTRICTS)
    t, tt, f, ff = topic or rng.choice(TOPICS)
    o, oo = rng.choice(OFFICIALS)
    return {"d": d, "D": dd, "t": t, "T": tt, "f": f, "F": ff, "o": o, "O": oo, "y": year,
            "date": f"{day.month}月{day.day}日", "DATE": f"{_MONTHS[day.month - 1]} {day.day}", **_numbers(rng)}


def _fill(template: str, slots: dict) -> str:
    text = template.format(**slots)
    return text[:1].upper() + text[1:]


def _article(ident: int, lang: str, day: dt.date, title: str, paragraphs: list[str], hour: int) -> dict:
    return {"id": ident, "site": f"sh-{lang}", "lang": lang, "title": title, "body": "\n".join(paragraphs),
            "published_at": f"{day.isoformat()}T{hour:02d}:00:00+08:00", "title_translation": None,
            "url": f"https://www.shanghai.gov.cn/{lang}/art_{ident}.html"}


def draw(seed: int, *, translated: int = 4, unpaired_per_pair: int = 3, chinese_only: int = 16,
         days: int = 4, hard: float = 0.0) -> tuple[list[dict], list[dict], dict[int, int]]:
    """One English edition's window: `translated` official translations, `unpaired_per_pair` times
    as many English articles with no original, and the Chinese portal's articles of those days
    (the originals and `chinese_only` more).

    `hard`: the share of the English articles with no original that are the hardest decoys: the
    English of an event the portal did not publish (its original is missing), beside a Chinese
    article of the same kind of event (the same template), district and topic, often the same
    official, on another day or with other figures: only the facts tell them apart."""
    rng = random.Random(seed)
    start = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randrange(0, 40))
    year = 2026 + rng.randrange(0, 3)
    chinese, english, truth = [], [], {}
    missing: set[tuple[str, str]] = set()   # the events whose original is missing
    ids = iter(range(1, 10_000))

    def day() -> dt.date:
        return start + dt.timedelta(days=rng.randrange(days))

    for _ in range(translated):
        zh_title, en_title, paragraphs = rng.choice(_BILINGUAL)
        published = day()
        slots = _slots(rng, published, year)
        zh_paragraphs = [_fill(zh, slots) for zh, _ in paragraphs]
        # The desk translates the title and lead, shortens the rest: one later paragraph dropped.
        keep = [0] + sorted(rng.sample(range(1, len(paragraphs)), len(paragraphs) - 2))
        en_paragraphs = [_fill(paragraphs[i][1], slots) for i in keep]
        zh = _article(next(ids), "zh", published, _fill(zh_title, slots), zh_paragraphs, rng.randrange(8, 18))
        en = _article(next(ids), "en", published + dt.timedelta(days=rng.choice((0, 0, 1, 1, 2))),
                      _fill(en_title, slots), en_paragraphs, rng.randrange(8, 23))
        chinese.append(zh)
        english.append(en)
        truth[en["id"]] = zh["id"]
    for _ in range(translated * unpaired_per_pair):
        if rng.random() < hard:
            english.append(_hard_decoy(rng, next(ids), next(ids), day, year, chinese, missing))
            continue
        title, paragraphs = rng.choice(_ENGLISH_ONLY)
        published = day()
        slots = _slots(rng, published, year)
        english.append(_article(next(ids), "en", published, _fill(title, slots),
                                [_fill(p, slots) for p in paragraphs], rng.randrange(8, 23)))
        # The portal wrote about the same district and topic that week, another event.
        title, paragraphs = rng.choice(_CHINESE_ONLY + [(t, [z for z, _ in ps]) for t, _, ps in _BILINGUAL])
        other = _slots(rng, day(), year, district=(slots["d"], slots["D"]),
                       topic=(slots["t"], slots["T"], slots["f"], slots["F"]))
        chinese.append(_article(next(ids), "zh", published, _fill(title, other),
                                [_fill(p, other) for p in paragraphs], rng.randrange(8, 18)))
    for _ in range(chinese_only):
        title, paragraphs = rng.choice(_CHINESE_ONLY)
        published = day()
        slots = _slots(rng, published, year)
        chinese.append(_article(next(ids), "zh", published, _fill(title, slots),
                                [_fill(p, slots) for p in paragraphs], rng.randrange(8, 18)))
    rng.shuffle(english)
    rng.shuffle(chinese)
    return chinese, english, truth


_DAY = re.compile(r"\d{1,2}月\d{1,2}日")


def _event(title: str, slots: dict) -> tuple[str, str]:
    """What makes two reports one event: the Chinese title (who, where, what) and the day."""
    return title, slots["date"]


def _hard_decoy(rng: random.Random, en_id: int, zh_id: int, day, year: int, chinese: list[dict],
                missing: set[tuple[str, str]]) -> dict:
    """An English translation whose original is missing; appends to `chinese` the portal's article
    of another event of the same kind, place and topic (same official half the time). Drawn again
    when it would be a report of an event already drawn (the same official, place, topic and day):
    a Chinese article of the very event an English article reports is its original, not a decoy."""
    while True:
        zh_title, en_title, paragraphs = rng.choice(_BILINGUAL)
        published = day()
        slots = _slots(rng, published, year)
        other_day = day()
        while other_day == published and len({day() for _ in range(8)}) > 1:
            other_day = day()
        other = _slots(rng, other_day, year, district=(slots["d"], slots["D"]),
                       topic=(slots["t"], slots["T"], slots["f"], slots["F"]))
        if rng.random() < 0.5:
            other.update(o=slots["o"], O=slots["O"])
        this, theirs = _event(_fill(zh_title, slots), slots), _event(_fill(zh_title, other), other)
        drawn = {(a["title"], _DAY.search(a["body"]).group()) for a in chinese}
        if this not in drawn and theirs not in missing and this != theirs:
            break
    missing.add(this)
    chinese.append(_article(zh_id, "zh", other_day, _fill(zh_title, other), [_fill(z, other) for z, _ in paragraphs],
                            rng.randrange(8, 18)))
    keep = [0] + sorted(rng.sample(range(1, len(paragraphs)), len(paragraphs) - 2))
    return _article(en_id, "en", published + dt.timedelta(days=rng.choice((0, 1))), _fill(en_title, slots),
                    [_fill(paragraphs[i][1], slots) for i in keep], rng.randrange(8, 23))
