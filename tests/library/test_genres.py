"""Genres (文种): the taxonomy, the guess from titles and opening lines, and the import's choice.

Invented titles cover every sub-genre and the tricky cases; real titles come from
``../shared/corpus`` read at run time (never copied into the repository), skipped when absent.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from haowen.library import genres as dj_genres
from haowen.text.genres import (
    GENRES,
    LEGACY_KINDS,
    MAIN_CODES,
    SUB_CODES,
    choose_code,
    guess_code,
    guess_genre,
    label,
    resolve,
)

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def test_the_taxonomy_has_the_15_kinds_of_official_documents_and_unique_codes():
    official = next(g for g in GENRES if g.code == "official")
    assert [s.label for s in official.subs] == [
        "决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要"
    ]
    assert len(set(MAIN_CODES + SUB_CODES)) == len(MAIN_CODES) + len(SUB_CODES)
    assert [g.label for g in GENRES] == ["讲话类", "报告类", "总结计划", "党政公文", "方案预案", "规章制度·法律法规", "新闻", "其他"]
    assert LEGACY_KINDS <= set(MAIN_CODES + SUB_CODES)  # old links and records still resolve


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("speech", ("speech", "")),
        ("notice", ("official", "notice")),
        ("NOTICE", ("official", "notice")),
        (" remarks ", ("speech", "remarks")),
        ("讲话稿", ("speech", "remarks")),
        ("报告", ("official", "submission")),  # the 公文 kind; 报告类 is the main genre
        ("报告类", ("report", "")),
        ("法规", ("law", "")),
        ("poem", None),
        ("", None),
        (None, None),
        (42, None),
    ],
)
def test_it_resolves_codes_old_kinds_and_labels(value, expected):
    assert resolve(value) == expected


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # 讲话类
        ("在区委务虚会上的讲话", "remarks"),
        ("在全市组织工作会议上的发言", "remarks"),
        ("在全县安全生产工作会议上的表态发言", "pledge"),
        ("全县组织工作会议主持词", "host"),
        ("2024年春节联欢晚会串词", "host"),
        ("在2024年新春团拜会上的致辞", "address"),
        ("在XX公司成立十周年庆典上的欢迎辞", "address"),
        ("党课讲稿：坚定理想信念 筑牢思想根基", "party-lecture"),
        ("在七一专题党课上的讲话", "party-lecture"),
        ("青春心向党 建功新时代演讲稿", "oration"),
        ("习近平：在全国政协新年茶话会上的讲话", "remarks"),
        ("在纪念《XX》发表80周年座谈会上的讲话", "remarks"),  # 发表 inside the meeting's name
        ("习近平会见国际工商界代表时的讲话", "remarks"),
        ("在全县召开的经济工作会议上的讲话", "remarks"),
        ("在全县工作总结表彰大会上的讲话", "remarks"),
        # 报告类
        ("XX区2024年政府工作报告", "gov-report"),
        ("XX区人民政府工作报告", "gov-report"),
        ("XX局党组2023年工作报告", "work-report"),
        ("个人述职报告", "duty-report"),
        ("领导干部述职述廉报告", "duty-report"),
        ("关于乡村振兴的调研报告", "research"),
        ("关于XX镇集体经济发展情况的调查报告", "research"),
        ("XX局关于意识形态工作的自查报告", "self-check"),
        ("关于巡察反馈问题整改落实情况的报告", "rectify"),
        ("在中国共产党第九次全国代表大会上的报告", "report"),
        # 总结计划
        ("XX县20XX年度工作总结", "work-summary"),
        ("2023年工作总结及2024年工作计划", "work-plan"),
        ("XX局2024年工作要点", "work-plan"),
        ("参加青年干部培训班学习心得体会", "reflection"),
        ("改进工作方法的几点体会", "reflection"),
        # 党政公文
        ("关于开展安全生产大检查的通知", "notice"),
        ("关于印发《XX县安全生产大检查实施方案》的通知", "notice"),
        ("关于印发XX县优化营商环境实施方案的通知", "notice"),
        ("关于召开2024年全县经济工作会议的通知", "notice"),
        ("关于XX县2023年安全生产工作情况的报告", "submission"),
        ("关于2023年度考核结果的通报", "bulletin"),
        ("关于加快发展新质生产力的实施意见", "opinion"),
        ("第十四届全国人民代表大会第三次会议关于政府工作报告的决议", "resolution"),
        ("中共中央关于进一步全面深化改革的决定", "decision"),
        ("关于表彰2023年度先进集体和先进个人的决定", "decision"),
        ("万载县2015年国民经济和社会发展统计公报", "communique"),
        ("XX市人民政府公告", "announcement"),
        ("关于禁止燃放烟花爆竹的通告", "circular"),
        ("关于申请追加防汛经费的请示", "request"),
        ("关于同意设立XX开发区的批复", "reply"),
        ("关于提请审议《XX条例（草案）》的议案", "motion"),
        ("关于商请支持XX项目建设的函", "letter"),
        ("县政府第十二次常务会议纪要", "minutes"),
        ("中华人民共和国主席令（第十二号）", "order"),
        # 方案预案
        ("XX县优化营商环境实施方案", "implementation"),
        ("XX镇2024年“五一”劳动节活动方案", "work-scheme"),
        ("XX县森林火灾应急预案", "contingency"),
        ("XX市“十五五”规划纲要", "plan"),
        # 规章制度 / 法律法规
        ("中华人民共和国宪法", "laws"),
        ("中华人民共和国个人信息保护法", "laws"),
        ("XX市物业管理条例", "laws"),
        ("最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", "laws"),
        ("最高人民法院关于人民法院委托评估、拍卖工作的若干规定", "laws"),
        ("上海市中小学校外实践教育促进规定", "rules"),
        ("XX公司财务报销管理办法（试行）", "rules"),
        ("XX单位公务接待管理制度", "rules"),
        ("XX省政府信息公开实施细则", "rules"),
        ("XX管理办法（征求意见稿）", "rules"),
        # 新闻: an event reported, a speech reported as an event
        ("《新闻联播》 (20220926)", "news"),
        ("习近平出席XX峰会开幕式并发表主旨讲话", "news"),
        ("XX书记在全县大会上发表重要讲话", "news"),
        ("习近平在安徽考察时强调 坚持规划引领 建设美好家园", "news"),
        ("XX县召开2024年安全生产工作会议", "news"),
        ("回信北京科技大学全体留学生", "news"),
        ("XX县委书记会见XX集团董事长一行", "news"),
        # 其他
        ("xx镇202x年年鉴", "other"),
        ("关于《中共中央关于XX的决定》的说明", "other"),
        ("某公司诉某区人民政府行政决定案", "other"),
        ("某某工贸有限公司诉某县人民政府请求撤销补偿安置协议案", "other"),
        ("随便写的一段话", "other"),
    ],
)
def test_it_guesses_the_genre_from_the_title(title, code):
    assert guess_code(title) == code


def test_a_speech_reported_as_news_is_the_speech_when_its_text_follows():
    title = "习近平抵达莫斯科发表书面讲话"
    assert guess_code(title, "3月20日，习近平抵达莫斯科，发表书面讲话。他指出，……") == "news"
    assert guess_code(title, "新华社莫斯科3月20日电 抵达莫斯科时的书面讲话（2023年3月20日）尊敬的……") == "remarks"
    assert guess_code("国家主席习近平发表二〇二六年新年贺词", "新年前夕，……发表二〇二六年新年贺词。全文如下：") == "address"


@pytest.mark.parametrize(
    ("head", "tail", "code"),
    [
        ("同志们：\n今天我们召开会议。", "", "remarks"),
        ("各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。", "", "gov-report"),
        ("同志们：\n现在，我代表第十五届中央委员会向大会作报告。", "", "report"),
        ("第一条 为了规范管理，制定本办法。", "", "law"),
        ("新华社北京3月5日电 3月5日，习近平出席……", "", "news"),
        ("5月8日上午，我县召开安全生产工作会议……", "", "news"),
        ("各乡镇人民政府：\n现将有关事项通知如下：", "", "notice"),
        ("县人民政府：\n今年入汛以来……", "妥否，请批示。", "request"),
        ("XX市人民政府：\n贵单位……", "特此函告。", "letter"),
        ("市人民政府：\n现将有关情况报告如下。", "特此报告。", "submission"),
        ("随便写的一段话。", "", "other"),
    ],
)
def test_without_a_genre_word_the_opening_and_closing_lines_decide(head, tail, code):
    assert guess_code("", head, tail) == code
    assert guess_code(None, head, tail) == code


def test_the_input_hint_is_refined_or_overridden_but_a_chosen_subgenre_stays():
    # A coarse hint (an old kind) yields to the guess and stands where the guess has nothing.
    assert choose_code("speech", "在XX会议上的讲话") == "remarks"
    assert choose_code("other", "XX市物业管理条例") == "laws"
    assert choose_code("notice", "2021年乡镇安全生产大检查方案") == "work-scheme"  # old 'notice' was coarse
    assert choose_code("notice", "随便写的题目") == "official"
    assert choose_code("speech", "习近平：扎实推动教育强国建设") == "speech"
    # A sub-genre someone chose wins.
    assert choose_code("host", "在XX会议上的讲话") == "host"
    assert choose_code("讲话稿", "关于XX的通知") == "remarks"
    # Junk hints count as nothing.
    assert choose_code("poem", "关于XX的通知") == "notice"
    assert choose_code(None, "") == "other"
    assert choose_code(["speech"], "") == "other"


def test_it_never_raises_on_odd_input():
    for title in ["", " ", "（）", "（试行）", "法", "函", "令", "报告", "\x00\u202e", "关于" * 500, "的" * 10_000]:
        code = guess_code(title, title, title)
        assert resolve(code) is not None, title
        assert guess_genre(title)[0] in MAIN_CODES


def test_the_django_layer_reads_the_same_taxonomy():
    assert [c for c, _ in dj_genres.GENRE_CHOICES] == list(MAIN_CODES)
    grouped = [code for _group, options in dj_genres.SUBGENRE_CHOICES[1:] for code, _ in options]
    assert grouped == list(SUB_CODES)
    assert dj_genres.label("remarks") == label("remarks") == "讲话稿"
    assert dj_genres.parse_param("notice") == dj_genres.GenreFilter("official", "notice")
    assert dj_genres.parse_param(None, "notice") == dj_genres.GenreFilter("official", "")  # old ?kind=notice
    assert dj_genres.parse_param("", "speech") == dj_genres.GenreFilter("speech", "")
    assert dj_genres.parse_param("poem") is None and dj_genres.parse_param(None, None) is None
    assert dj_genres.is_sub_of("remarks", "speech") and not dj_genres.is_sub_of("remarks", "report")


# --- real titles from ../shared/corpus ------------------------------------------------------


def _corpus_rows() -> list[dict]:
    if not (CORPUS / "documents.jsonl").exists():
        pytest.skip("../shared/corpus is not there")
    rows = []
    for name in ("documents.jsonl", "scraped_pages.jsonl"):
        with open(CORPUS / name, encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    return rows


def _title(row: dict) -> str:
    return (row.get("title") or "").split("|")[0].strip()


def test_real_titles_of_government_work_reports_laws_and_resolutions():
    """Every record of the corpus whose title carries a genre word gets that genre."""
    rows = _corpus_rows()
    checked = Counter()
    for row in rows:
        title = _title(row)
        text = row.get("text") or ""
        got = resolve(choose_code(row.get("kind"), title, text[:400], text[-300:]))
        if title.endswith("政府工作报告") and "决议" not in title:
            assert got == ("report", "gov-report"), title
            checked["gov-report"] += 1
        elif title.endswith("关于政府工作报告的决议"):
            assert got == ("official", "resolution"), title
            checked["resolution"] += 1
        elif title.endswith("条例") or (title.endswith("法") and not title.endswith("办法")):
            assert got == ("law", "laws"), title
            checked["laws"] += 1
        elif title.startswith("《新闻联播》"):
            assert got == ("news", ""), title
            checked["news"] += 1
        elif title.endswith("统计公报"):
            assert got == ("official", "communique"), title
            checked["communique"] += 1
        elif title.endswith(("上的讲话", "时的讲话")):
            assert got == ("speech", "remarks"), title
            checked["remarks"] += 1
        elif title.endswith("的致辞"):
            assert got == ("speech", "address"), title
            checked["address"] += 1
    # The corpus as described in its README: 52 + 25 reports, 20 resolutions, ~200 transcripts, laws.
    print(dict(checked))
    assert checked["gov-report"] >= 55 and checked["resolution"] >= 15 and checked["news"] >= 150
    assert checked["laws"] >= 200 and checked["remarks"] >= 40 and checked["address"] >= 5 and checked["communique"] >= 3


def test_real_corpus_genres_are_spread_and_nothing_is_unknown():
    """The corpus's coarse kinds become finer genres: laws leave 其他, and 其他 keeps only what
    names no genre (the Markdown front-matter stubs and a few guides)."""
    rows = _corpus_rows()
    genres = Counter()
    for row in rows:
        text = row.get("text") or ""
        code = choose_code(row.get("kind"), _title(row) or None, text[:400], text[-300:])
        assert resolve(code) is not None
        genres[resolve(code)[0]] += 1
    assert genres["law"] >= 400
    assert genres["other"] <= 60
    assert genres["speech"] >= 100 and genres["report"] >= 70 and genres["news"] >= 200
    assert genres["official"] >= 20
